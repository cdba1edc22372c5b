"""The SPARQL endpoint and its web page (`kg serve`), on the standard library's HTTP server.

Routes (everything read-only):

* `GET|POST /sparql` (and `/query`): the SPARQL 1.1 Protocol query operation: `GET ?query=`,
  `POST` URL-encoded (`query=`) or direct (`application/sparql-query`). SELECT and ASK answer
  in JSON, XML, CSV or TSV, CONSTRUCT and DESCRIBE in Turtle, N-Triples, JSON-LD or RDF/XML, by
  the `Accept` header or a `format`/`output` parameter (as SPARQLWrapper and Virtuoso send it).
* updates (`/update`, an `update=` parameter, `application/sparql-update`, or update text sent
  as a query) get `403 Forbidden`, and so do federated queries (SERVICE: the server would fetch
  whatever URL a client names); other methods `405`.
* `GET /`: the query page (`kg/web/`: an editor, the query library as examples, results as a
  table; no external resource, a strict Content-Security-Policy); `GET /api/queries`: the
  library as JSON; `GET /network[?level=country]`: the network view of `kg.viz`.

Bounds (`ServerLimits`): each query runs in a worker thread and its answer is read row by row
with a deadline. pyoxigraph cannot interrupt a running query, so a query that computes before
its first row (ORDER BY, GROUP BY, COUNT) keeps its thread until it finishes: the client gets
`503` at the deadline all the same, and at most `max_running` queries run at once (beyond that,
`503` with `Retry-After`), so runaway queries cannot pile up. Answers stop at `max_rows` rows
(or triples); a cut answer carries the header `X-SPARQL-MaxRows` (Virtuoso's convention).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlsplit

from rdflib import Graph

from kg.errors import DataError, KGError, QueryError, QueryTimeout, ServerBusy, StoreError
from kg.query import (
    NamedQuery,
    QueryOutcome,
    bind_parameters,
    format_result,
    load_library,
    run_query,
)
from kg.rdf.namespace import PREFIXES, bind_prefixes
from kg.store import SelectResult, Store, sparql_keywords, with_values

__all__ = ["QueryRunner", "ServerLimits", "SparqlServer", "negotiate", "serve"]

log = logging.getLogger(__name__)

# media types offered for each kind of answer, the default first
RESULT_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
    "application/x-turtle": "turtle",
    "text/plain": "nt",
    "application/json": "json-ld",
}
# `format=` / `output=` values (SPARQLWrapper, Virtuoso): the media type for rows, for graphs
FORMAT_NAMES: dict[str, tuple[str | None, str | None]] = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None),
    "tsv": ("text/tab-separated-values", None),
    "turtle": (None, "text/turtle"),
    "ttl": (None, "text/turtle"),
    "n3": (None, "text/turtle"),
    "nt": (None, "application/n-triples"),
    "ntriples": (None, "application/n-triples"),
    "n-triples": (None, "application/n-triples"),
    "json-ld": (None, "application/ld+json"),
    "jsonld": (None, "application/ld+json"),
    "rdf": (None, "application/rdf+xml"),
    "rdf+xml": (None, "application/rdf+xml"),
}
PAGE_ASSETS: dict[str, str] = {  # the files of kg/web/ the server hands out, by URL path
    "/": "index.html",
    "/web/query.js": "query.js",
    "/web/query.css": "query.css",
}
_ASSET_TYPES = {".html": "text/html", ".js": "text/javascript", ".css": "text/css"}
PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_UPDATE_WORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)


@dataclass(frozen=True)
class ServerLimits:
    """What one request may cost: seconds per query, rows (or triples) per answer, queries
    running at once, bytes of a request body."""

    timeout: float = 10.0
    max_rows: int = 10_000
    max_running: int = 4
    max_body: int = 1_000_000


@dataclass(frozen=True)
class Answer:
    outcome: QueryOutcome
    truncated: bool = False


class QueryRunner:
    """Runs queries in worker threads, bounded in time, size and number (see the module doc)."""

    def __init__(self, store: Store, limits: ServerLimits) -> None:
        self.store = store
        self.limits = limits
        self._slots = threading.BoundedSemaphore(limits.max_running)

    def run(self, text: str) -> Answer:
        """The answer, cut to `max_rows`; QueryTimeout past the deadline, ServerBusy when full."""
        if not self._slots.acquire(blocking=False):
            raise ServerBusy(
                f"{self.limits.max_running} queries are running already: try again shortly"
            )
        limit = self.limits.max_rows + 1  # one more than allowed tells that the answer was cut
        deadline = time.monotonic() + self.limits.timeout
        done = threading.Event()
        box: dict[str, Any] = {}

        def work() -> None:
            try:
                box["outcome"] = run_query(self.store, text, limit=limit, deadline=deadline)
            except Exception as exc:  # handed to the waiting request thread
                box["error"] = _without_traceback(exc)
            finally:
                self._slots.release()
                done.set()

        threading.Thread(target=work, name="kg-query", daemon=True).start()
        if not done.wait(self.limits.timeout):
            raise QueryTimeout(
                f"the query took longer than {self.limits.timeout:g} s: narrow it (a LIMIT, a "
                "more selective pattern) or ask the server's operator for a longer --timeout"
            )
        if "error" in box:
            raise box["error"]
        return _cut(box["outcome"], self.limits.max_rows)


def _without_traceback(error: BaseException) -> BaseException:
    """The error without its tracebacks, dropped here in the worker thread: their frames hold
    pyoxigraph's query solutions, which must not be released in another thread."""
    chain: BaseException | None = error
    done: set[int] = set()
    while chain is not None and id(chain) not in done:
        done.add(id(chain))
        chain.__traceback__ = None
        chain = chain.__cause__ or chain.__context__
    return error


