"""kg.store.embedded: what only the embedded `Store` does. A failed replacement inside
pyoxigraph's transaction, and the store on disk: persistence, locking between processes, folders
that are not stores, leftover staging graphs. (What every store does: test_contract.py.)"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Literal

from kg.errors import StoreError
from kg.rdf.build import document_graph
from kg.rdf.namespace import ID, IR, document_iri
from kg.store import Store
from kg.store import embedded as embedded_module
from kg.store.layout import document_lines
from kg.types import Document, Relation
from tests.store.store_helpers import CUBA, REPO, RUS, STATES, TRUMP, USA, doc, inter, put, who


@pytest.fixture
def store() -> Iterator[Store]:
    with Store() as s:
        yield s


def test_a_failed_replacement_leaves_the_old_version(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure in the swap update leaves the old version and no staging graph."""
    old = doc("a")
    put(store, old, inter(old))
    before = sorted(store.graph())
    real = store._db  # fault injection into the swap step

    class Failing:
        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

        def update(self, text: str) -> None:
            if "INSERT" in text:
                raise OSError("disk full")
            real.update(text)

    monkeypatch.setattr(store, "_ox", Failing())
    new = doc("a", "Russia met Cuba.")
    with pytest.raises(StoreError, match="disk full"):
        put(store, new, inter(new, source=RUS, relation=Relation.MEETS))
    monkeypatch.setattr(store, "_ox", real)
    assert sorted(store.graph()) == before
    assert store.document_hash("a") == old.content_hash
    assert list(real.named_graphs()) == [pyoxigraph.NamedNode(str(document_iri("a")))]


def test_an_in_memory_store_cannot_be_read_only() -> None:
    with pytest.raises(StoreError, match="in-memory store cannot be read-only"):
        Store(read_only=True)


# -- on disk --------------------------------------------------------------------------------------


def test_on_disk_store_survives_close_and_reopen(tmp_path: Path) -> None:
    """What was written is there after reopening, writable or read-only."""
    path = tmp_path / "store"
    d = doc("a")
    with Store(path) as s:
        put(s, d, inter(d))
        size = len(s)
    with Store(path) as s:
        assert len(s) == size
        assert s.document_hash("a") == d.content_hash
    with Store(path, read_only=True) as s:
        assert who(s) == [USA.iri, TRUMP.iri]
        with pytest.raises(StoreError, match="read-only"):
            s.add_triples([(ID["country/CUB"], IR.code, Literal("CUB"))])


def test_missing_parent_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / ".irkg" / "deep" / "store"
    with Store(path) as s:
        s.add_triples([(ID["country/CUB"], IR.code, Literal("CUB"))])
    with Store(path, read_only=True) as s:
        assert len(s) == 1


def _other_process(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )


def test_a_second_process_gets_a_clear_error_or_reads(tmp_path: Path) -> None:
    """While one process writes, another cannot open the store writable (a clear error naming
    the path) but can read it."""
    path = tmp_path / "store"
    with Store(path) as s:
        d = doc("a")
        put(s, d, inter(d))
        writer = _other_process(
            "from kg.store import Store\nfrom kg.errors import StoreError\n"
            f"try:\n    Store({str(path)!r})\n"
            "except StoreError as e:\n    print('StoreError:', e)\n"
        )
        assert "StoreError:" in writer.stdout, writer.stderr
        assert "in use by another process" in writer.stdout and str(path) in writer.stdout
        reader = _other_process(
            f"from kg.store import Store\nprint(len(Store({str(path)!r}, read_only=True)))"
        )
        assert reader.returncode == 0, reader.stderr
        assert int(reader.stdout) == len(s)


def test_opening_the_same_path_twice_in_one_process_is_an_error(tmp_path: Path) -> None:
    with Store(tmp_path / "s"), pytest.raises(StoreError, match="in use"):
        Store(tmp_path / "s")


def test_a_folder_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    """A non-empty folder without a store is refused, and nothing is written in it."""
    (tmp_path / "notes.txt").write_text("my notes")
    with pytest.raises(StoreError, match="not an IRKG store") as caught:
        Store(tmp_path)
    assert str(tmp_path) in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # nothing written


def test_a_corrupt_store_is_refused_with_its_path(tmp_path: Path) -> None:
    (tmp_path / "CURRENT").write_text("garbage\n")
    with pytest.raises(StoreError) as caught:
        Store(tmp_path)
    assert str(tmp_path) in str(caught.value)


def test_a_file_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        Store(path)


def test_read_only_needs_an_existing_store(tmp_path: Path) -> None:
    """Opening a missing store read-only is an error, and creates nothing."""
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "missing", read_only=True)
    assert not (tmp_path / "missing").exists()


