"""The cheap pass: a document that names fewer than two actors is tokenized, not parsed, and
no interaction is lost by it (on every dev document, compared with reading everything)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import gold_documents, load_gold
from kg.types import Document

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "enough"),
    [
        ("The weather stayed fine all week and the harvest was good.", False),
        ("Ghana held elections on Sunday.", False),  # one actor: nothing to relate
        ("Ghana and Togo signed a border accord.", True),
        ("Akufo-Addo met Faure Gnassingbe in Lome.", True),  # names of the officials' tables
        ("The foreign minister said Ghana would help.", True),  # a title stands for someone
        ("Accra accused Lome of stalling.", True),  # capitals
        ("President Zorbalo met President Quintaka.", True),  # two titles, two people
    ],
)
def test_two_potential_actors_are_needed(extractor, text: str, enough: bool) -> None:  # type: ignore[no-untyped-def]
    assert extractor.may_hold_a_relation(text) is enough


def test_a_skimmed_document_is_not_parsed_and_reads_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    reading = extractor.read(Document(id="s", text="Ghana held elections on Sunday."))
    assert reading.skimmed and reading.problem is None
    assert not reading.doc.has_annotation("DEP") and reading.interactions == []
    assert reading.doc.text == "Ghana held elections on Sunday."


def test_skimming_loses_no_interaction_on_the_dev_documents(extractor, shared_eval: Path) -> None:  # type: ignore[no-untyped-def]
    documents = [
        d for path in sorted(shared_eval.glob("*.jsonl")) for d in gold_documents(load_gold(path))
    ]
    documents.append(Document(id="one-actor", text="Ghana held elections on Sunday."))

    def read(skim: bool) -> dict[str, list[tuple[object, ...]]]:
        extractor.skim = skim
        try:
            return {
                r.document.id: sorted(
                    (i.source.key, i.relation.value, i.target.key, i.modality.value, i.start)
                    for i in r.interactions
                )
                for r in extractor.pipe(documents)
            }
        finally:
            extractor.skim = True

    everything, skimmed = read(False), read(True)
    assert skimmed == everything
    assert sum(1 for d in documents if not extractor.may_hold_a_relation(d.text)) >= 1


def test_explain_says_a_document_was_skimmed(extractor) -> None:  # type: ignore[no-untyped-def]
    from kg.explain import explain_reading

    reading = extractor.read(Document(id="s", text="Ghana held elections on Sunday."))
    assert "not parsed" in explain_reading(reading)
