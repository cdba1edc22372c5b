"""kg.analysis.views: filtering, finding actors, ego networks, the most active.
(a store built from hand-made interactions in tests/analysis/facts.py: no spaCy)"""

from __future__ import annotations

import networkx as nx
import pytest

from kg.analysis import (
    collapse,
    ego_network,
    filter_network,
    find_actor,
    keep_most_active,
)
from kg.errors import KGError
from kg.types import ID_BASE, Actor
from tests.analysis.facts import CHN, CUB, FACTS, FACTUAL, LAVROV, RUS, UN, USA, iri


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"since": "2019-02-05", "until": "2019-03-15"}, 4),  # inclusive bounds
        ({"since": "2019-05-01"}, 4),
        ({"until": "2019-01-10"}, 2),  # the undated d6 goes as soon as a bound is set
        ({"relations": ["sanctions", "ir:supports"]}, 4),
        ({"modalities": ["Negated", "Hypothetical"]}, 2),
        ({"kinds": ["Country"]}, 8),
        ({"kinds": ["country", "official"]}, 11),
        ({}, len(FACTS)),
    ],
)
def test_filter_network(actors: nx.MultiDiGraph, options: dict[str, object], expected: int) -> None:
    kept = filter_network(actors, **options)  # type: ignore[arg-type]
    assert kept.number_of_edges() == expected
    assert all(kept.degree(n) > 0 for n in kept)
    assert actors.number_of_edges() == len(FACTS)  # the input is left alone


def test_filter_network_on_a_collapsed_graph_recounts_weights(countries: nx.MultiDiGraph) -> None:
    collapsed = collapse(countries)
    assert collapsed.edges[iri(USA), iri(CUB), "sanctions"]["weight"] == 2
    kept = filter_network(collapsed, until="2019-01-31")
    assert kept.edges[iri(USA), iri(CUB), "sanctions"]["weight"] == 1
    assert [e.date for e in kept.edges[iri(USA), iri(CUB), "sanctions"]["evidence"]] == [
        "2019-01-10"
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"since": "last week"}, "--since 'last week' is not a date"),
        ({"since": "2019-05-01", "until": "2019-01-01"}, "after --until"),
        ({"relations": ["sanctions", "praises"]}, "unknown relation.*praises"),
        ({"modalities": ["Rumoured"]}, "unknown modality"),
        ({"kinds": ["Rebel"]}, "unknown actor type"),
    ],
)
def test_filter_network_refuses_bad_options(
    actors: nx.MultiDiGraph, options: dict[str, object], message: str
) -> None:
    with pytest.raises(KGError, match=message):
        filter_network(actors, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "level", "expected"),
    [
        ("CUB", "country", CUB),
        ("cub", "country", CUB),
        ("country/CUB", "country", CUB),
        (ID_BASE + "country/CUB", "country", CUB),
        ("Cuba", "country", CUB),
        ("united nations", "country", UN),
        ("Sergey Lavrov", "country", RUS),  # folded into Russia at country level
        ("sergey-lavrov", "actor", LAVROV),
        ("Sergey Lavrov", "actor", LAVROV),
    ],
)
def test_find_actor(
    actors: nx.MultiDiGraph,
    countries: nx.MultiDiGraph,
    name: str,
    level: str,
    expected: Actor,
) -> None:
    assert find_actor(countries if level == "country" else actors, name) == iri(expected)


def test_find_actor_says_what_is_there(countries: nx.MultiDiGraph) -> None:
    with pytest.raises(KGError, match="did you mean Cuba"):
        find_actor(countries, "cu")
    with pytest.raises(KGError, match="give a code"):
        find_actor(countries, "Atlantis")
    twins = nx.MultiDiGraph()
    twins.add_node("urn:a", label="Georgia")
    twins.add_node("urn:b", label="Georgia")
    with pytest.raises(KGError, match="names 2 actors"):
        find_actor(twins, "georgia")


@pytest.mark.parametrize(
    ("depth", "expected"),
    [(0, {CHN}), (1, {CHN, RUS, USA}), (2, {CHN, RUS, USA, CUB})],
)
def test_ego_network(countries: nx.MultiDiGraph, depth: int, expected: set[Actor]) -> None:
    ego = ego_network(countries, "China", depth=depth)
    assert set(ego) == {iri(a) for a in expected}
    assert ego.graph["focus"] == iri(CHN) and ego.graph["level"] == "country"
    if depth == 1:  # ties among the neighbours come too
        assert ego.has_edge(iri(RUS), iri(USA))


def test_keep_most_active(countries: nx.MultiDiGraph) -> None:
    kept, selection = keep_most_active(countries, 2)
    assert set(kept) == {iri(CUB), iri(USA)}  # 7 and 6 interactions
    assert (selection.shown_actors, selection.total_actors) == (2, 5)
    assert (selection.shown_interactions, selection.total_interactions) == (4, FACTUAL)
    assert selection.hidden_actors == 3 and selection.hidden_interactions == FACTUAL - 4
    kept, _ = keep_most_active(countries, 2, keep=[iri(CHN)])
    assert set(kept) == {iri(CUB), iri(USA), iri(CHN)}
    everything, selection = keep_most_active(countries, 0)
    assert everything is countries and selection.hidden_actors == 0
