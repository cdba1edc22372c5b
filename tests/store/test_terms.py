"""kg.store.terms: rdflib <-> pyoxigraph terms, and what a query parameter's value means."""

from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import StoreError
from kg.store import from_ox, to_ox
from kg.store.terms import binding_rdf

TERMS = [
    URIRef("https://w3id.org/irkg/id/country/CUB"),
    BNode("b0"),
    Literal("Cuba"),
    Literal("Cuba", lang="es"),
    Literal("3", datatype=XSD.integer),
    Literal("2019-07-24", datatype=XSD.date),
]


@pytest.mark.parametrize("term", TERMS, ids=repr)
def test_a_term_round_trips(term: URIRef | BNode | Literal) -> None:
    assert from_ox(to_ox(term)) == term


def test_an_xsd_string_comes_back_as_a_plain_literal() -> None:
    typed = pyoxigraph.Literal("x", datatype=pyoxigraph.NamedNode(str(XSD.string)))
    assert from_ox(typed) == Literal("x")


def test_what_is_not_a_term_is_refused() -> None:
    with pytest.raises(StoreError, match="not a valid IRI"):
        to_ox(URIRef("not an iri"))
    with pytest.raises(StoreError, match="only IRIs, blank nodes and literals"):
        to_ox("plain str")  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="unsupported RDF term"):
        from_ox(pyoxigraph.Variable("x"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://w3id.org/irkg/id/country/CUB", URIRef("https://w3id.org/irkg/id/country/CUB")),
        ("urn:x:CUB", URIRef("urn:x:CUB")),
        ("Cuba", Literal("Cuba")),
        ("http://has space", Literal("http://has space")),
        (Literal("CUB", lang="en"), Literal("CUB", lang="en")),
    ],
)
def test_a_binding_string_is_an_iri_only_when_it_is_absolute(
    value: str | Literal, expected: URIRef | Literal
) -> None:
    assert binding_rdf(value) == expected
