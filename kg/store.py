"""The RDF store behind one small interface: embedded (`Store`: pyoxigraph on disk or in memory)
or remote (`RemoteStore`: any SPARQL 1.1 Query + Update server); `open_store(spec)` opens either
from a folder, a URL or a settings file.

Layout of the dataset:

* the **default graph** is the knowledge graph analysts query: every document's facts, the
  shared actor facts and the direct relation triples, each triple once;
* each document also has a **named graph** (named by the document's IRI) holding the triples it
  contributed: this is its *support*. Replacing a document drops its graph and deletes from the
  default graph every triple of the old version that no other graph still supports, so a direct
  triple (`USA ir:sanctions CUB`) stays while one document still says it and goes with the last;
* facts added with `add_triples` (gazetteer actors) are supported by the graph `id/graph/shared`.

Queries run against the default graph only, so plain SPARQL without a GRAPH clause sees every
fact exactly once (pyoxigraph's union-of-graphs mode would repeat a triple once per graph).
A replacement is one SPARQL Update over a staged copy of the new triples, which pyoxigraph
applies in a single transaction: a failure leaves the old version intact. The remote store keeps
the same layout and stages the same way over HTTP (see `RemoteStore`).
"""

from __future__ import annotations

import base64
import http.client
import json
import logging
import os
import re
import tempfile
import time
import tomllib
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import urlencode

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier, Node

from kg.errors import DataError, QueryError, QueryTimeout, StoreError
from kg.rdf.namespace import (
    ID,
    IR,
    PREFIXES,
    bind_prefixes,
    document_iri,
    ir_term,
    ontology_dir,
)
from kg.types import Document

__all__ = [
    "Endpoints",
    "RemoteStore",
    "SelectResult",
    "Store",
    "Term",
    "Triple",
    "open_store",
    "sparql_keywords",
    "sparql_term",
    "with_values",
]

log = logging.getLogger(__name__)

Term = Identifier
Triple = tuple[Node, Node, Node]
_T = TypeVar("_T")

SHARED_GRAPH = ox.NamedNode(str(ID["graph/shared"]))
_STAGING_PREFIX = str(ID["graph/staging/"])
_RDF_STRING = str(XSD.string)
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_EXPORT_FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".nt": "ntriples",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}
_FORMAT_ALIASES: dict[str, str] = {
    "turtle": "turtle", "ttl": "turtle",
    "ntriples": "ntriples", "nt": "ntriples", "n-triples": "ntriples",
    "nquads": "nquads", "nq": "nquads", "n-quads": "nquads",
    "trig": "trig",
    "json-ld": "json-ld", "jsonld": "json-ld",
}  # fmt: skip
_OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}
# prefixes written in Turtle/TriG exports (irkg: is left out: its local names need escaping)
_EXPORT_PREFIXES = {p: PREFIXES[p] for p in ("ir", "prov", "dcterms", "skos", "rdfs", "owl", "xsd")}
_BINDING_IRI = re.compile(r"^(https?|urn):[^\s<>\"{}|\\^`]+$")


# ---------------------------------------------------------------------------------------------
# rdflib <-> pyoxigraph terms: the only place that knows both libraries' term classes


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term for an rdflib term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot store {term!r}: only IRIs, blank nodes and literals are RDF terms")


def from_ox(term: Any) -> Identifier:
    """The rdflib term for a pyoxigraph term (xsd:string literals become plain literals)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype in (_RDF_STRING, _LANG_STRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise StoreError(f"unsupported RDF term from the store: {term!r}")


def _quad(triple: Triple, graph: ox.NamedNode | ox.DefaultGraph) -> ox.Quad:
    try:
        subject, predicate, obj = (to_ox(term) for term in triple)
    except ValueError as exc:
        raise StoreError(f"not a valid RDF triple: {triple!r} ({exc})") from exc
    if not isinstance(predicate, ox.NamedNode) or isinstance(subject, ox.Literal):
        raise StoreError(f"not a valid RDF triple: {triple!r}")
    return ox.Quad(subject, predicate, obj, graph)


def _triple(quad: ox.Quad) -> Triple:
    return (from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object))


def _binding_term(value: Identifier | str) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A binding value as an RDF term: rdflib terms as they are; a string is an IRI when it is
    an absolute http(s)/urn IRI, and a plain literal otherwise."""
    if isinstance(value, Identifier):
        return to_ox(value)
    if _BINDING_IRI.match(value):
        return ox.NamedNode(value)
    return ox.Literal(value)


# ---------------------------------------------------------------------------------------------


