"""Structure of the network: the country-level projection, centrality and communities.

Functions take the multi-digraph of `network_from_rows` (one edge per interaction, or its
`collapse`) and return plain data or pandas tables.

>>> g = nx.MultiDiGraph()
>>> g.add_edge("a", "b", relation="meets"); g.add_edge("b", "c", relation="supports")
0
0
>>> [sorted(c) for c in communities(g)]
[['a', 'b', 'c']]
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

import networkx as nx
import pandas as pd

from kg.analysis.network import edge_evidence, edge_relation, kind_from_iri, local_name
from kg.types import Relation

log = logging.getLogger(__name__)

# above this many actors, betweenness is estimated from this many sampled sources (seeded)
BETWEENNESS_SAMPLE = 500
EIGENVECTOR_MAX_ITER = 1000
CENTRALITY_COLUMNS = (
    "label",
    "kind",
    "interactions",
    "as_source",
    "as_target",
    "partners",
    "degree",
    "betweenness",
    "eigenvector",
)


def interactions_of(data: Mapping[str, Any]) -> int:
    """How many interactions an edge stands for (1 on the interaction-level network)."""
    return int(data.get("weight", 1))


def undirected_weighted(graph: nx.MultiDiGraph) -> nx.Graph:
    """One undirected edge per pair of actors, `weight` = their interactions (no self-loops)."""
    out = nx.Graph()
    out.add_nodes_from(graph.nodes(data=True))
    for u, v, data in graph.edges(data=True):
        if u == v:
            continue
        weight = interactions_of(data)
        if out.has_edge(u, v):
            out[u][v]["weight"] += weight
        else:
            out.add_edge(u, v, weight=weight)
    return out


# ---------------------------------------------------------------------------- projection


def country_projection(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """The weighted country-level network: officials and organs folded into the state or
    organisation they serve, one directed edge per ordered pair.

    Edges carry `weight` (interactions), `relations` (a dict relation -> interactions),
    `cooperative` and `conflictual` (interactions of each kind). Interactions inside one state
    are dropped. A graph already at country level is only aggregated.
    """
    roots = {node: _root(graph, node) for node in graph.nodes}
    out = nx.DiGraph(level="country")
    for node, root in roots.items():
        if root not in out:
            out.add_node(root, **_root_attributes(graph, root))
        if root != node:
            out.nodes[root]["members"] = tuple(
                sorted({*out.nodes[root].get("members", ()), str(graph.nodes[node].get("label"))})
            )
    for u, v, data in graph.edges(data=True):
        a, b = roots[u], roots[v]
        if a == b:
            continue
        relation = edge_relation(u, v, data)
        weight = interactions_of(data)
        if not out.has_edge(a, b):
            out.add_edge(a, b, weight=0, relations={}, cooperative=0, conflictual=0)
        edge = out[a][b]
        edge["weight"] += weight
        edge["relations"][relation] = edge["relations"].get(relation, 0) + weight
        edge["cooperative" if Relation(relation).cooperative else "conflictual"] += weight
    return out


def _root(graph: nx.MultiDiGraph, node: str) -> str:
    """Follow `affiliation` attributes to the top (an affiliate need not be a node)."""
    seen = {node}
    current = node
    while True:
        parent = graph.nodes[current].get("affiliation") if current in graph else None
        if not parent or parent in seen:
            return current
        seen.add(parent)
        current = parent


def _root_attributes(graph: nx.MultiDiGraph, root: str) -> dict[str, Any]:
    if root in graph:
        data = dict(graph.nodes[root])
        data.update(affiliation=None, affiliation_label=None)
        data.setdefault("members", ())
        return data
    label = next(
        (
            d.get("affiliation_label")
            for _, d in graph.nodes(data=True)
            if d.get("affiliation") == root and d.get("affiliation_label")
        ),
        None,
    )
    return {
        "label": label or local_name(root),
        "kind": kind_from_iri(root),
        "affiliation": None,
        "affiliation_label": None,
        "members": (),
    }


# ---------------------------------------------------------------------------- centrality


def centrality(graph: nx.MultiDiGraph, *, seed: int = 0) -> pd.DataFrame:
    """One row per actor (indexed by IRI), most active first: `interactions` (as source or
    target), `as_source`, `as_target`, `partners` (distinct actors), and three centralities on
    the undirected network of ties: `degree` (partners / (n - 1)), `betweenness` (shortest paths,
    unweighted; sampled from BETWEENNESS_SAMPLE sources above that many actors) and
    `eigenvector` (weighted by interactions).
    """
    ties = undirected_weighted(graph)
    n = ties.number_of_nodes()
    out_w = dict(graph.out_degree(weight="weight"))
    in_w = dict(graph.in_degree(weight="weight"))
    degree = nx.degree_centrality(ties) if n > 1 else dict.fromkeys(ties, 0.0)
    sample = BETWEENNESS_SAMPLE if n > BETWEENNESS_SAMPLE else None
    betweenness = nx.betweenness_centrality(ties, k=sample, seed=seed) if n else {}
    eigenvector = _eigenvector(ties)
    rows = [
        {
            "actor": node,
            "label": str(data.get("label") or local_name(node)),
            "kind": data.get("kind"),
            "interactions": int(out_w.get(node, 0) + in_w.get(node, 0)),
            "as_source": int(out_w.get(node, 0)),
            "as_target": int(in_w.get(node, 0)),
            "partners": ties.degree(node),
            "degree": float(degree.get(node, 0.0)),
            "betweenness": float(betweenness.get(node, 0.0)),
            "eigenvector": float(eigenvector.get(node, 0.0)),
        }
        for node, data in graph.nodes(data=True)
    ]
    table = pd.DataFrame(rows, columns=["actor", *CENTRALITY_COLUMNS]).set_index("actor")
    return table.sort_values(["interactions", "label"], ascending=[False, True], kind="stable")


def _eigenvector(ties: nx.Graph) -> dict[str, float]:
    """Eigenvector centrality per connected component's share of the whole; 0.0 where it fails."""
    if ties.number_of_edges() == 0:
        return dict.fromkeys(ties, 0.0)
    try:
        found: dict[str, float] = nx.eigenvector_centrality(
            ties, weight="weight", max_iter=EIGENVECTOR_MAX_ITER
        )
    except nx.PowerIterationFailedConvergence:
        log.warning("eigenvector centrality did not converge: reported as 0")
        return dict.fromkeys(ties, 0.0)
    return found


