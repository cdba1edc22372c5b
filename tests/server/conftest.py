"""Fixtures of the endpoint's tests: the stores on disk and running servers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.server import ServerLimits, SparqlServer
from kg.store import Store
from tests.server.endpoint_helpers import TEST_LIMITS, fill


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two-document store, on disk and closed (query processes open it read-only)."""
    path = tmp_path_factory.mktemp("endpoint") / "store"
    with Store(path) as store:
        fill(store)
    return path


@pytest.fixture(scope="session")
def heavy_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough literals that a three-way product takes many seconds to count."""
    path = tmp_path_factory.mktemp("heavy") / "store"
    with Store(path) as store:
        p = URIRef("http://example.org/p")
        store.add_triples((URIRef(f"http://example.org/s{n}"), p, Literal(n)) for n in range(300))
    return path


@pytest.fixture
def serving() -> Iterator[Callable[..., SparqlServer]]:
    """Start servers for one test; every one is shut down after it."""
    started: list[SparqlServer] = []

    def start(path: Path, limits: ServerLimits = TEST_LIMITS, **options: object) -> SparqlServer:
        server = SparqlServer(path, limits=limits, **options)  # type: ignore[arg-type]
        server.start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.shutdown()


@pytest.fixture(scope="module")
def server(store_path: Path) -> Iterator[SparqlServer]:
    running = SparqlServer(store_path, limits=TEST_LIMITS)
    running.start()
    try:
        yield running
    finally:
        running.shutdown()


@pytest.fixture
def endpoint(server: SparqlServer) -> str:
    return server.url + "sparql"
