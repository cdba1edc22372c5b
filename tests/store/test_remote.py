"""kg.store.remote: what only `RemoteStore` does, against a real SPARQL server (`oxigraph serve`,
see conftest.py). (What every store does, the remote one included: test_contract.py.)

The endpoints a server URL stands for; writes in retried batches that never leave a document
half-written (a failure in any batch, a killed server, a lost answer all leave the previous
version or the new one whole); blank nodes refused; clear errors for a server that is not there;
and the command line pointed at a server.
"""

from __future__ import annotations

import logging
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rdflib import BNode, Literal
from rdflib.compare import isomorphic
from typer.testing import Result

from kg.errors import StoreError
from kg.rdf.namespace import IR
from kg.store import Endpoints, RemoteStore, SelectResult, Store
from kg.types import Relation
from tests.store.store_helpers import (
    CUBA,
    KG_GRAPH,
    REPO,
    RUS,
    USA,
    WHO_SANCTIONS_CUBA,
    OxigraphServer,
    big,
    doc,
    free_port,
    inter,
    mirror,
    put,
    same_graph,
)

# -- the endpoints of a URL -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "query", "update"),
    [
        ("http://h:7878", "http://h:7878/query", "http://h:7878/update"),
        ("http://h:7878/", "http://h:7878/query", "http://h:7878/update"),
        ("http://h:3030/ds", "http://h:3030/ds/query", "http://h:3030/ds/update"),
        ("http://h:3030/ds/query", "http://h:3030/ds/query", "http://h:3030/ds/update"),
        ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql"),
        ("https://n:8182/sparql", "https://n:8182/sparql", "https://n:8182/sparql"),
        ("http://h:7200/repositories/kg", "http://h:7200/repositories/kg",
         "http://h:7200/repositories/kg/statements"),
    ],
)  # fmt: skip
def test_endpoints_of_the_usual_servers(url: str, query: str, update: str) -> None:
    assert Endpoints.from_url(url) == Endpoints(query, update)


# -- opening --------------------------------------------------------------------------------------


def test_an_unreachable_server_is_a_clear_error() -> None:
    """Opening probes the server once: a server that is not there fails at once, by URL."""
    port = free_port()
    with pytest.raises(StoreError, match=f"127.0.0.1:{port}.*failed after 1 attempt"):
        RemoteStore(f"http://127.0.0.1:{port}")


def test_a_wrong_path_on_the_server_is_a_clear_error(oxigraph_server: OxigraphServer) -> None:
    with pytest.raises(StoreError, match="refused a query.*HTTP 404.*check the URL"):
        RemoteStore(f"{oxigraph_server.url}/no/such/dataset")


def test_a_union_default_graph_needs_kg_graph(empty_union_server: OxigraphServer) -> None:
    """On a server whose default graph is the union of all graphs, a triple two documents
    support is seen once per graph, unless the knowledge graph is a named graph (`kg_graph`)."""
    query = f"SELECT ?label WHERE {{ <{CUBA}> rdfs:label ?label }}"
    with RemoteStore(empty_union_server.url, kg_graph=KG_GRAPH, backoff=0) as store:
        for d in (doc("a"), doc("b")):
            put(store, d, inter(d))
        assert store.select(query).rows == [{"label": "Cuba"}]
    with RemoteStore(empty_union_server.url, backoff=0) as union:
        assert union.select(query).column("label") == ["Cuba"] * 3  # the KG, a's and b's graphs


# -- writing in batches ---------------------------------------------------------------------------


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


def test_a_multi_batch_document(empty_server: OxigraphServer) -> None:
    """A document larger than a batch goes in several requests, then one swap, and leaves no
    staging graph."""
    d, interactions = big("a", 30)  # some 360 triples
    with RemoteStore(empty_server.url, batch_size=50, backoff=0) as store:
        calls = count_updates(store)
        put(store, d, *interactions)
        assert calls["n"] >= 8  # the batches and the swap
        assert same_graph(store, mirror((d, interactions)))
        assert staging_graphs(empty_server.url) == []


def test_blank_nodes_are_refused_before_anything_is_written(remote: RemoteStore) -> None:
    """A blank node would be a new node in every request: refused, the old version kept."""
    d = doc("a")
    put(remote, d, inter(d))
    before = len(remote)
    with pytest.raises(StoreError, match="blank node"):
        remote.replace_document(doc("a", "x"), [(BNode(), IR.code, Literal("x"))])
    assert len(remote) == before and remote.document_hash("a") == d.content_hash


