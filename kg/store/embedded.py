"""The embedded store: the knowledge graph in pyoxigraph, in a folder on disk or in memory."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from kg.errors import QueryError, StoreError
from kg.rdf.namespace import IR, PREFIXES, bind_prefixes, document_iri, ir_term
from kg.store.exporting import _EXPORT_PREFIXES, _OX_FORMATS, export_format, jsonld_context
from kg.store.layout import _STAGING_PREFIX, SHARED_GRAPH, _staging_graph, _swap_update
from kg.store.results import QueryAnswer, SelectResult, _construct_result, _select_result
from kg.store.terms import Bindings, Triple, _quad, _substitutions, _triple, from_ox
from kg.types import Document

__all__ = ["Store"]

log = logging.getLogger(__name__)


class Store:
    """The knowledge graph in an embedded pyoxigraph store.

    >>> with Store() as store:
    ...     len(store)
    0
    """

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._ox: ox.Store | None = self._open()
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
        """Flush and release the store (and its lock on disk). Safe to call twice."""
        if self._ox is None:
            return
        if self.path is not None and not self.read_only:
            try:
                self._ox.flush()
            except OSError as exc:
                log.warning("flushing %s failed: %s", self.path, exc)
        self._ox = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def _db(self) -> ox.Store:
        if self._ox is None:
            raise StoreError(f"the store {self.path or '(in memory)'} is closed")
        return self._ox

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(
                f"the store {self.path} is open read-only: open it writable to change it"
            )
        return self._db

    # -- writing ------------------------------------------------------------------------------

    def document_hash(self, doc_id: str) -> str | None:
        """The `ir:contentHash` stored for the document, or None when it is not in the store."""
        doc = ox.NamedNode(str(document_iri(doc_id)))
        has_hash = ox.NamedNode(str(IR.contentHash))
        for quad in self._db.quads_for_pattern(doc, has_hash, None, ox.DefaultGraph()):
            return str(from_ox(quad.object))
        return None

    def replace_document(
        self, doc: Document, triples: Iterable[Triple], *, direct: Iterable[Triple] = ()
    ) -> None:
        """Make the document's contribution exactly `triples` + `direct`, atomically.

        Triples of its previous version that no other document (nor the shared facts) supports
        leave the default graph; rebuilding an unchanged document changes nothing.
        """
        db = self._writable()
        graph = ox.NamedNode(str(document_iri(doc.id)))
        content = dict.fromkeys((*triples, *direct))
        content[(document_iri(doc.id), IR.contentHash, Literal(doc.content_hash))] = None
        if not db.contains_named_graph(graph):
            # a new document: nothing to collect, one transactional insert into both graphs
            quads = [_quad(t, g) for t in content for g in (ox.DefaultGraph(), graph)]
            try:
                db.extend(quads)
            except OSError as exc:
                raise StoreError(
                    f"could not store document {doc.id!r} in {self._where}: {exc}"
                ) from exc
            log.debug("stored %d triples for new document %r", len(content), doc.id)
            return
        staging = _staging_graph(graph)
        quads = [_quad(triple, staging) for triple in content]
        try:
            if db.contains_named_graph(staging):
                db.update(f"DROP SILENT GRAPH {staging}")
            db.extend(quads)
            db.update(_swap_update(graph, staging))
        except (OSError, RuntimeError, SyntaxError) as exc:
            self._discard(staging)
            raise StoreError(
                f"could not store document {doc.id!r} in {self._where}: {exc}"
            ) from exc
        log.debug("stored %d triples for document %r", len(quads), doc.id)

    def remove_document(self, doc_id: str) -> None:
        """Remove a document and every triple only it supported."""
        db = self._writable()
        graph = ox.NamedNode(str(document_iri(doc_id)))
        staging = _staging_graph(graph)
        try:
            db.update(f"DROP SILENT GRAPH {staging}")
            db.update(_swap_update(graph, staging))
        except (OSError, RuntimeError) as exc:
            raise StoreError(
                f"could not remove document {doc_id!r} from {self._where}: {exc}"
            ) from exc

    def add_triples(self, triples: Iterable[Triple]) -> None:
        """Add shared facts (gazetteer actors): visible in the default graph, never collected."""
        db = self._writable()
        quads: list[ox.Quad] = []
        for triple in dict.fromkeys(triples):
            quads.append(_quad(triple, ox.DefaultGraph()))
            quads.append(_quad(triple, SHARED_GRAPH))
        try:
            db.extend(quads)
        except OSError as exc:
            raise StoreError(f"could not add triples to {self._where}: {exc}") from exc

    def _discard(self, staging: ox.NamedNode) -> None:
        try:
            self._db.update(f"DROP SILENT GRAPH {staging}")
        except (OSError, RuntimeError) as exc:
            log.warning("could not drop the staging graph %s: %s", staging.value, exc)

    def _drop_staging(self) -> None:
        """Remove staging graphs a crashed replacement left behind."""
        for graph in list(self._db.named_graphs()):
            if isinstance(graph, ox.NamedNode) and graph.value.startswith(_STAGING_PREFIX):
                log.info("dropping a leftover staging graph %s", graph.value)
                self._discard(graph)

    @property
    def _where(self) -> str:
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
        """Run any SPARQL query: a SelectResult for SELECT, a bool for ASK, a Graph otherwise.

        `bindings` give variables values as RDF terms (pyoxigraph substitutions, never pasted
        into the text); a bound variable of a SELECT must be in its projection. `limit` stops
        reading after that many rows (triples for a graph); `deadline` (a `time.monotonic()`
        value) raises QueryTimeout when it passes while the answer is read.
        """
        substitutions = _substitutions(query, bindings or {})
        try:
            answer = self._db.query(query, prefixes=PREFIXES, substitutions=substitutions)
            if isinstance(answer, ox.QueryBoolean):
                return bool(answer)
            if isinstance(answer, ox.QuerySolutions):
                return _select_result(answer, limit=limit, deadline=deadline)
            return _construct_result(answer, limit=limit, deadline=deadline)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {exc}") from exc
        except RuntimeError as exc:
            raise QueryError(f"the query cannot run: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"reading {self._where} failed: {exc}") from exc

    def select(self, query: str, bindings: Bindings | None = None) -> SelectResult:
        """Run a SELECT query."""
        answer = self.query(query, bindings)
        if not isinstance(answer, SelectResult):
            raise QueryError("not a SELECT query: use ask() for ASK and construct() for CONSTRUCT")
        return answer

    def ask(self, query: str, bindings: Bindings | None = None) -> bool:
        """Run an ASK query."""
        answer = self.query(query, bindings)
        if not isinstance(answer, bool):
            raise QueryError("not an ASK query: use select() or construct()")
        return answer

    def construct(self, query: str, bindings: Bindings | None = None) -> Graph:
        """Run a CONSTRUCT (or DESCRIBE) query; the graph has the standard prefixes bound."""
        answer = self.query(query, bindings)
        if not isinstance(answer, Graph):
            raise QueryError("not a CONSTRUCT or DESCRIBE query: use select() or ask()")
        return answer

    def triples(self) -> Iterator[Triple]:
        """Every triple of the knowledge graph (the default graph)."""
        for quad in self._db.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield _triple(quad)

    def graph(self) -> Graph:
        """The knowledge graph as an rdflib Graph (a copy)."""
        graph = bind_prefixes(Graph())
        for triple in self.triples():
            graph.add(triple)
        return graph

    def __len__(self) -> int:
        """The number of triples in the knowledge graph (the default graph)."""
        return sum(1 for _ in self._db.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def counts(self) -> dict[str, Any]:
        """Documents, actors by class, interactions by relation and by modality."""
        return {
            "triples": len(self),
            "documents": self._count_instances(IR.Document),
            "actors": {
                kind: self._count_instances(ir_term(kind))
                for kind in ("Country", "Organization", "Official")
            },
            "interactions": self._count_instances(IR.Interaction),
            "relations": self._group_interactions(IR.relation),
            "modalities": self._group_interactions(IR.modality),
        }

    def _count_instances(self, cls: URIRef) -> int:
        # `cls` is one of IRKG's own class IRIs: safe to write into the query text
        result = self.select(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{cls}> }}")
        return int(result.rows[0]["n"])

    def _group_interactions(self, prop: URIRef) -> dict[str, int]:
        result = self.select(
            f"SELECT ?v (COUNT(DISTINCT ?i) AS ?n) WHERE {{ ?i a ir:Interaction ; <{prop}> ?v }} "
            "GROUP BY ?v ORDER BY DESC(?n) ?v"
        )
        return {row["v"].removeprefix(str(IR)): int(row["n"]) for row in result.rows}

    def _quads_by_graph(self) -> Iterator[ox.Quad]:
        """Every quad, the default graph first, then each named graph in IRI order."""
        db = self._db
        yield from db.quads_for_pattern(None, None, None, ox.DefaultGraph())
        for graph in sorted(db.named_graphs(), key=str):
            if isinstance(graph, ox.NamedNode) and graph.value.startswith(_STAGING_PREFIX):
                continue
            yield from db.quads_for_pattern(None, None, None, graph)

    # -- export -------------------------------------------------------------------------------

    def export(self, path: Path, *, fmt: str | None = None) -> int:
        """Write the graph to `path` in the format of its extension (.ttl .nt .nq .trig .jsonld)
        or `fmt`; return the number of triples (quads for .nq and .trig) written.

        Turtle, N-Triples and JSON-LD hold the knowledge graph (the default graph). N-Quads and
        TriG hold the whole dataset: the default graph plus each document's named graph of the
        triples it supports (provenance). JSON-LD is compacted with the local
        `ontology/context.jsonld`, embedded, never fetched.
        """
        path = Path(path)
        name = export_format(path, fmt)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        except OSError as exc:
            raise StoreError(f"cannot write {path}: {exc}") from exc
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                count = self._write(out, name)
            _umask = os.umask(0)
            os.umask(_umask)
            tmp.chmod(0o666 & ~_umask)  # mkstemp makes 0600 files; an export is for sharing
            tmp.replace(path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"cannot write {path}: {exc}") from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        log.info("exported %d statements to %s", count, path)
        return count

    def _write(self, out: Any, name: str) -> int:
        if name == "json-ld":
            graph = self.graph()
            text = graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
            out.write(text.encode("utf-8"))
            return len(graph)
        db = self._db
        if name in ("nquads", "trig"):
            quads = list(self._quads_by_graph())
            prefixes = _EXPORT_PREFIXES if name == "trig" else None
            ox.serialize(quads, out, _OX_FORMATS[name], prefixes=prefixes)
            return len(quads)
        prefixes = _EXPORT_PREFIXES if name == "turtle" else None
        db.dump(out, _OX_FORMATS[name], from_graph=ox.DefaultGraph(), prefixes=prefixes)
        return len(self)


# ---------------------------------------------------------------------------------------------
# helpers


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
