"""`SparqlServer`: the application of `kg.server.app` served by uvicorn on a socket of its own.

uvicorn gives the listen backlog (2048), keep-alive, a bound on open connections and tasks
(`limit_concurrency`: beyond it, `503`), and an event loop in which a stalled connection holds
no thread. One thing it lacks is a deadline for reading a request: `_timed_protocol` adds one, so
that a client who opens a connection and sends its request slowly (or never) is disconnected
after `read_timeout` seconds.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from kg.errors import StoreError
from kg.server.app import create_app
from kg.server.limits import ServerLimits
from kg.server.pool import QueryPool
from kg.server.pool import ping as _ping
from kg.settings import is_server_url
from kg.store import Store, open_store

__all__ = ["SparqlServer", "serve"]

log = logging.getLogger(__name__)
MAX_CONNECTIONS = 1000
STARTUP_TIMEOUT_S = 60.0  # for the first query process to open the store, whatever --timeout
BACKLOG = 2048


class SparqlServer:
    """The endpoint and its pages over one store (a folder, a SPARQL server URL, a `.toml`
    settings file, or an on-disk `Store`). `port=0` takes a free port (see `url`)."""

    def __init__(
        self,
        store: Store | str | Path,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        limits: ServerLimits | None = None,
        cors: tuple[str, ...] = (),
    ) -> None:
        spec, embedded = _spec(store)
        with open_store(spec, read_only=True):  # a missing or unreadable store fails here
            pass
        self.limits = limits or ServerLimits()
        self.socket = _listen(host, port)
        self.pool = QueryPool(spec, self.limits, sandbox=embedded)
        config = uvicorn.Config(
            create_app(self.pool, self.limits, cors=cors),
            http=_timed_protocol(self.limits.read_timeout),
            lifespan="off",
            log_level="warning",
            access_log=False,
            server_header=False,
            timeout_keep_alive=5,
            limit_concurrency=MAX_CONNECTIONS,
            backlog=BACKLOG,
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.socket.getsockname()[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}/"

    def wait_ready(self) -> None:
        """Block until a query process has opened the store (it answers at once after)."""
        reply = self.pool.run(_ping, timeout=max(self.limits.timeout, STARTUP_TIMEOUT_S))
        if reply.status != 200:
            raise StoreError(f"the query processes cannot start: {reply.body.decode().strip()}")

    def start(self) -> threading.Thread:
        """Serve in a background thread (for tests and notebooks); stop with `shutdown()`."""
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self.socket]}, name="kg-serve", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise StoreError(f"the server at {self.url} did not start")
            time.sleep(0.01)
        self.wait_ready()
        return self._thread

    def serve_forever(self) -> None:
        """Serve in this thread until Ctrl+C (or SIGTERM)."""
        self._server.run(sockets=[self.socket])

    def shutdown(self) -> None:
        """Stop serving: open connections end, query processes are killed."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.server_close()

    def server_close(self) -> None:
        self.pool.close()
        self.socket.close()


def serve(
    store: Store | str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 7879,
    limits: ServerLimits | None = None,
    cors: tuple[str, ...] = (),
    ready: Callable[[SparqlServer], None] | None = None,
) -> None:
    """Serve until interrupted (Ctrl+C); `ready` is called once the endpoint answers."""
    server = SparqlServer(store, host=host, port=port, limits=limits, cors=cors)
    if host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("serving on %s: anyone who can reach it can query the graph", host)
    if threading.current_thread() is threading.main_thread():
        # uvicorn stops on SIGTERM, then raises it again: end like Ctrl+C, with the query
        # processes stopped, instead of dying before they are
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.wait_ready()
        if ready is not None:
            ready(server)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _spec(store: Store | str | Path) -> tuple[str, bool]:
    """What each query process opens, and whether it is an embedded store (no network)."""
    if isinstance(store, Store):
        if store.path is None:
            raise StoreError(
                "an in-memory store cannot be served (query processes open the store "
                "themselves): save it to a folder, or give the server's URL"
            )
        return str(store.path), True
    text = str(store)
    if is_server_url(text):
        return text, False
    if text.lower().endswith(".toml"):
        with open_store(text, read_only=True) as opened:
            return text, isinstance(opened, Store)
    return text, True


def _listen(host: str, port: int) -> socket.socket:
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(BACKLOG)
    except OSError as exc:
        raise StoreError(f"cannot listen on {host}:{port} ({exc}): choose another --port") from exc
    sock.setblocking(False)
    return sock


def _timed_protocol(read_timeout: float) -> type[H11Protocol]:
    """uvicorn's HTTP/1.1 protocol with a deadline for reading each request."""

    class TimedH11Protocol(H11Protocol):
        _read_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            self._arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._arm()  # the next request on this connection gets its own deadline

        def connection_lost(self, exc: Exception | None) -> None:
            if self._read_timer is not None:
                self._read_timer.cancel()
            super().connection_lost(exc)

        def _arm(self) -> None:
            if self._read_timer is not None:
                self._read_timer.cancel()
            self._read_timer = self.loop.call_later(read_timeout, self._expire)

        def _expire(self) -> None:
            # still waiting for (the rest of) a request: the client is too slow or gone
            waiting = self.conn.their_state in (h11.IDLE, h11.SEND_BODY)
            if waiting and not self.transport.is_closing():
                self.transport.close()

    return TimedH11Protocol
