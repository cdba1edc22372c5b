"""What the store's tests share: actors, documents and interactions built by hand, the embedded
reference store the others must equal, the backends of the contract suite, and an
`oxigraph serve` process on a free port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from kg.rdf.build import document_graph
from kg.rdf.namespace import document_iri
from kg.store import GraphStore, RemoteStore, Store, Triple
from kg.store.layout import staging_graph
from kg.store.sparql_text import insert_data, triple_text
from kg.store.terms import quad_of
from kg.types import Actor, ActorKind, Document, Interaction, Modality, Relation

REPO = Path(__file__).resolve().parents[2]
OXIGRAPH = Path(sys.executable).with_name("oxigraph")
KG_GRAPH = "https://w3id.org/irkg/id/graph/kg"

USA = Actor("country/USA", ActorKind.COUNTRY, "United States", code="USA")
CUB = Actor("country/CUB", ActorKind.COUNTRY, "Cuba", code="CUB")
RUS = Actor("country/RUS", ActorKind.COUNTRY, "Russia", code="RUS")
TRUMP = Actor("person/donald-trump", ActorKind.OFFICIAL, "Donald Trump", affiliation="country/USA")
STATES = [USA]  # the states officials serve (Trump's)
CUBA = CUB.iri
WHO_SANCTIONS_CUBA = f"SELECT ?who WHERE {{ ?who ir:sanctions <{CUBA}> }}"
# evidence no export may mangle (a NUL, control characters, quotes of every kind)
HOSTILE_EVIDENCE = (
    'He said "no" \\ back\\slash\nnew """line""" </script> \x00nul \t tab\r é 😀 \'single\''
)
# document text no SPARQL request may read as syntax
HOSTILE_TEXT = (
    'He said "no" \\ back\\slash \\u0022 \n new """line""" \'\'\'x\'\'\' } ; DROP ALL ; # '
    "</script> é 😀"
)
# the rdflib parser of each export's file extension
RDFLIB_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
}


# -- building documents ---------------------------------------------------------------------------


def doc(doc_id: str, text: str = "Trump imposed sanctions on Cuba.") -> Document:
    return Document(doc_id, text, title="t", date="2019-07-24")


def inter(
    d: Document,
    *,
    source: Actor = TRUMP,
    relation: Relation = Relation.SANCTIONS,
    target: Actor = CUB,
    modality: Modality = Modality.ASSERTED,
    evidence: str | None = None,
) -> Interaction:
    text = d.text if evidence is None else evidence
    return Interaction(d.id, source, relation, target, modality, text, 0, len(d.text), 0.8)


def big(
    doc_id: str, count: int, relation: Relation = Relation.SANCTIONS
) -> tuple[Document, list[Interaction]]:
    """A document with `count` interactions (about 12 triples each): several remote batches."""
    d = doc(doc_id, f"{doc_id}: {count} sentences.")
    interactions = [
        Interaction(d.id, TRUMP, relation, CUB, Modality.ASSERTED, f"Sentence {n} of {doc_id}.",
                    n, n + 1, 0.8)
        for n in range(count)
    ]  # fmt: skip
    return d, interactions


def put(store: GraphStore, d: Document, *interactions: Interaction) -> None:
    """Store the document with its interactions, as `kg build` would."""
    triples, direct = document_graph(d, interactions, STATES)
    store.replace_document(d, triples, direct=direct)


def who(store: GraphStore) -> list[str]:
    """Who sanctions Cuba, sorted."""
    return sorted(row["who"] for row in store.select(WHO_SANCTIONS_CUBA).rows)


def mirror(*steps: tuple[Document, list[Interaction]]) -> Store:
    """The embedded in-memory store after the same steps: the reference every store equals."""
    local = Store()
    for d, interactions in steps:
        put(local, d, *interactions)
    return local


def plant_staging(store: GraphStore, doc_id: str, triples: list[Triple]) -> None:
    """Leave triples in the document's staging graph, as a replacement cut short by a crash
    would (each backend by its own means: there is no API to stage without swapping)."""
    staging = staging_graph(pyoxigraph.NamedNode(str(document_iri(doc_id))))
    if isinstance(store, Store):
        store._db.extend(quad_of(triple, staging) for triple in triples)
    elif isinstance(store, RemoteStore):
        lines = [triple_text(triple) for triple in triples]
        store._update(insert_data(lines, [f"<{staging.value}>"]), what="planting a staging graph")
    else:
        raise TypeError(f"cannot plant a staging graph in {store!r}")


def same_graph(a: GraphStore, b: GraphStore) -> bool:
    return isomorphic(a.graph(), b.graph())


def graphs_of(dataset: Dataset) -> dict[str, set[tuple[object, ...]]]:
    """Each graph of a dataset (the default one as ""), as a set of triples (no blank nodes)."""
    return {
        "" if graph == dataset.default_graph else str(graph.identifier): set(graph)
        for graph in dataset.graphs()
        if len(graph)
    }


# -- the backends of the contract and a SPARQL server ---------------------------------------------


@dataclass(frozen=True)
class Backend:
    """One implementation of `GraphStore` in the contract suite (conftest.py's `backend`), and
    how to open (or reopen) its store."""

    name: str
    opener: Callable[[bool], GraphStore]

    @property
    def remote(self) -> bool:
        return self.name.startswith("remote")

    def open(self, *, read_only: bool = False) -> GraphStore:
        """A store on the same data (a new one, for the in-memory backend)."""
        return self.opener(read_only)


@dataclass
class OxigraphServer:
    """An `oxigraph serve` process (PyPI's `oxigraph` package) on 127.0.0.1:port, persisting
    to `location` (None: in memory, faster, gone when it stops). `union_default_graph` makes the
    server's default graph the union of all graphs, as on Virtuoso, GraphDB and Neptune."""

    location: Path | None
    port: int
    union_default_graph: bool = False
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> OxigraphServer:
        if not OXIGRAPH.exists():
            pytest.fail(f"{OXIGRAPH} is missing: install requirements.lock (it pins oxigraph)")
        command = [str(OXIGRAPH), "serve", "--bind", f"127.0.0.1:{self.port}"]
        if self.location is not None:
            command += ["--location", str(self.location)]
        if self.union_default_graph:
            command.append("--union-default-graph")
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                error = self.process.stderr.read().decode() if self.process.stderr else ""
                pytest.fail(f"oxigraph serve exited at once: {error}")
            try:
                with urllib.request.urlopen(f"{self.url}/query?query=ASK%7B%7D", timeout=1):
                    return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        pytest.fail("oxigraph serve did not answer within 15 s")

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stderr:
            self.process.stderr.close()
        self.process = None

    def kill(self) -> None:
        """Die at once, as a crash would (SIGKILL)."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        if self.process.stderr:
            self.process.stderr.close()
        self.process = None

    def clear(self) -> None:
        """Drop every graph of the server."""
        request = urllib.request.Request(
            f"{self.url}/update", data=b"DROP SILENT ALL", method="POST",
            headers={"Content-Type": "application/sparql-update"},
        )  # fmt: skip
        with urllib.request.urlopen(request, timeout=10):
            pass


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
