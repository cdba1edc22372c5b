"""Tests of kg.evaluate: each scoring rule on hand-made records, and the real gold files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.evaluate import (
    Counts,
    ErrorKind,
    GoldDoc,
    GoldRelation,
    GoldSentence,
    Report,
    format_report,
    gold_documents,
    load_gold,
    score,
)
from kg.types import Actor, ActorKind, Interaction, Modality, Relation

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"  # next to the repository
GOLD_FILES = sorted(EVAL.glob("*.jsonl"))

MEETS, SUPPORTS, COOPERATES = Relation.MEETS, Relation.SUPPORTS, Relation.COOPERATES
CRITICIZES, SANCTIONS, ATTACKS = Relation.CRITICIZES, Relation.SANCTIONS, Relation.ATTACKS


def actor(key: str, *, affiliation: str | None = None) -> Actor:
    """A country ("country/RUS"), organisation ("org/UN") or official ("person/x")."""
    kind = {"country": ActorKind.COUNTRY, "org": ActorKind.ORGANIZATION}.get(
        key.split("/")[0], ActorKind.OFFICIAL
    )
    return Actor(key=key, kind=kind, label=key, affiliation=affiliation)


def ix(
    source: str | Actor,
    relation: Relation,
    target: str | Actor,
    *,
    doc: str = "d",
    modality: Modality = Modality.ASSERTED,
    span: tuple[int, int] = (0, 10),
    confidence: float = 0.9,
    evidence: str = "evidence sentence",
    states: tuple[str | None, str | None] = (None, None),
) -> Interaction:
    """An interaction; plain codes become country actors ("RUS" -> "country/RUS")."""

    def as_actor(end: str | Actor) -> Actor:
        if isinstance(end, Actor):
            return end
        return actor(end if "/" in end else f"country/{end}")

    return Interaction(
        doc_id=doc,
        source=as_actor(source),
        relation=relation,
        target=as_actor(target),
        modality=modality,
        evidence=evidence,
        start=span[0],
        end=span[1],
        confidence=confidence,
        source_state=states[0],
        target_state=states[1],
    )


def gold(*relations: GoldRelation, doc: str = "d", **options: object) -> GoldDoc:
    return GoldDoc(id=doc, text="Gold text of the document.", relations=relations, **options)  # type: ignore[arg-type]


def rel(source: str, relation: Relation, target: str, *, optional: bool = False) -> GoldRelation:
    return GoldRelation(source, relation, target, optional=optional)


def overall(docs: list[GoldDoc], *interactions: Interaction) -> Counts:
    predictions: dict[str, list[Interaction]] = {}
    for interaction in interactions:
        predictions.setdefault(interaction.doc_id, []).append(interaction)
    return score(docs, predictions).overall


# -- the rules, one by one ----------------------------------------------------------------------


def test_exact_match_is_a_true_positive() -> None:
    assert overall([gold(rel("USA", SANCTIONS, "CUB"))], ix("USA", SANCTIONS, "CUB")) == Counts(
        1, 0, 0
    )


def test_wrong_direction_is_a_false_positive_and_a_miss() -> None:
    assert overall([gold(rel("USA", SANCTIONS, "CUB"))], ix("CUB", SANCTIONS, "USA")) == Counts(
        0, 1, 1
    )


def test_meets_is_order_free() -> None:
    docs = [gold(rel("RUS", MEETS, "CUB"))]
    assert overall(docs, ix("CUB", MEETS, "RUS")) == Counts(1, 0, 0)
    assert overall(docs, ix("CUB", MEETS, "RUS"), ix("RUS", MEETS, "CUB")) == Counts(1, 0, 0)


@pytest.mark.parametrize(
    ("modality", "expected"),
    [
        (Modality.ASSERTED, Counts(1, 0, 0)),
        (Modality.INTENDED, Counts(1, 0, 0)),
        (Modality.NEGATED, Counts(0, 0, 1)),
        (Modality.HYPOTHETICAL, Counts(0, 0, 1)),
    ],
)
def test_only_factual_predictions_count(modality: Modality, expected: Counts) -> None:
    docs = [gold(rel("RUS", SUPPORTS, "CUB"))]
    assert overall(docs, ix("RUS", SUPPORTS, "CUB", modality=modality)) == expected


def test_negated_prediction_is_not_a_false_alarm() -> None:
    docs = [gold(rel("RUS", SUPPORTS, "CUB"))]
    negated = ix("USA", SANCTIONS, "RUS", modality=Modality.NEGATED)
    assert overall(docs, negated, ix("RUS", SUPPORTS, "CUB")) == Counts(1, 0, 0)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("org/ECOWAS", "country/NGA"),  # an organisation the gold does not speak of
        ("country/NGA", "org/G7"),
        ("country/XKX", "country/SRB"),  # not ISO 3166-1 alpha-3
        ("group/hamas", "country/ISR"),  # not a country or organisation key
        ("country/RUS", "country/RUS"),  # an actor with itself
    ],
)
def test_non_gold_keys_and_self_relations_are_ignored(source: str, target: str) -> None:
    docs = [gold(rel("RUS", MEETS, "CUB"))]
    assert overall(docs, ix(actor(source), CRITICIZES, actor(target))) == Counts(0, 0, 1)


def test_organisation_keys_are_scored() -> None:
    docs = [gold(rel("UN", CRITICIZES, "USA"))]
    assert overall(docs, ix("org/UN", CRITICIZES, "USA")) == Counts(1, 0, 0)


def test_officials_count_as_their_state() -> None:
    lavrov, rodriguez = actor("person/sergey-lavrov"), actor("person/bruno-rodriguez")
    docs = [gold(rel("RUS", MEETS, "CUB"))]
    met = ix(lavrov, MEETS, rodriguez, states=("country/RUS", "country/CUB"))
    assert overall(docs, met) == Counts(1, 0, 0)


def test_official_without_a_state_is_dropped() -> None:
    docs = [gold(rel("RUS", MEETS, "CUB"))]
    assert overall(docs, ix(actor("person/someone"), MEETS, "CUB")) == Counts(0, 0, 1)


def test_official_falls_back_to_affiliation_and_organ_to_its_parent() -> None:
    lavrov = actor("person/sergey-lavrov", affiliation="country/RUS")
    council = actor("org/UNSC", affiliation="org/UN")
    docs = [gold(rel("RUS", MEETS, "CUB"), rel("UN", SANCTIONS, "PRK"))]
    predictions = (ix(lavrov, MEETS, "CUB"), ix(council, SANCTIONS, "PRK"))
    assert overall(docs, *predictions) == Counts(2, 0, 0)


def test_state_key_decides_over_the_actor_key() -> None:
    docs = [gold(rel("USA", SANCTIONS, "CUB"))]
    said = ix("RUS", SANCTIONS, "CUB", states=("country/USA", None))
    assert overall(docs, said) == Counts(1, 0, 0)


def test_optional_relation_is_neither_rewarded_nor_required() -> None:
    docs = [gold(rel("RUS", SUPPORTS, "CUB"), rel("RUS", COOPERATES, "CUB", optional=True))]
    assert overall(docs, ix("RUS", SUPPORTS, "CUB")) == Counts(1, 0, 0)
    assert overall(docs, ix("RUS", SUPPORTS, "CUB"), ix("RUS", COOPERATES, "CUB")) == Counts(
        1, 0, 0
    )


def test_partial_doc_ignores_other_relation_types() -> None:
    docs = [gold(rel("UKR", COOPERATES, "EU"), partial=True)]
    predictions = (
        ix("UKR", COOPERATES, "org/EU"),
        ix("RUS", COOPERATES, "UKR"),  # same type, not gold: a false alarm
        ix("RUS", ATTACKS, "UKR"),  # another type: ignored
    )
    assert overall(docs, *predictions) == Counts(1, 1, 0)
    assert overall([gold(rel("UKR", COOPERATES, "EU"))], *predictions) == Counts(1, 2, 0)


def test_negative_doc_makes_every_prediction_a_false_alarm() -> None:
    docs = [gold(negative=True, partial=True)]
    predictions = (ix("CHN", CRITICIZES, "USA"), ix("CHN", MEETS, "USA"))
    assert overall(docs, *predictions) == Counts(0, 2, 0)


def test_predictions_are_deduplicated_per_unit() -> None:
    docs = [gold(rel("USA", SANCTIONS, "CUB"))]
    twice = (ix("USA", SANCTIONS, "CUB", span=(0, 5)), ix("USA", SANCTIONS, "CUB", span=(6, 9)))
    assert overall(docs, *twice) == Counts(1, 0, 0)
    wrong_twice = (ix("RUS", SANCTIONS, "CUB"), ix("RUS", SANCTIONS, "CUB"))
    assert overall(docs, *wrong_twice) == Counts(0, 1, 1)


def test_predictions_of_other_documents_do_not_leak() -> None:
    docs = [gold(rel("USA", SANCTIONS, "CUB"), doc="a"), gold(doc="b", negative=True)]
    assert overall(docs, ix("USA", SANCTIONS, "CUB", doc="b")) == Counts(0, 1, 1)
    assert overall(docs, ix("USA", SANCTIONS, "CUB", doc="unknown")) == Counts(0, 0, 1)


# -- targeted sentences -------------------------------------------------------------------------

TEXT = "Intro sentence here. The US met Iraq. Noise. China criticized Japan."
#       0                   20 21            37 38  43 44                  68


def targeted(**options: object) -> GoldDoc:
    sentences = (
        GoldSentence(21, 37, TEXT[21:37], (rel("USA", MEETS, "IRQ"),)),
        GoldSentence(44, 68, TEXT[44:68], ()),  # actors, no relation: anything is a false alarm
    )
    return GoldDoc(id="d", text=TEXT, sentences=sentences, **options)  # type: ignore[arg-type]


def test_targeted_sentences_score_only_overlapping_interactions() -> None:
    predictions = (
        ix("IRQ", MEETS, "USA", span=(21, 37)),
        ix("CHN", CRITICIZES, "JPN", span=(44, 68)),
        ix("RUS", ATTACKS, "UKR", span=(0, 20)),  # outside every target sentence: ignored
        ix("RUS", ATTACKS, "UKR", span=(38, 43)),
    )
    assert overall([targeted()], *predictions) == Counts(1, 1, 0)


def test_targeted_document_ignores_document_level_relations() -> None:
    doc = targeted(relations=(rel("RUS", ATTACKS, "UKR"),))
    assert overall([doc], ix("RUS", ATTACKS, "UKR", span=(0, 20))) == Counts(0, 0, 1)


def test_interaction_over_two_sentences_is_scored_against_the_one_it_overlaps_most() -> None:
    mostly_first = ix("USA", MEETS, "IRQ", span=(25, 46))  # 12 chars in the first, 2 in the second
    mostly_second = ix("USA", MEETS, "IRQ", span=(35, 68))  # 2 in the first, 24 in the second
    assert overall([targeted()], mostly_first) == Counts(1, 0, 0)
    assert overall([targeted()], mostly_second) == Counts(0, 1, 1)


def test_misses_in_target_sentences_show_the_sentence() -> None:
    report = score([targeted()], {})
    assert [(e.kind, e.sentence) for e in report.errors] == [(ErrorKind.MISS, "The US met Iraq.")]
    assert report.units == 2


# -- the report ---------------------------------------------------------------------------------


def test_per_relation_numbers() -> None:
    docs = [
        gold(
            rel("RUS", MEETS, "CUB"),
            rel("USA", SANCTIONS, "CUB"),
            rel("RUS", CRITICIZES, "USA"),
            doc="a",
        ),
        gold(rel("CHN", MEETS, "USA"), doc="b"),
    ]
    predictions = {
        "a": [
            ix("CUB", MEETS, "RUS", doc="a"),
            ix("USA", SANCTIONS, "CUB", doc="a"),
            ix("RUS", SANCTIONS, "CUB", doc="a"),
        ],
        "b": [ix("CHN", MEETS, "JPN", doc="b")],
    }
    report = score(docs, predictions)
    assert report.by_relation[MEETS] == Counts(tp=1, fp=1, fn=1)
    assert report.by_relation[SANCTIONS] == Counts(tp=1, fp=1, fn=0)
    assert report.by_relation[CRITICIZES] == Counts(tp=0, fp=0, fn=1)
    assert report.by_relation[ATTACKS] == Counts()
    assert report.overall == Counts(tp=2, fp=2, fn=2)
    assert report.overall.precision == pytest.approx(0.5)
    assert report.by_relation[SANCTIONS].recall == pytest.approx(1.0)
    assert report.by_relation[MEETS].f1 == pytest.approx(0.5)
    assert report.by_relation[CRITICIZES].precision == 0.0  # undefined: shown as 0


@pytest.mark.parametrize(
    ("counts", "precision", "recall", "f1"),
    [
        (Counts(3, 1, 2), 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35),
        (Counts(0, 0, 0), 0.0, 0.0, 0.0),
        (Counts(0, 4, 0), 0.0, 0.0, 0.0),
        (Counts(5, 0, 0), 1.0, 1.0, 1.0),
    ],
)
def test_counts(counts: Counts, precision: float, recall: float, f1: float) -> None:
    assert (counts.precision, counts.recall, counts.f1) == pytest.approx((precision, recall, f1))


def test_confidence_bands_count_scored_predictions() -> None:
    docs = [
        gold(
            rel("USA", SANCTIONS, "CUB"),
            rel("RUS", MEETS, "CUB"),
            rel("CHN", MEETS, "CUB", optional=True),
        )
    ]
    predictions = (
        ix("USA", SANCTIONS, "CUB", confidence=1.0),
        ix("RUS", MEETS, "CUB", confidence=0.5),
        ix("RUS", ATTACKS, "CUB", confidence=0.85),
        ix("CHN", ATTACKS, "CUB", confidence=0.2),
        ix("CHN", CRITICIZES, "CUB", confidence=0.7),
        ix("CHN", CRITICIZES, "CUB", confidence=0.6),  # a duplicate: the most confident is kept
    )
    report = score(docs, {"d": list(predictions)})
    assert [(b.label, b.tp, b.fp) for b in report.bands] == [
        ("[0.00, 0.50)", 0, 1),
        ("[0.50, 0.70)", 1, 0),
        ("[0.70, 0.85)", 0, 1),
        ("[0.85, 1.00]", 1, 1),
    ]
    assert report.bands[3].precision == pytest.approx(0.5)


def test_errors_list_misses_and_false_alarms_with_their_sentences() -> None:
    doc = GoldDoc(
        id="seed",
        text="Russia Promises Support for Cuba\n\n" + "x" * 300,
        relations=(rel("RUS", SUPPORTS, "CUB"),),
        wrong=(rel("RUS", SANCTIONS, "CUB"),),
    )
    alarm = ix(
        "RUS", SANCTIONS, "CUB", doc="seed", evidence="The embargo\nimposed.", confidence=0.6
    )
    report = score([doc], {"seed": [alarm]})
    miss, false_alarm = sorted(report.errors, key=lambda e: e.kind.value, reverse=True)
    assert (miss.kind, miss.doc_id, miss.source, miss.relation, miss.target) == (
        ErrorKind.MISS,
        "seed",
        "RUS",
        SUPPORTS,
        "CUB",
    )
    assert miss.sentence.startswith("Russia Promises Support for Cuba x")
    assert len(miss.sentence) <= 200
    assert false_alarm.kind is ErrorKind.FALSE_ALARM
    assert false_alarm.sentence == "The embargo imposed."
    assert false_alarm.confidence == 0.6
    assert false_alarm.known_wrong


def test_format_report_has_an_aligned_table_with_an_overall_row() -> None:
    docs = [gold(rel("USA", SANCTIONS, "CUB"), rel("RUS", MEETS, "CUB"))]
    report = score(docs, {"d": [ix("USA", SANCTIONS, "CUB"), ix("RUS", ATTACKS, "CUB")]})
    text = format_report(report, title="dev set")
    lines = text.splitlines()
    assert lines[0] == "dev set"
    [row] = [line for line in lines if re.match(r"^\s*overall", line)]
    assert row.split() == ["overall", "1", "1", "1", "0.500", "0.500", "0.500"]
    table = [
        line
        for line in lines
        if line.split() and line.split()[0] in {r.value for r in Relation} | {"overall"}
    ]
    assert len(table) == 8
    assert len({len(line) for line in table}) == 1  # aligned
    assert "errors:" not in text


def test_format_report_lists_errors_on_request() -> None:
    docs = [gold(rel("RUS", MEETS, "CUB"))]
    report = score(docs, {"d": [ix("RUS", ATTACKS, "CUB", evidence="Russia struck Cuba.")]})
    text = format_report(report, errors=True)
    assert "errors: 1 misses, 1 false alarms" in text
    assert re.search(r"miss\s+d\s+RUS meets CUB", text)
    assert re.search(r"false alarm\s+d\s+RUS attacks CUB \(0\.90\)", text)
    assert "Russia struck Cuba." in text


def test_empty_report_formats() -> None:
    text = format_report(Report(by_relation={r: Counts() for r in Relation}))
    assert re.search(r"^overall\s+0\s+0\s+0\s+0\.000", text, re.M)


# -- gold files ---------------------------------------------------------------------------------


@pytest.mark.skipif(not GOLD_FILES, reason="the shared gold set is not mounted")
@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_real_gold_files_load(path: Path) -> None:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = load_gold(path)
    assert len(docs) == len(lines)
    assert [d.id for d in docs] == [json.loads(line)["id"] for line in lines]
    for doc in docs:
        for sentence in doc.sentences or ():
            assert doc.text[sentence.start : sentence.end] == sentence.text
    documents = gold_documents(docs)
    assert [d.id for d in documents] == [d.id for d in docs]
    assert all(len(d.text) == len(g.text) for d, g in zip(documents, docs, strict=True))


@pytest.mark.skipif(
    not (EVAL / "voa-dev.jsonl").exists(), reason="the shared gold set is not mounted"
)
def test_real_gold_fields() -> None:
    voa = load_gold(EVAL / "voa-dev.jsonl")
    assert all(d.sentences for d in voa)
    assert any(r.optional for d in voa for s in d.sentences or () for r in s.relations)
    plover = load_gold(EVAL / "plover-dev.jsonl")
    assert any(d.partial for d in plover) and any(d.negative for d in plover)
    [seed] = load_gold(EVAL / "seed.jsonl")
    assert seed.date == "2019-07-24"
    assert {r.key for r in seed.wrong} >= {("RUS", SANCTIONS, "CUB")}
    assert gold_documents([seed])[0].text.count("\u00a0") == 0


def test_gold_documents_keep_offsets() -> None:
    text = "A\u00a0b.\r\nThe US met Iraq.\x07"
    doc = GoldDoc(
        id="x",
        text=text,
        date="2019-07-24",
        title="T",
        sentences=(GoldSentence(6, 22, text[6:22]),),
    )
    [document] = gold_documents([doc])
    assert (document.id, document.date, document.title) == ("x", "2019-07-24", "T")
    assert document.text[6:22] == "The US met Iraq."
    assert len(document.text) == len(text)


GOOD = {
    "id": "a",
    "text": "Russia met Cuba.",
    "relations": [{"source": "RUS", "relation": "meets", "target": "CUB"}],
}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1]", "expected a JSON object"),
        (json.dumps({"text": "t", "relations": []}), '"id" must be a non-empty string'),
        (json.dumps({"id": "b", "relations": []}), '"text" must be a non-empty string'),
        (json.dumps({"id": "b", "text": "t"}), 'missing "relations"'),
        (json.dumps({**GOOD, "id": "b", "date": "last week"}), '"date"'),
        (json.dumps({**GOOD, "id": "b", "negative": "yes"}), '"negative" must be true or false'),
        (
            json.dumps({**GOOD, "id": "b", "negative": True}),
            '"negative": true but "relations" is not empty',
        ),
        (
            json.dumps(
                {
                    **GOOD,
                    "id": "b",
                    "relations": [{"source": "RUS", "relation": "likes", "target": "CUB"}],
                }
            ),
            "unknown relation 'likes'",
        ),
        (
            json.dumps(
                {
                    **GOOD,
                    "id": "b",
                    "relations": [{"source": "ECOWAS", "relation": "meets", "target": "CUB"}],
                }
            ),
            "unknown actor key 'ECOWAS'",
        ),
        (
            json.dumps({**GOOD, "id": "b", "relations": [{"relation": "meets", "target": "CUB"}]}),
            '"source" must be a non-empty string',
        ),
        (
            json.dumps(
                {"id": "b", "text": "abc", "sentences": [{"start": 1, "end": 9, "relations": []}]}
            ),
            "sentence 1: [1, 9) is not inside the text",
        ),
        (
            json.dumps(
                {"id": "b", "text": "abc", "sentences": [{"start": 0, "end": 2, "text": "bc"}]}
            ),
            'sentence 1: "text" is not text[0:2]',
        ),
        (
            json.dumps({"id": "b", "text": "abc", "sentences": [{"start": "0", "end": 2}]}),
            'sentence 1: "start" must be a character offset',
        ),
        (json.dumps(GOOD), "duplicate id 'a', first on line 1"),
    ],
)
def test_malformed_gold_line_raises_with_file_and_line(
    tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOOD) + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_gold(path)
    assert caught.value.where == f"{path}:3"
    assert message in caught.value.problem


def test_missing_gold_file_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read gold file"):
        load_gold(tmp_path / "nope.jsonl")


def test_gold_relation_keys_and_notes(tmp_path: Path) -> None:
    record = {
        "id": "v",
        "text": "Some text.",
        "sentences": [
            {
                "start": 0,
                "end": 4,
                "text": "Some",
                "relations": [
                    {
                        "source": "USA",
                        "relation": "meets",
                        "target": "IRQ",
                        "why": "talks",
                        "optional": True,
                    }
                ],
            }
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [doc] = load_gold(path)
    [sentence] = doc.sentences or ()
    [relation] = sentence.relations
    assert relation.key == ("IRQ", MEETS, "USA")
    assert (relation.optional, relation.note) == (True, "talks")
    assert doc.relations == ()
    assert doc.origin == f"{path}:1"


# -- tune and check halves ------------------------------------------------------------------------


def test_the_halves_are_those_of_the_shared_split_script(shared_eval: Path, tmp_path: Path) -> None:
    """`half_of` follows ../shared/eval/split.py exactly, so that `kg evaluate --half check` scores
    the documents the split script puts in the check half."""
    import subprocess
    import sys

    from kg.evaluate import half_of

    source = shared_eval / "voa-dev.jsonl"
    subprocess.run([sys.executable, str(shared_eval / "split.py"), str(source), str(tmp_path)],
                   check=True, capture_output=True)  # fmt: skip
    for half in ("tune", "check"):
        ids = [json.loads(line)["id"] for line in (tmp_path / f"voa-dev.{half}.jsonl").open()]
        assert ids and all(half_of(doc_id) == half for doc_id in ids)


def test_in_half_keeps_the_documents_of_one_half() -> None:
    from kg.evaluate import half_of, in_half

    docs = [GoldDoc(id=f"d{n}", text="x") for n in range(40)]
    tune, check = in_half(docs, "tune"), in_half(docs, "check")
    assert len(tune) + len(check) == 40 and tune and check
    assert {half_of(d.id) for d in tune} == {"tune"}
    assert in_half(docs, None) == docs
    with pytest.raises(InputError, match="unknown half"):
        in_half(docs, "middle")


def test_the_summary_has_a_line_per_set_with_its_bands() -> None:
    from kg.evaluate import format_summary

    rus, cub = (Actor(f"country/{c}", ActorKind.COUNTRY, c, code=c) for c in ("RUS", "CUB"))
    gold = [GoldDoc(id="d", text="Russia met Cuba.",
                    relations=(GoldRelation("RUS", Relation.MEETS, "CUB"),))]  # fmt: skip
    met = Interaction("d", rus, Relation.MEETS, cub, Modality.ASSERTED, "x", 0, 1, 0.9)
    text = format_summary([("dev", score(gold, {"d": [met]})), ("  check", score([], {}))])
    dev_line = next(line for line in text.splitlines() if line.startswith("dev"))
    assert dev_line.split()[1:9] == ["1", "1", "0", "0", "1.000", "1.000", "1.000", "0.00"]
    assert "1.00 (  1)" in dev_line
