"""kg.analysis.signed: the signed network and structural balance.
(a store built from hand-made interactions in tests/analysis/facts.py: no spaCy)"""

from __future__ import annotations

import networkx as nx
import pytest

from kg.analysis import (
    Balance,
    signed_network,
    structural_balance,
)
from tests.analysis.facts import CUB, RUS, USA, iri


def triangle(relations: tuple[str, str, str]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for (u, v), relation in zip([("a", "b"), ("b", "c"), ("c", "a")], relations, strict=True):
        graph.add_edge(u, v, relation=relation)
    return graph


@pytest.mark.parametrize(
    ("relations", "census_key", "balanced", "weak"),
    [
        (("meets", "supports", "cooperates"), "+++", True, True),
        (("supports", "supports", "attacks"), "++-", False, False),
        (("supports", "sanctions", "criticizes"), "+--", True, True),
        (("attacks", "threatens", "criticizes"), "---", False, True),
    ],
)
def test_structural_balance_of_one_triangle(
    relations: tuple[str, str, str], census_key: str, balanced: bool, weak: bool
) -> None:
    balance = structural_balance(signed_network(triangle(relations)))
    assert balance.triangles == 1 and balance.census[census_key] == 1
    assert balance.ratio == (1.0 if balanced else 0.0)
    assert balance.weak_ratio == (1.0 if weak else 0.0)


def test_signed_network_signs_by_majority_and_leaves_ties_out() -> None:
    graph = nx.MultiDiGraph()
    graph.add_edge("a", "b", relation="supports")
    graph.add_edge("b", "a", relation="criticizes", weight=3)  # a collapsed edge counts 3
    graph.add_edge("a", "c", relation="meets")
    graph.add_edge("c", "a", relation="sanctions")
    signed = signed_network(graph)
    assert signed.edges["a", "b"] == {"positive": 1, "negative": 3, "sign": -1}
    assert not signed.has_edge("a", "c") and signed.graph["ties_left_out"] == 1


def test_balance_of_the_store(countries: nx.MultiDiGraph) -> None:
    signed = signed_network(countries)
    assert signed.edges[iri(USA), iri(CUB)]["sign"] == -1
    assert signed.edges[iri(RUS), iri(CUB)]["sign"] == 1
    balance = structural_balance(signed)
    # Russia-Cuba-US and China-Russia-US: one friendship, two enmities each
    assert balance == Balance(2, {"+++": 0, "++-": 0, "+--": 2, "---": 0})
    assert balance.ratio == 1.0
    assert structural_balance(nx.Graph()).ratio is None