def _cut(outcome: QueryOutcome, max_rows: int) -> Answer:
    table, graph = outcome.table, outcome.graph
    if table is not None and len(table.rows) > max_rows:
        cut = SelectResult(table.columns, table.rows[:max_rows], table.terms[:max_rows])
        return Answer(QueryOutcome("select", table=cut), truncated=True)
    if graph is not None and len(graph) > max_rows:
        kept = bind_prefixes(Graph())
        for number, triple in enumerate(graph):
            if number == max_rows:
                break
            kept.add(triple)
        return Answer(QueryOutcome("construct", graph=kept), truncated=True)
    return Answer(outcome)


# ---------------------------------------------------------------------------------------------
# content negotiation


def negotiate(kind: str, accept: str | None, formats: list[str] | None = None) -> str | None:
    """The media type to answer a `kind` ("select", "ask" or "construct") query in, or None.

    A known `format`/`output` value wins; then the best match of the Accept header (q-values,
    `type/*`, `*/*`); no Accept header means the default (SPARQL JSON, or Turtle for graphs).

    >>> negotiate("select", "text/csv;q=0.5, application/sparql-results+xml")
    'application/sparql-results+xml'
    >>> negotiate("construct", "*/*"), negotiate("ask", None, ["json"])
    ('text/turtle', 'application/sparql-results+json')
    >>> negotiate("select", "image/png") is None
    True
    """
    offered = list(GRAPH_TYPES if kind == "construct" else RESULT_TYPES)
    for value in formats or []:
        value = value.strip().lower()
        if value in offered:
            return value
        pair = FORMAT_NAMES.get(value)
        if pair is not None and pair[kind == "construct"] is not None:
            return pair[kind == "construct"]
    if not accept or not accept.strip():
        return offered[0]
    ranges = _accept_ranges(accept)
    best, best_q = None, 0.0
    for media in offered:
        q = _quality(media, ranges)
        if q > best_q:
            best, best_q = media, q
    return best


def _accept_ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for item in accept.split(","):
        media, *params = (part.strip() for part in item.split(";"))
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media:
            ranges.append((media.lower(), q))
    return ranges


def _quality(media: str, ranges: list[tuple[str, float]]) -> float:
    """The q of the most specific range that matches `media` (0 when none does)."""
    kind = media.split("/")[0]
    best_specificity, q = -1, 0.0
    for pattern, value in ranges:
        specificity = {media: 2, f"{kind}/*": 1, "*/*": 0}.get(pattern, -1)
        if specificity > best_specificity:
            best_specificity, q = specificity, value
    return q


def render(outcome: QueryOutcome, media: str) -> bytes:
    """The answer in the negotiated media type."""
    if outcome.graph is not None:
        name = GRAPH_TYPES[media]
        if name == "json-ld":
            return format_result(outcome, "json").encode("utf-8")
        text = outcome.graph.serialize(format=name)
        return text.encode("utf-8") if isinstance(text, str) else text
    return format_result(outcome, RESULT_TYPES[media]).encode("utf-8")


def is_update(text: str) -> bool:
    """Whether SPARQL text is an update (its first keyword after the prologue).

    >>> is_update("PREFIX ex: <http://x#> # a comment\\nDROP ALL"), is_update("SELECT * {}")
    (True, False)
    """
    for word in sparql_keywords(text):
        if word not in ("PREFIX", "BASE"):
            return word in _UPDATE_WORDS
    return False


