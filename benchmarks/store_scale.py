"""The store at 100k, 1M and 5M triples: bulk loading, the query library, the network query.

A realistic synthetic graph is made by the project's own RDF builder (`document_graph`) over
generated documents: the sovereign states of the gazetteer and officials serving them, activity
following a power law, every relation and modality, dates over five years, evidence sentences.
At each size it is loaded into a new embedded store on disk through `Store.add_documents` (what
`kg build` uses) and closed (closing compacts what the bulk loader wrote: counted as loading,
and printed apart), then every query of the library (with its default parameters) and `kg viz`'s
network (`load_network`: its queries and the networkx graph) run `--repeat` times each; p50 and
p95 are printed. rdflib's in-memory graph, loaded with the same triples, is the baseline where it
can hold them (`--rdflib-max`; its network is INTERACTIONS_QUERY, the same rows).

Each figure also has a ceiling measured in the same run on the same data, and is printed as a
ratio of it (the machine is shared: ratios move less than seconds do):
- loading: bare pyoxigraph, one `bulk_load` of exactly the N-Quads the store wrote (each line
  in the knowledge graph and in its document's graph: `bare_quads`) into a fresh store on disk,
  closed the same way (compacted and flushed); and one of the same lines once, into the
  default graph only (what a store without support graphs would write);
- the network: its first load on the store just opened (cold), and its p50 against the p50 of
  `BARE_INTERACTIONS` run by bare pyoxigraph (every term of every row read), interleaved with
  it: the interactions' seven required properties, which any reader of the network's rows
  pays for (one sub-query each: the shape Oxigraph evaluates fastest; the documented
  INTERACTIONS_QUERY in one piece takes several times longer).

    .venv/bin/python benchmarks/store_scale.py [--sizes 100000,1000000,5000000] [--repeat 7]

The last line sums up the 1M-triple size (or the largest measured):
`store_scale: triples=N load_tps=N named_p50_ms=X named_p95_ms=Y network_ms=Z`.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import queue
import random
import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from kg.actors.gazetteer import default_gazetteer
from kg.analysis.network import INTERACTIONS_QUERY, load_network
from kg.query import bind_parameters, load_library, run_named
from kg.rdf.build import DocumentGraph, document_graph
from kg.rdf.namespace import PREFIXES, document_iri
from kg.store import Store
from kg.store.layout import document_lines
from kg.types import Actor, ActorKind, Document, Interaction, Modality, Relation

RELATIONS = list(Relation)
MODALITIES = (
    [Modality.ASSERTED] * 14
    + [Modality.INTENDED] * 3
    + [
        Modality.NEGATED,
        Modality.HYPOTHETICAL,
    ]
)
VERBS = {
    Relation.MEETS: "met",
    Relation.SUPPORTS: "backed",
    Relation.COOPERATES: "signed an accord with",
    Relation.CRITICIZES: "condemned",
    Relation.THREATENS: "warned",
    Relation.SANCTIONS: "imposed sanctions on",
    Relation.ATTACKS: "struck",
}


def actors(rng: random.Random) -> list[Actor]:
    """The sovereign states, and four officials serving each (weights follow a power law)."""
    states = default_gazetteer().countries(sovereign_only=True)
    officials = [
        Actor(
            f"person/official-{state.code}-{n}".lower(),
            ActorKind.OFFICIAL,
            f"Official {n} of {state.label}",
            affiliation=state.key,
        )
        for state in states
        for n in range(4)
    ]
    everyone = states + officials
    rng.shuffle(everyone)
    return everyone


def documents(seed: int = 7) -> Iterator[tuple[Document, DocumentGraph, list[str]]]:
    """Endless documents of 3 to 8 interactions each, with their graphs and the N-Triples lines
    that `kg build`'s readers hand to the writer."""
    rng = random.Random(seed)
    cast = actors(rng)
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(cast))]
    by_key = {a.key: a for a in cast}
    number = 0
    while True:
        number += 1
        doc_id = f"synthetic-{number:07d}"
        day = f"{2019 + rng.randrange(5)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        sentences, interactions = [], []
        offset = 0
        for _ in range(rng.randrange(3, 9)):
            source, target = rng.choices(cast, weights, k=2)
            if source.key == target.key:
                continue
            relation = rng.choice(RELATIONS)
            sentence = f"{source.label} {VERBS[relation]} {target.label} ({number})."
            interactions.append(
                Interaction(
                    doc_id,
                    source,
                    relation,
                    target,
                    rng.choice(MODALITIES),
                    sentence,
                    offset,
                    offset + len(sentence),
                    round(rng.uniform(0.4, 0.95), 2),
                )
            )
            sentences.append(sentence)
            offset += len(sentence) + 1
        doc = Document(doc_id, " ".join(sentences), title=f"Report {number}", date=day)
        served = {i.source.affiliation for i in interactions} | {
            i.target.affiliation for i in interactions
        }
        graph = document_graph(doc, interactions, [by_key[k] for k in served if k])
        yield doc, graph, document_lines(doc, graph.triples, graph.direct)


