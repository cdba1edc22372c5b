"""The processes that answer the endpoint's queries, killed at their deadline.

pyoxigraph cannot interrupt a running query, so a query runs in a process of its own pool
(`pebble.ProcessPool`, made for tasks with a timeout): past `timeout` the process is killed and
a new one takes its place, so a runaway query costs its deadline and no more, and a query that
crashes its process (a parser fault) ends only that process. At most `max_running` queries run
at once; `max_queued` more wait for a process; beyond that a request gets `503` at once.

Each process opens the store read-only once, forbids itself network sockets when the store is
embedded (`kg.server.sandbox`), parses every query before it runs (`kg.sparql_check`: updates
and SERVICE are refused) and renders the answer, so the server process only moves bytes.
"""

from __future__ import annotations

import asyncio
import json
import logging
import multiprocessing
import signal
from collections.abc import Callable
from concurrent.futures import CancelledError
from typing import Any

from pebble import ProcessExpired, ProcessPool
from rdflib import Graph

from kg.errors import DataError, KGError, QueryError
from kg.query import QueryOutcome, bind_parameters, load_library, run_query
from kg.rdf.namespace import PREFIXES, bind_prefixes
from kg.server import editor
from kg.server.limits import ServerLimits
from kg.server.negotiation import negotiate, offered, render
from kg.server.reply import Reply
from kg.sparql_check import QueryRefused, inspect_query
from kg.store import GraphStore, SelectResult, open_store

__all__ = ["QueryPool", "Reply"]

log = logging.getLogger(__name__)


RETRY = {"Retry-After": "5"}


class QueryPool:
    """`max_running` query processes over the store `spec` (a folder, a URL, a .toml file)."""

    def __init__(self, spec: str, limits: ServerLimits, *, sandbox: bool) -> None:
        self.limits = limits
        self._waiting = 0
        self._pool = ProcessPool(
            max_workers=limits.max_running,
            initializer=_start_process,
            initargs=(spec, limits, sandbox),
            context=multiprocessing.get_context("spawn"),
        )

    async def call(self, task: Callable[..., Reply], *args: Any) -> Reply:
        """Run `task(*args)` in a query process; its Reply, or a 503/500 Reply saying why not."""
        if self._waiting >= self.limits.max_running + self.limits.max_queued:
            return self._busy()
        self._waiting += 1
        future = self._pool.schedule(task, args=args, timeout=self.limits.timeout)
        try:
            # the process's own deadline counts from its start; this one bounds the wait too
            return await asyncio.wait_for(asyncio.wrap_future(future), self._longest_wait)
        except BaseException as exc:
            future.cancel()  # a task still waiting never starts; a running one is killed
            return self._failed(exc)
        finally:
            self._waiting -= 1

    def run(self, task: Callable[..., Reply], *args: Any, timeout: float | None = None) -> Reply:
        """`call` for code outside the server's event loop (start-up, tests): blocks. `timeout`
        replaces the query deadline (start-up: a process opening the store on a busy machine
        may take longer than a query may)."""
        limit = self.limits.timeout if timeout is None else timeout
        future = self._pool.schedule(task, args=args, timeout=limit)
        try:
            return future.result(timeout=2 * limit + 5)
        except BaseException as exc:
            future.cancel()
            return self._failed(exc)

    @property
    def _longest_wait(self) -> float:
        return 2 * self.limits.timeout + 5

    def _busy(self) -> Reply:
        return Reply.text(
            503, f"{self._waiting} queries are running or waiting: try again shortly", RETRY
        )

    def _failed(self, error: BaseException) -> Reply:
        """The answer when a task did not return: past its deadline, or its process died."""
        if isinstance(error, TimeoutError | CancelledError | asyncio.CancelledError):
            return Reply.text(
                503,
                f"the query took longer than {self.limits.timeout:g} s: narrow it (a LIMIT, a "
                "more selective pattern) or ask the server's operator for a longer --timeout",
                RETRY,
            )
        if isinstance(error, ProcessExpired):
            log.warning("a query process ended while answering (%s); it is replaced", error)
            return Reply.text(500, "the query process ended while answering: it was replaced")
        if isinstance(error, Exception):
            log.error("a query task failed: %r", error)
            return Reply.text(500, f"the query process failed: {type(error).__name__}")
        raise error

    def close(self) -> None:
        """Stop every query process now (running queries are killed)."""
        self._pool.stop()
        self._pool.join(timeout=5)


# ---------------------------------------------------------------------------------------------
# what runs inside a query process

_STORE: GraphStore | None = None
_LIMITS = ServerLimits()


def _start_process(spec: str, limits: ServerLimits, sandbox: bool) -> None:
    """Set up a query process: die at once when stopped, no network, the store open."""
    global _STORE, _LIMITS
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a query inside Rust never returns to Python
    if sandbox:
        from kg.server.sandbox import forbid_network

        forbid_network()
    _LIMITS = limits
    _STORE = open_store(spec, read_only=True)


