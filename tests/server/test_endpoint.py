"""kg.server: the SPARQL 1.1 Protocol endpoint, tested with a real SPARQL client (SPARQLWrapper)
and plain HTTP: methods, result formats, content negotiation, read-only, bounds, the library
and the network view, and `kg serve` as a process."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import urllib.error
from pathlib import Path
from xml.dom.minidom import Document as XmlDocument

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from SPARQLWrapper import (
    CSV,
    JSON,
    JSONLD,
    N3,
    POST,
    POSTDIRECTLY,
    RDFXML,
    TSV,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.query import load_library
from kg.server import ServerLimits, SparqlServer, negotiate
from kg.store import Store
from tests.server.endpoint_helpers import HOSTILE, ID, WHO, WHO_ROWS, fill, get, request

pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
CONSTRUCT = "CONSTRUCT { ?who ir:sanctions ?whom } WHERE { ?who ir:sanctions ?whom }"


def wrapper(endpoint: str, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    if method != "GET":
        client.setMethod(POST)
        client.setRequestMethod(URLENCODED if method == "POST-urlencoded" else POSTDIRECTLY)
    return client


METHODS = ["GET", "POST-urlencoded", "POST-direct"]
FORM = "application/x-www-form-urlencoded"


# -- SPARQLWrapper, a real SPARQL client -------------------------------------------------------


@pytest.mark.parametrize("method", METHODS)
def test_select_json(endpoint: str, method: str) -> None:
    answer = wrapper(endpoint, WHO, JSON, method).queryAndConvert()
    assert isinstance(answer, dict) and answer["head"]["vars"] == ["who"]
    assert [b["who"]["value"] for b in answer["results"]["bindings"]] == WHO_ROWS


@pytest.mark.parametrize("method", METHODS)
def test_select_xml(endpoint: str, method: str) -> None:
    answer = wrapper(endpoint, WHO, XML, method).queryAndConvert()
    assert isinstance(answer, XmlDocument)
    assert [n.firstChild.data for n in answer.getElementsByTagName("uri")] == WHO_ROWS


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("fmt", [CSV, TSV])
def test_select_csv_and_tsv(endpoint: str, method: str, fmt: str) -> None:
    answer = wrapper(endpoint, WHO, fmt, method).queryAndConvert()
    assert isinstance(answer, bytes)
    rows = list(csv.reader(io.StringIO(answer.decode()), delimiter="," if fmt == CSV else "\t"))
    if fmt == CSV:
        assert rows == [["who"], *([r] for r in WHO_ROWS)]
    else:
        assert rows == [["?who"], *([f"<{r}>"] for r in WHO_ROWS)]


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_ask(endpoint: str, fmt: str) -> None:
    yes = wrapper(endpoint, "ASK { ?a ir:sanctions ?b }", fmt).queryAndConvert()
    no = wrapper(endpoint, "ASK { ?a ir:attacks ?b }", fmt).queryAndConvert()
    if fmt == JSON:
        assert yes["boolean"] is True and no["boolean"] is False  # type: ignore[index]
    else:
        assert yes.getElementsByTagName("boolean")[0].firstChild.data == "true"  # type: ignore[union-attr]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("fmt", [TURTLE, N3, JSONLD, RDFXML])
def test_construct(endpoint: str, method: str, fmt: str) -> None:
    answer = wrapper(endpoint, CONSTRUCT, fmt, method).queryAndConvert()
    graph = answer if isinstance(answer, Graph) else Graph().parse(data=answer, format="turtle")
    assert sorted(str(s) for s, _, _ in graph) == WHO_ROWS


def test_describe(endpoint: str) -> None:
    answer = wrapper(endpoint, f"DESCRIBE <{ID}country/CUB>", TURTLE).queryAndConvert()
    graph = Graph().parse(data=answer, format="turtle")
    assert (URIRef(f"{ID}country/CUB"), None, Literal("Cuba")) in graph


def size_of(path: Path) -> int:
    with Store(path, read_only=True) as store:
        return len(store)


def test_an_update_through_the_client_is_refused(endpoint: str, store_path: Path) -> None:
    size = size_of(store_path)
    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setQuery("DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(urllib.error.HTTPError) as refused:
        client.query()
    assert refused.value.code == 403
    assert size_of(store_path) == size


def test_a_malformed_query_is_a_client_error(endpoint: str) -> None:
    with pytest.raises(QueryBadFormed, match="not valid SPARQL"):
        wrapper(endpoint, "SELECT ?x WHERE { ?x", JSON).query()


# -- the protocol over plain HTTP --------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("application/json", "application/json"),
        ("text/csv;q=0.4, application/sparql-results+xml;q=0.8", "application/sparql-results+xml"),
        ("text/*;q=0.9, text/csv;q=0", "text/tab-separated-values"),
        ("text/tab-separated-values", "text/tab-separated-values"),
    ],
)
def test_accept_header_picks_the_results_format(
    endpoint: str, accept: str | None, media: str
) -> None:
    status, headers, body = get(endpoint, WHO, **({"accept": accept} if accept else {}))
    assert status == 200
    assert headers["Content-Type"].split(";")[0] == media
    assert headers["Vary"] == "Accept"
    results_format = pyoxigraph.QueryResultsFormat.from_media_type(media)
    assert results_format is not None
    parsed = pyoxigraph.parse_query_results(body, results_format)
    assert [s["who"].value for s in parsed] == WHO_ROWS  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        (None, "text/turtle"),
        ("application/n-triples", "application/n-triples"),
        ("application/ld+json", "application/ld+json"),
        ("application/rdf+xml", "application/rdf+xml"),
    ],
)
def test_accept_header_picks_the_graph_format(
    endpoint: str, accept: str | None, media: str
) -> None:
    status, headers, body = get(endpoint, CONSTRUCT, **({"accept": accept} if accept else {}))
    assert status == 200 and headers["Content-Type"].split(";")[0] == media
    fmt = {"text/turtle": "turtle", "application/n-triples": "nt",
           "application/ld+json": "json-ld", "application/rdf+xml": "xml"}[media]  # fmt: skip
    assert sorted(str(s) for s, _, _ in Graph().parse(data=body, format=fmt)) == WHO_ROWS
    if media == "application/ld+json":
        assert isinstance(json.loads(body)["@context"], dict)  # the local context, embedded


def test_a_format_nobody_offers_is_406(endpoint: str) -> None:
    status, _, body = get(endpoint, WHO, accept="image/png")
    assert status == 406 and b"application/sparql-results+json" in body
    assert get(endpoint, CONSTRUCT, accept="text/csv")[0] == 406


@pytest.mark.parametrize(
    ("kind", "accept", "formats", "media"),
    [
        ("select", "text/csv, */*;q=0.1", None, "text/csv"),
        ("select", "application/sparql-results+json;q=0, */*", None,
         "application/sparql-results+xml"),
        ("select", "text/html,application/xhtml+xml,*/*;q=0.8", None,
         "application/sparql-results+json"),
        ("select", "application/sparql-results+json", ["csv"], "text/csv"),
        ("construct", "application/sparql-results+json", ["json"], "application/ld+json"),
        ("construct", None, ["turtle", "text/turtle"], "text/turtle"),
        ("select", None, ["tsv", "text/tab-separated-values"], "text/tab-separated-values"),
        ("select", None, ["nonsense"], "application/sparql-results+json"),
        ("ask", "application/json", None, "application/json"),
    ],
)  # fmt: skip
def test_negotiate(kind: str, accept: str | None, formats: list[str] | None, media: str) -> None:
    assert negotiate(kind, accept, formats) == media


@pytest.mark.parametrize(
    ("path", "data", "headers", "method"),
    [
        ("sparql", b"DROP ALL", {"Content-Type": "application/sparql-update"}, "POST"),
        ("sparql", b"update=DROP+ALL", {"Content-Type": FORM}, "POST"),
        ("sparql?update=DROP+ALL", None, {}, "GET"),
        ("update", b"DROP ALL", {"Content-Type": "application/sparql-update"}, "POST"),
        ("sparql", b"query=DROP+ALL", {"Content-Type": FORM}, "POST"),
        ("sparql", b"PREFIX ex: <http://x#>\n# hello\nINSERT DATA { ex:a ex:b ex:c }",
         {"Content-Type": "application/sparql-query"}, "POST"),
    ],
    ids=["sparql-update", "form-update", "get-update", "update-endpoint", "update-as-query",
         "insert-as-query"],
)  # fmt: skip
def test_updates_are_refused_with_403(
    server: SparqlServer,
    store_path: Path,
    path: str,
    data: bytes | None,
    headers: dict[str, str],
    method: str,
) -> None:
    size = size_of(store_path)
    status, _, body = request(server.url + path, data=data, headers=headers, method=method)
    assert status == 403
    assert b"read-only" in body and b"updates are refused" in body
    assert size_of(store_path) == size


def test_federated_queries_are_refused(server: SparqlServer, endpoint: str) -> None:
    """SERVICE would make the server fetch whatever URL a client names."""
    query = f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}"
    status, _, body = get(endpoint, query)
    assert status == 403 and b"SERVICE" in body
    status, _, _ = get(endpoint, "SELECT ?service WHERE { ?service ?p 'SERVICE' }")
    assert status == 200  # the word in a variable or a string is no call


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_are_405(endpoint: str, method: str) -> None:
    status, headers, _ = request(endpoint, data=b"x", method=method)
    assert status == 405 and headers["Allow"] == "GET, POST"


@pytest.mark.parametrize(
    ("url_suffix", "data", "headers", "status", "message"),
    [
        ("", None, {}, 400, b"exactly one query"),
        ("?query=ASK{}&query=ASK{}", None, {}, 400, b"exactly one query"),
        ("?query=ASK{}&default-graph-uri=http://x", None, {}, 400, b"one dataset"),
        ("?query=SELECT+%3Fx+WHERE+%7B+%3Fx", None, {}, 400, b"not valid SPARQL"),
        ("", b"ASK {}", {"Content-Type": "text/plain"}, 415, b"application/sparql-query"),
        ("", b"\xff\xfe", {"Content-Type": "application/sparql-query"}, 400, b"utf-8"),
    ],
    ids=["no-query", "two-queries", "dataset", "malformed", "media-type", "encoding"],
)
def test_bad_requests_say_what_is_wrong(
    endpoint: str,
    url_suffix: str,
    data: bytes | None,
    headers: dict[str, str],
    status: int,
    message: bytes,
) -> None:
    got, answer_headers, body = request(endpoint + url_suffix, data=data, headers=headers)
    assert got == status, body
    assert message in body
    assert answer_headers["Content-Type"].startswith("text/plain")


def test_unknown_paths_are_404(server: SparqlServer) -> None:
    assert request(server.url + "etc/passwd")[0] == 404
    assert request(server.url + "web/../server.py")[0] == 404


def test_hostile_text_round_trips_in_every_format(endpoint: str) -> None:
    query = "SELECT ?e WHERE { ?i ir:evidence ?e FILTER (CONTAINS(?e, 'script')) }"
    for media in ("application/sparql-results+json", "application/sparql-results+xml",
                  "text/tab-separated-values"):  # fmt: skip
        status, _, body = get(endpoint, query, accept=media)
        assert status == 200
        results_format = pyoxigraph.QueryResultsFormat.from_media_type(media)
        assert results_format is not None
        (solution,) = pyoxigraph.parse_query_results(body, results_format)  # type: ignore[misc]
        assert solution["e"].value == HOSTILE


def test_the_server_listens_on_localhost_by_default(server: SparqlServer) -> None:
    assert server.socket.getsockname()[0] == "127.0.0.1"
    assert server.url.startswith("http://127.0.0.1:")


# -- bounds ------------------------------------------------------------------------------------


def test_answers_are_cut_at_max_rows_and_say_so(store_path: Path, serving) -> None:  # type: ignore[no-untyped-def]
    small = serving(store_path, ServerLimits(max_rows=3, max_running=1))
    status, headers, body = get(small.url + "sparql", "SELECT * WHERE { ?s ?p ?o }")
    assert status == 200 and headers["X-SPARQL-MaxRows"] == "3"
    answer = json.loads(body)
    assert len(answer["results"]["bindings"]) == 3 and "cut at 3 rows" in answer["truncated"]
    status, headers, body = get(small.url + "sparql", "CONSTRUCT WHERE { ?s ?p ?o }")
    assert headers["X-SPARQL-MaxRows"] == "3"
    assert len(Graph().parse(data=body, format="turtle")) == 3
    assert body.decode().rstrip().splitlines()[-1].startswith("# answer cut at 3 rows")
    status, headers, body = get(small.url + "sparql", "SELECT * WHERE { ?s ?p ?o }",
                                accept="application/sparql-results+xml")  # fmt: skip
    assert b'<link href="urn:irkg:answer-cut-at-max-rows"/>' in body
    assert len(list(pyoxigraph.parse_query_results(body, pyoxigraph.QueryResultsFormat.XML))) == 3  # type: ignore[arg-type]
    for media in ("text/csv", "text/tab-separated-values"):
        status, headers, body = get(small.url + "sparql", "SELECT * WHERE { ?s ?p ?o }",
                                    accept=media)  # fmt: skip
        lines = body.decode().rstrip().splitlines()
        assert len(lines) == 5 and lines[-1].startswith("# answer cut at 3 rows")
    status, headers, body = get(small.url + "sparql", WHO)
    assert status == 200 and "X-SPARQL-MaxRows" not in headers  # two rows: not cut
    assert "truncated" not in json.loads(body)


def test_a_request_body_over_the_limit_is_413(store_path: Path, serving) -> None:  # type: ignore[no-untyped-def]
    small = serving(store_path, ServerLimits(max_body=100, max_running=1))
    query = "ASK { " + "?s ?p ?o . " * 20 + "}"
    status, _, _ = request(small.url + "sparql", data=query.encode(),
                           headers={"Content-Type": "application/sparql-query"})  # fmt: skip
    assert status == 413


# -- the page, the library, the network view ---------------------------------------------------


def test_the_page_and_its_assets(server: SparqlServer) -> None:
    status, headers, body = request(server.url)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    page = body.decode()
    assert "http://" not in page and "https://" not in page  # nothing from elsewhere
    for asset, media in (("web/query.js", "text/javascript"), ("web/query.css", "text/css")):
        status, headers, content = request(server.url + asset)
        assert status == 200 and headers["Content-Type"].startswith(media)
        assert b"http://" not in content and b"https://" not in content


def test_the_library_as_examples(server: SparqlServer, endpoint: str) -> None:
    status, _, body = request(server.url + "api/queries")
    assert status == 200
    answer = json.loads(body)
    assert answer["prefixes"]["irkg"] == ID
    examples = {q["name"]: q for q in answer["queries"]}
    assert set(examples) == set(load_library())
    who = examples["who-sanctions"]
    assert who["title"] == "Who sanctions a given actor?"
    assert who["parameters"] == [
        {"name": "target", "kind": "actor", "description": who["parameters"][0]["description"],
         "default": "CUB"}
    ]  # fmt: skip
    assert f"GROUP BY (<{ID}country/CUB> AS ?target)" in who["text"]  # the default written in
    for name, example in examples.items():  # every example runs as it is shown
        status, _, body = request(endpoint, data=example["text"].encode(),
                                  headers={"Content-Type": "application/sparql-query"})  # fmt: skip
        assert status == 200, (name, body)
    status, _, body = get(endpoint, examples["who-sanctions"]["text"])
    labels = [b["label"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert labels == ["Donald Trump", "United States"]


@pytest.mark.parametrize("level", ["actor", "country"])
def test_the_network_view(server: SparqlServer, level: str) -> None:
    status, headers, body = request(server.url + f"network?level={level}")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "'unsafe-inline'" not in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    page = body.decode()
    assert "<script>alert(1)</script>" not in page  # the evidence is escaped
    assert 'src="http' not in page and 'href="http' not in page


def test_an_unknown_network_level_is_400(server: SparqlServer) -> None:
    assert request(server.url + "network?level=galaxy")[0] == 400


# -- kg serve ----------------------------------------------------------------------------------


def test_kg_serve_as_a_process(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Store(path) as s:
        fill(s)
    kg = Path(sys.executable).with_name("kg")
    if not kg.exists():
        pytest.skip(f"no kg script next to {sys.executable}")
    env = {**os.environ, "IRKG_STORE": str(tmp_path / "unused")}
    process = subprocess.Popen(
        [str(kg), "serve", "--store", str(path), "--port", "0", "--max-rows", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("serving http://127.0.0.1:"), line + process.stderr.read()  # type: ignore[union-attr]
        url = line.split()[1]
        status, headers, body = get(url + "sparql", WHO)
        assert status == 200 and headers["X-SPARQL-MaxRows"] == "1"
        assert [b["who"]["value"] for b in json.loads(body)["results"]["bindings"]] == WHO_ROWS[:1]
    finally:
        process.terminate()
        process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_kg_serve_on_a_missing_store_exits_2(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path / "nowhere"), "--port", "0"])
    assert result.exit_code == 2
    assert "no store at" in result.stderr