@dataclass
class SelectResult:
    """The rows of a SELECT query: plain strings, unbound variables left out of a row.

    `terms` holds the same rows as RDF terms, for formats that need types (SPARQL JSON, TSV).
    """

    columns: list[str]
    rows: list[dict[str, str]]
    terms: list[dict[str, Identifier]] = field(default_factory=list, repr=False)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, str]]:
        return iter(self.rows)

    def column(self, name: str) -> list[str | None]:
        """One column's values, None where unbound."""
        return [row.get(name) for row in self.rows]


QueryAnswer = SelectResult | bool | Graph
Bindings = Mapping[str, Identifier | str]


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


def _staging_graph(graph: ox.NamedNode) -> ox.NamedNode:
    """Where a document's new version is staged: `id/graph/staging/<encoded id>`."""
    return ox.NamedNode(_STAGING_PREFIX + graph.value.rsplit("/", 1)[-1])


def _swap_update(graph: ox.NamedNode, staging: ox.NamedNode) -> str:
    """One SPARQL Update (one transaction) that swaps a document's support graph for the staged
    one and collects the default-graph triples nothing supports any more.

    Only the two graph IRIs (minted by IRKG, percent-encoded, validated by pyoxigraph) appear in
    the text; article text never does.
    """
    old, new = str(graph), str(staging)
    return f"""
DELETE {{ ?s ?p ?o }}
WHERE {{
  GRAPH {old} {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH {new} {{ ?s ?p ?o }} }}
  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other NOT IN ({old}, {new})) }}
}} ;
DROP SILENT GRAPH {old} ;
INSERT {{ ?s ?p ?o . GRAPH {old} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {new} {{ ?s ?p ?o }} }} ;
DROP SILENT GRAPH {new}
"""


def _substitutions(query: str, bindings: Bindings) -> dict[ox.Variable, Any]:
    substitutions: dict[ox.Variable, Any] = {}
    for name, value in bindings.items():
        if not re.search(rf"[?$]{re.escape(name)}\b", query):
            raise QueryError(f"the query has no variable ?{name} to bind: check the parameter name")
        substitutions[ox.Variable(name)] = _binding_term(value)
    return substitutions


def _select_result(
    solutions: ox.QuerySolutions, *, limit: int | None = None, deadline: float | None = None
) -> SelectResult:
    columns = [variable.value for variable in solutions.variables]
    rows: list[dict[str, str]] = []
    terms: list[dict[str, Identifier]] = []
    for solution in _bounded(solutions, limit, deadline):
        row_terms = {
            name: from_ox(solution[name]) for name in columns if solution[name] is not None
        }
        terms.append(row_terms)
        rows.append({name: str(term) for name, term in row_terms.items()})
    return SelectResult(columns=columns, rows=rows, terms=terms)


def _construct_result(
    triples: Iterable[ox.Triple], *, limit: int | None = None, deadline: float | None = None
) -> Graph:
    graph = bind_prefixes(Graph())
    for triple in _bounded(triples, None, deadline):
        graph.add((from_ox(triple.subject), from_ox(triple.predicate), from_ox(triple.object)))
        if limit is not None and len(graph) >= limit:
            break
    return graph


def _bounded(items: Iterable[_T], limit: int | None, deadline: float | None) -> Iterator[_T]:
    """At most `limit` items; QueryTimeout once `deadline` (time.monotonic()) has passed."""
    for count, item in enumerate(items):
        if limit is not None and count >= limit:
            return
        if deadline is not None and time.monotonic() > deadline:
            raise QueryTimeout("the query ran past its time limit: narrow it or add a LIMIT")
        yield item


def export_format(path: Path, fmt: str | None) -> str:
    if fmt is not None:
        name = _FORMAT_ALIASES.get(fmt.lower().lstrip("."))
        if name is None:
            known = ", ".join(sorted(set(_FORMAT_ALIASES)))
            raise StoreError(f"unknown export format {fmt!r}: use one of {known}")
        return name
    name = _EXPORT_FORMATS.get(path.suffix.lower())
    if name is None:
        raise StoreError(
            f"cannot tell the export format of {path}: name it with one of "
            f"{', '.join(sorted(_EXPORT_FORMATS))}"
        )
    return name