# -- failures: retried, reported, never half-written ----------------------------------------------


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
    own = OxigraphServer(tmp_path / "data", free_port()).start()
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


# -- reading answers ------------------------------------------------------------------------------


class CountingAnswer:
    """An HTTP answer that counts the bytes read from it."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.bytes_read = 0

    def __enter__(self) -> CountingAnswer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.answer.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.answer, name)

    def read(self, size: int | None = None) -> bytes:
        data: bytes = self.answer.read(size)
        self.bytes_read += len(data)
        return data

    def read1(self, size: int = -1) -> bytes:
        data: bytes = self.answer.read1(size)
        self.bytes_read += len(data)
        return data

    def readinto(self, buffer: Any) -> int:
        count: int = self.answer.readinto(buffer)
        self.bytes_read += count
        return count


@pytest.mark.parametrize(
    "query",
    ["SELECT * WHERE { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o }"],
    ids=["select", "construct"],
)
def test_a_limit_stops_the_download(
    plain_remote: RemoteStore, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    """The answer is parsed as it arrives: with a limit, the rest of it is never read."""
    d, interactions = big("a", 100)  # some 1,200 triples
    put(plain_remote, d, *interactions)
    real = urllib.request.urlopen
    answers: list[CountingAnswer] = []

    def counting(request: Any, *args: Any, **kwargs: Any) -> CountingAnswer:
        answers.append(CountingAnswer(real(request, *args, **kwargs)))
        return answers[-1]

    monkeypatch.setattr(urllib.request, "urlopen", counting)
    whole = plain_remote.query(query)
    limited = plain_remote.query(query, limit=5)
    assert not isinstance(whole, bool) and not isinstance(limited, bool)
    assert len(whole) == len(plain_remote) and len(limited) == 5
    everything, first_rows = answers[0].bytes_read, answers[1].bytes_read
    assert first_rows * 10 < everything


# -- the command line against the server ----------------------------------------------------------


def test_kg_query_and_export_take_a_url(
    kg_cli: Callable[..., Result],
    plain_remote: RemoteStore,
    oxigraph_server: OxigraphServer,
    tmp_path: Path,
) -> None:
    d = doc("a")
    put(plain_remote, d, inter(d))
    url = oxigraph_server.url
    result = kg_cli("query", "--store", url, "--name", "who-sanctions", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert f"{USA.iri},United States," in result.stdout
    export = kg_cli("export", tmp_path / "graph.nt", "--store", url)
    assert export.exit_code == 0, export.output
    assert f"exported {len(plain_remote)} triples" in export.stdout


def test_kg_query_on_an_unreachable_server_exits_2(kg_cli: Callable[..., Result]) -> None:
    result = kg_cli("query", "ASK {}", "--store", f"http://127.0.0.1:{free_port()}")
    assert result.exit_code == 2
    assert result.stderr.startswith("error:") and "reaching the server" in result.stderr


def test_irkg_store_may_hold_a_url(
    kg_cli: Callable[..., Result],
    plain_remote: RemoteStore,
    oxigraph_server: OxigraphServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    put(plain_remote, doc("a"), inter(doc("a")))
    monkeypatch.setenv("IRKG_STORE", oxigraph_server.url)
    result = kg_cli("query", WHO_SANCTIONS_CUBA, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert USA.iri in result.stdout


@pytest.mark.model
def test_kg_build_into_a_server_gives_the_embedded_graph(
    kg_cli: Callable[..., Result],
    plain_remote: RemoteStore,
    oxigraph_server: OxigraphServer,
    seed_store: Path,
) -> None:
    """`kg build --store URL` gives the graph `kg build` gives on disk; again, nothing changes."""
    seed = REPO / "samples" / "russia-cuba.txt"
    result = kg_cli("build", seed, "--store", oxigraph_server.url, "--no-progress")
    assert result.exit_code == 0, result.output
    with Store(seed_store, read_only=True) as local:
        assert same_graph(plain_remote, local)
    again = kg_cli("build", seed, "--store", oxigraph_server.url, "--no-progress")
    assert "1 unchanged" in again.stdout
