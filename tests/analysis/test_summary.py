"""kg.analysis.summary: the headline of a network.
(a store built from hand-made interactions in tests/analysis/facts.py: no spaCy)"""

from __future__ import annotations

import networkx as nx

from kg.analysis import (
    format_headline,
    headline,
)
from tests.analysis.facts import FACTUAL


def test_headline(countries: nx.MultiDiGraph) -> None:
    h = headline(countries, top_n=3)
    assert h.level == "country" and h.actors == {"Country": 4, "Organization": 1}
    assert h.interactions == FACTUAL and h.documents == 6  # d5 holds no factual one
    assert h.relations["sanctions"] == 2 and "attacks" not in h.relations
    assert h.modalities == {"Asserted": FACTUAL - 1, "Intended": 1}
    assert (h.first_date, h.last_date) == ("2019-01-10", "2019-05-01")
    assert h.components == 1 and h.largest_component == 5 and h.dyads == 6
    assert h.central["interactions"][0] == ("Cuba", 7.0)
    assert len(h.central["betweenness"]) == 3
    text = format_headline(h)
    for expected in (
        "network: country level",
        "actors: 5 (Country 4, Organization 1)",
        f"interactions: {FACTUAL} from 6 document(s), 2019-01-10 to 2019-05-01",
        "most active: Cuba 7, United States 6",
        "2 triangle(s), 100% balanced",
    ):
        assert expected in text