def test_leftover_staging_graphs_are_dropped_on_open(tmp_path: Path) -> None:
    """What a crash between staging and swapping leaves is dropped at the next writable open."""
    path = tmp_path / "store"
    with Store(path) as s:
        staging = pyoxigraph.NamedNode(str(ID["graph/staging/x"]))
        s._db.add(  # what a crash between the two steps leaves
            pyoxigraph.Quad(
                pyoxigraph.NamedNode(CUBA),
                pyoxigraph.NamedNode(str(IR.code)),
                pyoxigraph.Literal("X"),
                staging,
            )
        )
    with Store(path) as s:
        assert list(s._db.named_graphs()) == []


# -- large batches: the bulk loader ---------------------------------------------------------------


def _lines(d: Document) -> list[str]:
    triples, direct = document_graph(d, [inter(d)], STATES)
    return document_lines(d, triples, direct)


def test_a_large_batch_goes_through_the_bulk_loader_and_equals_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(embedded_module, "BULK_QUADS", 1)  # every batch is "large"
    monkeypatch.setattr(os, "cpu_count", lambda: 3)  # loaded in three slices side by side
    docs = [doc(f"d{n}", f"Trump imposed sanctions on Cuba ({n}).") for n in range(20)]
    with Store(tmp_path / "bulk") as bulk, Store() as single:
        bulk.add_documents((d, _lines(d)) for d in docs)
        for d in docs:
            triples, direct = document_graph(d, [inter(d)], STATES)
            single.replace_document(d, triples, direct=direct)
        assert sorted(bulk.graph()) == sorted(single.graph())
        assert all(bulk.document_hash(d.id) == d.content_hash for d in docs)


def test_a_document_written_without_its_hash_is_read_again_and_replaced_whole(
    tmp_path: Path,
) -> None:
    """What a build stopped inside the bulk loader leaves (triples, no hash) counts as not
    built; storing the document again replaces that part with the whole."""
    d = doc("cut", "Trump imposed sanctions on Cuba.")
    lines = _lines(d)
    partial = [line for line in lines if "contentHash" not in line][:3]
    with Store(tmp_path / "s") as store:
        graph = f"<{document_iri(d.id)}> .\n"
        store._db.bulk_load(  # as the bulk loader had left it
            "".join(line + "\n" + line[:-1] + graph for line in partial),
            format=pyoxigraph.RdfFormat.N_QUADS,
        )
        assert store.document_hash("cut") is None
        store.add_documents([(d, lines)])
        with Store() as whole:
            whole.add_documents([(d, lines)])
            assert sorted(store.graph()) == sorted(whole.graph())


def test_a_broken_bulk_batch_leaves_no_trace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(embedded_module, "BULK_QUADS", 1)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)  # the bad half fails, the good one loads
    good, bad = doc("good"), doc("bad")
    broken = [*_lines(bad)[:-1], '<https://x/s> <https://x/p> "unterminated .']
    with Store(tmp_path / "s") as store:
        with pytest.raises(StoreError):
            store.add_documents([(good, _lines(good)), (bad, broken)])
        assert store.document_hash("good") is None and store.document_hash("bad") is None
        assert len(store) == 0


def test_an_own_graph_written_half_way_is_mended_by_the_next_replacement() -> None:
    """A bulk write cut short can leave a triple in the events graph without its copy in the
    knowledge graph: the next replacement writes the copy again."""
    from kg.store.layout import EVENTS_GRAPH
    from kg.store.sparql_text import triple_text

    triple = (ID["country/RUS"], IR.meets, ID["country/CUB"])
    with Store() as store:
        s, p, o = (pyoxigraph.NamedNode(str(term)) for term in triple)
        store._db.add(pyoxigraph.Quad(s, p, o, pyoxigraph.NamedNode(EVENTS_GRAPH)))
        assert not store.ask(f"ASK {{ <{triple[0]}> ir:meets <{triple[2]}> }}")
        store.replace_graph(EVENTS_GRAPH, [triple_text(triple)])
        assert store.ask(f"ASK {{ <{triple[0]}> ir:meets <{triple[2]}> }}")


def test_closing_after_a_large_bulk_write_compacts_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Bulk writes leave unmerged files that slow every later read; closing merges them when
    the bulk loader wrote a large share of the store, and the content stays as it was."""
    monkeypatch.setattr(embedded_module, "BULK_QUADS", 1)
    docs = [doc(f"d{n}", f"Trump imposed sanctions on Cuba ({n}).") for n in range(20)]
    caplog.set_level("INFO", logger="kg.store.embedded")
    store = Store(tmp_path / "s")
    store.add_documents((d, _lines(d)) for d in docs)
    before = sorted(store.graph())
    store.close()
    assert any("compacted" in r.getMessage() for r in caplog.records)
    with Store(tmp_path / "s", read_only=True) as reopened:
        assert sorted(reopened.graph()) == before
        assert all(reopened.document_hash(d.id) == d.content_hash for d in docs)


def test_closing_after_small_writes_does_not_compact(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="kg.store.embedded")
    with Store(tmp_path / "s") as store:
        d = doc("small")
        store.add_documents([(d, _lines(d))])  # a transactional load, not the bulk loader
    assert not any("compacted" in r.getMessage() for r in caplog.records)
