"""kg.parallel and `kg build --workers`: worker processes read, one writer stores, and the graph
is the one a single process builds; a worker that dies costs its batch, not the build."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from kg.errors import ModelNotFound
from kg.extractor import ExtractorSpec
from kg.parallel import DISPATCH_DOCUMENTS
from kg.pipeline import BuildSummary, build, workers_for
from kg.settings import Settings
from kg.store import Store
from kg.types import Document
from tests.news import corpus

pytestmark = pytest.mark.model


def spec(batch_size: int = 3) -> ExtractorSpec:
    return ExtractorSpec(Settings.from_env().model, batch_size=batch_size)


def quads(store: Store, tmp_path: Path, name: str) -> list[str]:
    out = tmp_path / f"{name}.nq"
    store.export(out)
    return sorted(out.read_text(encoding="utf-8").splitlines())


def test_two_workers_build_the_graph_one_process_builds(tmp_path: Path) -> None:
    docs = corpus(14)  # two batches (8 and 6): both workers read
    with Store(tmp_path / "one") as one, Store(tmp_path / "two") as two:
        alone = build(docs, store=one, extractor=spec(), workers=1)
        shared = build(docs, store=two, extractor=spec(), workers=2)
        assert alone.built == shared.built == len(docs)
        assert alone.interactions == shared.interactions > 0
        assert alone.relations == shared.relations
        assert quads(one, tmp_path, "one") == quads(two, tmp_path, "two")


def test_a_worker_killed_mid_build_costs_its_batch_and_the_rest_is_built(tmp_path: Path) -> None:
    """The first document read triggers a SIGKILL of one worker: the batch at the head of the
    queue is reported, every other document is read by a new pool and stored."""
    import multiprocessing

    docs = corpus(160)  # twenty batches: at the first result, both workers still hold some
    killed: list[int] = []

    def kill_a_worker(_doc: Document) -> None:
        if killed:
            return
        children = multiprocessing.active_children()
        assert children, "the workers run as child processes"
        killed.append(children[0].pid or 0)
        os.kill(killed[0], signal.SIGKILL)

    summary = BuildSummary()
    with Store(tmp_path / "store") as store:
        build(
            docs,
            store=store,
            extractor=spec(),
            workers=2,
            summary=summary,
            on_document=kill_a_worker,
        )
        stored = {
            row["id"]
            for row in store.select(
                "SELECT ?id WHERE { ?d a ir:Document ; dcterms:identifier ?id }"
            ).rows
        }
    assert killed
    assert 1 <= summary.failed <= DISPATCH_DOCUMENTS  # at most the batch the dead worker held
    assert summary.built + summary.failed == len(docs)
    assert all("worker process died" in p.message for p in summary.problems)
    assert len(stored) == summary.built
    # a rebuild reads what was lost, and only that
    with Store(tmp_path / "store") as store:
        again = build(docs, store=store, extractor=spec(), workers=2)
    assert (again.built, again.unchanged) == (summary.failed, summary.built)


def test_a_missing_model_is_named_before_any_worker_starts(tmp_path: Path) -> None:
    missing = ExtractorSpec("no_such_pipeline_xyz")
    with Store(tmp_path / "s") as store, pytest.raises(ModelNotFound, match="no_such_pipeline"):
        build(corpus(4), store=store, extractor=missing, workers=2)


def test_the_default_uses_no_more_workers_than_batches() -> None:
    cores = len(os.sched_getaffinity(0))
    assert workers_for(None, None, 32) == cores
    assert workers_for(None, 1, 32) == 1
    assert workers_for(None, 10_000, 32) == cores
    assert workers_for(4, 1, 32) == 4  # asked for: honoured


def test_kg_build_workers_option_and_progress_total(
    kg_cli: Callable[..., Result], tmp_path: Path
) -> None:
    """`--workers 2` builds what `--workers 1` builds; the bar counts the JSONL lines up front
    (a malformed line included) and shows the total, the rate and the time left."""
    import json

    lines = [json.dumps({"id": d.id, "text": d.text, "title": d.title}) for d in corpus(7)]
    source = tmp_path / "news.jsonl"
    source.write_text("\n".join([*lines[:3], "{not json", *lines[3:]]) + "\n", encoding="utf-8")
    runs = {}
    for workers in ("1", "2"):
        store = tmp_path / f"store{workers}"
        result = kg_cli(
            "build",
            source,
            "--store",
            store,
            "--workers",
            workers,
            "--export",
            tmp_path / f"g{workers}.nq",
        )
        assert result.exit_code == 1, result.output  # the malformed line
        assert "news.jsonl:4" in result.stderr
        assert "8/8" in result.stderr  # seven documents and the bad line
        assert "doc/s" in result.stderr
        runs[workers] = sorted((tmp_path / f"g{workers}.nq").read_text().splitlines())
    assert runs["1"] == runs["2"]


def test_a_bad_workers_setting_is_refused(
    kg_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IRKG_WORKERS", "0")
    result = kg_cli("build", "-")
    assert result.exit_code == 2
    assert "IRKG_WORKERS='0'" in result.stderr