BARE_INTERACTIONS = """\
PREFIX ir: <https://w3id.org/irkg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?i ?s ?t ?rel ?mod ?ev ?doc WHERE {
  ?i a ir:Interaction .
  { SELECT ?i ?s WHERE { ?i ir:source ?s } }
  { SELECT ?i ?t WHERE { ?i ir:target ?t } }
  { SELECT ?i ?rel WHERE { ?i ir:relation ?rel } }
  { SELECT ?i ?mod WHERE { ?i ir:modality ?mod } }
  { SELECT ?i ?ev WHERE { ?i ir:evidence ?ev } }
  { SELECT ?i ?doc WHERE { ?i prov:wasDerivedFrom ?doc } }
}
"""


def bare_quads(doc: Document, lines: list[str]) -> Iterator[str]:
    """The N-Quads `Store.add_documents` writes for a new document: each line in the knowledge
    graph (the default graph) and in the document's support graph."""
    named = f"<{document_iri(doc.id)}> .\n"
    for line in lines:
        yield line + "\n"
        yield line[:-1] + named


def bare_load(path: Path, source: Path) -> float:
    """Seconds pyoxigraph takes to bulk-load the N-Quads file `source` into a fresh store at
    `path` and close it as `Store.close` does after a bulk write (compact, flush)."""
    start = time.perf_counter()
    db = ox.Store(str(path))
    db.bulk_load(path=str(source), format=ox.RdfFormat.N_QUADS)
    db.optimize()
    db.flush()
    del db
    gc.collect()
    return time.perf_counter() - start


def bare_interactions(path: Path) -> Callable[[], int]:
    """`BARE_INTERACTIONS` on the store at `path`, by bare pyoxigraph, every term read."""
    db = ox.Store.read_only(str(path))

    def run() -> int:
        return sum(1 for row in db.query(BARE_INTERACTIONS) for term in row if term is not None)

    return run


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@dataclass
class Size:
    triples: int
    load_tps: float
    named_p50_ms: float
    named_p95_ms: float
    network_ms: float
    network_cold_ms: float
    bare_load_tps: float  # the same quads, one bare bulk_load
    once_load_tps: float  # each line once, into the default graph
    bare_network_ms: float  # BARE_INTERACTIONS, p50
    rdflib_load_tps: float | None
    rdflib_named_p50_ms: float | None
    rdflib_network_ms: float | None


