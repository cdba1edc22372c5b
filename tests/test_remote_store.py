"""kg.store.RemoteStore against a real SPARQL server: `oxigraph serve` (PyPI's `oxigraph`
package), started on a free localhost port by the tests and stopped at the end.

The remote store must behave like the embedded one (same graph, same answers, same replacement
semantics), write in retried batches, and never leave a document half-written: a failure in any
batch, a killed server, a lost answer, all leave the previous version or the new one whole.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from rdflib import BNode, Dataset, Literal
from rdflib.compare import isomorphic
from typer.testing import Result

from kg.errors import QueryError, StoreError
from kg.query import load_library, run_named
from kg.rdf.build import document_graph
from kg.rdf.namespace import ID, IR
from kg.store import RemoteStore, SelectResult, Store, open_store
from kg.types import Actor, ActorKind, Document, Interaction, Modality, Relation

pytestmark = [
    pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
]

OXIGRAPH = Path(sys.executable).with_name("oxigraph")
KG_GRAPH = "https://w3id.org/irkg/id/graph/kg"
USA = Actor("country/USA", ActorKind.COUNTRY, "United States", code="USA")
CUB = Actor("country/CUB", ActorKind.COUNTRY, "Cuba", code="CUB")
RUS = Actor("country/RUS", ActorKind.COUNTRY, "Russia", code="RUS")
TRUMP = Actor("person/donald-trump", ActorKind.OFFICIAL, "Donald Trump", affiliation="country/USA")
STATES = {"country/USA": USA}
HOSTILE = (
    'He said "no" \\ back\\slash \\u0022 \n new """line""" \'\'\'x\'\'\' } ; DROP ALL ; # '
    "</script> é 😀"
)
WHO_SANCTIONS_CUBA = f"SELECT ?who WHERE {{ ?who ir:sanctions <{CUB.iri}> }}"


# -- the server ----------------------------------------------------------------------------------


@dataclass
class Server:
    """An `oxigraph serve` process on 127.0.0.1:port, persisting to `location`."""

    location: Path
    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Server:
        if not OXIGRAPH.exists():
            pytest.fail(f"{OXIGRAPH} is missing: install requirements.lock (it pins oxigraph)")
        self.process = subprocess.Popen(
            [str(OXIGRAPH), "serve", "--location", str(self.location),
             "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = Server(tmp_path_factory.mktemp("oxigraph"), free_port()).start()
    try:
        yield running
    finally:
        running.stop()


def clear(url: str) -> None:
    request = urllib.request.Request(
        f"{url}/update", data=b"DROP SILENT ALL", method="POST",
        headers={"Content-Type": "application/sparql-update"},
    )  # fmt: skip
    with urllib.request.urlopen(request, timeout=10):
        pass


@pytest.fixture(params=[None, KG_GRAPH], ids=["default-graph", "named-kg-graph"])
def remote(server: Server, request: pytest.FixtureRequest) -> Iterator[RemoteStore]:
    """An empty remote store, the knowledge graph in the server's default graph or in a named
    graph (as on servers whose default graph is the union of all graphs)."""
    clear(server.url)
    with RemoteStore(server.url, kg_graph=request.param, backoff=0) as store:
        yield store


@pytest.fixture
def plain_remote(server: Server) -> Iterator[RemoteStore]:
    clear(server.url)
    with RemoteStore(server.url, backoff=0) as store:
        yield store


# -- building documents ------------------------------------------------------------------------


def doc(doc_id: str, text: str = "Trump imposed sanctions on Cuba.") -> Document:
    return Document(doc_id, text, title="t", date="2019-07-24")


def inter(
    d: Document,
    source: Actor = TRUMP,
    relation: Relation = Relation.SANCTIONS,
    target: Actor = CUB,
    evidence: str | None = None,
    modality: Modality = Modality.ASSERTED,
) -> Interaction:
    text = d.text if evidence is None else evidence
    return Interaction(d.id, source, relation, target, modality, text, 0, len(d.text), 0.8)


def put(store: Store, d: Document, *interactions: Interaction) -> None:
    triples, direct = document_graph(d, interactions, list(STATES.values()))
    store.replace_document(d, triples, direct=direct)


def big(
    doc_id: str, count: int, relation: Relation = Relation.SANCTIONS
) -> tuple[Document, list[Interaction]]:
    """A document with `count` interactions (about 12 triples each): several batches."""
    d = doc(doc_id, f"{doc_id}: {count} sentences.")
    interactions = [
        Interaction(d.id, TRUMP, relation, CUB, Modality.ASSERTED, f"Sentence {n} of {doc_id}.",
                    n, n + 1, 0.8)
        for n in range(count)
    ]  # fmt: skip
    return d, interactions


def same_graph(a: Store, b: Store) -> bool:
    return isomorphic(a.graph(), b.graph())


def mirror(*steps: tuple[Document, list[Interaction]]) -> Store:
    """The embedded store after the same steps: what the remote one must equal."""
    local = Store()
    for d, interactions in steps:
        put(local, d, *interactions)
    return local


# -- same behaviour as the embedded store ------------------------------------------------------


def test_a_document_gives_the_same_graph_as_the_embedded_store(remote: RemoteStore) -> None:
    d = doc("a", HOSTILE)
    interactions = [inter(d), inter(d, source=RUS, relation=Relation.CRITICIZES, target=USA)]
    put(remote, d, *interactions)
    assert same_graph(remote, mirror((d, interactions)))
    assert remote.document_hash("a") == d.content_hash
    assert remote.document_hash("missing") is None
    assert sorted(r["who"] for r in remote.select(WHO_SANCTIONS_CUBA)) == [USA.iri, TRUMP.iri]
    evidence = remote.select("SELECT ?e WHERE { ?i ir:evidence ?e }").column("e")
    assert HOSTILE.replace("\n", " ") in [" ".join(e.split("\n")) for e in evidence if e]


def test_replacement_semantics_match_the_embedded_store(remote: RemoteStore) -> None:
    a, b = doc("a"), doc("b", "Trump sanctioned Cuba again.")
    steps = [(a, [inter(a)]), (b, [inter(b)])]
    for d, interactions in steps:
        put(remote, d, *interactions)
    new_a = doc("a", "Russia met Cuba.")
    steps.append((new_a, [inter(new_a, source=RUS, relation=Relation.MEETS)]))
    put(remote, new_a, *steps[-1][1])
    assert same_graph(remote, mirror(*steps))
    assert sorted(r["who"] for r in remote.select(WHO_SANCTIONS_CUBA)) == [USA.iri, TRUMP.iri]
    remote.remove_document("b")
    assert remote.select(WHO_SANCTIONS_CUBA).rows == []  # the last support went
    assert remote.counts()["documents"] == 1
    assert remote.ask(f"ASK {{ <{RUS.iri}> ir:meets <{CUB.iri}> }}")


def test_rebuilding_the_same_document_changes_nothing(remote: RemoteStore) -> None:
    d, interactions = big("a", 20)
    put(remote, d, *interactions)
    before = len(remote)
    put(remote, d, *interactions)
    assert len(remote) == before
    assert same_graph(remote, mirror((d, interactions)))


def test_a_multi_batch_document(server: Server) -> None:
    clear(server.url)
    d, interactions = big("a", 30)  # some 360 triples
    with RemoteStore(server.url, batch_size=50, backoff=0) as store:
        calls = count_updates(store)
        put(store, d, *interactions)
        assert calls["n"] >= 8  # the batches and the swap
        assert same_graph(store, mirror((d, interactions)))
        assert staging_graphs(server.url) == []


def test_shared_facts_and_counts(remote: RemoteStore) -> None:
    remote.add_triples([(ID["country/CUB"], IR.code, Literal("CUB"))])
    d = doc("a")
    put(remote, d, inter(d))
    put(remote, doc("a", "Nothing."))
    assert remote.ask(f'ASK {{ <{CUB.iri}> ir:code "CUB" }}')
    assert remote.counts()["interactions"] == 0
    assert remote.counts()["triples"] == len(remote)


def test_bindings_and_queries(remote: RemoteStore) -> None:
    d = doc("a")
    put(remote, d, inter(d))
    query = "SELECT ?who ?whom WHERE { ?who ir:sanctions ?whom }"
    assert len(remote.select(query, {"whom": CUB.iri})) == 2
    assert remote.select(query, {"whom": "Cuba"}).rows == []
    for attack in ('x" } ; DROP ALL ; #', "x' } DROP ALL", '""" } DROP ALL #'):
        assert remote.select(query, {"whom": attack}).rows == []
    assert len(remote) > 0
    graph = remote.construct("CONSTRUCT { ?s ir:sanctions ?o } WHERE { ?s ir:sanctions ?o }")
    assert len(graph) == 2
    with pytest.raises(QueryError, match="not valid SPARQL"):
        remote.select("SELECT ?x WHERE { ?x")
    with pytest.raises(QueryError, match="no variable"):
        remote.select(query, {"nope": "x"})
    limited = remote.query("SELECT * WHERE { ?s ?p ?o }", limit=5)
    assert isinstance(limited, SelectResult) and len(limited) == 5


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".nq", ".trig", ".jsonld"])
def test_exports_match_the_embedded_store(
    plain_remote: RemoteStore, tmp_path: Path, suffix: str
) -> None:
    steps = [(doc("a"), [inter(doc("a"))]), (doc("b", HOSTILE), [inter(doc("b", HOSTILE))])]
    for d, interactions in steps:
        put(plain_remote, d, *interactions)
    local = mirror(*steps)
    ours, theirs = tmp_path / f"remote{suffix}", tmp_path / f"local{suffix}"
    assert plain_remote.export(ours) == local.export(theirs)
    fmt = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld"}
    remote_data, local_data = Dataset(), Dataset()
    remote_data.parse(ours, format=fmt[suffix])
    local_data.parse(theirs, format=fmt[suffix])
    assert graphs_of(remote_data) == graphs_of(local_data)