def jsonld_context() -> dict[str, Any]:
    """The local JSON-LD @context of `ontology/context.jsonld` (the inner object)."""
    path = ontology_dir() / "context.jsonld"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        context = document["@context"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataError(f"{path}: cannot read the JSON-LD context ({exc}); reinstall IRKG") from exc
    if not isinstance(context, dict):
        raise DataError(f"{path}: @context must be an object, not {type(context).__name__}")
    return context


# =============================================================================================
# SPARQL text for servers that only take text: terms and VALUES blocks, escaped by construction

_IRI_TEXT = re.compile(r'^[^<>"{}|^`\\\x00-\x20]+$')
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]+(-[A-Za-z0-9]+)*$")
_VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ECHAR = str.maketrans(
    {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
)
# what the search for the WHERE group skips (comments, strings, IRIs, variables, prefixed
# names), the braces it counts and the keywords it looks for
_SPARQL_TOKEN = re.compile(
    r"""
    (?P<skip>
        \#[^\n\r]*
      | '''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
      | \"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
      | '(?:[^'\\\n\r]|\\.)*'
      | "(?:[^"\\\n\r]|\\.)*"
      | <[^<>"{}|^`\\\x00-\x20]*>
      | [?$]\w+
      | (?:[A-Za-z][\w.-]*)?:[\w.%:-]*
    )
    | (?P<brace>[{}])
    | (?P<word>[A-Za-z]+)
    """,
    re.VERBOSE | re.DOTALL,
)
_QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})


def sparql_term(term: Identifier) -> str:
    """An IRI or literal in SPARQL syntax, escaped so that no text can end it early.

    >>> sparql_term(Literal('x" } ; DROP ALL ; #'))
    '"x\\\\" } ; DROP ALL ; #"'
    >>> sparql_term(URIRef("https://w3id.org/irkg/id/country/CUB"))
    '<https://w3id.org/irkg/id/country/CUB>'
    """
    if isinstance(term, URIRef):
        return f"<{_checked_iri(str(term))}>"
    if isinstance(term, Literal):
        quoted = '"' + str(term).translate(_ECHAR) + '"'
        if term.language:
            if not _LANGUAGE_TAG.match(term.language):
                raise StoreError(f"not a language tag: {term.language!r}")
            return f"{quoted}@{term.language}"
        if term.datatype is not None and str(term.datatype) != _RDF_STRING:
            return f"{quoted}^^<{_checked_iri(str(term.datatype))}>"
        return quoted
    if isinstance(term, BNode):
        raise StoreError(
            "a blank node cannot be sent to a SPARQL server (it would be a new node in every "
            "request): give the resource an IRI"
        )
    raise StoreError(f"cannot write {term!r} as a SPARQL term")


def _checked_iri(iri: str) -> str:
    if not _IRI_TEXT.match(iri):
        raise StoreError(
            f"not a valid IRI: {iri!r} (spaces, quotes and <>{{}}|^`\\ must be encoded)"
        )
    return iri


def with_values(query: str, bindings: Mapping[str, Identifier]) -> str:
    """The query with a `VALUES` block binding `bindings` at the start of its WHERE group.

    This is how a parameter reaches a server that only takes text: each value is one escaped
    SPARQL term (`sparql_term`), so it can never be read as syntax.

    >>> with_values("SELECT ?who WHERE { ?who ir:sanctions ?whom }", {"whom": URIRef("urn:x:CUB")})
    'SELECT ?who WHERE {\\n  VALUES (?whom) { (<urn:x:CUB>) }\\n ?who ir:sanctions ?whom }'
    """
    if not bindings:
        return query
    for name in bindings:
        if not _VARIABLE_NAME.match(name):
            raise QueryError(f"not a SPARQL variable name: {name!r}")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(sparql_term(term) for term in bindings.values())
    block = f"VALUES ({names}) {{ ({values}) }}"
    at = _where_group(query)
    if at is None:  # `CONSTRUCT WHERE { triples }` takes no VALUES inside: one at the end joins
        return f"{query}\n{block}"
    return f"{query[:at]}\n  {block}\n {query[at:].lstrip(' ')}"


def sparql_keywords(text: str) -> Iterator[str]:
    """The bare words of SPARQL text, upper-cased, outside comments, strings, IRIs, variables
    and prefixed names.

    >>> list(sparql_keywords('PREFIX s: <http://x#> # SERVICE\\nSELECT ?service { s:p "SERVICE" }'))
    ['PREFIX', 'SELECT']
    """
    for match in _SPARQL_TOKEN.finditer(text):
        if match.lastgroup == "word":
            yield match.group().upper()