def top(table: pd.DataFrame, column: str, n: int = 5) -> list[tuple[str, float]]:
    """The `n` actors with the highest `column` of a `centrality` table, as (label, value)."""
    ranked = table.sort_values([column, "label"], ascending=[False, True], kind="stable").head(n)
    return [
        (str(label), float(value))
        for label, value in zip(ranked["label"], ranked[column], strict=True)
    ]


# ---------------------------------------------------------------------------- communities


def communities(graph: nx.MultiDiGraph, *, seed: int = 0) -> list[frozenset[str]]:
    """Groups of actors more tied to each other than to the rest (Louvain on the undirected
    network weighted by interactions; seeded, so the same graph gives the same groups).
    Largest first; an actor without ties is its own group."""
    ties = undirected_weighted(graph)
    if ties.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(ties, weight="weight", seed=seed)
    return sorted((frozenset(c) for c in found), key=lambda c: (-len(c), min(c)))


def modularity(graph: nx.MultiDiGraph, groups: Sequence[frozenset[str]]) -> float:
    """Newman's modularity of a partition on the undirected weighted network (0 when no ties)."""
    ties = undirected_weighted(graph)
    if ties.number_of_edges() == 0:
        return 0.0
    return float(nx.community.modularity(ties, groups, weight="weight"))


def community_of(groups: Sequence[frozenset[str]]) -> dict[str, int]:
    """Actor -> the index of its group in `groups` (0 = the largest)."""
    return {node: index for index, group in enumerate(groups) for node in group}


# ---------------------------------------------------------------------------- counts


def relation_counts(graph: nx.MultiDiGraph) -> Counter[str]:
    """Interactions per relation."""
    counts: Counter[str] = Counter()
    for u, v, data in graph.edges(data=True):
        counts[edge_relation(u, v, data)] += interactions_of(data)
    return counts


def modality_counts(graph: nx.MultiDiGraph) -> Counter[str]:
    """Interactions per modality (read from their evidence)."""
    counts: Counter[str] = Counter()
    for _, _, data in graph.edges(data=True):
        counts.update(item.modality for item in edge_evidence(data))
    return counts


def documents(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Interactions per document id."""
    counts: dict[str, int] = defaultdict(int)
    for _, _, data in graph.edges(data=True):
        for item in edge_evidence(data):
            counts[item.doc_id] += 1
    return dict(counts)