def graphs_of(dataset: Dataset) -> dict[str, set[tuple[object, ...]]]:
    """Each graph of a dataset (the default one as ""), as a set of triples (no blank nodes)."""
    return {
        "" if graph == dataset.default_graph else str(graph.identifier): set(graph)
        for graph in dataset.graphs()
        if len(graph)
    }


@pytest.mark.parametrize("name", sorted(load_library()))
def test_every_library_query_answers_as_on_the_embedded_store(
    plain_remote: RemoteStore, name: str
) -> None:
    a, b = doc("a"), doc("b", "Russia met Cuba. The embargo on Cuba is wrong.")
    steps = [
        (a, [inter(a)]),
        (b, [inter(b, source=RUS, relation=Relation.MEETS, evidence="Russia met Cuba."),
             inter(b, source=RUS, relation=Relation.CRITICIZES, target=USA,
                   evidence="The embargo on Cuba is wrong.")]),
    ]  # fmt: skip
    for d, interactions in steps:
        put(plain_remote, d, *interactions)
    local = mirror(*steps)
    ours = run_named(plain_remote, name)
    theirs = run_named(local, name)
    assert ours.table is not None and theirs.table is not None
    assert ours.table.columns == theirs.table.columns
    assert ours.table.rows == theirs.table.rows


