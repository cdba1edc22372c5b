"""Leaders of 2010-2025 read from news-like sentences with the trained pipeline: their state comes
from the officials table, by full name, by the first words of a longer name, or by a surname two
of them share and the date tells apart. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from kg.extractor import Extractor
from kg.types import Document

pytestmark = pytest.mark.model


def _states(extractor: Extractor, text: str, date: str | None) -> list[tuple[str, str, str]]:
    (reading,) = extractor.pipe([Document(id="t", text=text, date=date)])
    return [
        (str(i.source_state), i.relation.value, str(i.target_state)) for i in reading.interactions
    ]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # full names of heads of state and government the table lacked before 2026
        (
            "Kais Saied met Abdelmadjid Tebboune in Algiers.",
            "2022-08-27",
            ("country/TUN", "meets", "country/DZA"),
        ),
        (
            "Prime Minister Jacinda Ardern met President Joko Widodo in Jakarta.",
            "2018-07-30",
            ("country/NZL", "meets", "country/IDN"),
        ),
        (
            "President Milo Djukanovic met Edi Rama in Tirana.",
            "2019-02-01",
            ("country/MNE", "meets", "country/ALB"),
        ),
        (
            "Ranil Wickremesinghe met Narendra Modi in New Delhi.",
            "2023-07-21",
            ("country/LKA", "meets", "country/IND"),
        ),
        (
            "Pope Francis met Lazarus Chakwera at the Vatican.",
            "2021-05-01",
            ("country/VAT", "meets", "country/MWI"),
        ),
        # the first words of a longer name: "Joseph Kabila Kabange", "Ali Bongo Ondimba"
        (
            "Joseph Kabila met Paul Kagame in Kigali on Monday.",
            "2015-03-02",
            ("country/COD", "meets", "country/RWA"),
        ),
        (
            "Ali Bongo criticized Teodoro Obiang over the border dispute.",
            "2016-05-01",
            ("country/GAB", "criticizes", "country/GNQ"),
        ),
        # "Orban" alone: Viktor Orbán in 2018, before Ludovic Orban led Romania
        (
            "On Thursday, Orban criticized Sweden.",
            "2018-07-05",
            ("country/HUN", "criticizes", "country/SWE"),
        ),
    ],
)
def test_a_leader_is_read_with_the_state_they_served(
    extractor: Extractor, text: str, date: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _states(extractor, text, date)


def test_a_surname_two_leaders_bore_at_once_names_no_one(extractor: Extractor) -> None:
    """Viktor Orbán and Ludovic Orban were both prime ministers in June 2020."""
    assert _states(extractor, "On Thursday, Orban criticized Sweden.", "2020-06-05") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ministry between the state and the title is part of the office
        (
            "Peruvian foreign ministry spokeswoman Ana Torres accused Chile of lying.",
            ("country/PER", "criticizes", "country/CHL"),
        ),
        (
            "Kenya's defence ministry spokesman Peter Otieno accused Uganda of lying.",
            ("country/KEN", "criticizes", "country/UGA"),
        ),
        # a body that is itself an actor still gives its state
        (
            "The State Department spokesman Peter Otieno accused Cuba of lying.",
            ("country/USA", "criticizes", "country/CUB"),
        ),
    ],
)
def test_a_spokesman_of_a_ministry_serves_the_ministry_s_state(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _states(extractor, text, None)
