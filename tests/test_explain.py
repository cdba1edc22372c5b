"""Tests of `kg explain` (kg.explain): dependency paths on hand-built Docs, reports of Readings
(one built by hand, one by the trained pipeline)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.actors.recognize import ActorIndex
from kg.explain import dependency_path, explain_reading
from kg.extractor import Extractor, Reading
from kg.relations.arguments import DocContext
from kg.relations.extract import extract
from kg.relations.lexicon import default_lexicon
from kg.relations.quotes import find_quotes
from kg.types import Actor, ActorKind, Document, Mention

RUSSIA = Actor("country/RUS", ActorKind.COUNTRY, "Russia", code="RUS")
CUBA = Actor("country/CUB", ActorKind.COUNTRY, "Cuba", code="CUB")


def two_sentences() -> Doc:
    """ "Russia 's support for Cuba grew . Cuba thanked Russia ." parsed by hand."""
    words = ["Russia", "'s", "support", "for", "Cuba", "grew", "."]
    words += ["Cuba", "thanked", "Russia", "."]
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=[False, True, True, True, True, False, True, True, True, False, False],
        heads=[2, 0, 5, 2, 3, 5, 5, 8, 8, 8, 8],
        deps=["poss", "case", "nsubj", "prep", "pobj", "ROOT", "punct"]
        + ["nsubj", "ROOT", "dobj", "punct"],
        pos=["PROPN", "PART", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"]
        + ["PROPN", "VERB", "PROPN", "PUNCT"],
        tags=["NNP", "POS", "NN", "IN", "NNP", "VBD", "."] + ["NNP", "VBD", "NNP", "."],
        lemmas=["Russia", "'s", "support", "for", "Cuba", "grow", "."]
        + ["Cuba", "thank", "Russia", "."],
    )


@pytest.mark.parametrize(
    ("a", "b", "path"),
    [
        (0, 4, "Russia -poss-> [support] <-prep- for <-pobj- Cuba"),
        (4, 0, "Cuba -pobj-> for -prep-> [support] <-poss- Russia"),
        (0, 5, "Russia -poss-> support -nsubj-> [grew]"),
        (5, 0, "[grew] <-nsubj- support <-poss- Russia"),
        (7, 9, "Cuba -nsubj-> [thanked] <-dobj- Russia"),
        (2, 2, "[support]"),
        (0, 9, "(no path: different sentences)"),
    ],
)
def test_dependency_path(a: int, b: int, path: str) -> None:
    assert dependency_path(two_sentences(), a, b) == path


def hand_built_reading() -> Reading:
    doc = two_sentences()
    mentions = [
        Mention(0, 1, RUSSIA, "name"),
        Mention(4, 5, CUBA, "name"),
        Mention(7, 8, CUBA, "name"),
        Mention(9, 10, RUSSIA, "name", 0.8),
    ]
    lexicon = default_lexicon()
    index = ActorIndex(mentions)
    ctx = DocContext(doc, index, lexicon, lambda actor: actor, find_quotes(doc, lexicon))
    document = Document(id="hand", text=doc.text, date="2019-07-24")
    return Reading(document, doc, index, list(extract(ctx, document)))


def test_explain_a_hand_built_reading() -> None:
    report = explain_reading(hand_built_reading())
    lines = report.splitlines()
    assert lines[0] == "document 'hand' (date 2019-07-24)"
    assert "sentence 1: Russia's support for Cuba grew." in lines
    assert "sentence 2: Cuba thanked Russia." in lines
    assert "    'Russia' -> Russia <country/RUS> [Country] by name, confidence 1.00" in lines
    assert "    'Russia' -> Russia <country/RUS> [Country] by name, confidence 0.80" in lines
    assert "    KEPT: supports triggered by 'support' (NOUN, rule noun) - noun rule" in lines
    assert "      source: Russia <country/RUS> (name)" in lines
    assert "      path: Russia -poss-> [support] <-prep- for <-pobj- Cuba" in lines
    assert "      modality: Asserted (cues: none); confidence 0.80" in lines
    assert "      path: Cuba -nsubj-> [thanked] <-dobj- Russia" in lines
    assert report.endswith("\n")


def test_explain_one_sentence() -> None:
    report = explain_reading(hand_built_reading(), sentence=2)
    assert "sentence 2: Cuba thanked Russia." in report
    assert "sentence 1" not in report
    assert "triggered by 'support'" not in report


def test_explain_a_sentence_without_actors_or_triggers() -> None:
    words = ["It", "rained", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=[True, False, False],
        heads=[1, 1, 1],
        deps=["nsubj", "ROOT", "punct"],
        pos=["PRON", "VERB", "PUNCT"],
        lemmas=["it", "rain", "."],
    )
    reading = Reading(Document(id="rain", text=doc.text), doc, ActorIndex([]), [])
    assert explain_reading(reading).splitlines() == [
        "document 'rain' (date unknown)",
        "",
        "sentence 1: It rained.",
        "  actors:",
        "    (none)",
        "  candidate relations:",
        "    (no trigger word)",
    ]


@pytest.mark.model
def test_explain_a_parsed_reading(extractor: Extractor) -> None:
    text = "Lavrov said Russia would support Cuba. The United States imposed sanctions on Cuba."
    reading = extractor.read(Document(id="model", text=text, date="2019-07-24"))
    report = explain_reading(reading)
    assert "sentence 2: The United States imposed sanctions on Cuba." in report
    assert "KEPT: supports triggered by 'support' (VERB, rule verb)" in report
    assert "path: Russia -nsubj-> [support] <-dobj- Cuba" in report
    assert "modality: Intended (cues: would (reported future))" in report
    assert "KEPT: sanctions triggered by 'sanctions'" in report
    assert "Sergey Lavrov <person/sergey-lavrov>" in report
    only_second = explain_reading(reading, sentence=2)
    assert "sentence 1" not in only_second and "Lavrov" not in only_second