def _store() -> GraphStore:
    if _STORE is None:  # only if a task runs outside a started process
        raise KGError("the query process has no store open")
    return _STORE


def answer_query(text: str, accept: str | None, formats: list[str]) -> Reply:
    """A SPARQL query answered: checked, run, cut at the row limit, rendered as negotiated."""
    limits = _LIMITS
    try:
        form = inspect_query(text, max_chars=limits.max_query_chars, max_depth=limits.max_depth)
    except QueryRefused as exc:
        status = {"update": 403, "too large": 413}.get(exc.reason, 400)
        return Reply.text(status, str(exc))
    if form.federated:
        return Reply.text(
            403,
            "federated queries (SERVICE) are refused: this endpoint does not fetch other endpoints",
        )
    kind = "construct" if form.form in ("construct", "describe") else form.form
    media = negotiate(kind, accept, formats)
    if media is None:
        return Reply.text(
            406, f"cannot answer this query in {accept}: accept one of " + ", ".join(offered(kind))
        )
    try:
        outcome = run_query(_store(), text, limit=limits.max_rows + 1)
    except QueryError as exc:
        return Reply.text(400, str(exc))
    except KGError as exc:
        log.warning("a query failed: %s", exc)
        return Reply.text(500, f"the store failed: {exc}")
    outcome, cut = _cut(outcome, limits.max_rows)
    headers: tuple[tuple[str, str], ...] = (("Vary", "Accept"),)
    if cut:
        headers += (("X-SPARQL-MaxRows", str(limits.max_rows)),)
    body = render(outcome, media, cut_at=limits.max_rows if cut else None)
    return Reply(200, body, media, headers)


def _cut(outcome: QueryOutcome, max_rows: int) -> tuple[QueryOutcome, bool]:
    table, graph = outcome.table, outcome.graph
    if table is not None and len(table.rows) > max_rows:
        cut = SelectResult(table.columns, table.rows[:max_rows], table.terms[:max_rows])
        return QueryOutcome("select", table=cut), True
    if graph is not None and len(graph) > max_rows:
        kept = bind_prefixes(Graph())
        for number, triple in enumerate(graph):
            if number == max_rows:
                break
            kept.add(triple)
        return QueryOutcome("construct", graph=kept), True
    return outcome, False


def network_page(level: str, focus: str | None = None) -> Reply:
    """The network view of the whole graph (`kg.viz`), at the actor or the country level;
    `focus`, an actor's IRI, is selected when the page opens (404 when it is not drawn)."""
    from kg.server.security import page_policy
    from kg.viz import load_network, render_html

    limits = _LIMITS
    try:
        graph = load_network(_store(), level=level, limit=limits.max_rows + 1)
        cut = graph.graph["rows"] > limits.max_rows
        if focus is not None and focus not in graph:
            return Reply.text(
                404,
                f"no actor with that IRI in the network view (level={level}): the view draws "
                "the actors that take part in an interaction; at level=country, an official "
                "is drawn as the state they serve",
            )
        page = render_html(graph, title="IRKG network", focus=focus)
    except DataError as exc:  # our own files
        return Reply.text(500, str(exc))
    except KGError as exc:  # the request (an unknown level)
        return Reply.text(400, str(exc))
    headers = [("Content-Security-Policy", page_policy(page))]
    if cut:
        headers.append(("X-SPARQL-MaxRows", str(limits.max_rows)))
    return Reply(200, page.encode("utf-8"), "text/html", tuple(headers))


def editor_vocabulary() -> Reply:
    """What the query page completes (`kg.server.editor.vocabulary`)."""
    return editor.vocabulary(_store())


def editor_bound_query(name: str, values: dict[str, str]) -> Reply:
    """A library query with the page's parameter values bound (`kg.server.editor`)."""
    return editor.bound_query(_store(), name, values)


def editor_labels(iris: list[object]) -> Reply:
    """Labels and actor kinds of a result table's IRIs (`kg.server.editor`)."""
    return editor.labels(_store(), iris)


def library_listing() -> Reply:
    """The query library as JSON, each query with its default parameters bound."""
    try:
        library = load_library()
    except QueryError as exc:
        return Reply.text(500, str(exc))
    entries = [
        {
            "name": query.name,
            "title": query.title,
            "description": query.description,
            "parameters": [vars(p) for p in query.parameters],
            "text": _example_text(query),
        }
        for query in library.values()
    ]
    body = json.dumps({"prefixes": PREFIXES, "queries": entries}, ensure_ascii=False)
    return Reply(200, body.encode("utf-8"), "application/json")


def _example_text(query: Any) -> str:
    """A library query as the page shows it: its defaults written in (`editor.written`)."""
    try:
        return editor.written(query.text, bind_parameters(_store(), query, {}))
    except KGError as exc:
        log.info("showing %s without its defaults: %s", query.name, exc)
        return str(query.text)


def ping() -> Reply:
    """Answer at once: a process is up and its store open."""
    _store()
    return Reply.text(200, "ready")
