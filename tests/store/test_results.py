"""kg.store.results: what a query answers, read from pyoxigraph's solutions with a limit and a
deadline. (Answers of each store: test_contract.py.)"""

from __future__ import annotations

import time

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import QueryTimeout
from kg.store import SelectResult
from kg.store.results import construct_result, select_result

EX = "http://example.org/"


def filled() -> pyoxigraph.Store:
    """Three subjects, one of them with a label."""
    store = pyoxigraph.Store()
    p = pyoxigraph.NamedNode(EX + "p")
    for n in range(3):
        store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(f"{EX}s{n}"), p, pyoxigraph.Literal(n)))
    label = pyoxigraph.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(f"{EX}s0"), label, pyoxigraph.Literal("zero")))
    return store


def solutions(store: pyoxigraph.Store, query: str) -> pyoxigraph.QuerySolutions:
    answer = store.query(query)
    assert isinstance(answer, pyoxigraph.QuerySolutions)
    return answer


def triples(store: pyoxigraph.Store) -> pyoxigraph.QueryTriples:
    answer = store.query("CONSTRUCT WHERE { ?s ?p ?o }")
    assert isinstance(answer, pyoxigraph.QueryTriples)
    return answer


SELECT = (
    "SELECT ?s ?label WHERE { ?s <http://example.org/p> ?n "
    "OPTIONAL { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } } ORDER BY ?s"
)


def test_a_select_result_holds_strings_and_terms() -> None:
    """Rows of strings leave unbound variables out; `terms` holds the same rows as RDF terms."""
    result = select_result(solutions(filled(), SELECT))
    assert result.columns == ["s", "label"]
    assert len(result) == 3
    assert list(result) == result.rows
    assert result.rows[0] == {"s": f"{EX}s0", "label": "zero"}
    assert result.column("label") == ["zero", None, None]
    assert result.terms[0] == {"s": URIRef(f"{EX}s0"), "label": Literal("zero")}


def test_a_limit_stops_reading() -> None:
    assert len(select_result(solutions(filled(), SELECT), limit=2)) == 2
    graph = construct_result(triples(filled()), limit=2)
    assert isinstance(graph, Graph) and len(graph) == 2


def test_a_passed_deadline_is_a_timeout() -> None:
    with pytest.raises(QueryTimeout, match="time limit"):
        select_result(solutions(filled(), SELECT), deadline=time.monotonic() - 1)
    with pytest.raises(QueryTimeout, match="time limit"):
        construct_result(triples(filled()), deadline=time.monotonic() - 1)


def test_an_empty_answer_has_its_columns() -> None:
    result = select_result(solutions(pyoxigraph.Store(), SELECT))
    assert result == SelectResult(["s", "label"], [], [])