def _where_group(query: str) -> int | None:
    """Where the query's WHERE group opens (just after its `{`); None for `CONSTRUCT WHERE`."""
    form: str | None = None
    template = False  # inside or before a CONSTRUCT template
    first_after_form = False
    depth = 0
    for match in _SPARQL_TOKEN.finditer(query):
        kind, text = match.lastgroup, match.group()
        if kind == "skip":
            continue
        if form is None:
            if kind == "word" and text.upper() in _QUERY_FORMS:
                form = text.upper()
                template = first_after_form = form == "CONSTRUCT"
            continue
        if first_after_form:
            first_after_form = False
            if kind == "word" and text.upper() == "WHERE":
                return None
        if kind != "brace":
            continue
        if text == "{":
            if depth == 0 and not template:
                return match.end()
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                template = False
    raise QueryError("cannot bind parameters: the query has no WHERE group (write `WHERE { ... }`)")


def _with_prefixes(query: str) -> str:
    """The query with the standard prefixes it does not declare itself prepended."""
    declared = {m.lower() for m in re.findall(r"(?i)\bPREFIX\s+([\w.-]*):", query)}
    missing = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p.lower() not in declared]
    return "\n".join([*missing, query]) if missing else query


_SYNTAX_CHECKER = ox.Store()


def _check_syntax(query: str) -> None:
    """Parse the query (against an empty store) so that a malformed one never leaves.

    A federated query is left to the server: pyoxigraph would call its SERVICE from here.
    """
    if "SERVICE" in sparql_keywords(query):
        return
    try:
        _SYNTAX_CHECKER.query(query, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL: {exc}") from exc
    except RuntimeError as exc:
        raise QueryError(f"the query cannot run: {exc}") from exc


# =============================================================================================
# the remote store: any SPARQL 1.1 Query + Update server

REMOTE_SCHEMES = ("http://", "https://")
_QUERY_ACCEPT = (
    "application/sparql-results+json, application/sparql-results+xml;q=0.9, "
    "application/n-triples;q=0.9, text/turtle;q=0.8"
)
_CONTENT_HASH = f"<{IR.contentHash}>"
_CONFIG_KEYS = frozenset(
    {
        "url",
        "query",
        "update",
        "graph",
        "path",
        "batch_size",
        "retries",
        "backoff",
        "timeout",
        "username",
        "password_env",
    }
)


@dataclass(frozen=True)
class Endpoints:
    """Where a SPARQL server answers queries and where it takes updates."""

    query: str
    update: str

    @classmethod
    def from_url(cls, url: str) -> Endpoints:
        """The endpoints a server URL stands for.

        >>> Endpoints.from_url("http://localhost:7878")  # Oxigraph server; Fuseki: .../dataset
        Endpoints(query='http://localhost:7878/query', update='http://localhost:7878/update')
        >>> Endpoints.from_url("http://db:8890/sparql").update  # Virtuoso, Neptune
        'http://db:8890/sparql'
        >>> Endpoints.from_url("http://db:7200/repositories/irkg").update  # GraphDB
        'http://db:7200/repositories/irkg/statements'
        """
        base = url.rstrip("/")
        if base.endswith("/query"):
            return cls(base, base.removesuffix("query") + "update")
        if base.endswith("/sparql"):
            return cls(base, base)
        if re.search(r"/repositories/[^/]+$", base):
            return cls(base, base + "/statements")
        return cls(base + "/query", base + "/update")


class RemoteStore(Store):
    """The knowledge graph on a SPARQL 1.1 Query + Update server: Oxigraph server, Apache Jena
    Fuseki, Virtuoso, GraphDB, Amazon Neptune.

    It has the interface and the dataset layout of the embedded `Store` (the knowledge graph,
    one support graph per document, `id/graph/shared`), so code written for a `Store` takes one.
    `kg_graph` keeps the knowledge graph in that named graph instead of the server's default
    graph (queries then name it with the protocol's `default-graph-uri`): set it on servers whose
    default graph is the union of all graphs (Virtuoso, GraphDB, Neptune).

    Writes are `INSERT DATA` requests of at most `batch_size` triples, every term written by
    `sparql_term`; a failed request is retried `retries` times (after `backoff`, doubled each
    time) and then reported as a StoreError. A document's new version is staged in its own graph
    and swapped in by one update request, which the server applies atomically (SPARQL 1.1 Update
    asks every request to be atomic): queries see the old version or the new one, never half.
    """

    def __init__(
        self,
        url: str,
        *,
        update_url: str | None = None,
        kg_graph: str | None = None,
        read_only: bool = False,
        batch_size: int = 1000,
        retries: int = 3,
        backoff: float = 0.5,
        timeout: float = 60.0,
        username: str | None = None,
        password: str | None = None,
    ) -> None:
        if not url.startswith(REMOTE_SCHEMES):
            raise StoreError(f"not a SPARQL server URL: {url!r} (it must start with http://)")
        if batch_size < 1 or retries < 0 or timeout <= 0 or backoff < 0:
            raise StoreError("batch_size and timeout must be positive, retries and backoff >= 0")
        base = Endpoints.from_url(url)
        self.endpoints = Endpoints(base.query, update_url) if update_url else base
        self.kg_graph = f"<{_checked_iri(kg_graph)}>" if kg_graph else None
        self.path = None
        self.read_only = read_only
        self.batch_size = batch_size
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout
        self._auth = _basic_auth(username, password)
        self._ox = None
        self._open_remote = True
        self._probe()

    def _probe(self) -> None:
        """Ask the server once, so that a wrong URL or a server down fails at opening."""
        try:
            self._post(
                self.endpoints.query,
                "ASK {}",
                "application/sparql-query",
                _QUERY_ACCEPT,
                what="reaching the server",
                attempts=1,
            )
        except _Refused as exc:
            raise StoreError(
                f"the server at {self.endpoints.query} refused a query ({exc}): check the URL "
                "(a Fuseki dataset, http://host:3030/NAME; Virtuoso, .../sparql) and the login"
            ) from exc

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoints.query!r})"

    @property
    def _where(self) -> str:
        return self.endpoints.query

    @property
    def _db(self) -> ox.Store:
        raise StoreError(f"{self._where} is a remote store: it has no embedded database")

    def close(self) -> None:
        """Forget the server (there is nothing to flush). Safe to call twice."""
        self._open_remote = False

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self._where} is open read-only: open it writable")

    # -- the wire -----------------------------------------------------------------------------

    def _post(
        self,
        url: str,
        body: str,
        content_type: str,
        accept: str,
        *,
        what: str,
        params: Mapping[str, str] | None = None,
        attempts: int | None = None,
        timeout: float | None = None,
    ) -> tuple[str, bytes]:
        """POST `body`; retry what may be transient (no answer, 5xx, 429); return the media type
        and the body of the answer. A refusal (4xx) raises `_Refused` at once."""
        if not self._open_remote:
            raise StoreError(f"the store {self._where} is closed")
        if params:
            url = f"{url}{'&' if '?' in url else '?'}{urlencode(params)}"
        headers = {"Content-Type": f"{content_type}; charset=utf-8", "Accept": accept}
        if self._auth:
            headers["Authorization"] = self._auth
        tries = self.retries + 1 if attempts is None else attempts
        data = body.encode("utf-8", "surrogatepass")
        problem = ""
        for attempt in range(1, tries + 1):
            request = urllib.request.Request(url, data=data, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=timeout or self.timeout) as answer:
                    return answer.headers.get_content_type(), answer.read()
            except urllib.error.HTTPError as exc:
                detail = _answer_text(exc)
                if exc.code < 500 and exc.code != 429:
                    raise _Refused(exc.code, detail) from exc
                problem = f"HTTP {exc.code}: {detail}"
            except TimeoutError as exc:
                problem = f"no answer within {timeout or self.timeout:g} s ({exc})"
            except (OSError, http.client.HTTPException) as exc:
                problem = str(getattr(exc, "reason", exc)) or type(exc).__name__
            if attempt < tries:
                delay = self.backoff * 2 ** (attempt - 1)
                log.warning(
                    "%s at %s failed (%s): attempt %d of %d, again in %.1f s",
                    what,
                    url,
                    problem,
                    attempt,
                    tries,
                    delay,
                )
                time.sleep(delay)
        raise StoreError(
            f"{what} at {url} failed after {tries} attempt{'s' if tries > 1 else ''}: {problem}"
        )

    def _update(self, text: str, *, what: str) -> None:
        try:
            self._post(self.endpoints.update, text, "application/sparql-update", "*/*", what=what)
        except _Refused as exc:
            raise StoreError(
                f"{what}: the server at {self.endpoints.update} refused it ({exc})"
            ) from exc

    # -- querying -----------------------------------------------------------------------------

    def query(
        self,
        query: str,
        bindings: Bindings | None = None,
        *,
        limit: int | None = None,
        deadline: float | None = None,
    ) -> QueryAnswer:
        """Run any SPARQL query on the server; same answers and options as `Store.query`.

        Bindings travel as a `VALUES` block of escaped terms (`with_values`): the server only
        takes text, but no value can be read as syntax.
        """
        _check_syntax(query)
        text = _with_prefixes(query)
        if bindings:
            _substitutions(query, bindings)  # the same check of the names as the embedded store
            text = with_values(text, {k: _binding_rdf(v) for k, v in bindings.items()})
        return self._ask(text, limit=limit, deadline=deadline)

    def _ask(
        self,
        text: str,
        *,
        dataset: bool = False,
        limit: int | None = None,
        deadline: float | None = None,
    ) -> QueryAnswer:
        """Send a query: over the knowledge graph, or (`dataset`) over every graph of the server."""
        params = (
            {"default-graph-uri": self.kg_graph[1:-1]} if self.kg_graph and not dataset else None
        )
        timeout, attempts = self.timeout, None
        if deadline is not None:  # no retries when the time is bounded
            timeout, attempts = deadline - time.monotonic(), 1
            if timeout <= 0:
                raise QueryTimeout("the query ran past its time limit before it was sent")
        try:
            media, body = self._post(
                self.endpoints.query,
                text,
                "application/sparql-query",
                _QUERY_ACCEPT,
                what="query",
                params=params,
                attempts=attempts,
                timeout=timeout,
            )
        except _Refused as exc:
            raise QueryError(f"the server at {self._where} refused the query ({exc})") from exc
        except StoreError as exc:
            if deadline is not None and "no answer within" in str(exc):
                raise QueryTimeout(f"the query ran past its time limit ({exc})") from exc
            raise
        return _parse_answer(media, body, limit=limit, deadline=deadline, where=self._where)

    def triples(self) -> Iterator[Triple]:
        """Every triple of the knowledge graph."""
        answer = self._ask("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        assert isinstance(answer, Graph)
        yield from answer

    def __len__(self) -> int:
        answer = self._ask("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert isinstance(answer, SelectResult)
        return int(answer.rows[0]["n"])

    def document_hash(self, doc_id: str) -> str | None:
        """The `ir:contentHash` stored for the document, or None when it is not in the store."""
        doc = sparql_term(document_iri(doc_id))
        answer = self._ask(f"SELECT ?h WHERE {{ {doc} {_CONTENT_HASH} ?h }} LIMIT 1")
        assert isinstance(answer, SelectResult)
        return answer.rows[0]["h"] if answer.rows else None

    # -- writing ------------------------------------------------------------------------------

    def replace_document(
        self, doc: Document, triples: Iterable[Triple], *, direct: Iterable[Triple] = ()
    ) -> None:
        """Make the document's contribution exactly `triples` + `direct`, atomically.

        The new version goes to a staging graph in batches, then one update request swaps it in
        (one request in all when it fits in one batch). A failed batch leaves the previous
        version untouched; a repeated swap (an answer lost, a retry) changes nothing more.
        """
        self._check_writable()
        doc_iri = document_iri(doc.id)
        content = dict.fromkeys((*triples, *direct))
        content[(doc_iri, IR.contentHash, Literal(doc.content_hash))] = None
        lines = [_triple_text(triple) for triple in content]  # all checked before any write
        graph = sparql_term(doc_iri)
        staging = f"<{_staging_graph(ox.NamedNode(str(doc_iri))).value}>"
        swap = _remote_swap(graph, staging, self.kg_graph, guard=graph)
        batches = [lines[i : i + self.batch_size] for i in range(0, len(lines), self.batch_size)]
        what = f"storing document {doc.id!r}"
        swapping = len(batches) == 1
        try:
            if swapping:
                self._update(
                    f"DROP SILENT GRAPH {staging} ;\n"
                    f"{_insert_data(batches[0], [staging])} ;\n{swap}",
                    what=what,
                )
            else:
                for number, batch in enumerate(batches, 1):
                    drop = f"DROP SILENT GRAPH {staging} ;\n" if number == 1 else ""
                    self._update(
                        drop + _insert_data(batch, [staging]),
                        what=f"{what} (batch {number} of {len(batches)})",
                    )
                swapping = True
                self._update(swap, what=f"{what} (swapping it in)")
        except StoreError as exc:
            self._discard_staging(staging)
            outcome = (
                "the swap is one atomic update, so the store holds either its previous or its "
                "new version whole: build it again to be sure"
                if swapping
                else "nothing of the new version was written: the previous version is unchanged"
            )
            raise StoreError(f"could not store document {doc.id!r}: {exc}; {outcome}") from exc
        log.debug(
            "stored %d triples for document %r in %d batch(es)", len(lines), doc.id, len(batches)
        )

    def remove_document(self, doc_id: str) -> None:
        """Remove a document and every triple only it supported (one update request)."""
        self._check_writable()
        graph = sparql_term(document_iri(doc_id))
        staging = f"<{_staging_graph(ox.NamedNode(str(document_iri(doc_id)))).value}>"
        self._update(
            _remote_swap(graph, staging, self.kg_graph, guard=None),
            what=f"removing document {doc_id!r}",
        )

    def add_triples(self, triples: Iterable[Triple]) -> None:
        """Add shared facts: in the knowledge graph and in `id/graph/shared`, in batches."""
        self._check_writable()
        lines = [_triple_text(triple) for triple in dict.fromkeys(triples)]
        graphs = [self.kg_graph or "", f"<{SHARED_GRAPH.value}>"]
        for start in range(0, len(lines), self.batch_size):
            batch = lines[start : start + self.batch_size]
            self._update(_insert_data(batch, graphs), what="adding shared facts")

    def _discard_staging(self, staging: str) -> None:
        try:
            self._post(
                self.endpoints.update,
                f"DROP SILENT GRAPH {staging}",
                "application/sparql-update",
                "*/*",
                what="dropping a staging graph",
                attempts=1,
            )
        except (StoreError, _Refused) as exc:
            log.warning("could not drop the staging graph %s: %s", staging, exc)

    # -- export -------------------------------------------------------------------------------

    def _write(self, out: Any, name: str) -> int:
        if name == "json-ld":
            return super()._write(out, name)
        if name in ("nquads", "trig"):
            quads = [_quad(triple, ox.DefaultGraph()) for triple in self.triples()]
            quads += self._named_quads()
            prefixes = _EXPORT_PREFIXES if name == "trig" else None
            ox.serialize(quads, out, _OX_FORMATS[name], prefixes=prefixes)
            return len(quads)
        triples = [_quad(triple, ox.DefaultGraph()).triple for triple in self.triples()]
        prefixes = _EXPORT_PREFIXES if name == "turtle" else None
        ox.serialize(triples, out, _OX_FORMATS[name], prefixes=prefixes)
        return len(triples)

    def _named_quads(self) -> list[ox.Quad]:
        """The support graphs (every named graph but staging and the knowledge graph)."""
        skip = f"FILTER (?g != {self.kg_graph})" if self.kg_graph else ""
        answer = self._ask(
            "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER (!STRSTARTS(STR(?g), "{_STAGING_PREFIX}")) {skip} }} ORDER BY ?g',
            dataset=True,
        )
        assert isinstance(answer, SelectResult)
        return [
            _quad((row["s"], row["p"], row["o"]), ox.NamedNode(str(row["g"])))
            for row in answer.terms
        ]


class _Refused(Exception):
    """The server answered 4xx: the request itself is wrong, sending it again will not help."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"HTTP {status}: {detail}")
        self.status = status


def _basic_auth(username: str | None, password: str | None) -> str | None:
    if username is None:
        return None
    token = base64.b64encode(f"{username}:{password or ''}".encode()).decode("ascii")
    return f"Basic {token}"


def _answer_text(error: urllib.error.HTTPError) -> str:
    try:
        text = error.read().decode("utf-8", "replace")
    except OSError:
        text = ""
    return " ".join(text.split())[:500] or error.reason or "no detail"


def _binding_rdf(value: Identifier | str) -> Identifier:
    """A binding value as an rdflib term, by the rule of `_binding_term`."""
    if isinstance(value, Identifier):
        return value
    return URIRef(value) if _BINDING_IRI.match(value) else Literal(value)


def _triple_text(triple: Triple) -> str:
    subject, predicate, obj = triple
    if isinstance(subject, Literal) or not isinstance(predicate, URIRef):
        raise StoreError(f"not a valid RDF triple: {triple!r}")
    if not all(isinstance(term, Identifier) for term in triple):
        raise StoreError(f"not a valid RDF triple: {triple!r}")
    return " ".join(sparql_term(term) for term in (subject, predicate, obj)) + " ."  # type: ignore[arg-type]


def _insert_data(lines: list[str], graphs: list[str]) -> str:
    """`INSERT DATA` of the lines into each graph ("" is the default graph)."""
    body = "\n".join(lines)
    parts = [f"GRAPH {g} {{\n{body}\n}}" if g else body for g in graphs]
    return "INSERT DATA {\n" + "\n".join(parts) + "\n}"


def _remote_swap(graph: str, staging: str, kg: str | None, *, guard: str | None) -> str:
    """One update request: the staged version replaces the document's support graph, and the
    knowledge-graph triples nothing else supports leave.

    `guard` (the document IRI) makes every step wait for the staged content hash, so that a swap
    sent twice (an answer lost, a retry) does nothing the second time; removal has no guard.
    """

    def kg_part(body: str) -> str:
        return f"GRAPH {kg} {{ {body} }}" if kg else body

    others = ", ".join([graph, staging, *([kg] if kg else [])])
    only_if = (
        f"FILTER EXISTS {{ GRAPH {staging} {{ {guard} {_CONTENT_HASH} ?hash }} }}" if guard else ""
    )
    return f"""DELETE {{ {kg_part("?s ?p ?o")} }}
WHERE {{
  GRAPH {graph} {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH {staging} {{ ?s ?p ?o }} }}
  FILTER NOT EXISTS {{
    GRAPH ?other {{ ?s ?p ?o }}
    FILTER (?other NOT IN ({others}) && !STRSTARTS(STR(?other), "{_STAGING_PREFIX}"))
  }}
  {only_if}
}} ;
DELETE {{ GRAPH {graph} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} {only_if} }} ;
INSERT {{ {kg_part("?s ?p ?o")} GRAPH {graph} {{ ?s ?p ?o }} }}
WHERE {{ GRAPH {staging} {{ ?s ?p ?o }} }} ;
DROP SILENT GRAPH {staging}"""


def _parse_answer(
    media: str, body: bytes, *, limit: int | None, deadline: float | None, where: str
) -> QueryAnswer:
    """A server's answer (SPARQL results, or a graph) as a SelectResult, a bool or a Graph."""
    try:
        results_format = ox.QueryResultsFormat.from_media_type(media)
        if results_format is not None:
            parsed = ox.parse_query_results(body, results_format)
            if isinstance(parsed, ox.QueryBoolean):
                return bool(parsed)
            return _select_result(parsed, limit=limit, deadline=deadline)
        rdf_format = ox.RdfFormat.from_media_type(media)
        if rdf_format is not None:
            triples = (quad.triple for quad in ox.parse(body, rdf_format))
            return _construct_result(triples, limit=limit, deadline=deadline)
    except (SyntaxError, ValueError) as exc:
        raise StoreError(f"the server at {where} sent an unreadable {media} answer: {exc}") from exc
    raise StoreError(f"the server at {where} answered in {media}, which IRKG cannot read")


