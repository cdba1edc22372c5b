"""Parts of the network an analyst asks for: a time window, some relations, one actor's
neighbourhood, the most active actors.

Each function takes the multi-digraph of `network_from_rows` (or its `collapse`) and returns a
new graph; the input is never changed.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

import networkx as nx

from kg.analysis.network import (
    EdgeEvidence,
    edge_evidence,
    local_name,
    modality_names,
)
from kg.errors import KGError
from kg.types import ID_BASE, ActorKind, Relation

log = logging.getLogger(__name__)

MAX_SUGGESTIONS = 5


@dataclass(frozen=True, slots=True)
class Selection:
    """How much of a network a view keeps, for the note that says what is hidden."""

    shown_actors: int
    total_actors: int
    shown_interactions: int
    total_interactions: int

    @property
    def hidden_actors(self) -> int:
        return self.total_actors - self.shown_actors

    @property
    def hidden_interactions(self) -> int:
        return self.total_interactions - self.shown_interactions


def filter_network(
    graph: nx.MultiDiGraph,
    *,
    since: str | None = None,
    until: str | None = None,
    relations: Collection[str] | None = None,
    modalities: Collection[str] | None = None,
    kinds: Collection[str] | None = None,
) -> nx.MultiDiGraph:
    """The interactions dated within [since, until] (ISO dates, inclusive) of the given relations,
    modalities and actor kinds; actors left without an interaction are dropped.

    A date bound drops undated interactions. On a collapsed graph, each edge keeps the evidence
    that passes and its weight becomes their number.
    """
    low, high = _iso_bound(since, "--since"), _iso_bound(until, "--until")
    if low and high and low > high:
        raise KGError(f"--since {since} is after --until {until}: swap them")
    wanted_relations = relation_names(relations) if relations is not None else None
    wanted_modalities = modality_names(modalities) if modalities is not None else None
    wanted_kinds = _kind_names(kinds) if kinds is not None else None

    def passes(item: EdgeEvidence) -> bool:
        if wanted_modalities is not None and item.modality not in wanted_modalities:
            return False
        if low is None and high is None:
            return True
        day = (item.date or "")[:10]
        return bool(day) and (low is None or day >= low) and (high is None or day <= high)

    out = nx.MultiDiGraph(**graph.graph)
    for u, v, key, data in graph.edges(keys=True, data=True):
        if wanted_relations is not None and data.get("relation") not in wanted_relations:
            continue
        kinds_of_ends = {graph.nodes[u].get("kind"), graph.nodes[v].get("kind")}
        if wanted_kinds is not None and not kinds_of_ends <= wanted_kinds:
            continue
        found = data.get("evidence")
        if found is None or isinstance(found, EdgeEvidence):  # one interaction (or none known)
            if found is None or passes(found):
                _copy_edge(graph, out, u, v, key, dict(data))
            continue
        kept = tuple(item for item in edge_evidence(data) if passes(item))  # a collapsed edge
        if kept:
            _copy_edge(graph, out, u, v, key, dict(data, evidence=kept, weight=len(kept)))
    return out


def _copy_edge(
    graph: nx.MultiDiGraph,
    out: nx.MultiDiGraph,
    u: str,
    v: str,
    key: object,
    data: dict[str, object],
) -> None:
    for node in (u, v):
        if node not in out:
            out.add_node(node, **graph.nodes[node])
    out.add_edge(u, v, key=key, **data)


def _iso_bound(value: str | None, option: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError as exc:
        raise KGError(f"{option} {value!r} is not a date: write it as YYYY-MM-DD") from exc


def relation_names(relations: Collection[str]) -> frozenset[str]:
    """Relations given as names, prefixed names or IRIs, as their local names."""
    names = {local_name(r.strip()).lower() for r in relations if r.strip()}
    unknown = names - {r.value for r in Relation}
    if unknown:
        known = ", ".join(r.value for r in Relation)
        raise KGError(f"unknown relation(s) {', '.join(sorted(unknown))}: use {known}")
    return frozenset(names)


def _kind_names(kinds: Collection[str]) -> frozenset[str]:
    by_lower = {k.value.lower(): k.value for k in ActorKind}
    try:
        return frozenset(by_lower[local_name(k).lower()] for k in kinds)
    except KeyError as exc:
        known = ", ".join(k.value for k in ActorKind)
        raise KGError(f"unknown actor type {exc.args[0]!r}: use {known}") from None


# ---------------------------------------------------------------------------- one actor


def find_actor(graph: nx.MultiDiGraph, name: str) -> str:
    """The node an analyst means by `name`: an IRI, a key (`country/CUB`), a code or slug (`CUB`,
    `sergey-lavrov`), a label (`Cuba`), or, at country level, the label of a member (an official
    folded into the state). Case does not matter.
    """
    wanted = name.strip()
    if wanted in graph:
        return wanted
    if ID_BASE + wanted in graph:
        return ID_BASE + wanted
    lower = wanted.lower()
    tests = (
        lambda node, data: node.rsplit("/", 1)[-1].lower() == lower,
        lambda node, data: str(data.get("label", "")).lower() == lower,
        lambda node, data: lower in (m.lower() for m in data.get("members", ())),
    )
    for test in tests:
        found = sorted(node for node, data in graph.nodes(data=True) if test(node, data))
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise KGError(f"{name!r} names {len(found)} actors ({', '.join(found)}): give one IRI")
    raise KGError(f"no actor {name!r} in the network: {_suggestions(graph, lower)}")


def _suggestions(graph: nx.MultiDiGraph, lower: str) -> str:
    close = sorted(
        str(data.get("label"))
        for _, data in graph.nodes(data=True)
        if lower in str(data.get("label", "")).lower()
    )
    if close:
        return "did you mean " + ", ".join(close[:MAX_SUGGESTIONS]) + "?"
    if graph.number_of_nodes() == 0:
        return "the network is empty (check the store and the filters)"
    return "give a code (CUB), a key (country/CUB) or a label (Cuba)"


def ego_network(graph: nx.MultiDiGraph, focus: str, *, depth: int = 1) -> nx.MultiDiGraph:
    """The actors within `depth` steps of `focus` (either direction) and every interaction among
    them. `focus` is anything `find_actor` understands."""
    if depth < 0:
        raise KGError(f"--depth must be 0 or more, not {depth}")
    center = find_actor(graph, focus)
    ego = nx.ego_graph(graph, center, radius=depth, undirected=True)
    ego.graph.update(graph.graph, focus=center)
    return ego


def narrow(
    graph: nx.MultiDiGraph,
    *,
    since: str | None = None,
    until: str | None = None,
    relations: Collection[str] | None = None,
    focus: str | None = None,
    depth: int = 1,
) -> nx.MultiDiGraph:
    """The part of the network `kg viz` and `kg stats` show: `filter_network` by dates and
    relations (when given), then the ego network of `focus` (when given)."""
    if since or until or relations:
        graph = filter_network(graph, since=since, until=until, relations=relations or None)
    return ego_network(graph, focus, depth=depth) if focus else graph


# ---------------------------------------------------------------------------- top N


def activity(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Interactions per actor (as source or target; a weighted edge counts its weight)."""
    return {node: int(degree) for node, degree in graph.degree(weight="weight")}


def keep_most_active(
    graph: nx.MultiDiGraph, limit: int, *, keep: Collection[str] = ()
) -> tuple[nx.MultiDiGraph, Selection]:
    """The `limit` actors with the most interactions (ties by IRI), those in `keep`, and the
    interactions among them; `limit <= 0` keeps everything."""
    total = graph.number_of_edges()
    weight_total = _interactions(graph)
    if limit <= 0 or graph.number_of_nodes() <= limit:
        return graph, Selection(len(graph), len(graph), weight_total, weight_total)
    counts = activity(graph)
    ranked = sorted(graph.nodes, key=lambda n: (-counts[n], n))
    chosen = set(ranked[:limit]) | (set(keep) & set(graph.nodes))
    kept = graph.subgraph(chosen).copy()
    kept.remove_nodes_from([n for n in list(kept) if kept.degree(n) == 0 and n not in keep])
    log.info("kept %d of %d actors, %d of %d edges", len(kept), len(graph), len(kept.edges), total)
    selection = Selection(len(kept), len(graph), _interactions(kept), weight_total)
    return kept, selection


def _interactions(graph: nx.MultiDiGraph) -> int:
    return sum(int(w) for _, _, w in graph.edges(data="weight", default=1))
