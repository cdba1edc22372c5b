"""`GraphStore`: what every store of the knowledge graph does, whatever holds it.

Two sibling implementations, as rdflib's `Store` has its plugins: `Store` (embedded pyoxigraph,
in `embedded`) and `RemoteStore` (a SPARQL 1.1 server, in `remote`). A new backend subclasses
`GraphStore`, writes the abstract methods, and joins the contract suite in
`tests/store/test_contract.py`, which runs every test on every backend.

What a backend writes: opening and `close`, the dataset layout of `layout` (`add_documents`,
`remove_document`, `add_triples`, `document_hash`), `query`, `triples`, `__len__` and
`serialize` of the export formats but JSON-LD. What it inherits: `replace_document`, the
typed queries (`select`, `ask`, `construct`), `graph`, `counts`, the context manager, JSON-LD,
and `export`'s safe writing (a temporary file renamed into place, so a failed export leaves
no half file).
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

from rdflib import Graph, URIRef

from kg.errors import QueryError, StoreError
from kg.rdf.namespace import IR, bind_prefixes, ir_term
from kg.store.exporting import export_format, jsonld_context, write_atomically
from kg.store.layout import document_lines
from kg.store.results import QueryAnswer, SelectResult
from kg.store.terms import Bindings, Triple
from kg.types import Document

__all__ = ["GraphStore"]

log = logging.getLogger(__name__)


class GraphStore(ABC):
    """The knowledge graph in a store: documents in, SPARQL and exports out."""

    read_only: bool

    # -- what each backend writes ---------------------------------------------------------------

    @property
    @abstractmethod
    def location(self) -> str:
        """Where the graph is, for messages: a folder, "the in-memory store", a server's URL."""

    @abstractmethod
    def close(self) -> None:
        """Release the store. Safe to call twice; a closed store refuses every call."""

    @abstractmethod
    def document_hash(self, doc_id: str) -> str | None:
        """The `ir:contentHash` stored for the document, or None when it is not in the store."""

    @abstractmethod
    def add_documents(self, items: Iterable[tuple[Document, list[str]]]) -> None:
        """Make each document's contribution exactly its lines (`layout.document_lines`: its
        triples as N-Triples, content hash included), in order, each atomically: a failure
        leaves the document's previous version whole. Documents new to the store may be written
        together."""

    @abstractmethod
    def replace_graph(self, graph: str, lines: list[str]) -> None:
        """Make the support graph `graph` (one of IRKG's own, `layout.EVENTS_GRAPH`: derived
        facts that belong to no one document) hold exactly `lines` (N-Triples); triples only it
        supported leave the knowledge graph, and what a document supports stays. Not atomic:
        the facts are derived, and the next `kg build` replaces them whole again (the embedded
        store writes the difference, the remote one swaps a staged copy without a guard)."""

    @abstractmethod
    def remove_document(self, doc_id: str) -> None:
        """Remove a document and every triple only it supported."""

    @abstractmethod
    def add_triples(self, triples: Iterable[Triple]) -> None:
        """Add shared facts (supported by `id/graph/shared`, not by any document)."""

    @abstractmethod
    def query(
        self,
        query: str,
        bindings: Bindings | None = None,
        *,
        limit: int | None = None,
        deadline: float | None = None,
    ) -> QueryAnswer:
        """Run any SPARQL query over the knowledge graph: a SelectResult for SELECT, a bool for
        ASK, a Graph otherwise.

        `bindings` give variables values as RDF terms, never pasted into the query as text; a
        bound variable of a SELECT must be in its projection. `limit` stops reading after that
        many rows (triples for a graph); `deadline` (a `time.monotonic()` value) raises
        QueryTimeout when it passes while the answer is read.
        """

    @abstractmethod
    def triples(self) -> Iterator[Triple]:
        """Every triple of the knowledge graph."""

    @abstractmethod
    def __len__(self) -> int:
        """The number of triples in the knowledge graph."""

    @abstractmethod
    def serialize(self, out: IO[bytes], fmt: str) -> int:
        """Write the graph to `out` in `fmt` (turtle, ntriples: the knowledge graph; nquads,
        trig: with each document's support graph); return the statements written."""

    # -- what every store inherits --------------------------------------------------------------

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def replace_document(
        self, doc: Document, triples: Iterable[Triple], *, direct: Iterable[Triple] = ()
    ) -> None:
        """Make the document's contribution exactly `triples` + `direct`, atomically: a failure
        leaves the previous version whole."""
        self.add_documents([(doc, document_lines(doc, triples, direct))])

    def check_writable(self) -> None:
        """Refuse a change to a store opened read-only."""
        if self.read_only:
            raise StoreError(
                f"the store {self.location} is open read-only: open it writable to change it"
            )

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

    def graph(self) -> Graph:
        """The knowledge graph as an rdflib Graph (a copy)."""
        graph = bind_prefixes(Graph())
        for triple in self.triples():
            graph.add(triple)
        return graph

    def counts(self) -> dict[str, Any]:
        """Documents, actors by class, interactions (reports) and the events they group,
        interactions by relation and by modality."""
        return {
            "triples": len(self),
            "documents": self._count_instances(IR.Document),
            "actors": {
                kind: self._count_instances(ir_term(kind))
                for kind in ("Country", "Organization", "Official")
            },
            "interactions": self._count_instances(IR.Interaction),
            "events": self._count_instances(IR.Event),  # one happening, one or more reports
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

    def export(self, path: Path, *, fmt: str | None = None) -> int:
        """Write the graph to `path` in the format of its extension (.ttl .nt .nq .trig .jsonld)
        or `fmt`; return the number of triples (quads for .nq and .trig) written.

        Turtle, N-Triples and JSON-LD hold the knowledge graph (the default graph). N-Quads and
        TriG hold the whole dataset: the default graph plus each document's named graph of the
        triples it supports (provenance). JSON-LD is compacted with the packaged context,
        embedded, never fetched.
        """
        path = Path(path)
        name = export_format(path, fmt)

        def write(tmp: Path) -> int:
            with tmp.open("wb") as out:
                return self._write(out, name)

        count = write_atomically(path, write, error=StoreError)
        log.info("exported %d statements to %s", count, path)
        return count

    def _write(self, out: IO[bytes], name: str) -> int:
        if name != "json-ld":
            return self.serialize(out, name)
        graph = self.graph()
        text = graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
        out.write(text.encode("utf-8"))
        return len(graph)
