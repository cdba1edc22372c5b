"""kg.analysis.timeline: relation counts over time and dyad time series.
(a store built from hand-made interactions in tests/analysis/facts.py: no spaCy)"""

from __future__ import annotations

import networkx as nx
import pytest

import kg.analysis.metrics
import kg.analysis.network
import kg.analysis.signed
import kg.viz.page
from kg.analysis import (
    dyad_time_series,
    relation_counts_over_time,
)
from kg.errors import KGError
from tests.analysis.facts import CUB, FACTUAL, RUS, iri


def test_relation_counts_over_time(countries: nx.MultiDiGraph) -> None:
    table = relation_counts_over_time(countries)
    assert list(table.columns) == kg.analysis.timeline.TIMELINE_COLUMNS
    assert table["interactions"].sum() == FACTUAL - 1  # the undated one is left out
    january = table[table["period"] == "2019-01"]
    assert sorted(
        zip(
            january["source_label"],
            january["relation"],
            january["target_label"],
            january["interactions"],
            strict=True,
        )
    ) == [
        ("United States", "sanctions", "Cuba", 1),
        ("United States", "threatens", "Cuba", 1),
    ]
    meets = table[table["relation"] == "meets"]  # symmetric: smaller IRI first
    assert meets[["source", "target"]].values.tolist() == [[iri(CUB), iri(RUS)]]
    yearly = relation_counts_over_time(countries, freq="year", directed=False)
    assert set(yearly["period"]) == {"2019"}
    assert relation_counts_over_time(nx.MultiDiGraph()).empty


def test_dyad_time_series_fills_the_gaps(countries: nx.MultiDiGraph) -> None:
    series = dyad_time_series(countries, "CUB", "United States")
    assert series.index.tolist() == ["2019-01", "2019-02", "2019-03", "2019-04"]
    assert series.columns.tolist() == ["threatens", "sanctions"]  # in the order of Relation
    assert series["sanctions"].tolist() == [1, 0, 0, 1]
    assert series["threatens"].tolist() == [1, 0, 0, 0]
    assert dyad_time_series(countries, "CHN", "CUB").empty


def test_time_series_refuse_an_unknown_period(countries: nx.MultiDiGraph) -> None:
    with pytest.raises(KGError, match="unknown period 'fortnight'"):
        relation_counts_over_time(countries, freq="fortnight")
