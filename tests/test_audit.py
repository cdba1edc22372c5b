"""Precision on judged readings (kg.audit): matching, halves, bands, unjudged readings, bad files,
and the committed judgements themselves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.audit import Judgement, audit, format_audit, load_judgements
from kg.errors import InputError
from kg.evaluate import half_of
from kg.types import Actor, ActorKind, Interaction, Modality, Relation

REPO = Path(__file__).resolve().parents[1]
JUDGED = REPO / "benchmarks" / "audit" / "synthetic-readings.jsonl"


def _state(code: str) -> Actor:
    return Actor(f"country/{code}", ActorKind.COUNTRY, code, code=code)


def _reading(
    doc: str, sentence: str, source: str, relation: Relation, target: str, *,
    modality: Modality = Modality.ASSERTED, confidence: float = 0.8,
) -> Interaction:  # fmt: skip
    return Interaction(
        doc, _state(source), relation, _state(target), modality, sentence, 0, len(sentence),
        confidence, source_state=f"country/{source}", target_state=f"country/{target}",
    )  # fmt: skip


def _judged(doc: str, sentence: str, source: str, relation: str, target: str, *, half: str = "tune",
            correct: bool = True, modality: str = "Asserted") -> Judgement:  # fmt: skip
    return Judgement(half, doc, sentence, f"country/{source}", relation, f"country/{target}",
                     modality, correct)  # fmt: skip


def test_a_judged_reading_is_recognised_whatever_the_whitespace_and_order_of_a_meeting() -> None:
    judged = [_judged("d1", "Peru  met\nChile in Lima.", "CHL", "meets", "PER")]
    made = {"d1": [_reading("d1", "Peru met Chile in Lima.", "PER", Relation.MEETS, "CHL")]}
    report = audit(judged, made)
    assert (report.judged("tune"), report.correct("tune"), report.unjudged) == (1, 1, [])


def test_direction_and_modality_tell_readings_apart() -> None:
    judged = [_judged("d1", "Iran hit Iraq.", "IRN", "attacks", "IRQ")]
    made = {
        "d1": [
            _reading("d1", "Iran hit Iraq.", "IRQ", Relation.ATTACKS, "IRN"),
            _reading(
                "d1",
                "Iran hit Iraq.",
                "IRN",
                Relation.ATTACKS,
                "IRQ",
                modality=Modality.HYPOTHETICAL,
            ),  # fmt: skip
        ]
    }
    report = audit(judged, made)
    assert report.judged("tune") == 0 and len(report.unjudged) == 2


def test_precision_per_half_and_band_counts_factual_readings_in_their_band() -> None:
    judged = [
        _judged("d1", "A.", "IRN", "attacks", "IRQ", correct=True),
        _judged("d1", "B.", "IRN", "criticizes", "IRQ", correct=False),
        _judged("d2", "C.", "USA", "sanctions", "CUB", half="check", correct=False),
    ]
    made = {
        "d1": [
            _reading("d1", "A.", "IRN", Relation.ATTACKS, "IRQ", confidence=0.9),
            _reading("d1", "B.", "IRN", Relation.CRITICIZES, "IRQ", confidence=0.45),
        ],
        "d2": [_reading("d2", "C.", "USA", Relation.SANCTIONS, "CUB", confidence=0.6)],
    }
    report = audit(judged, made)
    assert report.precision("tune") == 0.5 and report.precision("check") == 0.0
    assert report.band("tune", 0.85, 1.0) == (1, 1)
    assert report.band("tune", 0.0, 0.5) == (0, 1)
    assert report.band("check", 0.5, 0.7) == (0, 1)
    text = format_audit(report, errors=True)
    assert "tune" in text and "0.500" in text
    # only the tune half's errors are listed: the check half's are counted, not read
    assert "IRN criticizes" in text and "USA sanctions" not in text


def test_a_reading_made_twice_in_a_document_counts_once() -> None:
    judged = [_judged("d1", "A.", "IRN", "attacks", "IRQ")]
    twice = _reading("d1", "A.", "IRN", Relation.ATTACKS, "IRQ")
    assert audit(judged, {"d1": [twice, twice]}).judged("tune") == 1


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"half": "tune"}', "needs the strings"),
        (
            json.dumps(
                {
                    "half": "tune",
                    "doc": "d",
                    "sentence": "s",
                    "source": "a",
                    "relation": "meets",
                    "target": "b",
                    "modality": "Asserted",
                    "verdict": "maybe",
                }
            ),
            "verdict must be",
        ),
        (
            json.dumps(
                {
                    "half": "tune",
                    "doc": "d",
                    "sentence": "s",
                    "source": "a",
                    "relation": "hugs",
                    "target": "b",
                    "modality": "Asserted",
                    "verdict": "wrong",
                }
            ),
            "relation must be one of",
        ),
        ("[" * 50_000 + "]" * 50_000, "not valid JSON"),
    ],
)
def test_a_malformed_line_is_named(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "judged.jsonl"
    path.write_text("\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        load_judgements(path)
    assert f"{path}:2" in str(caught.value)


def test_the_committed_judgements_load_and_keep_the_dev_split() -> None:
    judgements = load_judgements(JUDGED)
    assert len(judgements) >= 390
    assert {j.half for j in judgements} == {"tune", "check"}
    assert all(half_of(j.doc) == j.half for j in judgements)
    assert all(Relation(j.relation) for j in judgements)
    assert len({j.key for j in judgements}) == len(judgements)  # one verdict per reading