def test_blank_nodes_are_refused_before_anything_is_written(remote: RemoteStore) -> None:
    d = doc("a")
    put(remote, d, inter(d))
    before = len(remote)
    with pytest.raises(StoreError, match="blank node"):
        remote.replace_document(doc("a", "x"), [(BNode(), IR.code, Literal("x"))])
    assert len(remote) == before and remote.document_hash("a") == d.content_hash


def test_a_read_only_remote_store_refuses_writes(server: Server) -> None:
    with (
        RemoteStore(server.url, read_only=True) as store,
        pytest.raises(StoreError, match="read-only"),
    ):
        put(store, doc("a"), inter(doc("a")))


def test_an_unreachable_server_is_a_clear_error() -> None:
    port = free_port()
    with pytest.raises(StoreError, match=f"127.0.0.1:{port}.*failed after 1 attempt"):
        RemoteStore(f"http://127.0.0.1:{port}")


def test_a_wrong_path_on_the_server_is_a_clear_error(server: Server) -> None:
    with pytest.raises(StoreError, match="refused a query.*HTTP 404.*check the URL"):
        RemoteStore(f"{server.url}/no/such/dataset")


def test_a_settings_file_opens_a_remote_store(server: Server, tmp_path: Path) -> None:
    settings = tmp_path / "store.toml"
    settings.write_text(
        f'[store]\nurl = "{server.url}"\ngraph = "{KG_GRAPH}"\nbatch_size = 7\nretries = 1\n'
    )
    with open_store(settings) as store:
        assert isinstance(store, RemoteStore)
        assert (store.batch_size, store.retries, store.kg_graph) == (7, 1, f"<{KG_GRAPH}>")


