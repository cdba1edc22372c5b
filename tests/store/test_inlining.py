"""kg.store.inlining: bindings written into a query as escaped constants where that means what
binding them means, never otherwise; whatever the value, the query keeps its structure."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from pyparsing import ParseResults
from rdflib import BNode, Literal, URIRef
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from kg.errors import StoreError
from kg.store import Store
from kg.store.inlining import inline_bindings

HOSTILE = [
    'x" } ; DROP ALL ; #',
    "x' } ; DROP ALL ; #",
    '""" } DROP ALL #',
    "''' } DROP ALL #",
    "> } ; CLEAR DEFAULT ; <",
    "?x ?y ?z",
    "\\u0022 } ; DROP ALL",
    "back\\slash \\",
    "new\nline\r\ttab \b \f",
    "é 😀 </script> <b> \u2028",
    "",
]
SAYS = "SELECT ?text ?e WHERE { ?i <urn:says> ?e . FILTER (?e = ?text) }"
WHO = "SELECT ?who ?i WHERE { ?i <urn:by> ?who }"


def shape(node: object) -> object:
    """A parse tree with each term replaced by its kind: what a query does, not with what."""
    if isinstance(node, Literal):
        return "literal"
    if isinstance(node, URIRef):
        return "iri"
    if isinstance(node, CompValue):
        return (node.name, tuple((key, shape(value)) for key, value in node.items()))
    if isinstance(node, ParseResults | list | tuple):
        return tuple(shape(item) for item in node)
    return repr(node)


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_literal_is_one_term_and_reads_back_as_itself(value: str) -> None:
    text = inline_bindings(SAYS, {"text": Literal(value)})
    assert text is not None
    assert shape(parseQuery(text)) == shape(
        parseQuery(inline_bindings(SAYS, {"text": Literal("x")}))
    )
    db = ox.Store()
    db.add(ox.Quad(ox.NamedNode("urn:i"), ox.NamedNode("urn:says"), ox.Literal(value)))
    (row,) = db.query(text)  # what runs the query reads one literal, the value, in both places
    assert row["text"].value == value and row["e"].value == value
    assert len(db) == 1


@pytest.mark.parametrize(
    "iri",
    ["urn:x> } ; DROP ALL ; <urn:y", 'urn:x" . #', "urn:x y", "urn:x\n", "urn:x}", "urn:x\\u003E"],
)
def test_an_iri_that_is_not_one_is_never_written(iri: str) -> None:
    assert inline_bindings(WHO, {"who": URIRef(iri)}) is None
    with Store() as store, pytest.raises(StoreError, match="not a valid IRI"):
        store.query(WHO, {"who": URIRef(iri)})


def test_a_unicode_iri_is_written_and_found() -> None:
    who = URIRef("https://example.org/id/José_Martí")
    with Store() as store:
        store.add_triples([(URIRef("urn:i1"), URIRef("urn:by"), who)])
        assert inline_bindings(WHO, {"who": who}) is not None
        assert store.select(WHO, {"who": who}).rows == [{"who": str(who), "i": "urn:i1"}]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT ?v ?s WHERE { ?s <urn:p> ?v } ORDER BY ?v",
         "SELECT (<urn:x> AS ?v) ?s WHERE { ?s <urn:p> <urn:x> } ORDER BY ?v"),
        ("SELECT ?v (COUNT(?s) AS ?n) WHERE { ?s <urn:p> ?v } GROUP BY ?v HAVING (COUNT(?s) > 1)",
         "SELECT ?v (COUNT(?s) AS ?n) WHERE { ?s <urn:p> <urn:x> } "
         "GROUP BY (<urn:x> AS ?v) HAVING (COUNT(?s) > 1)"),
        ("ASK { ?s <urn:p> $v }", "ASK { ?s <urn:p> <urn:x> }"),
        ('SELECT ?v WHERE { ?s <urn:p> ?v ; <urn:q> "?v" '
         "FILTER NOT EXISTS { ?v <urn:r> ?s } } # ?v",
         'SELECT (<urn:x> AS ?v) WHERE { ?s <urn:p> <urn:x> ; <urn:q> "?v" '
         "FILTER NOT EXISTS { <urn:x> <urn:r> ?s } } # ?v"),
        ("SELECT ?v ?s WHERE { ?s <urn:p> ?o OPTIONAL { ?o <urn:q> ?v } }",
         "SELECT (<urn:x> AS ?v) ?s WHERE { ?s <urn:p> ?o OPTIONAL { ?o <urn:q> <urn:x> } }"),
    ],
)  # fmt: skip
def test_where_the_value_is_written(query: str, expected: str) -> None:
    assert inline_bindings(query, {"v": URIRef("urn:x")}) == expected


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?s ?p ?v }",
        "SELECT ?s WHERE { ?s ?p ?v }",  # not projected: the store refuses the binding
        "SELECT ?v WHERE { { SELECT ?v WHERE { ?s ?p ?v } } }",  # another scope
        "SELECT ?v ?s WHERE { ?s ?p ?o MINUS { ?s ?q ?v } }",
        "SELECT ?v WHERE { VALUES ?v { 1 } }",
        "SELECT ?v WHERE { BIND (1 AS ?v) }",
        "SELECT ?v ?s WHERE { ?s ?p ?o OPTIONAL { ?s ?q ?v } FILTER (BOUND(?v)) }",
        "SELECT ?v WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?v } }",
        "SELECT ?v WHERE { ?s ?p ?v } VALUES ?v { 1 }",
        "SELECT ?v (?v AS ?w) WHERE { ?s ?p ?v }",
        "SELECT ?s ?v (COUNT(?v) AS ?n) WHERE { ?s ?p ?v } GROUP BY ?s ?v",
        "SELECT ?v (COUNT(?s) AS ?n) WHERE { ?s ?p ?v }",
        "SELECT ?w WHERE { ?s ?p ?v } GROUP BY (STR(?v) AS ?w)",
        "SELECT ?s (COUNT(?o) AS ?n) ?v WHERE { ?s ?p ?o ; ?q ?v } GROUP BY ?s ?v ORDER BY MAX(?v)",
        "CONSTRUCT { ?s ?p ?v } WHERE { ?s ?p ?v }",
        'SELECT ?v WHERE { ?s ?p ?v FILTER (?s = "\\u0041") }',  # codepoint escapes
        "SELECT ?v WHERE { ?s ?p ?v",  # not SPARQL: the store says so
    ],
)
def test_where_writing_the_value_in_could_mean_something_else_the_store_binds(query: str) -> None:
    assert inline_bindings(query, {"v": Literal("x")}) is None


def test_a_blank_node_is_never_written() -> None:
    """`_:b` in a query is a new variable, not the bound node."""
    assert inline_bindings("SELECT ?v WHERE { ?s ?p ?v }", {"v": BNode("b")}) is None


def test_a_literal_where_only_an_iri_fits_is_bound_instead() -> None:
    """Written in, a literal predicate does not parse; bound, it matches nothing."""
    query = "SELECT ?p ?o WHERE { <urn:s> ?p ?o }"
    with Store() as store:
        store.add_triples([(URIRef("urn:s"), URIRef("urn:p"), Literal("o"))])
        assert store.select(query, {"p": Literal("urn:p")}).rows == []
        assert store.select(query, {"p": URIRef("urn:p")}).rows == [{"p": "urn:p", "o": "o"}]
