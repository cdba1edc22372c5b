"""rdflib <-> pyoxigraph terms: the only place that knows both libraries' term classes.

Also the values a query's parameters are bound to (`Bindings`): rdflib terms, or strings read as
an IRI or a plain literal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier, Node

from kg.errors import QueryError, StoreError

__all__ = ["Bindings", "Term", "Triple", "from_ox", "to_ox"]

Term = Identifier
Triple = tuple[Node, Node, Node]
Bindings = Mapping[str, Identifier | str]

RDF_STRING = str(XSD.string)
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_BINDING_IRI = re.compile(r"^(https?|urn):[^\s<>\"{}|\\^`]+$")


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term for an rdflib term."""
    if isinstance(term, URIRef):
        try:
            return ox.NamedNode(str(term))
        except ValueError as exc:
            raise StoreError(f"not a valid IRI: {str(term)!r} ({exc})") from None
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot store {term!r}: only IRIs, blank nodes and literals are RDF terms")


def from_ox(term: Any) -> Identifier:
    """The rdflib term for a pyoxigraph term (xsd:string literals become plain literals)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype in (RDF_STRING, _LANG_STRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise StoreError(f"unsupported RDF term from the store: {term!r}")


def quad_of(triple: Triple, graph: ox.NamedNode | ox.DefaultGraph) -> ox.Quad:
    (quad,) = quads_of(triple, (graph,))
    return quad


def quads_of(triple: Triple, graphs: Iterable[ox.NamedNode | ox.DefaultGraph]) -> list[ox.Quad]:
    """The triple in each of `graphs`, its terms converted once."""
    try:
        subject, predicate, obj = (to_ox(term) for term in triple)
    except ValueError as exc:
        raise StoreError(f"not a valid RDF triple: {triple!r} ({exc})") from exc
    if not isinstance(predicate, ox.NamedNode) or isinstance(subject, ox.Literal):
        raise StoreError(f"not a valid RDF triple: {triple!r}")
    return [ox.Quad(subject, predicate, obj, graph) for graph in graphs]


def triple_of(quad: ox.Quad) -> Triple:
    return (from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object))


def _binding_term(value: Identifier | str) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A binding value as an RDF term: rdflib terms as they are; a string is an IRI when it is
    an absolute http(s)/urn IRI, and a plain literal otherwise."""
    if isinstance(value, Identifier):
        return to_ox(value)
    if _BINDING_IRI.fullmatch(value):
        return ox.NamedNode(value)
    return ox.Literal(value)


def binding_rdf(value: Identifier | str) -> Identifier:
    """A binding value as an rdflib term, by the rule of `_binding_term`."""
    if isinstance(value, Identifier):
        return value
    return URIRef(value) if _BINDING_IRI.fullmatch(value) else Literal(value)


def ox_substitutions(query: str, bindings: Bindings) -> dict[ox.Variable, Any]:
    substitutions: dict[ox.Variable, Any] = {}
    for name, value in bindings.items():
        if not re.search(rf"[?$]{re.escape(name)}\b", query):
            raise QueryError(f"the query has no variable ?{name} to bind: check the parameter name")
        substitutions[ox.Variable(name)] = _binding_term(value)
    return substitutions
