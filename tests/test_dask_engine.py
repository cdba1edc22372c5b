"""`kg build --engine dask`: extraction on a Dask cluster (a `LocalCluster`, and a real
`dask scheduler` with two `dask worker` processes), results in an embedded store written by the
client or in a SPARQL server written by the workers; the graph is the one a local build makes."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import Result

from kg.dask_engine import DaskEngine, DaskMissing
from kg.errors import KGError
from kg.extractor import ExtractorSpec
from kg.pipeline import build
from kg.settings import Settings
from kg.store import RemoteStore, Store
from tests.news import corpus
from tests.store.store_helpers import OxigraphServer, free_port

pytest.importorskip("distributed")
pytestmark = pytest.mark.model
DASK = Path(sys.executable).with_name("dask")


def spec() -> ExtractorSpec:
    return ExtractorSpec(Settings.from_env().model, batch_size=4)


def nquads(store: Store | RemoteStore, tmp_path: Path, name: str) -> list[str]:
    out = tmp_path / f"{name}.nq"
    store.export(out)
    return sorted(out.read_text(encoding="utf-8").splitlines())


@pytest.fixture(scope="module")
def local_graph(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The N-Quads of a local, single-process build of the corpus."""
    folder = tmp_path_factory.mktemp("local")
    with Store(folder / "store") as store:
        build(corpus(12), store=store, extractor=spec())
        return nquads(store, folder, "local")


@pytest.fixture(scope="module")
def local_graph_with_events(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The N-Quads of a local build followed by the grouping of reports into events, as
    `kg build` does."""
    from kg.analysis.grouping import regroup_events

    folder = tmp_path_factory.mktemp("local-events")
    with Store(folder / "store") as store:
        build(corpus(12), store=store, extractor=spec())
        regroup_events(store)
        return nquads(store, folder, "local")


def test_a_local_cluster_builds_the_local_graph(tmp_path: Path, local_graph: list[str]) -> None:
    with Store(tmp_path / "store") as store:
        summary = build(corpus(12), store=store, extractor=spec(), engine=DaskEngine(workers=2))
        assert (summary.built, summary.failed) == (12, 0)
        assert nquads(store, tmp_path, "dask") == local_graph


def test_workers_write_to_a_sparql_server(tmp_path: Path, local_graph: list[str]) -> None:
    """With a SPARQL server as the store the workers store each document there themselves; a
    second build finds every document unchanged."""
    server = OxigraphServer(None, free_port()).start()
    try:
        engine = DaskEngine(workers=2, remote_store=server.url)
        with RemoteStore(server.url) as store:
            summary = build(corpus(12), store=store, extractor=spec(), engine=engine)
            assert (summary.built, summary.failed) == (12, 0)
            assert nquads(store, tmp_path, "remote") == local_graph
            again = build(corpus(12), store=store, extractor=spec(), engine=engine)
            assert (again.built, again.unchanged) == (0, 12)
    finally:
        server.stop()


@pytest.fixture
def dask_cluster(tmp_path: Path) -> Iterator[str]:
    """`dask scheduler` and two single-threaded `dask worker` processes on loopback."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path / "dask.log"
    with logs.open("wb") as log:
        scheduler = [
            str(DASK),
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-dashboard",
        ]
        processes = [subprocess.Popen(scheduler, stdout=log, stderr=log, cwd=tmp_path)]
        worker = [
            str(DASK),
            "worker",
            address,
            "--nthreads",
            "1",
            "--no-dashboard",
            "--local-directory",
            str(tmp_path / "work"),
        ]
        processes += [
            subprocess.Popen(worker, stdout=log, stderr=log, cwd=tmp_path) for _ in range(2)
        ]
        try:
            _wait_for_workers(address, 2, logs)
            yield address
        finally:
            for process in reversed(processes):
                process.terminate()
            for process in processes:
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()


def _wait_for_workers(address: str, count: int, logs: Path) -> None:
    from distributed import Client

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with Client(address, timeout="2s") as client:
                client.wait_for_workers(count, timeout=60)
                return
        except (OSError, TimeoutError):
            time.sleep(0.5)
    pytest.fail(f"the Dask cluster did not start: {logs.read_text(errors='replace')[-2000:]}")


def test_kg_build_on_a_real_dask_cluster(
    kg_cli: Callable[..., Result],
    dask_cluster: str,
    tmp_path: Path,
    local_graph_with_events: list[str],
) -> None:
    import json

    source = tmp_path / "news.jsonl"
    source.write_text(
        "".join(
            json.dumps({"id": d.id, "text": d.text, "title": d.title, "date": d.date}) + "\n"
            for d in corpus(12)
        ),
        encoding="utf-8",
    )
    out = tmp_path / "dask.nq"
    result = kg_cli(
        "build",
        source,
        "--store",
        tmp_path / "store",
        "--engine",
        "dask",
        "--scheduler",
        dask_cluster,
        "--export",
        out,
        "--no-progress",
    )
    assert result.exit_code == 0, result.output
    assert "12 built" in result.stdout
    assert sorted(out.read_text(encoding="utf-8").splitlines()) == local_graph_with_events


def test_an_unreachable_scheduler_is_a_clean_error(tmp_path: Path) -> None:
    engine = DaskEngine(scheduler=f"tcp://127.0.0.1:{free_port()}", connect_timeout=1)
    with Store(tmp_path / "s") as store, pytest.raises(KGError, match="Dask scheduler"):
        build(corpus(2), store=store, extractor=spec(), engine=engine)


def test_without_the_extra_the_user_is_told_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    with Store(tmp_path / "s") as store, pytest.raises(DaskMissing, match=r"irkg\[dask\]"):
        build(corpus(2), store=store, extractor=spec(), engine=DaskEngine())


def test_a_scheduler_needs_the_dask_engine(kg_cli: Callable[..., Result]) -> None:
    result = kg_cli("build", "-", "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 2
    assert "--engine dask" in result.stderr
