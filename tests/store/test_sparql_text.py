"""kg.store.sparql_text: SPARQL text for servers that only take text. Terms escaped so that no
text ends them early, VALUES blocks at the start of the WHERE group, and the syntax check a query
passes before it leaves (which never calls a SERVICE). No server needed."""

from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import BNode, Literal, URIRef

from kg.errors import QueryError, StoreError
from kg.store import sparql_term, sparql_text, with_values

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


def test_a_federated_query_binds_only_what_it_selects() -> None:
    """A federated query never goes to pyoxigraph (it would call the SERVICE): its bindings are
    checked against the projection in rdflib's parse tree, as pyoxigraph checks the others'."""
    service = "SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?code }"
    code = {pyoxigraph.Variable("code"): pyoxigraph.Literal("CUB")}
    for refused in (f"SELECT ?s {{ {service} }}", f"SELECT (?code AS ?c) {{ {service} }}"):
        with pytest.raises(QueryError, match="not in the SELECT projection"):
            sparql_text.check_syntax(refused, code)
    for bound in (f"SELECT ?code {{ {service} }}", f"SELECT * {{ {service} }}",
                  f"ASK {{ {service} }}"):  # fmt: skip
        sparql_text.check_syntax(bound, code)


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


@pytest.mark.parametrize("iri", ["urn:x\n", "https://example.org/a\n"])
def test_a_trailing_newline_is_no_part_of_an_iri(iri: str) -> None:
    """`$` in a pattern also matches before a final newline: the checks match whole strings."""
    with pytest.raises(StoreError, match="not a valid IRI"):
        sparql_term(URIRef(iri))
    with pytest.raises(StoreError, match="not a language tag"):
        sparql_term(Literal("x", lang="en\n"))