# -- failures: retried, reported, never half-written -------------------------------------------


def count_updates(store: RemoteStore) -> dict[str, int]:
    calls = {"n": 0}
    real = store._update

    def counting(text: str, *, what: str) -> None:
        calls["n"] += 1
        real(text, what=what)

    store._update = counting  # type: ignore[method-assign]
    return calls


def staging_graphs(url: str) -> list[str]:
    query = (
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER (CONTAINS(STR(?g), 'staging')) }"
    )
    with RemoteStore(url) as store:
        answer = store._ask(query, dataset=True)
    assert isinstance(answer, SelectResult)
    return [str(g) for g in answer.column("g")]


def fail_after(store: RemoteStore, updates: int, error: Exception) -> dict[str, int]:
    """Let `updates` update requests through, then fail every one (the swap never comes)."""
    calls = {"n": 0}
    real = store._post

    def failing(url: str, body: str, *args: Any, **kwargs: Any) -> tuple[str, bytes]:
        if url == store.endpoints.update and "INSERT" in body:
            calls["n"] += 1
            if calls["n"] > updates:
                raise error
        return real(url, body, *args, **kwargs)

    store._post = failing  # type: ignore[method-assign]
    return calls


def test_a_failed_batch_leaves_the_previous_version_whole(
    remote: RemoteStore, caplog: pytest.LogCaptureFixture
) -> None:
    old, old_interactions = big("a", 10)
    put(remote, old, *old_interactions)
    before = remote.graph()
    remote.batch_size = 20
    fail_after(remote, 3, StoreError("connection reset (injected)"))
    new, new_interactions = big("a", 30, Relation.CRITICIZES)
    with pytest.raises(StoreError) as caught:
        put(remote, new, *new_interactions)
    message = str(caught.value)
    assert "could not store document 'a'" in message and "injected" in message
    assert "previous version is unchanged" in message
    assert isomorphic(remote.graph(), before)
    assert remote.document_hash("a") == old.content_hash


