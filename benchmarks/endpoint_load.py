"""The endpoint under load, on loopback only: 2,000 cheap queries from 20 concurrent clients
while 4 runaway queries run into their deadline.

    .venv/bin/python benchmarks/endpoint_load.py [--queries 2000] [--clients 20] [--timeout 10]

`kg serve` runs as its own process on a store made for the run (the small graph of a built
sample, plus enough literals that a four-way product never ends); the clients are threads of
this process with keep-alive connections. It prints p50 and p99 of the cheap queries, every
answer that was not 200 (the runaway queries' own 503 apart), and whether the endpoint answered
normally 5 s after the runaway queries hit their deadline. Targets: p99 below 250 ms, no other
error, recovery by itself.
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rdflib import Literal, URIRef

from kg.store import Store

CHEAP = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def make_store(folder: Path) -> Path:
    path = folder / "store"
    with Store(path) as store:
        p = URIRef("http://example.org/p")
        store.add_triples((URIRef(f"http://example.org/s{n}"), p, Literal(n)) for n in range(400))
    return path


def start_server(store: Path, timeout: float) -> tuple[subprocess.Popen[str], str]:
    kg = Path(sys.executable).with_name("kg")
    process = subprocess.Popen(
        [str(kg), "serve", "--store", str(store), "--port", "0", "--timeout", str(timeout)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("serving "):
        raise SystemExit(f"kg serve did not start: {line}{process.stderr.read()}")  # type: ignore[union-attr]
    return process, line.split()[1]


def ask(connection: http.client.HTTPConnection, query: str) -> tuple[int, float]:
    started = time.perf_counter()
    connection.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query}))
    answer = connection.getresponse()
    answer.read()
    return answer.status, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        process, url = start_server(make_store(Path(folder)), args.timeout)
        host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
        assert host in ("127.0.0.1", "localhost") and port is not None  # loopback only
        try:
            run(host, port, args)
        finally:
            process.terminate()
            process.wait(timeout=20)


def run(host: str, port: int, args: argparse.Namespace) -> None:
    runaway_status: list[int] = []

    def runaway() -> None:
        connection = http.client.HTTPConnection(host, port, timeout=3 * args.timeout + 10)
        runaway_status.append(ask(connection, RUNAWAY)[0])

    runaways = [threading.Thread(target=runaway) for _ in range(4)]
    began = time.monotonic()
    for thread in runaways:
        thread.start()
    time.sleep(0.5)  # the runaway queries are running
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    lock = threading.Lock()
    per_client = args.queries // args.clients

    def client() -> None:
        connection = http.client.HTTPConnection(host, port, timeout=30)
        for _ in range(per_client):
            status, took = ask(connection, CHEAP)
            with lock:
                statuses[status] += 1
                latencies.append(took)

    load_began = time.monotonic()
    with ThreadPoolExecutor(args.clients) as pool:
        for future in [pool.submit(client) for _ in range(args.clients)]:
            future.result()
    load_took = time.monotonic() - load_began
    for thread in runaways:
        thread.join()
    deadline_passed = began + args.timeout
    time.sleep(max(0.0, deadline_passed + 5 - time.monotonic()))
    after = ask(http.client.HTTPConnection(host, port, timeout=10), CHEAP)
    cuts = statistics.quantiles(latencies, n=100)
    errors = {status: n for status, n in statuses.items() if status != 200}
    p50, p99 = 1000 * statistics.median(latencies), 1000 * cuts[98]
    print(f"cheap queries: {len(latencies)} from {args.clients} clients in {load_took:.1f} s "
          f"({len(latencies) / load_took:.0f}/s), p50 {p50:.0f} ms, p99 {p99:.0f} ms")  # fmt: skip
    print(f"runaway queries: {sorted(runaway_status)} (503 at the {args.timeout:g} s deadline)")
    print(f"errors besides the runaway queries' 503: {errors or 'none'}")
    print(f"5 s after the deadline: {after[0]} in {1000 * after[1]:.0f} ms")
    verdict = cuts[98] < 0.25 and not errors and after[0] == 200 and set(runaway_status) == {503}
    print(f"endpoint_load: p50_ms={p50:.0f} p99_ms={p99:.0f} errors={sum(errors.values())} "
          f"recovered={after[0] == 200} target={'met' if verdict else 'MISSED'}")  # fmt: skip


if __name__ == "__main__":
    main()
