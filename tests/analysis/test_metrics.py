"""kg.analysis.metrics: centrality and communities.
(a store built from hand-made interactions in tests/analysis/facts.py: no spaCy)"""

from __future__ import annotations

import networkx as nx
import pytest

import kg.analysis.metrics
import kg.analysis.network
import kg.analysis.signed
import kg.viz.page
from kg.analysis import (
    centrality,
    communities,
    modularity,
)


def star_and_cliques() -> nx.MultiDiGraph:
    """Two triangles joined through a broker: a-b-c, x-y-z, c - hub - x."""
    graph = nx.MultiDiGraph()
    for u, v in [
        ("a", "b"),
        ("b", "c"),
        ("a", "c"),
        ("x", "y"),
        ("y", "z"),
        ("x", "z"),
        ("c", "hub"),
        ("hub", "x"),
    ]:
        graph.add_edge(u, v, relation="cooperates")
    graph.add_edge("a", "b", relation="meets")
    for node in graph:
        graph.nodes[node].update(label=node.upper(), kind="Country")
    return graph


def test_centrality_table() -> None:
    table = centrality(star_and_cliques())
    assert list(table.columns) == list(kg.analysis.metrics.CENTRALITY_COLUMNS)
    assert table.index[0] in {"a", "b", "c", "x"}  # 3 interactions each, ties by label
    assert table.loc["hub", "betweenness"] == table["betweenness"].max()
    assert table.loc["hub", "betweenness"] > table.loc["c", "betweenness"] > 0
    assert table.loc["a", "betweenness"] == 0
    assert table.loc["a", "interactions"] == 3 and table.loc["a", "partners"] == 2
    assert table.loc["a", "as_source"] == 3 and table.loc["b", "as_target"] == 2
    assert table.loc["hub", "degree"] == pytest.approx(2 / 6)
    assert table["eigenvector"].between(0, 1).all()
    assert table.loc["a", "eigenvector"] > table.loc["z", "eigenvector"]  # a's tie to b is double


def test_centrality_of_an_empty_or_edgeless_network() -> None:
    assert centrality(nx.MultiDiGraph()).empty
    lonely = nx.MultiDiGraph()
    lonely.add_node("a", label="A", kind="Country")
    assert centrality(lonely).loc["a"].tolist()[2:] == [0, 0, 0, 0, 0.0, 0.0, 0.0]


def test_communities_split_two_cliques_and_are_stable() -> None:
    graph = star_and_cliques()
    groups = communities(graph)
    assert {"a", "b", "c"} <= groups[0] | groups[1] and len(groups) == 2
    assert {frozenset({"a", "b", "c"}), frozenset({"x", "y", "z"})} <= {g - {"hub"} for g in groups}
    assert communities(graph) == groups
    assert modularity(graph, groups) > 0.3
    assert communities(nx.MultiDiGraph()) == []
