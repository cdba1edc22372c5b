"""The endpoint under attack: every request an attacker found to fetch a URL, crash the server,
lock it up or hold its connections, with what it must do instead."""

from __future__ import annotations

import http.server
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.server import ServerLimits, SparqlServer
from tests.server.endpoint_helpers import HEAVY, get, request

Serving = Callable[..., SparqlServer]


class _Victim(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:
        _Victim.hits.append(self.path)
        body = (
            b'{"head":{"vars":["a"]},"results":{"bindings":[{"a":{"type":"literal","value":"x"}}]}}'
        )
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def victim() -> Iterator[str]:
    """A SPARQL-looking server on loopback that records every request it gets."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Victim)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()


FEDERATED = [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }}",
    "select * where {{ service silent <{url}> {{ ?a ?b ?c }} }}",
    # an escaped local name that a tokenizer takes for the start of a comment
    r"SELECT * WHERE {{ {{ ?s irkg:x\# ?o }} UNION {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }}",
    r"SELECT * WHERE {{ {{ ?s irkg:x\' ?o }} UNION {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }} #'",
    "SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }}",
    "SELECT * WHERE {{ {{ SELECT ?a WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }} }}",
    "ASK {{ OPTIONAL {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }}",
    "CONSTRUCT {{ ?a ?b ?c }} WHERE {{ MINUS {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }}",
    "SELECT * WHERE {{ BIND(<{url}> AS ?u) SERVICE ?u {{ ?a ?b ?c }} }}",
    "PREFIX s: <{url}#> # SERVICE\nSELECT * WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }}",
]


@pytest.mark.parametrize("template", FEDERATED)
def test_no_query_makes_the_endpoint_fetch_a_url(endpoint: str, victim: str, template: str) -> None:
    _Victim.hits.clear()
    status, _, body = get(endpoint, template.format(url=victim))
    assert status in (400, 403), body
    time.sleep(0.05)
    assert _Victim.hits == []


def test_query_processes_have_no_network_even_past_the_check(victim: str) -> None:
    """The second wall: a process that forbade itself network cannot run SERVICE at all."""
    program = f"""
import pyoxigraph
from kg.server.sandbox import forbid_network
if not forbid_network():
    print("unsupported"); raise SystemExit
try:
    list(pyoxigraph.Store().query("SELECT * WHERE {{ SERVICE <{victim}> {{ ?a ?b ?c }} }}"))
    print("fetched")
except OSError as error:
    print("refused", error)
"""
    _Victim.hits.clear()
    out = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60
    )
    if out.stdout.startswith("unsupported"):
        pytest.skip("no seccomp here: " + out.stderr)
    assert out.stdout.startswith("refused"), out.stdout + out.stderr
    assert _Victim.hits == []


def test_deep_nesting_is_refused_and_the_server_stays_up(server: SparqlServer) -> None:
    deep = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 10_000 + "1" + ")" * 10_000 + ") }"
    status, _, body = request(server.url + "sparql", data=deep.encode(),
                              headers={"Content-Type": "application/sparql-query"})  # fmt: skip
    assert status == 400 and b"nests brackets 10002 deep" in body
    status, _, body = get(server.url + "sparql", "SELECT * WHERE {" * 70 + "}" * 70)
    assert status == 400 and b"over the limit of 64" in body
    assert get(server.url + "sparql", "ASK {}")[0] == 200


def test_a_query_process_that_dies_is_replaced(server: SparqlServer) -> None:
    reply = server.pool.run(os.abort)
    assert reply.status == 500 and b"replaced" in reply.body
    assert get(server.url + "sparql", "ASK {}")[0] == 200


def test_runaway_queries_are_killed_at_the_deadline(heavy_path: Path, serving: Serving) -> None:
    server = serving(heavy_path, ServerLimits(timeout=1.0, max_running=5))
    began = time.monotonic()
    with ThreadPoolExecutor(5) as clients:
        runaways = [clients.submit(get, server.url + "sparql", HEAVY) for _ in range(4)]
        time.sleep(0.3)
        cheap = get(server.url + "sparql", "ASK { ?s ?p ?o }")
        assert cheap[0] == 200, cheap  # one process is still free while four run away
        answers = [future.result() for future in runaways]
    assert [status for status, _, _ in answers] == [503] * 4, answers
    assert b"longer than 1 s" in answers[0][2]
    assert time.monotonic() - began < 8  # the deadline, not the queries' own hours
    # the killed processes come back by themselves: five queries at once all run
    with ThreadPoolExecutor(5) as clients:
        again = list(
            clients.map(lambda _: get(server.url + "sparql", "ASK { ?s ?p ?o }"), range(5))
        )
    assert [status for status, _, _ in again] == [200] * 5, again


def test_stalled_connections_hold_nothing_and_are_closed(
    store_path: Path, serving: Serving
) -> None:
    server = serving(store_path, ServerLimits(read_timeout=1.0, max_running=1))
    host, port = server.socket.getsockname()[:2]
    stalled = []
    for _ in range(100):
        connection = socket.create_connection((host, port))
        connection.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n")  # no end
        stalled.append(connection)
    began = time.monotonic()
    assert get(server.url + "sparql", "ASK {}")[0] == 200
    assert time.monotonic() - began < 1.0
    half_body = socket.create_connection((host, port))
    half_body.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/"
                      b"sparql-query\r\nContent-Length: 100\r\n\r\nASK")  # fmt: skip
    stalled.append(half_body)
    time.sleep(1.6)
    for connection in stalled:
        connection.settimeout(2)
        assert connection.recv(1024) in (b"",) or b"HTTP/1.1" in connection.recv(1024)
        connection.close()


def test_options_and_cors(store_path: Path, serving: Serving) -> None:
    plain = serving(store_path, ServerLimits(max_running=1))
    status, headers, _ = request(plain.url + "sparql", method="OPTIONS")
    assert status == 204 and headers["Allow"] == "GET, POST, OPTIONS"
    status, headers, _ = request(plain.url + "sparql?query=ASK%7B%7D",
                                 headers={"Origin": "https://notebook.example"})  # fmt: skip
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    shared = serving(store_path, ServerLimits(max_running=1), cors=("https://notebook.example",))
    preflight = {
        "Origin": "https://notebook.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    }
    status, headers, _ = request(shared.url + "sparql", method="OPTIONS", headers=preflight)
    assert status == 200
    assert headers["Access-Control-Allow-Origin"] == "https://notebook.example"
    status, headers, _ = request(shared.url + "sparql?query=ASK%7B%7D",
                                 headers={"Origin": "https://notebook.example"})  # fmt: skip
    assert headers["Access-Control-Allow-Origin"] == "https://notebook.example"
    status, headers, _ = request(shared.url + "sparql?query=ASK%7B%7D",
                                 headers={"Origin": "https://evil.example"})  # fmt: skip
    assert "Access-Control-Allow-Origin" not in headers


@pytest.mark.parametrize(
    "path", ["", "web/query.js", "sparql?query=ASK%7B%7D", "network", "nowhere", "sparql?query=x"]
)
def test_every_answer_carries_the_security_headers(server: SparqlServer, path: str) -> None:
    _, headers, _ = request(server.url + path)
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    assert "Server" not in headers


def test_errors_are_short_messages(server: SparqlServer) -> None:
    for query in ("SELECT ?x WHERE { ?x", "SELECT * WHERE { ?s ?p ?o } ORDER", "}}}}"):
        status, headers, body = get(server.url + "sparql", query)
        assert status == 400 and headers["Content-Type"].startswith("text/plain")
        assert len(body) < 300 and body.count(b"\n") == 1, body


HEADER_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)


@settings(max_examples=80, deadline=None)
@given(
    query=st.one_of(
        st.text(max_size=300),
        st.sampled_from(["SELECT * WHERE { ?s ?p ?o }", "ASK {}", "CONSTRUCT WHERE { ?s ?p ?o }"]),
    ),
    accept=st.one_of(st.none(), HEADER_TEXT),
    output=st.one_of(st.none(), HEADER_TEXT),
    method=st.sampled_from(["GET", "POST-form", "POST-direct"]),
)
def test_any_request_gets_a_short_answer_and_the_server_stays_up(
    server: SparqlServer, query: str, accept: str | None, output: str | None, method: str
) -> None:
    params = {"query": query, **({"output": output} if output is not None else {})}
    headers = {"Accept": accept} if accept is not None else {}
    if method == "GET":
        url = server.url + "sparql?" + urllib.parse.urlencode(params)
        status, _, body = request(url, headers=headers)
    elif method == "POST-form":
        data = urllib.parse.urlencode(params).encode()
        status, _, body = request(server.url + "sparql", data=data, headers={
            **headers, "Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
    else:
        direct = {**headers, "Content-Type": "application/sparql-query"}
        data = query.encode("utf-8", "replace")
        status, _, body = request(server.url + "sparql", data=data, headers=direct)
    assert status in (200, 400, 403, 406, 413), (status, body[:200])
    if status != 200:
        assert len(body) < 400


def test_the_server_answers_after_the_fuzzing(server: SparqlServer) -> None:
    assert get(server.url + "sparql", "ASK {}")[0] == 200
