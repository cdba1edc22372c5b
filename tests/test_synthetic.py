"""kg.synthetic: recall per event type on labelled stories."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.synthetic import (
    LABEL_RELATIONS,
    Story,
    format_label_recall,
    label_recall,
    load_stories,
    macro_recall,
)
from kg.types import Actor, ActorKind, Interaction, Modality, Relation

RUS, UKR = (Actor(f"country/{c}", ActorKind.COUNTRY, c, code=c) for c in ("RUS", "UKR"))


def said(story: str, relation: Relation, modality: Modality = Modality.ASSERTED) -> Interaction:
    return Interaction(story, RUS, relation, UKR, modality, "x", 0, 1, 0.9)


def test_every_mapped_label_names_one_of_our_relations() -> None:
    assert set(LABEL_RELATIONS.values()) == set(Relation)


def test_recall_counts_stories_that_yield_their_relation_factually() -> None:
    stories = [
        Story("a1", "t", "ASSAULT"),
        Story("a2", "t", "ASSAULT"),
        Story("a3", "t", "ASSAULT"),
        Story("p1", "t", "PROTEST"),
        Story("p2", "t", "PROTEST"),
    ]
    predictions = {
        "a1": [said("a1", Relation.ATTACKS), said("a1", Relation.ATTACKS)],
        "a2": [said("a2", Relation.ATTACKS, Modality.HYPOTHETICAL), said("a2", Relation.MEETS)],
        "p1": [said("p1", Relation.CRITICIZES)],
    }
    assault, protest = label_recall(stories, predictions)
    assert (assault.label, assault.stories, assault.yielded) == ("ASSAULT", 3, 1)
    assert assault.others == {Relation.MEETS: 1}  # a hypothetical attack is no attack
    assert (protest.relation, protest.yielded, protest.recall) == (None, 1, 0.5)
    assert macro_recall([assault, protest]) == pytest.approx(1 / 3)
    table = format_label_recall([assault, protest])
    assert "ASSAULT    attacks" in table and "meets 33%" in table
    assert "macro recall over the mapped labels: 0.333" in table


def test_stories_are_read_from_jsonl_and_bad_lines_are_named(tmp_path: Path) -> None:
    path = tmp_path / "stories.jsonl"
    path.write_text('{"id": "s", "text": "T", "label": "AID", "title": "x"}\n\n', encoding="utf-8")
    assert load_stories(path) == [Story("s", "T", "AID", "x")]
    path.write_text('{"id": "s", "text": "T"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"stories.jsonl:1: not a labelled story"):
        load_stories(path)
