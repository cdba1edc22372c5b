"""Where each actor sits on the page, computed once in Python so the page is still at once.

Each connected group of actors is laid out with networkx's force-directed `spring_layout`
(seeded: the same graph gives the same picture), groups are packed in rows, largest first.
Beyond `EXACT_LIMIT` actors in one group, the force layout runs on its most active actors and
every other actor is placed around its strongest placed neighbour (networkx's own layout of
large graphs needs scipy, which IRKG does not install).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import networkx as nx
import numpy as np

from kg.analysis.metrics import undirected_weighted

Position = tuple[float, float]

EXACT_LIMIT = 400  # actors laid out by force in one group
SPACING = 55.0  # pixels per sqrt(actor): a group of n actors gets a radius of SPACING*sqrt(n)
MIN_EXTENT = 800.0  # a small network is spread to this width or height (the page never zooms in)
ITERATIONS = 100
SPREAD = 2.0  # times networkx's default optimal distance between actors
GAP_BETWEEN = 30.0  # pixels between two actors' discs after overlap removal (room for a label)
SEPARATION_ROUNDS = 60
GAP = 60.0  # pixels between packed groups
SATELLITE_STEP = 40.0


def layout(graph: nx.MultiDiGraph, *, seed: int = 7) -> dict[str, Position]:
    """Pixel coordinates for every node, centred on (0, 0), rounded to 0.1 px."""
    ties = _ties(graph)
    groups = sorted(
        (sorted(c) for c in nx.connected_components(ties)), key=lambda c: (-len(c), c[0])
    )
    placed = [_group_layout(ties.subgraph(group), seed=seed) for group in groups]
    positions = _spread(_pack(placed))
    return {node: (round(x, 1), round(y, 1)) for node, (x, y) in positions.items()}


def _ties(graph: nx.MultiDiGraph) -> nx.Graph:
    """The undirected network with nodes and edges in a fixed order and a spring `strength`
    that grows with the log of the interactions (a busy dyad pulls, but does not collapse)."""
    weighted = undirected_weighted(graph)
    ties = nx.Graph()
    interactions = dict(weighted.degree(weight="weight"))
    ties.add_nodes_from((node, {"interactions": interactions[node]}) for node in sorted(weighted))
    for u, v, weight in sorted(weighted.edges(data="weight")):
        ties.add_edge(u, v, strength=1.0 + math.log(weight))
    return ties


def _radius(n: int) -> float:
    return SPACING * math.sqrt(n) if n > 1 else 0.0


def _group_layout(group: nx.Graph, *, seed: int) -> dict[str, Position]:
    n = group.number_of_nodes()
    if n == 1:
        return {next(iter(group)): (0.0, 0.0)}
    if n <= EXACT_LIMIT:
        return _separate(_spring(group, seed=seed, scale=_radius(n)), group)
    degree = dict(group.degree(weight="strength"))
    core = sorted(group, key=lambda node: (-degree[node], node))[:EXACT_LIMIT]
    positions = _separate(_spring(group.subgraph(core), seed=seed, scale=_radius(n) * 0.8), group)
    _place_satellites(group, positions)
    return positions


def _spring(group: nx.Graph, *, seed: int, scale: float) -> dict[str, Position]:
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(group.nodes))
    ordered.add_edges_from(sorted(group.edges(data=True)))
    found = nx.spring_layout(
        ordered,
        k=SPREAD / math.sqrt(len(ordered)),
        weight="strength",
        seed=seed,
        scale=scale,
        iterations=ITERATIONS,
        method="force",
    )
    return {node: (float(x), float(y)) for node, (x, y) in found.items()}


def node_radius(interactions: float) -> float:
    """The drawn radius of an actor, in pixels (the page script uses the same formula)."""
    return min(10.0 + 5.0 * math.sqrt(interactions), 40.0)


def _separate(positions: dict[str, Position], group: nx.Graph) -> dict[str, Position]:
    """Push apart actors whose discs come closer than GAP_BETWEEN (force layouts crowd the
    partners of a hub)."""
    nodes = list(positions)
    xy = np.array([positions[node] for node in nodes], dtype=float)
    radius = np.array([node_radius(group.nodes[n].get("interactions", 0)) for n in nodes])
    wanted = radius[:, None] + radius[None, :] + GAP_BETWEEN
    for _ in range(SEPARATION_ROUNDS):
        delta = xy[:, None, :] - xy[None, :, :]
        distance = np.hypot(delta[..., 0], delta[..., 1])
        np.fill_diagonal(distance, np.inf)
        overlap = np.clip(wanted - distance, 0.0, None)
        if not overlap.any():
            break
        safe = np.where(distance > 1e-6, distance, 1e-6)
        push = (overlap / (2.0 * safe))[..., None] * delta
        xy += push.sum(axis=1) * 0.5
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, xy, strict=True)}


def _place_satellites(group: nx.Graph, positions: dict[str, Position]) -> None:
    """Breadth-first from the placed actors: each newcomer goes on a small circle around its
    strongest placed neighbour, at the next golden angle so that siblings do not overlap."""
    around: dict[str, int] = {}
    frontier = sorted(positions)
    while frontier:
        following: list[str] = []
        for anchor in frontier:
            for node in sorted(group[anchor], key=lambda m: (-group[anchor][m]["strength"], m)):
                if node in positions:
                    continue
                count = around.get(anchor, 0)
                around[anchor] = count + 1
                angle = count * 2.399963  # the golden angle, in radians
                distance = SATELLITE_STEP * (1.0 + 0.35 * math.sqrt(count))
                ax, ay = positions[anchor]
                positions[node] = (ax + distance * math.cos(angle), ay + distance * math.sin(angle))
                following.append(node)
        frontier = following


def _pack(groups: Iterable[dict[str, Position]]) -> dict[str, Position]:
    """Put the groups side by side in rows about as wide as the whole is tall."""
    boxes = [(_bounds(group), group) for group in groups]
    if not boxes:
        return {}
    area = sum((b[2] - b[0] + GAP) * (b[3] - b[1] + GAP) for b, _ in boxes)
    row_width = max(math.sqrt(area), max(b[2] - b[0] for b, _ in boxes))
    out: dict[str, Position] = {}
    x = y = row_height = 0.0
    for (left, top, right, bottom), group in boxes:
        width, height = right - left, bottom - top
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + GAP, 0.0
        for node, (px, py) in group.items():
            out[node] = (x + px - left, y + py - top)
        x += width + GAP
        row_height = max(row_height, height)
    return _centre(out)


def _spread(positions: dict[str, Position]) -> dict[str, Position]:
    """Scale a small picture up to MIN_EXTENT (larger ones stay as they are)."""
    if len(positions) < 2:
        return positions
    left, top, right, bottom = _bounds(positions)
    extent = max(right - left, bottom - top)
    if extent <= 0 or extent >= MIN_EXTENT:
        return positions
    factor = MIN_EXTENT / extent
    return {node: (x * factor, y * factor) for node, (x, y) in positions.items()}


def _bounds(group: dict[str, Position]) -> tuple[float, float, float, float]:
    xs = [p[0] for p in group.values()]
    ys = [p[1] for p in group.values()]
    return min(xs), min(ys), max(xs), max(ys)


def _centre(positions: dict[str, Position]) -> dict[str, Position]:
    left, top, right, bottom = _bounds(positions)
    cx, cy = (left + right) / 2, (top + bottom) / 2
    return {node: (x - cx, y - cy) for node, (x, y) in positions.items()}