def timed(run: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return times


def measure(target: int, repeat: int, rdflib_max: int, budget: float, folder: Path) -> Size:
    batch: list[tuple[Document, DocumentGraph, list[str]]] = []
    loaded = 0
    load_seconds = 0.0
    generated = documents()
    path = folder / f"store-{target}"
    quads, once = folder / f"quads-{target}.nq", folder / f"once-{target}.nt"
    store = Store(path)
    try:
        with quads.open("w", encoding="utf-8") as out, once.open("w", encoding="utf-8") as lines:
            while loaded < target:
                item = next(generated)
                batch.append(item)
                loaded += len(item[2])
                if len(batch) == 500 or loaded >= target:
                    start = time.perf_counter()
                    store.add_documents((doc, lines) for doc, _graph, lines in batch)
                    load_seconds += time.perf_counter() - start
                    for doc, _graph, written in batch:  # for the ceilings, not timed
                        out.writelines(bare_quads(doc, written))
                        lines.writelines(line + "\n" for line in written)
                    batch = []
    finally:
        start = time.perf_counter()
        store.close()  # compacts what the bulk loader wrote: part of loading
        closing = time.perf_counter() - start
    load_seconds += closing
    triples = loaded  # written: each document's lines (the knowledge graph holds them once)
    bare_seconds = bare_load(folder / f"bare-{target}", quads)
    once_seconds = bare_load(folder / f"once-{target}", once)
    for done in (quads, once, folder / f"bare-{target}", folder / f"once-{target}"):
        if done.is_dir():
            shutil.rmtree(done)
        else:
            done.unlink()
    # as after `kg build`: the store closed, then read by `kg viz` and `kg query`
    store = Store(path, read_only=True)
    try:
        distinct = len(store)
        (cold,) = timed(lambda: load_network(store), 1)
        library = load_library()
        named: dict[str, list[float]] = {}
        for name, query in sorted(library.items()):
            run_named(store, query)  # warm
            named[name] = timed(lambda q=query: run_named(store, q), repeat)
        bare = bare_interactions(path)
        network, baseline = [], []
        for _ in range(max(3, repeat // 2)):  # interleaved: both see the same load
            network += timed(lambda: load_network(store), 1)
            baseline += timed(bare, 1)
        every = [t for times in named.values() for t in times]
        print(
            f"\n{triples:,} triples loaded in {load_seconds:.1f} s, closing (compaction) "
            f"{closing:.1f} s of it ({distinct:,} distinct in the knowledge graph); bare "
            f"pyoxigraph, the same quads: {bare_seconds:.1f} s, each line once: "
            f"{once_seconds:.1f} s"
        )
        for name, times in named.items():
            p50, p95 = percentile(times, 0.5), percentile(times, 0.95)
            print(f"  {name:22s} p50 {p50:8.1f} ms  p95 {p95:8.1f} ms")
        print(
            f"  {'network (kg viz)':22s} p50 {statistics.median(network):8.1f} ms  "
            f"first (cold) {cold:8.1f} ms  "
            f"bare interactions p50 {statistics.median(baseline):.1f} ms"
        )
        size = Size(
            triples,
            triples / load_seconds,
            percentile(every, 0.5),
            percentile(every, 0.95),
            statistics.median(network),
            cold,
            triples / bare_seconds,
            triples / once_seconds,
            statistics.median(baseline),
            None,
            None,
            None,
        )
    finally:
        store.close()
    if target <= rdflib_max:
        size.rdflib_load_tps, size.rdflib_named_p50_ms, size.rdflib_network_ms = _rdflib(
            target, library, budget
        )
    return size


def _rdflib(target: int, library: dict, budget: float) -> tuple[float, float, float]:
    """The same triples in rdflib's in-memory graph (the knowledge graph only, no named graphs:
    the baseline's best case) and the same queries, once each, in a child process limited to
    4 GiB and `budget` seconds: a query still running then counts as taking longer (rdflib
    evaluates the zero-or-one paths of the library by enumerating every node)."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    child = context.Process(target=_rdflib_child, args=(target, results))
    child.start()
    deadline = time.monotonic() + budget
    load_tps, times, network = float("nan"), {}, float("inf")
    while time.monotonic() < deadline:
        try:
            kind, name, value = results.get(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            break
        if kind == "load":
            load_tps = value
        elif kind == "query":
            times[name] = value
        elif kind == "network":
            network = value
        else:
            break
    child.kill()
    child.join()
    every = [times.get(name, float("inf")) for name in library]
    print(f"  rdflib: {len(times)} of {len(library)} named queries within {budget:.0f} s")
    return load_tps, percentile(every, 0.5), network


def _rdflib_child(target: int, results: Any) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
    graph = Graph()
    loaded, seconds = 0, 0.0
    for _doc, built, lines in documents():
        start = time.perf_counter()
        for triple in (*built.triples, *built.direct):
            graph.add(triple)
        seconds += time.perf_counter() - start
        loaded += len(lines)
        if loaded >= target:
            break
    results.put(("load", "", loaded / seconds))
    header = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    with Store() as probe:  # binds the parameters as the library does
        for name, query in sorted(load_library().items()):
            bindings = bind_parameters(probe, query, {})
            try:
                (ms,) = timed(
                    lambda q=query, b=bindings: list(graph.query(q.text, initBindings=b)), 1
                )
            except MemoryError:
                continue
            results.put(("query", name, ms))
    try:
        (ms,) = timed(lambda: list(graph.query(header + INTERACTIONS_QUERY)), 1)
        results.put(("network", "", ms))
    except MemoryError:
        pass
    results.put(("done", "", 0.0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000,5000000")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--rdflib-max", type=int, default=100_000, help="largest size loaded into rdflib too"
    )
    parser.add_argument(
        "--rdflib-budget", type=float, default=120.0, help="seconds rdflib may take per size"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[int, Size] = {}
    with tempfile.TemporaryDirectory(prefix="irkg-scale-") as tmp:
        for target in sizes:
            results[target] = measure(
                target, args.repeat, args.rdflib_max, args.rdflib_budget, Path(tmp)
            )
    print(
        "\n| triples | load triples/s | bare bulk_load/s | ratio | each line once/s "
        "| named p50 ms | named p95 ms | network ms | first (cold) ms | bare interactions ms "
        "| ratio | rdflib load/s | rdflib named p50 ms | rdflib network ms |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for size in results.values():

        def opt(value: float | None, fmt: str) -> str:
            return format(value, fmt) if value is not None else "-"

        print(
            f"| {size.triples:,} | {size.load_tps:,.0f} | {size.bare_load_tps:,.0f} "
            f"| {size.load_tps / size.bare_load_tps:.2f} | {size.once_load_tps:,.0f} "
            f"| {size.named_p50_ms:.1f} | {size.named_p95_ms:.1f} | {size.network_ms:.0f} "
            f"| {size.network_cold_ms:.0f} | {size.bare_network_ms:.0f} "
            f"| {size.network_ms / size.bare_network_ms:.2f} "
            f"| {opt(size.rdflib_load_tps, ',.0f')} | {opt(size.rdflib_named_p50_ms, '.1f')} "
            f"| {opt(size.rdflib_network_ms, '.0f')} |"
        )
    summary = results.get(1_000_000) or results[max(results)]
    print(
        f"store_scale: triples={summary.triples} load_tps={summary.load_tps:.0f} "
        f"named_p50_ms={summary.named_p50_ms:.1f} named_p95_ms={summary.named_p95_ms:.1f} "
        f"network_ms={summary.network_ms:.0f} network_cold_ms={summary.network_cold_ms:.0f} "
        f"load_ratio={summary.load_tps / summary.bare_load_tps:.2f} "
        f"network_ratio={summary.network_ms / summary.bare_network_ms:.2f}"
    )


if __name__ == "__main__":
    main()