# =============================================================================================
# opening a store by name


def open_store(spec: str | Path | None = None, *, read_only: bool = False) -> Store:
    """The store that `spec` names.

    * None: a new in-memory store;
    * `http://...` or `https://...`: a `RemoteStore` on that SPARQL server;
    * a `.toml` file: the settings in it (`url` or `query` + `update`, `graph`, `batch_size`,
      `retries`, `backoff`, `timeout`, `username`, `password_env`; or `path` for a local store);
    * anything else: the embedded store in that folder.
    """
    if spec is None:
        return Store(read_only=read_only)
    text = str(spec)
    if text.startswith(REMOTE_SCHEMES):
        return RemoteStore(text, read_only=read_only)
    path = Path(spec)
    if path.suffix.lower() == ".toml":
        return _store_from_config(path, read_only=read_only)
    return Store(path, read_only=read_only)


def _store_from_config(path: Path, *, read_only: bool) -> Store:
    try:
        settings = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise StoreError(f"{path}: no such store settings file") from exc
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise StoreError(f"{path}: cannot read the store settings ({exc})") from exc
    settings = settings.get("store", settings)
    unknown = sorted(set(settings) - _CONFIG_KEYS)
    if unknown:
        raise StoreError(
            f"{path}: unknown store setting(s) {', '.join(unknown)}: "
            f"use {', '.join(sorted(_CONFIG_KEYS))}"
        )
    if "path" in settings:
        return Store(path.parent / str(settings["path"]), read_only=read_only)
    url = settings.get("url") or settings.get("query")
    if not isinstance(url, str):
        raise StoreError(f'{path}: give the server as url = "http://..." (or query and update)')
    password_env = settings.get("password_env")
    password = os.environ.get(str(password_env)) if password_env else None
    if password_env and password is None:
        raise StoreError(
            f"{path}: the environment variable {password_env} (the password) is not set"
        )
    try:
        return RemoteStore(
            url,
            update_url=settings.get("update"),
            kg_graph=settings.get("graph"),
            read_only=read_only,
            batch_size=int(settings.get("batch_size", 1000)),
            retries=int(settings.get("retries", 3)),
            backoff=float(settings.get("backoff", 0.5)),
            timeout=float(settings.get("timeout", 60.0)),
            username=settings.get("username"),
            password=password,
        )
    except (TypeError, ValueError) as exc:
        raise StoreError(f"{path}: a store setting has the wrong type ({exc})") from exc
