"""The remote store: the knowledge graph on any SPARQL 1.1 Query + Update server.

A query's answer is parsed as it arrives (pyoxigraph's parsers read the HTTP answer as a
stream), so that a `limit` stops the download too, not only the rows kept.
"""

from __future__ import annotations

import base64
import functools
import http.client
import logging
import re
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import IO, TypeVar
from urllib.parse import urlencode

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import QueryError, QueryTimeout, StoreError
from kg.rdf.namespace import document_iri
from kg.settings import SERVER_SCHEMES, is_server_url
from kg.store.base import GraphStore
from kg.store.exporting import EXPORT_PREFIXES, OX_FORMATS
from kg.store.inlining import inline_bindings
from kg.store.layout import (
    CONTENT_HASH,
    SHARED_GRAPH,
    STAGING_PREFIX,
    remote_swap,
    staging_graph,
)
from kg.store.results import QueryAnswer, SelectResult, construct_result, select_result
from kg.store.sparql_text import (
    check_syntax,
    checked_iri,
    insert_data,
    sparql_term,
    triple_text,
    with_prefixes,
    with_values,
)
from kg.store.terms import Bindings, Triple, binding_rdf, ox_substitutions, quad_of
from kg.types import Document

__all__ = ["REMOTE_SCHEMES", "Endpoints", "RemoteStore", "is_server_url"]

log = logging.getLogger(__name__)

REMOTE_SCHEMES = SERVER_SCHEMES  # compare with `is_server_url`: schemes ignore case
_QUERY_ACCEPT = (
    "application/sparql-results+json, application/sparql-results+xml;q=0.9, "
    "application/n-triples;q=0.9, text/turtle;q=0.8"
)

_T = TypeVar("_T")


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