def is_federated(text: str) -> bool:
    """Whether a query calls other endpoints (SERVICE): the server would fetch what it names.

    >>> is_federated("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    True
    """
    return "SERVICE" in sparql_keywords(text)


# ---------------------------------------------------------------------------------------------
# the server


class SparqlServer(ThreadingHTTPServer):
    """The endpoint and its page over one store. `port=0` takes a free port (see `url`)."""

    daemon_threads = True

    def __init__(
        self,
        store: Store,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        limits: ServerLimits | None = None,
    ) -> None:
        self.store = store
        self.limits = limits or ServerLimits()
        self.runner = QueryRunner(store, self.limits)
        try:
            super().__init__((host, port), _Handler)
        except OSError as exc:
            raise StoreError(
                f"cannot listen on {host}:{port} ({exc}): choose another --port"
            ) from exc

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/"

    def start(self) -> threading.Thread:
        """Serve in a background thread (for tests and notebooks); stop with `shutdown()`."""
        thread = threading.Thread(
            target=self.serve_forever, args=(0.05,), name="kg-serve", daemon=True
        )
        thread.start()
        return thread


def serve(
    store: Store,
    *,
    host: str = "127.0.0.1",
    port: int = 7879,
    limits: ServerLimits | None = None,
    ready: Callable[[SparqlServer], None] | None = None,
) -> None:
    """Serve until interrupted (Ctrl+C); `ready` is called once the port is open."""
    server = SparqlServer(store, host=host, port=port, limits=limits)
    if host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("serving on %s: anyone who can reach it can query the graph", host)
    if ready is not None:
        ready(server)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


