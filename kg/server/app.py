"""The endpoint as an ASGI application (Starlette): routes, the SPARQL 1.1 Protocol, CORS.

Routes (everything read-only):

* `GET|POST /sparql` (and `/query`): the query operation of the SPARQL 1.1 Protocol: `GET
  ?query=`, `POST` URL-encoded (`query=`) or direct (`application/sparql-query`); answers as
  `kg.server.negotiation` decides;
* updates (`/update`, an `update=` parameter, `application/sparql-update`, or update text sent as
  a query) get `403`, and so do federated queries (SERVICE); other methods `405`;
* `GET /`: the query page (`kg/server/web/`, its editor vendored in `web/vendor/`);
  `GET /api/queries`: the query library as JSON; `GET /api/queries/{name}?param=value...`: one
  library query with its parameters bound (`kg.server.editor`); `GET /api/vocabulary`: what the
  editor completes; `POST /api/labels` (`{"iris": [...]}`): labels and actor kinds of IRIs;
* `GET /network[?level=country][&focus=IRI]`: the network view of `kg.viz`, with the actor
  `focus` selected.

This process only routes and checks what it can check cheaply (sizes, bracket depth); queries,
the network page and the library run in the query processes of `kg.server.pool`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from importlib import resources
from urllib.parse import parse_qs

from pyoxigraph import NamedNode
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kg.server import pool as tasks
from kg.server.limits import ServerLimits
from kg.server.pool import QueryPool, Reply
from kg.server.security import BASE_HEADERS, DATA_POLICY, PAGE_POLICY
from kg.sparql_check import QueryRefused, check_bounds

__all__ = ["create_app"]

PAGE_ASSETS: dict[str, tuple[str, str]] = {  # URL path -> file of kg/server/web/, media type
    "/": ("index.html", "text/html"),
    "/web/query.js": ("query.js", "text/javascript"),
    "/web/query.css": ("query.css", "text/css"),
    "/web/vendor/yasqe.min.js": ("vendor/yasqe.min.js", "text/javascript"),
    "/web/vendor/yasqe.min.css": ("vendor/yasqe.min.css", "text/css"),
    "/web/vendor/LICENSES.txt": ("vendor/LICENSES.txt", "text/plain"),
}
READ_ONLY = "this endpoint is read-only: updates are refused (change the graph with kg build)"
QUERY_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]


def create_app(pool: QueryPool, limits: ServerLimits, *, cors: tuple[str, ...] = ()) -> Starlette:
    """The application over a pool of query processes; `cors`: origins allowed to query it
    from a browser (`*` for any)."""
    endpoint = _Endpoint(pool, limits)
    routes = [
        Route("/sparql", endpoint.sparql, methods=QUERY_METHODS),
        Route("/query", endpoint.sparql, methods=QUERY_METHODS),
        Route("/update", endpoint.update, methods=QUERY_METHODS),
        Route("/api/queries", endpoint.library, methods=["GET"]),
        Route("/api/queries/{name}", endpoint.library_query, methods=["GET"]),
        Route("/api/vocabulary", endpoint.vocabulary, methods=["GET"]),
        Route("/api/labels", endpoint.labels, methods=["POST"]),
        Route("/network", endpoint.network, methods=["GET"]),
        Route("/favicon.ico", lambda _request: Response(status_code=204), methods=["GET"]),
        *(Route(path, endpoint.asset, methods=["GET"]) for path in PAGE_ASSETS),
    ]
    middleware = [Middleware(_SecurityHeaders)]
    if cors:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(cors),
                allow_methods=["GET", "POST", "OPTIONS"],
                allow_headers=["Accept", "Content-Type"],
                expose_headers=["X-SPARQL-MaxRows", "Retry-After"],
                max_age=600,
            )
        )
    app = Starlette(routes=routes, middleware=middleware)
    app.add_exception_handler(404, _not_found)
    app.add_exception_handler(405, _not_allowed)
    return app


class _Endpoint:
    def __init__(self, pool: QueryPool, limits: ServerLimits) -> None:
        self.pool = pool
        self.limits = limits
        # answers that never change while the server runs (the store is read-only), by task
        self._unchanging: dict[Callable[[], Reply], Reply] = {}

    async def sparql(self, request: Request) -> Response:
        if request.method == "OPTIONS":  # not a CORS preflight (the middleware answers those)
            return Response(status_code=204, headers={"Allow": "GET, POST, OPTIONS"})
        if request.method not in ("GET", "POST"):
            return _read_only_method()
        params = parse_qs(request.url.query, keep_blank_values=True)
        direct: str | None = None
        if request.method == "POST":
            media = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if media == "application/sparql-update":
                return text(403, READ_ONLY)
            if media not in ("application/x-www-form-urlencoded", "application/sparql-query"):
                return text(
                    415,
                    f"cannot read a {media or 'typeless'} body: send application/sparql-query "
                    "or application/x-www-form-urlencoded",
                )
            body = await self._body(request)
            if isinstance(body, Response):
                return body
            if media == "application/sparql-query":
                direct = body
            else:
                for name, values in parse_qs(body, keep_blank_values=True).items():
                    params.setdefault(name, []).extend(values)
        return await self._query(request, params, direct)

    async def _query(
        self, request: Request, params: Mapping[str, list[str]], direct: str | None
    ) -> Response:
        if "update" in params:
            return text(403, READ_ONLY)
        if "default-graph-uri" in params or "named-graph-uri" in params:
            return text(
                400,
                "this endpoint serves one dataset: default-graph-uri and named-graph-uri are not "
                "supported (use GRAPH in the query)",
            )
        queries = [direct] if direct is not None else params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return text(400, "give exactly one query (the query parameter)")
        try:
            check_bounds(
                queries[0], max_chars=self.limits.max_query_chars, max_depth=self.limits.max_depth
            )
        except QueryRefused as exc:
            return text(413 if exc.reason == "too large" else 400, str(exc))
        formats = params.get("format", []) + params.get("output", [])
        accept = request.headers.get("accept")
        return _response(await self.pool.call(tasks.answer_query, queries[0], accept, formats))

    async def _body(self, request: Request) -> str | Response:
        declared = request.headers.get("content-length")
        if declared is not None and (
            not declared.isdigit() or int(declared) > self.limits.max_body
        ):
            return text(413, f"the request body is over {self.limits.max_body} bytes")
        data = bytearray()
        try:
            async for chunk in request.stream():
                data += chunk
                if len(data) > self.limits.max_body:
                    return text(413, f"the request body is over {self.limits.max_body} bytes")
        except ClientDisconnect:
            return text(400, "the client left before sending the whole body")
        charset = _charset(request.headers.get("content-type", ""))
        try:
            return bytes(data).decode(charset)
        except (UnicodeDecodeError, LookupError):
            return text(400, f"the request body is not valid {charset}")

    async def update(self, request: Request) -> Response:
        return text(403, READ_ONLY)

    async def library(self, _request: Request) -> Response:
        return await self._once(tasks.library_listing)

    async def library_query(self, request: Request) -> Response:
        name = request.path_params["name"]
        params = parse_qs(request.url.query, keep_blank_values=True)
        if any(len(values) != 1 for values in params.values()):
            return text(400, "give each parameter once")
        values = {key: values[0] for key, values in params.items()}
        return _response(await self.pool.call(tasks.editor_bound_query, name, values))

    async def vocabulary(self, _request: Request) -> Response:
        return await self._once(tasks.editor_vocabulary)

    async def _once(self, task: Callable[[], Reply]) -> Response:
        """A task's answer, asked of the query processes once and kept: the store is read-only,
        so the query library's listing and the editor's vocabulary never change."""
        reply = self._unchanging.get(task)
        if reply is None:
            reply = await self.pool.call(task)
            if reply.status != 200:
                return _response(reply)  # a failure is not kept: the next request asks again
            self._unchanging[task] = reply
        return _response(reply)

    async def labels(self, request: Request) -> Response:
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json":
            return text(415, 'send the IRIs as application/json: {"iris": [...]}')
        body = await self._body(request)
        if isinstance(body, Response):
            return body
        try:
            iris = json.loads(body).get("iris")
        except (ValueError, AttributeError, RecursionError):  # deep nesting: a malformed body
            iris = None
        if not isinstance(iris, list):
            return text(400, 'send the IRIs as application/json: {"iris": [...]}')
        return _response(await self.pool.call(tasks.editor_labels, iris))

    async def network(self, request: Request) -> Response:
        level = request.query_params.get("level", "actor")
        focus = request.query_params.get("focus")
        if focus is not None and not _is_iri(focus):
            return text(400, "focus must be an actor's IRI (https://w3id.org/irkg/id/...)")
        return _response(await self.pool.call(tasks.network_page, level, focus))

    async def asset(self, request: Request) -> Response:
        name, media = PAGE_ASSETS[request.url.path]
        try:
            content = resources.files("kg.server").joinpath("web", *name.split("/")).read_bytes()
        except OSError:
            return text(500, f"kg/server/web/{name} is missing: reinstall irkg")
        return Response(content, media_type=media, headers={"Content-Security-Policy": PAGE_POLICY})


def _is_iri(value: str) -> bool:
    """Whether `value` is an absolute IRI (the store's own parser decides)."""
    try:
        NamedNode(value)
    except ValueError:
        return False
    return True


def _charset(content_type: str) -> str:
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"') or "utf-8"
    return "utf-8"


def text(status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
    """A short plain-text answer: what is wrong and what to do."""
    return Response(message + "\n", status_code=status, media_type="text/plain", headers=headers)


def _response(reply: Reply) -> Response:
    textual = reply.media.startswith("text/") or reply.media.endswith(("json", "xml"))
    media = f"{reply.media}; charset=utf-8" if textual else reply.media
    headers = {"Content-Type": media, **dict(reply.headers)}
    return Response(reply.body, status_code=reply.status, headers=headers)


def _read_only_method() -> Response:
    return text(
        405, "this endpoint is read-only: GET or POST queries to /sparql", {"Allow": "GET, POST"}
    )


async def _not_found(request: Request, _exc: Exception) -> Response:
    return text(404, f"nothing at {request.url.path}: the endpoint is /sparql")


async def _not_allowed(request: Request, _exc: Exception) -> Response:
    return _read_only_method()


class _SecurityHeaders:
    """Adds `BASE_HEADERS` to every answer, and a data policy where a page set none."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (name, value)
                    for name, value in message.get("headers", [])
                    if name.lower() != b"server"
                ]
                present = {name.lower() for name, _ in headers}
                for name, value in BASE_HEADERS.items():
                    if name.lower().encode() not in present:
                        headers.append((name.lower().encode(), value.encode()))
                if b"content-security-policy" not in present:
                    headers.append((b"content-security-policy", DATA_POLICY.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