class RemoteStore(GraphStore):
    """The knowledge graph on a SPARQL 1.1 Query + Update server: Oxigraph server, Apache Jena
    Fuseki, Virtuoso, GraphDB, Amazon Neptune.

    It is a `GraphStore` with the dataset layout of the embedded `Store` (the knowledge graph,
    one support graph per document, `id/graph/shared`), so code written for a `GraphStore`
    takes either.
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
        if not is_server_url(url):
            raise StoreError(f"not a SPARQL server URL: {url!r} (it must start with http://)")
        if batch_size < 1 or retries < 0 or timeout <= 0 or backoff < 0:
            raise StoreError("batch_size and timeout must be positive, retries and backoff >= 0")
        base = Endpoints.from_url(url)
        self.endpoints = Endpoints(base.query, update_url) if update_url else base
        self.kg_graph = f"<{checked_iri(kg_graph)}>" if kg_graph else None
        self.read_only = read_only
        self.batch_size = batch_size
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout
        self._auth = _basic_auth(username, password)
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
    def location(self) -> str:
        return self.endpoints.query

    def close(self) -> None:
        """Forget the server (there is nothing to flush). Safe to call twice."""
        self._open_remote = False

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
        return self._request(
            url,
            body,
            content_type,
            accept,
            _whole,
            what=what,
            params=params,
            attempts=attempts,
            timeout=timeout,
        )

    def _request(
        self,
        url: str,
        body: str,
        content_type: str,
        accept: str,
        read: Callable[[str, IO[bytes]], _T],
        *,
        what: str,
        params: Mapping[str, str] | None = None,
        attempts: int | None = None,
        timeout: float | None = None,
    ) -> _T:
        """POST `body` as `_post` does, and give the answer to `read` as it arrives (what
        `read` leaves unread is never downloaded). A failure while reading is retried as a
        failure before the answer is."""
        if not self._open_remote:
            raise StoreError(f"the store {self.location} is closed")
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
                    return read(answer.headers.get_content_type(), answer)
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
        """Run any SPARQL query on the server (see `GraphStore.query`).

        Bindings travel in the text as escaped terms, never read as syntax: written in as
        constants where that means the same (`inline_bindings`, as the embedded store does),
        else as a `VALUES` block (`with_values`).
        """
        # the embedded store's checks: of the names, and (pyoxigraph's) of the projection
        check_syntax(query, ox_substitutions(query, bindings or {}))
        text = with_prefixes(query)
        if bindings:
            terms = {k: binding_rdf(v) for k, v in bindings.items()}
            inlined = inline_bindings(text, terms)
            ok = inlined is not None and _parses(inlined)
            text = inlined if ok and inlined is not None else with_values(text, terms)
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
        read = functools.partial(_parse_answer, limit=limit, deadline=deadline, where=self.location)
        try:
            return self._request(
                self.endpoints.query,
                text,
                "application/sparql-query",
                _QUERY_ACCEPT,
                read,
                what="query",
                params=params,
                attempts=attempts,
                timeout=timeout,
            )
        except _Refused as exc:
            raise QueryError(f"the server at {self.location} refused the query ({exc})") from exc
        except StoreError as exc:
            if deadline is not None and "no answer within" in str(exc):
                raise QueryTimeout(f"the query ran past its time limit ({exc})") from exc
            raise

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
        answer = self._ask(f"SELECT ?h WHERE {{ {doc} {CONTENT_HASH} ?h }} LIMIT 1")
        assert isinstance(answer, SelectResult)
        return answer.rows[0]["h"] if answer.rows else None

    # -- writing ------------------------------------------------------------------------------

    def add_documents(self, items: Iterable[tuple[Document, list[str]]]) -> None:
        """Make each document's contribution exactly its lines, one document at a time.

        A document's new version goes to a staging graph in batches, then one update request
        swaps it in (one request in all when it fits in one batch). A failed batch leaves the
        previous version untouched; a repeated swap (an answer lost, a retry) changes nothing.
        """
        self.check_writable()
        for doc, lines in items:
            self._replace_lines(doc, lines)

    def replace_graph(self, graph: str, lines: list[str]) -> None:
        """As a document's: staged in batches, swapped in by one update. There is no content
        hash to guard a repeated swap, so a swap answered but lost and sent again empties the
        graph until it is replaced again (the next build)."""
        self.check_writable()
        self._replace_lines(graph, lines, iri=URIRef(graph), guarded=False)

    def _replace_lines(
        self,
        doc: Document | str,
        lines: list[str],
        *,
        iri: URIRef | None = None,
        guarded: bool = True,
    ) -> None:
        doc_iri = iri if iri is not None else document_iri(doc.id)  # type: ignore[union-attr]
        graph = sparql_term(doc_iri)
        staging = f"<{staging_graph(ox.NamedNode(str(doc_iri))).value}>"
        swap = remote_swap(graph, staging, self.kg_graph, guard=graph if guarded else None)
        batches = [lines[i : i + self.batch_size] for i in range(0, len(lines), self.batch_size)]
        label = f"document {doc.id!r}" if isinstance(doc, Document) else f"graph <{doc}>"
        what = f"storing {label}"
        swapping = len(batches) == 1
        try:
            if swapping:
                self._update(
                    f"DROP SILENT GRAPH {staging} ;\n"
                    f"{insert_data(batches[0], [staging])} ;\n{swap}",
                    what=what,
                )
            else:
                for number, batch in enumerate(batches, 1):
                    drop = f"DROP SILENT GRAPH {staging} ;\n" if number == 1 else ""
                    self._update(
                        drop + insert_data(batch, [staging]),
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
            raise StoreError(f"could not store {label}: {exc}; {outcome}") from exc
        log.debug("stored %d triples for %s in %d batch(es)", len(lines), label, len(batches))

    def remove_document(self, doc_id: str) -> None:
        """Remove a document and every triple only it supported (one update request)."""
        self.check_writable()
        graph = sparql_term(document_iri(doc_id))
        staging = f"<{staging_graph(ox.NamedNode(str(document_iri(doc_id)))).value}>"
        self._update(
            remote_swap(graph, staging, self.kg_graph, guard=None),
            what=f"removing document {doc_id!r}",
        )

    def add_triples(self, triples: Iterable[Triple]) -> None:
        """Add shared facts: in the knowledge graph and in `id/graph/shared`, in batches."""
        self.check_writable()
        lines = [triple_text(triple) for triple in dict.fromkeys(triples)]
        graphs = [self.kg_graph or "", f"<{SHARED_GRAPH.value}>"]
        for start in range(0, len(lines), self.batch_size):
            batch = lines[start : start + self.batch_size]
            self._update(insert_data(batch, graphs), what="adding shared facts")

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

    def serialize(self, out: IO[bytes], fmt: str) -> int:
        if fmt in ("nquads", "trig"):
            quads = [quad_of(triple, ox.DefaultGraph()) for triple in self.triples()]
            quads += self._named_quads()
            prefixes = EXPORT_PREFIXES if fmt == "trig" else None
            ox.serialize(quads, out, OX_FORMATS[fmt], prefixes=prefixes)
            return len(quads)
        triples = [quad_of(triple, ox.DefaultGraph()).triple for triple in self.triples()]
        prefixes = EXPORT_PREFIXES if fmt == "turtle" else None
        ox.serialize(triples, out, OX_FORMATS[fmt], prefixes=prefixes)
        return len(triples)

    def _named_quads(self) -> list[ox.Quad]:
        """The support graphs (every named graph but staging and the knowledge graph)."""
        skip = f"FILTER (?g != {self.kg_graph})" if self.kg_graph else ""
        answer = self._ask(
            "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER (!STRSTARTS(STR(?g), "{STAGING_PREFIX}")) {skip} }} ORDER BY ?g',
            dataset=True,
        )
        assert isinstance(answer, SelectResult)
        return [
            quad_of((row["s"], row["p"], row["o"]), ox.NamedNode(str(row["g"])))
            for row in answer.terms
        ]


class _Refused(Exception):
    """The server answered 4xx: the request itself is wrong, sending it again will not help."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"HTTP {status}: {detail}")
        self.status = status


def _parses(query: str) -> bool:
    """Whether pyoxigraph reads the query (an inlined literal where only an IRI fits does not)."""
    try:
        check_syntax(query)
    except QueryError:
        return False
    return True


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


def _whole(media: str, answer: IO[bytes]) -> tuple[str, bytes]:
    return media, answer.read()


def _parse_answer(
    media: str, body: IO[bytes], *, limit: int | None, deadline: float | None, where: str
) -> QueryAnswer:
    """A server's answer (SPARQL results, or a graph) as a SelectResult, a bool or a Graph,
    parsed as it is read: the rows past `limit` are never read."""
    try:
        results_format = ox.QueryResultsFormat.from_media_type(media)
        if results_format is not None:
            parsed = ox.parse_query_results(body, results_format)
            if isinstance(parsed, ox.QueryBoolean):
                return bool(parsed)
            return select_result(parsed, limit=limit, deadline=deadline)
        rdf_format = ox.RdfFormat.from_media_type(media)
        if rdf_format is not None:
            triples = (quad.triple for quad in ox.parse(body, rdf_format))
            return construct_result(triples, limit=limit, deadline=deadline)
    except (SyntaxError, ValueError) as exc:
        raise StoreError(f"the server at {where} sent an unreadable {media} answer: {exc}") from exc
    raise StoreError(f"the server at {where} answered in {media}, which IRKG cannot read")
