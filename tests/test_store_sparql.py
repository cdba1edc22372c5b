"""kg.store's SPARQL text for servers that only take text: terms, VALUES blocks, endpoints, and
opening a store by name (folder, URL, settings file). No server needed."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import BNode, Literal, URIRef

from kg.errors import QueryError, StoreError
from kg.store import (
    Endpoints,
    Store,
    open_store,
    sparql_term,
    sparql_text,
    with_values,
)

HOSTILE = [
    'say "no" } ; DROP ALL ; #',
    "it's '''triple''' and \"\"\"triple\"\"\"",
    "back\\slash \\u0022 \\n not a newline",
    "new\nline\r\ttab \b \f",
    "é 😀 </script> <b>",
    "",
]
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("form", ["plain", "language", "typed"])
def test_a_literal_reads_back_as_itself(text: str, form: str) -> None:
    """Whatever the text, the SPARQL term is one literal that a parser reads back unchanged."""
    term = {
        "plain": Literal(text),
        "language": Literal(text, lang="en-GB"),
        "typed": Literal(text, datatype=URIRef("http://example.org/type")),
    }[form]
    query = f"SELECT ?x WHERE {{ BIND ({sparql_term(term)} AS ?x) }}"
    (solution,) = pyoxigraph.Store().query(query)
    assert solution["x"].value == text
    if form == "language":
        assert solution["x"].language == "en-gb"


@pytest.mark.parametrize(
    "term",
    [
        URIRef("http://example.org/a b"),
        URIRef("http://example.org/a>b"),
        URIRef('http://example.org/"'),
        Literal("x", datatype=URIRef("http://example.org/}")),
        BNode("b0"),
    ],
)
def test_terms_that_could_break_the_text_are_refused(term: object) -> None:
    with pytest.raises(StoreError):
        sparql_term(term)  # type: ignore[arg-type]


def test_a_number_is_written_in_full() -> None:
    assert sparql_term(Literal(3)) == f'"3"^^<{XSD_INTEGER}>'


@pytest.mark.parametrize(
    ("query", "expected_start"),
    [
        ("SELECT ?s WHERE { ?s ?p ?o }", "SELECT ?s WHERE {\n  VALUES"),
        ("select * { ?s ?p ?o }", "select * {\n  VALUES"),
        ("ASK { ?s ?p ?o }", "ASK {\n  VALUES"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT { ?s ?p ?o } WHERE {\n  VALUES"),
        ("CONSTRUCT WHERE { ?s ?p ?o } # end", "CONSTRUCT WHERE { ?s ?p ?o } # end\nVALUES"),
        ("DESCRIBE ?s WHERE { ?s ?p ?o }", "DESCRIBE ?s WHERE {\n  VALUES"),
        (
            '# a { comment\nPREFIX ex: <http://x/#>\nSELECT ("{" AS ?b) ?s WHERE { ?s ?p ?o }',
            '# a { comment\nPREFIX ex: <http://x/#>\nSELECT ("{" AS ?b) ?s WHERE {\n  VALUES',
        ),
        ("SELECT ?select WHERE { ?select ?p ?o }", "SELECT ?select WHERE {\n  VALUES"),
    ],
)
def test_values_open_the_where_group(query: str, expected_start: str) -> None:
    bound = with_values(query, {"s": URIRef("http://example.org/s")})
    assert bound.startswith(expected_start)
    pyoxigraph.Store().query(bound)  # still a query


def test_values_bind_as_a_filter_sees_them() -> None:
    store = pyoxigraph.Store()
    ex = "http://example.org/"
    store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(ex + "a"), pyoxigraph.NamedNode(ex + "p"),
                              pyoxigraph.Literal("x")))  # fmt: skip
    query = "SELECT ?s ?v WHERE { ?s ?p ?o FILTER (?o = ?v) }"
    assert len(list(store.query(with_values(query, {"v": Literal("x")})))) == 1
    assert len(list(store.query(with_values(query, {"v": Literal('x" || true || "')})))) == 0


def test_values_need_a_where_group_and_names() -> None:
    with pytest.raises(QueryError, match="no WHERE group"):
        with_values("DESCRIBE <http://example.org/x>", {"s": Literal("x")})
    with pytest.raises(QueryError, match="not a SPARQL variable"):
        with_values("SELECT * { ?s ?p ?o }", {"s o": Literal("x")})
    assert with_values("SELECT * { ?s ?p ?o }", {}) == "SELECT * { ?s ?p ?o }"


@pytest.mark.parametrize(
    ("url", "query", "update"),
    [
        ("http://h:7878", "http://h:7878/query", "http://h:7878/update"),
        ("http://h:7878/", "http://h:7878/query", "http://h:7878/update"),
        ("http://h:3030/ds", "http://h:3030/ds/query", "http://h:3030/ds/update"),
        ("http://h:3030/ds/query", "http://h:3030/ds/query", "http://h:3030/ds/update"),
        ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql"),
        ("https://n:8182/sparql", "https://n:8182/sparql", "https://n:8182/sparql"),
        ("http://h:7200/repositories/kg", "http://h:7200/repositories/kg",
         "http://h:7200/repositories/kg/statements"),
    ],
)  # fmt: skip
def test_endpoints_of_the_usual_servers(url: str, query: str, update: str) -> None:
    assert Endpoints.from_url(url) == Endpoints(query, update)


def test_open_store_by_name(tmp_path: Path) -> None:
    with open_store(None) as memory:
        assert type(memory) is Store and memory.path is None
    with open_store(tmp_path / "s") as folder:
        assert type(folder) is Store and folder.path == tmp_path / "s"
    with open_store(str(tmp_path / "s"), read_only=True) as again:
        assert again.read_only


def test_a_settings_file_may_name_a_folder(tmp_path: Path) -> None:
    settings = tmp_path / "store.toml"
    settings.write_text('[store]\npath = "graph"\n')
    with open_store(settings) as store:
        assert type(store) is Store and store.path == tmp_path / "graph"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('url = "http://h"\ncolour = "red"\n', "unknown store setting"),
        ("retries = 2\n", "url ="),
        ('url = "http://h"\npassword_env = "IRKG_TEST_NO_SUCH_VARIABLE"\n', "not set"),
        ('url = "http://h"\nbatch_size = "many"\n', "wrong type"),
        ("url = [", "cannot read"),
        ('url = "ftp://h"\n', "not a SPARQL server URL"),
    ],
)
def test_bad_settings_are_explained(tmp_path: Path, content: str, message: str) -> None:
    settings = tmp_path / "store.toml"
    settings.write_text(content)
    with pytest.raises(StoreError, match=message):
        open_store(settings)


def test_a_missing_settings_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store settings file"):
        open_store(tmp_path / "missing.toml")


def test_the_syntax_check_never_calls_a_service() -> None:
    """pyoxigraph would evaluate an ASK with SERVICE at once, calling out: the check leaves
    federated queries to the server (port 9 refuses connections: a call would raise)."""
    sparql_text.check_syntax("ASK { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    # the keyword hidden from a tokenizer behind an escaped local name: still found, not called
    sparql_text.check_syntax(
        r"ASK { { ?s <http://x/p> ?o } UNION { SERVICE <http://127.0.0.1:9/sparql> { ?a ?b ?c } } }"
        " #'"
    )
    with pytest.raises(QueryError, match="not valid SPARQL"):
        sparql_text.check_syntax("ASK { ?s ?p }")
    with pytest.raises(QueryError, match="malformed SPARQL"):  # what only pyoxigraph checks
        sparql_text.check_syntax("ASK { ?s nope:p ?o }")
