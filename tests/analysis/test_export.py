"""kg.analysis.export: GraphML, GEXF and CSV.
(a store built from hand-made interactions in tests/analysis/facts.py: no spaCy)"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

import kg.analysis.metrics
import kg.analysis.network
import kg.analysis.signed
import kg.viz.page
from kg.analysis import (
    interactions_table,
    write_csv,
    write_gexf,
    write_graphml,
)
from kg.errors import KGError
from tests.analysis.facts import CUB, FACTS, USA, iri


def test_graphml_round_trips(countries: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = write_graphml(countries, tmp_path / "out" / "net.graphml")
    back = nx.read_graphml(path)
    assert set(back) == set(countries)
    assert back.nodes[iri(USA)]["label"] == "United States"
    assert back.nodes[iri(USA)]["members"] == "Donald Trump"
    sanctions = [d for u, v, d in back.edges(data=True) if d["relation"] == "sanctions"]
    assert sanctions == [
        {
            "relation": "sanctions",
            "label": "sanctions",
            "weight": 2,
            "sign": -1,
            "documents": 2,
            "first_date": "2019-01-10",
            "last_date": "2019-04-02",
        }
    ]


def test_gexf_carries_time_for_gephi(countries: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = write_gexf(countries, tmp_path / "net.gexf")
    root = ET.parse(path).getroot()
    ns = {"g": root.tag[1:].split("}")[0]}
    graph = root.find("g:graph", ns)
    assert graph is not None
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    spells = {
        (e.get("source"), e.get("label")): [s.get("start") for s in e.iterfind(".//g:spell", ns)]
        for e in graph.iterfind(".//g:edge", ns)
    }
    assert spells[(iri(USA), "sanctions")] == ["2019-01-10", "2019-04-02"]
    assert spells[(iri(CUB), "criticizes")] == []  # undated: always there
    starts = {n.get("label"): n.get("start") for n in graph.iterfind(".//g:node", ns)}
    assert starts["China"] == "2019-03-15" and starts["Cuba"] == "2019-01-10"
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == 5


def test_csv_tables(actors: nx.MultiDiGraph, tmp_path: Path) -> None:
    written = write_csv(actors, tmp_path / "csv")
    assert [p.name for p in written] == list(kg.analysis.export.CSV_FILES)
    table = pd.read_csv(tmp_path / "csv" / "interactions.csv", keep_default_na=False)
    assert len(table) == len(FACTS)
    quoted = table[table["doc_id"] == "d2"]["evidence"].tolist()
    assert 'Lavrov met Cuban leaders, "warmly", in Havana.' in quoted
    actor_rows = pd.read_csv(tmp_path / "csv" / "actors.csv")
    assert set(actor_rows["actor"]) == set(actors)
    assert {"betweenness", "eigenvector", "community"} <= set(actor_rows.columns)
    relations = pd.read_csv(tmp_path / "csv" / "relations.csv")
    assert relations["weight"].sum() == len(FACTS)
    assert len(interactions_table(actors)) == len(FACTS)


def test_export_to_an_unwritable_place_says_so(countries: nx.MultiDiGraph, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(KGError, match="cannot"):
        write_graphml(countries, blocker / "net.graphml")
    with pytest.raises(KGError, match="cannot"):
        write_csv(countries, blocker / "csv")
