"""Fixtures of the store's tests: SPARQL servers for the session, and every backend of the
`GraphStore` contract.

`graph_store` is the store a contract test runs on, once per backend (as rdflib runs one test
suite on each of its store plugins):

* `embedded-disk`: `Store` in a folder on disk (one for the session, emptied before each test;
  `backend.open()` opens a store of its own in a new folder);
* `embedded-memory`: `Store` in memory (what `open_store(None)` gives);
* `remote-default-graph`: `RemoteStore` on `oxigraph serve`, the knowledge graph in the server's
  default graph;
* `remote-named-graph`: `RemoteStore` with `kg_graph`, the knowledge graph in a named graph, on
  `oxigraph serve --union-default-graph` (a default graph that is the union of all graphs, as
  on Virtuoso, GraphDB and Neptune, where `kg_graph` is needed).

Each server starts once (in memory), only when a remote test runs, and is emptied before each
test: opening a store on disk or a server for each test would make the suite much slower.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg.store import GraphStore, RemoteStore, Store
from tests.store.store_helpers import KG_GRAPH, Backend, OxigraphServer, free_port

BACKENDS = ["embedded-disk", "embedded-memory", "remote-default-graph", "remote-named-graph"]


def _serve(union_default_graph: bool) -> Iterator[OxigraphServer]:
    running = OxigraphServer(None, free_port(), union_default_graph=union_default_graph).start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="session")
def oxigraph_server() -> Iterator[OxigraphServer]:
    """`oxigraph serve` in memory on a free localhost port, for the whole session."""
    yield from _serve(union_default_graph=False)


@pytest.fixture(scope="session")
def union_server() -> Iterator[OxigraphServer]:
    """The same, its default graph the union of all graphs (as Virtuoso, GraphDB, Neptune):
    where the knowledge graph must be a named graph (`kg_graph`)."""
    yield from _serve(union_default_graph=True)


@pytest.fixture
def empty_server(oxigraph_server: OxigraphServer) -> OxigraphServer:
    """The session's server, its data dropped."""
    oxigraph_server.clear()
    return oxigraph_server


@pytest.fixture
def empty_union_server(union_server: OxigraphServer) -> OxigraphServer:
    """The session's union-default-graph server, its data dropped."""
    union_server.clear()
    return union_server


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Backend:
    """Each backend of the contract, empty (for a remote one, the server emptied)."""
    name: str = request.param
    if name == "embedded-disk":
        path = tmp_path_factory.mktemp("store") / "store"
        return Backend(name, lambda read_only: Store(path, read_only=read_only))
    if name == "embedded-memory":
        return Backend(name, lambda read_only: Store(read_only=read_only))
    named = name == "remote-named-graph"
    server: OxigraphServer = request.getfixturevalue(
        "empty_union_server" if named else "empty_server"
    )
    kg_graph = KG_GRAPH if named else None
    return Backend(
        name,
        lambda read_only: RemoteStore(
            server.url, kg_graph=kg_graph, read_only=read_only, backoff=0
        ),
    )


@pytest.fixture(scope="session")
def disk_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One embedded store on disk for the session (opening one takes some 0.1 s)."""
    with Store(tmp_path_factory.mktemp("shared") / "store") as store:
        yield store


@pytest.fixture
def graph_store(backend: Backend, request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """An empty, writable store of each backend.

    The embedded store on disk is the session's `disk_store`, emptied: a test must not close
    it (to close or reopen a store, open one with `backend.open()`). The others are opened for
    the test and closed after it.
    """
    if backend.name == "embedded-disk":
        shared: Store = request.getfixturevalue("disk_store")
        shared._db.clear()
        yield shared
        if shared._ox is None:
            pytest.fail("a contract test closed the shared graph_store: use backend.open()")
        return
    with backend.open() as store:
        yield store


@pytest.fixture(params=[None, KG_GRAPH], ids=["default-graph", "named-kg-graph"])
def remote(request: pytest.FixtureRequest) -> Iterator[RemoteStore]:
    """An empty remote store, the knowledge graph in the server's default graph, or in a named
    graph on a server whose default graph is the union of all graphs."""
    kg_graph: str | None = request.param
    server: OxigraphServer = request.getfixturevalue(
        "empty_union_server" if kg_graph else "empty_server"
    )
    with RemoteStore(server.url, kg_graph=kg_graph, backoff=0) as store:
        yield store


@pytest.fixture
def plain_remote(empty_server: OxigraphServer) -> Iterator[RemoteStore]:
    """An empty remote store, the knowledge graph in the server's default graph."""
    with RemoteStore(empty_server.url, backoff=0) as store:
        yield store
