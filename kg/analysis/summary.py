"""The headline numbers of a network (`kg stats`): size, who is central, groups, balance."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from kg.analysis.metrics import (
    centrality,
    communities,
    documents,
    modality_counts,
    modularity,
    relation_counts,
    top,
    undirected_weighted,
)
from kg.analysis.network import edge_evidence, local_name
from kg.analysis.signed import Balance, sign_counts, signed_network, structural_balance
from kg.types import Modality, Relation

MEASURES = ("interactions", "betweenness", "eigenvector")


@dataclass(frozen=True, slots=True)
class Headline:
    """What `kg stats` prints, as data."""

    level: str
    actors: dict[str, int]
    interactions: int
    relations: dict[str, int]
    modalities: dict[str, int]
    documents: int
    dyads: int
    first_date: str | None
    last_date: str | None
    components: int
    largest_component: int
    density: float
    central: dict[str, list[tuple[str, float]]]
    communities: list[list[str]]
    modularity: float
    positive_ties: int
    negative_ties: int
    balance: Balance
    notes: list[str] = field(default_factory=list)
    events: int = 0  # the ir:Events the interactions shown report (`kg build` groups them)


def headline(graph: nx.MultiDiGraph, *, top_n: int = 5, seed: int = 0) -> Headline:
    """Compute the headline numbers of a network from `network_from_rows`."""
    ties = undirected_weighted(graph)
    components = list(nx.connected_components(ties))
    table = centrality(graph, seed=seed)
    groups = communities(graph, seed=seed)
    signed = signed_network(graph)
    positive, negative = sign_counts(signed)
    dates = sorted(
        item.date[:10]
        for _, _, d in graph.edges(data=True)
        for item in edge_evidence(d)
        if item.date
    )
    relations = relation_counts(graph)
    modalities = modality_counts(graph)
    events = {
        item.event
        for _, _, d in graph.edges(data=True)
        for item in edge_evidence(d)
        if item.event is not None
    }
    return Headline(
        level=str(graph.graph.get("level", "actor")),
        actors=dict(sorted(Counter(str(k) for _, k in graph.nodes(data="kind")).items())),
        interactions=sum(relations.values()),
        relations={r.value: relations[r.value] for r in Relation if relations[r.value]},
        modalities={m.value: modalities[m.value] for m in Modality if modalities[m.value]},
        documents=len(documents(graph)),
        dyads=ties.number_of_edges(),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        components=len(components),
        largest_component=max((len(c) for c in components), default=0),
        density=nx.density(ties) if len(ties) > 1 else 0.0,
        central={m: top(table, m, top_n) for m in MEASURES} if len(table) else {},
        communities=[sorted(_label(graph, n) for n in g) for g in groups if len(g) > 1],
        modularity=modularity(graph, groups) if groups else 0.0,
        positive_ties=positive,
        negative_ties=negative,
        balance=structural_balance(signed),
        notes=[
            f"{signed.graph['ties_left_out']} tie(s) with as many cooperative as conflictual "
            "interactions are unsigned"
        ]
        if signed.graph["ties_left_out"]
        else [],
        events=len(events),
    )


def format_headline(h: Headline, *, communities_shown: int = 5, members_shown: int = 8) -> str:
    """The headline numbers as lines of text."""
    lines = [
        f"network: {h.level} level",
        f"actors: {sum(h.actors.values())} ({_counts(h.actors)})",
        f"interactions: {h.interactions} from {h.documents} document(s)"
        + (f", {h.first_date} to {h.last_date}" if h.first_date else ""),
        f"events: {h.events} (asserted reports of one happening count once)",
        f"relations: {_counts(h.relations)}",
        f"modalities: {_counts(h.modalities)}",
        f"dyads: {h.dyads}; density {h.density:.3f}; {h.components} component(s), "
        f"the largest with {h.largest_component} actors",
    ]
    names = {
        "interactions": "most active",
        "betweenness": "betweenness",
        "eigenvector": "eigenvector",
    }
    for measure, ranked in h.central.items():
        shown = ", ".join(_ranked(label, value, measure) for label, value in ranked)
        lines.append(f"{names[measure]}: {shown or 'none'}")
    lines.append(
        f"communities: {len(h.communities)} with 2+ actors (modularity {h.modularity:.2f})"
    )
    for index, group in enumerate(h.communities[:communities_shown], start=1):
        more = f" and {len(group) - members_shown} more" if len(group) > members_shown else ""
        lines.append(f"  {index}. {', '.join(group[:members_shown])}{more}")
    balance = h.balance
    ratio = f"{balance.ratio:.0%} balanced" if balance.ratio is not None else "no ratio"
    lines.append(
        f"signed ties: {h.positive_ties} cooperative (+), {h.negative_ties} conflictual (-); "
        f"{balance.triangles} triangle(s), {ratio} "
        f"({', '.join(f'{k} {v}' for k, v in balance.census.items())})"
    )
    lines += [f"note: {note}" for note in h.notes]
    return "\n".join(lines)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items()) or "none"


def _ranked(label: str, value: float, measure: str) -> str:
    return f"{label} {int(value)}" if measure == "interactions" else f"{label} {value:.3f}"


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("label") or local_name(node))