class _Handler(BaseHTTPRequestHandler):
    """One request. Every answer goes through `_send`."""

    server: SparqlServer
    server_version = "irkg"
    protocol_version = "HTTP/1.1"

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base's name)
        log.info("%s %s", self.address_string(), format % args)

    # -- routing ------------------------------------------------------------------------------

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/sparql", "/query"):
            self._sparql(params, None)
        elif url.path in PAGE_ASSETS:
            self._asset(PAGE_ASSETS[url.path])
        elif url.path == "/api/queries":
            self._library()
        elif url.path == "/network":
            self._network(params.get("level", ["actor"])[0])
        elif url.path == "/favicon.ico":
            self._send(HTTPStatus.NO_CONTENT, b"", "text/plain")
        elif url.path == "/update":
            self._refuse_update()
        else:
            self._error(HTTPStatus.NOT_FOUND, f"nothing at {url.path}: the endpoint is /sparql")

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/update":
            self._refuse_update()
            return
        if url.path not in ("/sparql", "/query"):
            self._error(HTTPStatus.NOT_FOUND, f"nothing at {url.path}: the endpoint is /sparql")
            return
        body = self._body()
        if body is None:
            return
        params = parse_qs(url.query, keep_blank_values=True)
        media = self.headers.get_content_type()
        if media == "application/x-www-form-urlencoded":
            for name, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(name, []).extend(values)
            self._sparql(params, None)
        elif media == "application/sparql-query":
            self._sparql(params, body)
        elif media == "application/sparql-update":
            self._refuse_update()
        else:
            self._error(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                f"cannot read a {media} body: send application/sparql-query or "
                "application/x-www-form-urlencoded",
            )

    def _read_only(self) -> None:
        self._error(
            HTTPStatus.METHOD_NOT_ALLOWED,
            "this endpoint is read-only: GET or POST queries to /sparql",
            headers={"Allow": "GET, POST"},
        )

    do_PUT = do_DELETE = do_PATCH = _read_only

    # -- the SPARQL protocol ------------------------------------------------------------------

    def _sparql(self, params: Mapping[str, list[str]], direct: str | None) -> None:
        if "update" in params:
            self._refuse_update()
            return
        if "default-graph-uri" in params or "named-graph-uri" in params:
            self._error(
                HTTPStatus.BAD_REQUEST,
                "this endpoint serves one dataset: default-graph-uri and named-graph-uri are "
                "not supported (use GRAPH in the query)",
            )
            return
        queries = [direct] if direct is not None else params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._error(HTTPStatus.BAD_REQUEST, "give exactly one query (the query parameter)")
            return
        if is_update(queries[0]):
            self._refuse_update()
            return
        if is_federated(queries[0]):
            self._error(
                HTTPStatus.FORBIDDEN,
                "federated queries (SERVICE) are disabled on this endpoint: the server does not "
                "fetch other endpoints",
            )
            return
        formats = params.get("format", []) + params.get("output", [])
        self._answer(queries[0], formats)

    def _answer(self, text: str, formats: list[str]) -> None:
        try:
            answer = self.server.runner.run(text)
        except (QueryTimeout, ServerBusy) as exc:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc), headers={"Retry-After": "5"})
            return
        except QueryError as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
            return
        except KGError as exc:
            log.warning("a query failed: %s", exc)
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"the store failed: {exc}")
            return
        media = negotiate(answer.outcome.kind, self.headers.get("Accept"), formats)
        if media is None:
            offered = GRAPH_TYPES if answer.outcome.kind == "construct" else RESULT_TYPES
            self._error(
                HTTPStatus.NOT_ACCEPTABLE,
                f"cannot answer this query in {self.headers.get('Accept')}: accept one of "
                + ", ".join(offered),
            )
            return
        headers = {"Vary": "Accept"}
        if answer.truncated:
            headers["X-SPARQL-MaxRows"] = str(self.server.limits.max_rows)
        self._send(HTTPStatus.OK, render(answer.outcome, media), media, headers=headers)

    def _refuse_update(self) -> None:
        self._error(
            HTTPStatus.FORBIDDEN,
            "this endpoint is read-only: updates are refused (change the graph with kg build)",
        )

    def _body(self) -> str | None:
        length_header = self.headers.get("Content-Length")
        if length_header is None:
            self._error(HTTPStatus.LENGTH_REQUIRED, "send a Content-Length")
            return None
        try:
            length = int(length_header)
        except ValueError:
            self._error(HTTPStatus.BAD_REQUEST, "the Content-Length is not a number")
            return None
        if length > self.server.limits.max_body:
            self.close_connection = True
            self._error(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                f"the request body is over {self.server.limits.max_body} bytes",
            )
            return None
        charset = self.headers.get_content_charset() or "utf-8"
        try:
            return self.rfile.read(length).decode(charset)
        except (UnicodeDecodeError, LookupError):
            self._error(HTTPStatus.BAD_REQUEST, f"the request body is not valid {charset}")
            return None

    # -- the page, the library and the network view -------------------------------------------

    def _asset(self, name: str) -> None:
        try:
            content = (resources.files("kg") / "web" / name).read_bytes()
        except OSError:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"kg/web/{name} is missing: reinstall")
            return
        media = _ASSET_TYPES[name[name.rindex(".") :]]
        self._send(HTTPStatus.OK, content, media, headers={"Content-Security-Policy": PAGE_POLICY})

    def _library(self) -> None:
        try:
            library = load_library()
        except QueryError as exc:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc))
            return
        entries = []
        for query in library.values():
            entries.append(
                {
                    "name": query.name,
                    "title": query.title,
                    "description": query.description,
                    "parameters": [vars(p) for p in query.parameters],
                    "text": _example_text(self.server.store, query),
                }
            )
        body = json.dumps({"prefixes": PREFIXES, "queries": entries}, ensure_ascii=False)
        self._send(HTTPStatus.OK, body.encode("utf-8"), "application/json")

    def _network(self, level: str) -> None:
        from kg.viz import INTERACTIONS_QUERY, network_from_rows, render_html

        try:
            answer = self.server.runner.run(INTERACTIONS_QUERY)
            assert answer.outcome.table is not None
            graph = network_from_rows(answer.outcome.table.rows, level=level)
            page = render_html(graph, title="IRKG network")
        except (QueryTimeout, ServerBusy) as exc:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc), headers={"Retry-After": "5"})
            return
        except DataError as exc:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc))
            return
        except KGError as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
            return
        headers = {"X-SPARQL-MaxRows": str(self.server.limits.max_rows)} if answer.truncated else {}
        self._send(HTTPStatus.OK, page.encode("utf-8"), "text/html", headers=headers)

    # -- answering ----------------------------------------------------------------------------

    def _error(
        self, status: HTTPStatus, message: str, *, headers: Mapping[str, str] | None = None
    ) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain", headers=headers)

    def _send(
        self,
        status: HTTPStatus,
        body: bytes,
        media: str,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        textual = media.startswith("text/") or "json" in media or "xml" in media
        self.send_header("Content-Type", f"{media}; charset=utf-8" if textual else media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _example_text(store: Store, query: NamedQuery) -> str:
    """A library query as the page shows it: its defaults bound in a VALUES block."""
    try:
        bindings = bind_parameters(store, query, {})
        return with_values(query.text, bindings)
    except KGError as exc:
        log.info("showing %s without its defaults: %s", query.name, exc)
        return query.text
