"""The network for other tools: GraphML (yEd, Cytoscape, igraph), GEXF with time (Gephi's
timeline) and CSV tables (spreadsheets, pandas, R).

Every format holds the collapsed network: one edge per (source, relation, target) with its
number of interactions. GEXF is written in dynamic mode: each edge has one spell per day it was
seen and each actor starts on the day of its first interaction, so Gephi's timeline can play the
network; CSV adds every interaction with its evidence.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from kg.analysis.metrics import centrality, communities, community_of
from kg.analysis.network import collapse, edge_evidence
from kg.analysis.timeline import relation_counts_over_time
from kg.errors import KGError
from kg.types import Relation

log = logging.getLogger(__name__)

CSV_FILES = ("actors.csv", "relations.csv", "interactions.csv", "timeline.csv")


def flat_network(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The collapsed network with scalar attributes only (what GraphML and GEXF can hold).

    Nodes: `label`, `kind`, and where known `affiliation`, `affiliation_label`, `members`
    (labels joined by "; "). Edges (keyed e0, e1, ...): `relation`, `label` (the same),
    `weight`, `sign` (+1 cooperative, -1 conflictual), `documents`, and where dated
    `first_date`, `last_date`.
    """
    return _flat(graph)[0]


def _flat(graph: nx.MultiDiGraph) -> tuple[nx.MultiDiGraph, dict[str, list[str]]]:
    """`flat_network`, and the days each of its edges (by key) was seen."""
    collapsed = collapse(graph)
    flat = nx.MultiDiGraph(level=str(graph.graph.get("level", "actor")))
    for node, data in collapsed.nodes(data=True):
        node_data = {"label": str(data.get("label") or node), "kind": str(data.get("kind"))}
        for name in ("affiliation", "affiliation_label"):
            if data.get(name):
                node_data[name] = str(data[name])
        if data.get("members"):
            node_data["members"] = "; ".join(data["members"])
        flat.add_node(node, **node_data)
    days: dict[str, list[str]] = {}
    for index, (u, v, data) in enumerate(collapsed.edges(data=True)):
        key = f"e{index}"
        relation = str(data["relation"])
        items = edge_evidence(data)
        days[key] = sorted({item.date[:10] for item in items if item.date})
        attributes: dict[str, Any] = {
            "relation": relation,
            "label": relation,
            "weight": int(data["weight"]),
            "sign": 1 if Relation(relation).cooperative else -1,
            "documents": len({item.doc_id for item in items}),
        }
        if days[key]:
            attributes.update(first_date=days[key][0], last_date=days[key][-1])
        flat.add_edge(u, v, key=key, **attributes)
    return flat, days


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write the collapsed network as GraphML."""
    flat = flat_network(graph)
    return _write(path, lambda target: nx.write_graphml(flat, target, named_key_ids=True))


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write the collapsed network as dynamic GEXF 1.2: each edge has one spell per day it was
    seen (an undated edge is always there), each actor starts on its first day."""
    flat, days = _flat(graph)
    first_seen: dict[str, str] = {}
    for u, v, key in flat.edges(keys=True):
        for node in (u, v):
            if days[key] and (node not in first_seen or days[key][0] < first_seen[node]):
                first_seen[node] = days[key][0]
    dynamic = nx.MultiDiGraph(mode="dynamic")
    for node, data in flat.nodes(data=True):
        start = {"start": first_seen[node]} if node in first_seen else {}
        dynamic.add_node(node, **data, **start)
    for u, v, key, data in flat.edges(keys=True, data=True):
        spells = {"spells": [(day, day) for day in days[key]]} if days[key] else {}
        dynamic.add_edge(u, v, key=key, id=key, **data, **spells)
    return _write(path, lambda target: nx.write_gexf(dynamic, target, version="1.2draft"))


def write_csv(graph: nx.MultiDiGraph, folder: Path, *, seed: int = 0) -> list[Path]:
    """Write CSV_FILES into `folder`: actors (with centrality and community), relations (the
    collapsed edges), interactions (one row each, with evidence) and timeline (monthly counts
    per dyad and relation). Returns the paths written."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KGError(f"cannot create {folder} for the CSV tables: {exc}") from exc
    groups = community_of(communities(graph, seed=seed))
    actors = centrality(graph, seed=seed)
    actors["community"] = [groups.get(node, -1) for node in actors.index]
    flat = flat_network(graph)
    relations = pd.DataFrame(
        [{"source": u, "target": v, **data} for u, v, data in flat.edges(data=True)],
        columns=[
            "source",
            "target",
            "relation",
            "weight",
            "sign",
            "first_date",
            "last_date",
            "documents",
        ],
    ).drop_duplicates()
    tables: dict[str, pd.DataFrame] = {
        "actors.csv": actors.reset_index(),
        "relations.csv": relations,
        "interactions.csv": interactions_table(graph),
        "timeline.csv": relation_counts_over_time(graph),
    }
    written = []
    for name in CSV_FILES:
        path = folder / name
        _write(path, lambda target, table=tables[name]: table.to_csv(target, index=False))
        written.append(path)
    return written


def interactions_table(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per interaction: who, relation, whom, modality, date, confidence, evidence and
    document."""
    rows = [
        {
            "source": u,
            "target": v,
            "source_label": graph.nodes[u].get("label"),
            "target_label": graph.nodes[v].get("label"),
            "relation": data.get("relation"),
            "modality": item.modality,
            "date": item.date,
            "confidence": item.confidence,
            "evidence": item.sentence,
            "doc_id": item.doc_id,
            "title": item.title,
            "url": item.url,
        }
        for u, v, data in graph.edges(data=True)
        for item in edge_evidence(data)
    ]
    columns = [
        "source",
        "target",
        "source_label",
        "target_label",
        "relation",
        "modality",
        "date",
        "confidence",
        "evidence",
        "doc_id",
        "title",
        "url",
    ]
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(
        ["date", "source", "target", "relation"], na_position="last", ignore_index=True
    )


def _write(path: Path, write: Any) -> Path:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(path)
    except OSError as exc:
        raise KGError(f"cannot write {path}: {exc}; choose a writable path") from exc
    log.info("wrote %s", path)
    return path
