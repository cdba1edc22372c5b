"""kg.analysis.network: the store read as networkx graphs, the country projection.
(a store built from hand-made interactions in tests/analysis/facts.py: no spaCy)"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.analysis import (
    ALL_MODALITIES,
    country_projection,
    filter_network,
    load_network,
    network_from_rows,
)
from kg.analysis.network import INTERACTIONS_QUERY
from kg.store import SelectResult, Store
from tests.analysis.facts import CHN, CUB, FACTS, FACTUAL, LAVROV, RUS, TRUMP, UN, UNSC, USA, iri


def test_load_network_reads_the_store(actors: nx.MultiDiGraph, countries: nx.MultiDiGraph) -> None:
    assert actors.number_of_edges() == len(FACTS)
    assert set(actors) == {iri(a) for a in (USA, CUB, RUS, CHN, UNSC, TRUMP, LAVROV)}
    assert actors.nodes[iri(TRUMP)]["affiliation_label"] == "United States"
    assert countries.number_of_edges() == FACTUAL
    assert set(countries) == {iri(a) for a in (USA, CUB, RUS, CHN, UN)}
    assert countries.nodes[iri(USA)]["members"] == ("Donald Trump",)
    assert countries.graph["level"] == "country"


def test_country_projection_folds_officials_and_weighs_pairs(actors: nx.MultiDiGraph) -> None:
    factual = filter_network(actors, modalities=["Asserted", "Intended"])
    projection = country_projection(factual)
    assert isinstance(projection, nx.DiGraph) and not projection.is_multigraph()
    edge = projection.edges[iri(USA), iri(CUB)]
    assert edge["weight"] == 3
    assert edge["relations"] == {"sanctions": 2, "threatens": 1}
    assert (edge["cooperative"], edge["conflictual"]) == (0, 3)
    assert projection.edges[iri(UN), iri(CUB)]["relations"] == {"supports": 1}
    assert projection.nodes[iri(UN)]["label"] == "United Nations"
    assert projection.nodes[iri(RUS)]["members"] == ("Sergey Lavrov",)
    assert sum(w for _, _, w in projection.edges(data="weight")) == FACTUAL


def test_country_projection_of_a_country_network_only_aggregates(
    countries: nx.MultiDiGraph,
) -> None:
    projection = country_projection(countries)
    assert set(projection) == set(countries)
    assert projection.edges[iri(RUS), iri(CUB)]["relations"] == {"supports": 1, "meets": 1}


def test_load_network_reads_what_the_documented_query_gives(store_path: Path) -> None:
    """`load_network` reads the interactions and the actors apart (faster on Oxigraph); its
    network is the one built from `INTERACTIONS_QUERY`'s rows, at both levels."""
    with Store(store_path, read_only=True) as store:
        answer = store.query(INTERACTIONS_QUERY)
        assert isinstance(answer, SelectResult)
        for level in ("actor", "country"):
            fast = load_network(store, level=level, modalities=ALL_MODALITIES)
            slow = network_from_rows(answer.rows, level=level, modalities=ALL_MODALITIES)
            assert dict(fast.nodes(data=True)) == dict(slow.nodes(data=True))
            assert {k: v for k, v in fast.graph.items() if k != "rows"} == slow.graph
            assert sorted(fast.edges(keys=True, data=True)) == sorted(
                slow.edges(keys=True, data=True)
            )
