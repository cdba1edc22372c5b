"""kg.workspace: a notebook's store (named, or built into a temporary folder) and its cleanup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.store import Store
from kg.workspace import PREFIX, open_workspace
from tests.analysis.facts import fill


@pytest.fixture(autouse=True)
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Temporary folders of the workspace go into the test's own folder."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(folder))
    return folder


def leftovers(private_tmp: Path) -> list[Path]:
    return sorted(private_tmp.glob(f"{PREFIX}*"))


def test_a_named_store_is_read_and_never_deleted(tmp_path: Path, private_tmp: Path) -> None:
    path = tmp_path / "mine"
    with Store(path) as store:
        fill(store)
        before = store.counts()
    with open_workspace(store=path) as work:
        assert work.read_only and work.summary is None and work.temporary
        assert work.store.counts() == before
        assert work.folder.parent == private_tmp
        (work.folder / "page.html").write_text("x", encoding="utf-8")
        assert "(read-only)" in str(work) and "removed at the end" in str(work)
    assert leftovers(private_tmp) == []  # the output folder went
    with Store(path, read_only=True) as store:
        assert store.counts() == before  # the user's store did not
    with open_workspace(store=path, inputs=[]) as work:  # no inputs: read, not written
        assert work.read_only


def test_an_output_folder_is_kept(tmp_path: Path, private_tmp: Path) -> None:
    with open_workspace(inputs=[], output=tmp_path / "out") as work:
        assert not work.temporary and work.location == str(tmp_path / "out" / "store")
        (work.folder / "graph.html").write_text("x", encoding="utf-8")
    assert (tmp_path / "out" / "graph.html").exists() and (tmp_path / "out" / "store").exists()
    assert leftovers(private_tmp) == []


def test_a_store_that_cannot_open_leaves_nothing_behind(tmp_path: Path, private_tmp: Path) -> None:
    with pytest.raises(KGError):
        open_workspace(store=tmp_path / "absent")
    assert leftovers(private_tmp) == []
    assert not (tmp_path / "absent").exists()


@pytest.mark.model
def test_inputs_are_built_as_kg_build_builds(tmp_path: Path, private_tmp: Path) -> None:
    news = tmp_path / "news.jsonl"
    record = {
        "id": "n1",
        "date": "2019-06-01",
        "title": "Sanctions",
        "text": "The United States imposed new sanctions on Cuba on Tuesday.",
    }
    news.write_text(json.dumps(record) + "\n" + "[1]\n", encoding="utf-8")
    with open_workspace(inputs=[news]) as work:
        folder = work.folder
        assert work.summary is not None and work.summary.built == 1
        assert work.summary.interactions >= 1
        assert [p.where for p in work.problems] == [f"{news}:2"]  # the bad line, reported
        assert work.store.counts()["documents"] == 1
        assert str(work).startswith("1 document(s) built, 0 unchanged,")
    assert not folder.exists() and leftovers(private_tmp) == []
    mine = tmp_path / "mine"
    with open_workspace(store=mine, inputs=[news]) as work:  # built into the named store
        assert not work.read_only and work.summary is not None and work.summary.built == 1
    with Store(mine, read_only=True) as store:
        assert store.counts()["documents"] == 1
