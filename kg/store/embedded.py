"""The embedded store: the knowledge graph in pyoxigraph, in a folder on disk or in memory."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.rdf.namespace import IR, PREFIXES, document_iri
from kg.store.base import GraphStore
from kg.store.exporting import EXPORT_PREFIXES, OX_FORMATS
from kg.store.inlining import inline_bindings
from kg.store.layout import CONTENT_HASH, SHARED_GRAPH, STAGING_PREFIX, staging_graph, swap_update
from kg.store.results import QueryAnswer, construct_result, select_result
from kg.store.terms import (
    Bindings,
    Triple,
    binding_rdf,
    from_ox,
    ox_substitutions,
    quads_of,
    triple_of,
)
from kg.types import Document

__all__ = ["Store"]

# quads of new documents past which a batch goes through the bulk loader (two per line). On the
# 2-core dev machine the transactional load writes 27-41k lines/s whatever the batch, the bulk
# loader 50k lines/s at 6k quads and 80k from 20k quads on (benchmarks/store_scale.py's news).
BULK_QUADS = 10_000
# bulk loads run side by side, one per core up to this many: on the 2-core dev machine (shared,
# load average 7) two halves of 500 documents' quads loaded in 15-18% less time and 10-20% less
# CPU than the whole, 1M triples in batches
BULK_THREADS = 4
# bytes of N-Quads bulk-loaded in one session, as a share of the store's folder when it was
# opened, from which closing it compacts it (`Store.close`). Compaction rewrites the whole store
# (0.4 s at 100k triples, 5-7 s at 1M): a small addition to a large store is left to RocksDB's
# own merging while it is open.
COMPACT_SHARE = 0.25
_HASH_PREDICATE = f" {CONTENT_HASH} "

log = logging.getLogger(__name__)


class Store(GraphStore):
    """The knowledge graph in an embedded pyoxigraph store, in a folder or (no path) in memory.

    >>> with Store() as store:
    ...     len(store)
    0
    """

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._ox: ox.Store | None = self._open()
        self._bulk_bytes = 0  # N-Quads written by the bulk loader since opening
        self._bytes_at_open = _folder_bytes(self.path) if self.path and not read_only else 0
        if not read_only:
            self._drop_staging()

    # -- opening and closing ------------------------------------------------------------------

    def _open(self) -> ox.Store:
        if self.path is None:
            if self.read_only:
                raise StoreError("an in-memory store cannot be read-only: give a store path")
            return ox.Store()
        _check_store_dir(self.path, must_exist=self.read_only)
        try:
            if not self.read_only:
                self.path.mkdir(parents=True, exist_ok=True)
            if self.read_only:
                return ox.Store.read_only(str(self.path))
            return ox.Store(str(self.path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"the store {self.path} is in use by another process (or already open in this "
                    "one): close it first, or open it read-only"
                ) from exc
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        except (RuntimeError, ValueError) as exc:
            raise StoreError(
                f"{self.path} is not a readable IRKG store ({exc}): move it away or choose "
                "another --store path"
            ) from exc

    def close(self) -> None:
        """Flush and release the store (and its lock on disk). Safe to call twice.

        A store on disk that took a large share of its content through the bulk loader since
        it was opened (`COMPACT_SHARE`) is compacted first. Every bulk write lands as new
        files at the top level of RocksDB, which its background compaction merges only while
        the store stays open; left unmerged, every later read looks each term up in every one
        of them (the network's query 2.6x slower at 1M triples, benchmarks/store_scale.py)."""
        if self._ox is None:
            return
        if self.path is not None and not self.read_only:
            try:
                if self._bulk_bytes and self._bulk_bytes >= COMPACT_SHARE * self._bytes_at_open:
                    start = time.perf_counter()
                    self._ox.optimize()
                    log.info("compacted %s in %.1f s", self.path, time.perf_counter() - start)
                self._ox.flush()
            except OSError as exc:
                log.warning("compacting or flushing %s failed: %s", self.path, exc)
        self._ox = None

    @property
    def _db(self) -> ox.Store:
        if self._ox is None:
            raise StoreError(f"the store {self.path or '(in memory)'} is closed")
        return self._ox

    def _writable(self) -> ox.Store:
        self.check_writable()
        return self._db

    # -- writing ------------------------------------------------------------------------------

    def document_hash(self, doc_id: str) -> str | None:
        """The `ir:contentHash` stored for the document, or None when it is not in the store."""
        doc = ox.NamedNode(str(document_iri(doc_id)))
        has_hash = ox.NamedNode(str(IR.contentHash))
        for quad in self._db.quads_for_pattern(doc, has_hash, None, ox.DefaultGraph()):
            return str(from_ox(quad.object))
        return None

    def add_documents(self, items: Iterable[tuple[Document, list[str]]]) -> None:
        """Documents new to the store go in together, one transactional load of their N-Quads
        (all of them or none); a document already stored is staged and swapped in by one update,
        and triples of its previous version that nothing else supports leave the default graph
        (rebuilding an unchanged document changes nothing)."""
        db = self._writable()
        chunks: list[str] = []
        hashes: list[str] = []  # written last: a document with its hash is whole
        pending: set[str] = set()

        def flush() -> None:
            if not chunks:
                return
            try:
                if len(chunks) >= BULK_QUADS:
                    self._bulk(chunks, hashes, pending)
                else:
                    db.load("".join(chunks + hashes), format=ox.RdfFormat.N_QUADS)
            except (OSError, SyntaxError) as exc:
                raise StoreError(
                    f"could not store {len(pending)} document(s) in {self.location}: {exc}"
                ) from exc
            log.debug("stored %d new document(s)", len(pending))
            chunks.clear()
            hashes.clear()
            pending.clear()

        for doc, lines in items:
            graph = ox.NamedNode(str(document_iri(doc.id)))
            if doc.id in pending:  # a second version in the same batch: the first goes in first
                flush()
            if db.contains_named_graph(graph):
                flush()
                self._replace(doc, graph, lines)
                continue
            pending.add(doc.id)
            named = f"<{graph.value}> .\n"
            for line in lines:
                into = hashes if _HASH_PREDICATE in line else chunks
                into.append(line + "\n")  # the knowledge graph (default graph)
                into.append(line[:-1] + named)  # "s p o ." -> "s p o <g> ."
        flush()

    def _bulk(self, chunks: list[str], hashes: list[str], pending: set[str]) -> None:
        """A large batch of new documents: their triples by pyoxigraph's bulk loader (many
        times faster on disk, not transactional), then their content hashes in one transaction.
        Until a document's hash is in, the store does not count it as built: a build stopped
        half-way reads it again and replaces whatever part of it was written.

        The quads go in as one slice per core (`_bulk_parts`), loaded side by side: one
        `bulk_load` parses its text, then encodes and sorts it, one step after the other on
        one core at a time, and it lets go of the GIL while it works."""
        db = self._writable()
        parts = _bulk_parts(len(chunks))
        size = -(-len(chunks) // parts)
        texts = ["".join(chunks[start : start + size]) for start in range(0, len(chunks), size)]
        self._bulk_bytes += sum(map(len, texts))

        def load(text: str) -> None:
            db.bulk_load(text, format=ox.RdfFormat.N_QUADS)

        try:
            if len(texts) == 1:
                load(texts[0])
            else:
                with ThreadPoolExecutor(len(texts), thread_name_prefix="irkg-bulk") as pool:
                    for future in [pool.submit(load, text) for text in texts]:
                        future.result()  # every slice done (or failed) before any cleanup
        except (OSError, SyntaxError):
            for doc_id in pending:  # collect what part of them was written
                self.remove_document(doc_id)
            raise
        db.load("".join(hashes), format=ox.RdfFormat.N_QUADS)

    def replace_graph(self, graph: str, lines: list[str]) -> None:
        """By difference: only the triples that leave or join the graph are written, so that
        regrouping a large store's events after a small build writes little (a staged swap
        of the whole graph took 36 s for 190k triples). Additions go in first (both copies),
        then removals, each triple leaving the knowledge graph only when no other support
        graph holds it; not one transaction: the graph holds derived facts, which the next
        build replaces again. What documents support is never touched."""
        db = self._writable()
        name = ox.NamedNode(graph)
        try:
            text = "\n".join(lines)
            new = {
                (t.subject, t.predicate, t.object)
                for t in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)
            }
            # a triple counts as there only with its knowledge-graph copy (a bulk write cut
            # short may have left the graph's copy alone: it is written again)
            old = {
                (q.subject, q.predicate, q.object)
                for q in db.quads_for_pattern(None, None, None, name)
            }
            whole = {(s, p, o) for s, p, o in old if ox.Quad(s, p, o, ox.DefaultGraph()) in db}
            gone = old - new
            added = [
                quad
                for s, p, o in new - whole
                for quad in (ox.Quad(s, p, o, name), ox.Quad(s, p, o, ox.DefaultGraph()))
            ]
            if len(added) >= BULK_QUADS:  # not one transaction, many times faster: derived facts
                db.bulk_extend(added)
                self._bulk_bytes += len(added) * (len(text) // max(1, len(lines)) + 1)
            elif added:  # the bulk loader costs seconds however little it writes
                db.extend(added)
            for s, p, o in gone:
                db.remove(ox.Quad(s, p, o, name))
                if not self._supported(s, p, o):
                    db.remove(ox.Quad(s, p, o, ox.DefaultGraph()))
        except (OSError, RuntimeError, SyntaxError) as exc:
            raise StoreError(f"could not store graph <{graph}> in {self.location}: {exc}") from exc
        log.debug("graph <%s>: %d quads in, %d triples out", graph, len(added), len(gone))

    def _supported(self, s: Any, p: Any, o: Any) -> bool:
        """Whether a support graph (a document's, the shared facts', IRKG's own; not a staging
        graph) holds the triple."""
        for quad in self._db.quads_for_pattern(s, p, o, None):
            graph = quad.graph_name
            if isinstance(graph, ox.NamedNode) and not graph.value.startswith(STAGING_PREFIX):
                return True
        return False

    def _replace(self, doc: Document, graph: ox.NamedNode, lines: list[str]) -> None:
        db = self._writable()
        what = f"document {doc.id!r}"
        staging = staging_graph(graph)
        try:
            parsed = ox.parse("\n".join(lines), format=ox.RdfFormat.N_TRIPLES)
            quads = [ox.Quad(t.subject, t.predicate, t.object, staging) for t in parsed]
            if db.contains_named_graph(staging):
                db.update(f"DROP SILENT GRAPH {staging}")
            db.extend(quads)
            db.update(swap_update(graph, staging))
        except (OSError, RuntimeError, SyntaxError) as exc:
            self._discard(staging)
            raise StoreError(f"could not store {what} in {self.location}: {exc}") from exc
        log.debug("replaced %s (%d triples)", what, len(quads))

    def remove_document(self, doc_id: str) -> None:
        """Remove a document and every triple only it supported."""
        db = self._writable()
        graph = ox.NamedNode(str(document_iri(doc_id)))
        staging = staging_graph(graph)
        try:
            db.update(f"DROP SILENT GRAPH {staging}")
            db.update(swap_update(graph, staging))
        except (OSError, RuntimeError) as exc:
            raise StoreError(
                f"could not remove document {doc_id!r} from {self.location}: {exc}"
            ) from exc

    def add_triples(self, triples: Iterable[Triple]) -> None:
        """Add shared facts (gazetteer actors): visible in the default graph, never collected."""
        db = self._writable()
        quads: list[ox.Quad] = []
        for triple in dict.fromkeys(triples):
            quads += quads_of(triple, (ox.DefaultGraph(), SHARED_GRAPH))
        try:
            db.extend(quads)
        except OSError as exc:
            raise StoreError(f"could not add triples to {self.location}: {exc}") from exc

    def _discard(self, staging: ox.NamedNode) -> None:
        try:
            self._db.update(f"DROP SILENT GRAPH {staging}")
        except (OSError, RuntimeError) as exc:
            log.warning("could not drop the staging graph %s: %s", staging.value, exc)

    def _drop_staging(self) -> None:
        """Remove staging graphs a crashed replacement left behind."""
        for graph in list(self._db.named_graphs()):
            if isinstance(graph, ox.NamedNode) and graph.value.startswith(STAGING_PREFIX):
                log.info("dropping a leftover staging graph %s", graph.value)
                self._discard(graph)

    @property
    def location(self) -> str:
        return str(self.path) if self.path is not None else "the in-memory store"

    # -- querying -----------------------------------------------------------------------------

    def query(
        self,
        query: str,
        bindings: Bindings | None = None,
        *,
        limit: int | None = None,
        deadline: float | None = None,
    ) -> QueryAnswer:
        """Run any SPARQL query (see `GraphStore.query`). Bindings are written into the query
        as escaped constants where that means the same (`inline_bindings`: Oxigraph plans
        with constants, not with bindings), else given as pyoxigraph substitutions."""
        values = ox_substitutions(query, bindings or {})
        try:
            answer = self._answer(query, values, bindings or {})
            if isinstance(answer, ox.QueryBoolean):
                return bool(answer)
            if isinstance(answer, ox.QuerySolutions):
                return select_result(answer, limit=limit, deadline=deadline)
            return construct_result(answer, limit=limit, deadline=deadline)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {exc}") from exc
        except RuntimeError as exc:
            raise QueryError(f"the query cannot run: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"reading {self.location} failed: {exc}") from exc

    def _answer(
        self, query: str, values: dict[ox.Variable, Any], bindings: Bindings
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        if values:
            inlined = inline_bindings(query, {k: binding_rdf(v) for k, v in bindings.items()})
            if inlined is not None:
                try:
                    return self._db.query(inlined, prefixes=PREFIXES)
                except SyntaxError:  # a literal where only an IRI fits: bound, it matches nothing
                    log.debug("an inlined binding did not parse; binding it instead")
        return self._db.query(query, prefixes=PREFIXES, substitutions=values)

    def triples(self) -> Iterator[Triple]:
        """Every triple of the knowledge graph (the default graph)."""
        for quad in self._db.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield triple_of(quad)

    def __len__(self) -> int:
        """The number of triples in the knowledge graph (the default graph)."""
        return sum(1 for _ in self._db.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def _quads_by_graph(self) -> Iterator[ox.Quad]:
        """Every quad, the default graph first, then each named graph in IRI order."""
        db = self._db
        yield from db.quads_for_pattern(None, None, None, ox.DefaultGraph())
        for graph in sorted(db.named_graphs(), key=str):
            if isinstance(graph, ox.NamedNode) and graph.value.startswith(STAGING_PREFIX):
                continue
            yield from db.quads_for_pattern(None, None, None, graph)

    # -- export -------------------------------------------------------------------------------

    def serialize(self, out: IO[bytes], fmt: str) -> int:
        db = self._db
        if fmt in ("nquads", "trig"):
            quads = list(self._quads_by_graph())
            prefixes = EXPORT_PREFIXES if fmt == "trig" else None
            ox.serialize(quads, out, OX_FORMATS[fmt], prefixes=prefixes)
            return len(quads)
        prefixes = EXPORT_PREFIXES if fmt == "turtle" else None
        db.dump(out, OX_FORMATS[fmt], from_graph=ox.DefaultGraph(), prefixes=prefixes)
        return len(self)


# ---------------------------------------------------------------------------------------------
# helpers


def _bulk_parts(quads: int) -> int:
    """Into how many slices a bulk write is cut: one per core (at most `BULK_THREADS`), none
    smaller than half of `BULK_QUADS`."""
    return max(1, min(os.cpu_count() or 1, BULK_THREADS, quads * 2 // BULK_QUADS))


def _folder_bytes(path: Path) -> int:
    """The bytes of the files in a store's folder (0 for a folder not made yet)."""
    try:
        return sum(entry.stat().st_size for entry in os.scandir(path) if entry.is_file())
    except FileNotFoundError:
        return 0


def _check_store_dir(path: Path, *, must_exist: bool) -> None:
    """Refuse a path that is a file, or a non-empty folder that is not a store."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store folder: choose another --store path")
    if not path.exists():
        if must_exist:
            raise StoreError(f"no store at {path}: build one first (kg build ... --store {path})")
        return
    if any(path.iterdir()) and not (path / "CURRENT").is_file():
        raise StoreError(
            f"{path} is not an IRKG store (a non-empty folder without a store in it): "
            "choose an empty or new folder for --store"
        )
