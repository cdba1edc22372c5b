"""The signed network (cooperative ties +, conflictual ties -) and its structural balance.

Heider's balance: a triangle is balanced when the product of its signs is positive ("the enemy
of my enemy is my friend"); weak balance (Davis) also accepts three enemies.

>>> g = nx.MultiDiGraph()
>>> for u, v, r in [("a", "b", "supports"), ("b", "c", "attacks"), ("a", "c", "sanctions")]:
...     _ = g.add_edge(u, v, relation=r)
>>> balance = structural_balance(signed_network(g))
>>> balance.triangles, balance.census, balance.ratio
(1, {'+++': 0, '++-': 0, '+--': 1, '---': 0}, 1.0)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from itertools import combinations

import networkx as nx

from kg.analysis.metrics import interactions_of
from kg.analysis.network import edge_relation
from kg.types import Relation

log = logging.getLogger(__name__)

CENSUS_KEYS = ("+++", "++-", "+--", "---")  # by the number of negative ties


@dataclass(frozen=True, slots=True)
class Balance:
    """The triangles of a signed network by their number of negative ties.

    `ratio` is the share of balanced triangles (+++ and +--), `weak_ratio` also counts ---;
    both are None without triangles.
    """

    triangles: int
    census: dict[str, int]

    @property
    def balanced(self) -> int:
        return self.census["+++"] + self.census["+--"]

    @property
    def ratio(self) -> float | None:
        return self.balanced / self.triangles if self.triangles else None

    @property
    def weak_ratio(self) -> float | None:
        if not self.triangles:
            return None
        return (self.balanced + self.census["---"]) / self.triangles


def signed_network(graph: nx.MultiDiGraph) -> nx.Graph:
    """One undirected tie per pair of actors that interacted, signed by what dominates.

    Edges carry `positive` (cooperative interactions: meets, supports, cooperates), `negative`
    (conflictual ones) and `sign` (+1 or -1). Pairs with as many of each are left out: their
    sign is undefined (the count is in `graph.graph["ties_left_out"]`).
    """
    counts: dict[tuple[str, str], list[int]] = {}
    for u, v, data in graph.edges(data=True):
        if u == v:
            continue
        pair = (u, v) if u < v else (v, u)
        cooperative = Relation(edge_relation(u, v, data)).cooperative
        counts.setdefault(pair, [0, 0])[0 if cooperative else 1] += interactions_of(data)
    signed = nx.Graph(ties_left_out=0)
    signed.add_nodes_from(graph.nodes(data=True))
    for (u, v), (positive, negative) in sorted(counts.items()):
        if positive == negative:
            signed.graph["ties_left_out"] += 1
            continue
        sign = 1 if positive > negative else -1
        signed.add_edge(u, v, positive=positive, negative=negative, sign=sign)
    return signed


def structural_balance(signed: nx.Graph) -> Balance:
    """Count the triangles of a signed network (from `signed_network`) by negative ties."""
    census = dict.fromkeys(CENSUS_KEYS, 0)
    order = {node: index for index, node in enumerate(sorted(signed.nodes))}
    for u in signed.nodes:
        later = sorted((w for w in signed[u] if order[w] > order[u]), key=order.__getitem__)
        for v, w in combinations(later, 2):
            if signed.has_edge(v, w):
                signs = (signed[u][v]["sign"], signed[u][w]["sign"], signed[v][w]["sign"])
                census[CENSUS_KEYS[signs.count(-1)]] += 1
    return Balance(triangles=sum(census.values()), census=census)


def sign_counts(signed: nx.Graph) -> tuple[int, int]:
    """(positive ties, negative ties) of a signed network."""
    positive = sum(1 for _, _, s in signed.edges(data="sign") if s > 0)
    return positive, signed.number_of_edges() - positive
