"""Relation counts over time, per dyad, as pandas tables.

Dates are those of the interactions (the event's date where known, else the document's); an
undated interaction is left out of every time series.
"""

from __future__ import annotations

import logging

import networkx as nx
import pandas as pd

from kg.analysis.network import edge_evidence, edge_relation, local_name
from kg.analysis.views import find_actor
from kg.errors import KGError
from kg.types import Relation

log = logging.getLogger(__name__)

FREQUENCIES = {"year": "Y", "quarter": "Q", "month": "M", "week": "W", "day": "D"}
TIMELINE_COLUMNS = [
    "period",
    "source",
    "target",
    "source_label",
    "target_label",
    "relation",
    "interactions",
]


def relation_counts_over_time(
    graph: nx.MultiDiGraph, *, freq: str = "month", directed: bool = True
) -> pd.DataFrame:
    """Interactions per period, dyad and relation: one row per (period, source, target,
    relation) with labels, oldest period first. `freq` is year, quarter, month, week or day.

    `directed=False` counts A -> B and B -> A together (the dyad is written smaller IRI first);
    `meets` is symmetric and always counted that way.
    """
    code = _frequency(freq)
    rows = []
    for u, v, data in graph.edges(data=True):
        relation = edge_relation(u, v, data)
        a, b = (u, v) if (directed and relation != Relation.MEETS.value) or u <= v else (v, u)
        for item in edge_evidence(data):
            if item.date:
                rows.append((item.date[:10], a, b, relation))
    if not rows:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    frame = pd.DataFrame(rows, columns=["date", "source", "target", "relation"])
    frame["period"] = pd.to_datetime(frame["date"], errors="coerce").dt.to_period(code)
    frame = frame.dropna(subset=["period"])
    counts = (
        frame.groupby(["period", "source", "target", "relation"], observed=True)
        .size()
        .rename("interactions")
        .reset_index()
    )
    counts["source_label"] = counts["source"].map(lambda n: _label(graph, n))
    counts["target_label"] = counts["target"].map(lambda n: _label(graph, n))
    counts["period"] = counts["period"].astype(str)
    return counts[TIMELINE_COLUMNS].sort_values(
        ["period", "source", "target", "relation"], ignore_index=True
    )


def dyad_time_series(
    graph: nx.MultiDiGraph, first: str, second: str, *, freq: str = "month"
) -> pd.DataFrame:
    """Interactions between two actors (either direction) per period and relation: one row per
    period from the first to the last (gaps are zeros), one column per relation seen.

    The actors are anything `find_actor` understands (`"RUS"`, `"Cuba"`, an IRI).
    """
    a, b = find_actor(graph, first), find_actor(graph, second)
    pair = graph.subgraph([a, b])
    table = relation_counts_over_time(pair, freq=freq, directed=False)
    table = table[(table["source"] != table["target"])]
    if table.empty:
        return pd.DataFrame(index=pd.Index([], name="period"))
    wide = table.pivot_table(
        index="period", columns="relation", values="interactions", aggfunc="sum", fill_value=0
    )
    code = _frequency(freq)
    periods = pd.period_range(wide.index.min(), wide.index.max(), freq=code).astype(str)
    wide = wide.reindex(periods, fill_value=0)
    wide.index.name, wide.columns.name = "period", None
    ordered = [r.value for r in Relation if r.value in wide.columns]
    return wide[ordered].astype(int)


def _frequency(freq: str) -> str:
    try:
        return FREQUENCIES[freq]
    except KeyError:
        raise KGError(f"unknown period {freq!r}: use {', '.join(FREQUENCIES)}") from None


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("label") or local_name(node))