def test_a_transient_failure_is_retried_and_reported(
    plain_remote: RemoteStore, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real = urllib.request.urlopen
    failures = {"left": 2}

    def flaky(request: Any, *args: Any, **kwargs: Any) -> Any:
        if getattr(request, "full_url", "").endswith("/update") and failures["left"]:
            failures["left"] -= 1
            raise urllib.error.URLError(ConnectionResetError("connection reset by peer"))
        return real(request, *args, **kwargs)

    monkeypatch.setattr(urllib.request, "urlopen", flaky)
    d = doc("a")
    with caplog.at_level(logging.WARNING, logger="kg.store"):
        put(plain_remote, d, inter(d))
    assert failures["left"] == 0
    retries = [r.getMessage() for r in caplog.records if "attempt" in r.getMessage()]
    assert len(retries) == 2 and "connection reset by peer" in retries[0]
    assert "attempt 1 of 4" in retries[0]
    assert same_graph(plain_remote, mirror((d, [inter(d)])))


def test_a_failure_that_does_not_pass_is_reported_after_the_retries(
    plain_remote: RemoteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = urllib.request.urlopen
    calls = {"updates": 0}

    def down(request: Any, *args: Any, **kwargs: Any) -> Any:
        if getattr(request, "full_url", "").endswith("/update"):
            calls["updates"] += 1
            raise urllib.error.URLError(ConnectionRefusedError("connection refused"))
        return real(request, *args, **kwargs)

    monkeypatch.setattr(urllib.request, "urlopen", down)
    with pytest.raises(StoreError, match="failed after 4 attempts: connection refused"):
        put(plain_remote, doc("a"), inter(doc("a")))
    assert calls["updates"] == 4 + 1  # the write, three retries, one try to drop the staging


@pytest.mark.parametrize("batch_size", [1000, 5], ids=["one-request", "batches-then-swap"])
def test_a_lost_answer_to_the_swap_is_retried_harmlessly(
    plain_remote: RemoteStore, monkeypatch: pytest.MonkeyPatch, batch_size: int
) -> None:
    """The server applied the swap but its answer was lost: the retry must change nothing."""
    old, new = doc("a"), doc("a", "Russia met Cuba.")
    put(plain_remote, old, inter(old))
    plain_remote.batch_size = batch_size
    real = urllib.request.urlopen
    lost = {"done": False}

    def losing(request: Any, *args: Any, **kwargs: Any) -> Any:
        answer = real(request, *args, **kwargs)
        body = getattr(request, "data", b"") or b""
        if not lost["done"] and b"DELETE" in body:  # the swap went through; its answer is lost
            lost["done"] = True
            answer.close()
            raise urllib.error.URLError(ConnectionResetError("answer lost"))
        return answer

    monkeypatch.setattr(urllib.request, "urlopen", losing)
    new_interactions = [inter(new, source=RUS, relation=Relation.MEETS)]
    put(plain_remote, new, *new_interactions)
    assert lost["done"]
    assert same_graph(plain_remote, mirror((new, new_interactions)))
    assert plain_remote.document_hash("a") == new.content_hash


def test_killing_the_server_mid_document_leaves_the_old_version(tmp_path: Path) -> None:
    """A real crash: the server is SIGKILLed between two batches of a document's new version.
    After a restart on the same data, the old version is there, whole, and nothing of the new;
    building the document again then works and cleans up."""
    own = Server(tmp_path / "data", free_port()).start()
    try:
        old, old_interactions = big("a", 10)
        with RemoteStore(own.url, backoff=0, retries=1, batch_size=25) as store:
            put(store, old, *old_interactions)
            before = store.graph()
            real = store._update
            calls = {"n": 0}

            def crash_after_two(text: str, *, what: str) -> None:
                calls["n"] += 1
                if calls["n"] == 3:
                    own.kill()
                real(text, what=what)

            store._update = crash_after_two  # type: ignore[method-assign]
            new, renewed = big("a", 30, Relation.CRITICIZES)
            with pytest.raises(StoreError, match="previous version is unchanged"):
                put(store, new, *renewed)
        own.start()
        with RemoteStore(own.url, backoff=0, batch_size=25) as store:
            assert isomorphic(store.graph(), before)
            assert store.document_hash("a") == old.content_hash
            assert not store.ask("ASK { ?s ir:relation ir:criticizes }")
            assert staging_graphs(own.url)  # the batches that got through, out of sight
            put(store, new, *renewed)
            assert same_graph(store, mirror((new, renewed)))
            assert staging_graphs(own.url) == []
    finally:
        own.stop()


# -- the command line against the server -------------------------------------------------------


def test_kg_query_and_export_take_a_url(
    kg_cli: Callable[..., Result], plain_remote: RemoteStore, server: Server, tmp_path: Path
) -> None:
    d = doc("a")
    put(plain_remote, d, inter(d))
    result = kg_cli("query", "--store", server.url, "--name", "who-sanctions", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert f"{USA.iri},United States," in result.stdout
    export = kg_cli("export", tmp_path / "graph.nt", "--store", server.url)
    assert export.exit_code == 0, export.output
    assert f"exported {len(plain_remote)} triples" in export.stdout


def test_kg_query_on_an_unreachable_server_exits_2(kg_cli: Callable[..., Result]) -> None:
    result = kg_cli("query", "ASK {}", "--store", f"http://127.0.0.1:{free_port()}")
    assert result.exit_code == 2
    assert result.stderr.startswith("error:") and "reaching the server" in result.stderr


def test_irkg_store_may_hold_a_url(
    kg_cli: Callable[..., Result], plain_remote: RemoteStore, server: Server,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    put(plain_remote, doc("a"), inter(doc("a")))
    monkeypatch.setenv("IRKG_STORE", server.url)
    result = kg_cli("query", WHO_SANCTIONS_CUBA, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert USA.iri in result.stdout


@pytest.mark.model
def test_kg_build_into_a_server_gives_the_embedded_graph(
    kg_cli: Callable[..., Result], plain_remote: RemoteStore, server: Server, seed_store: Path
) -> None:
    seed = Path(__file__).resolve().parents[1] / "samples" / "russia-cuba.txt"
    result = kg_cli("build", seed, "--store", server.url, "--no-progress")
    assert result.exit_code == 0, result.output
    with Store(seed_store, read_only=True) as local:
        assert same_graph(plain_remote, local)
    again = kg_cli("build", seed, "--store", server.url, "--no-progress")
    assert "1 unchanged" in again.stdout
