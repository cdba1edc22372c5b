"""Tests of the pipeline factory (kg.nlp) and the paragraph component of kg.extractor."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import kg.sentences  # noqa: F401  (registers the irkg_sentences component)
from kg.errors import ModelNotFound
from kg.extractor import Extractor
from kg.nlp import _split_abbreviation_hyphens, load_pipeline
from kg.settings import Settings


def test_unknown_model_names_the_model_and_the_setting() -> None:
    with pytest.raises(ModelNotFound) as info:
        load_pipeline("irkg_no_such_pipeline")
    message = str(info.value)
    assert "'irkg_no_such_pipeline'" in message
    assert "IRKG_MODEL" in message


def test_pipeline_without_parser_and_ner_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank"
    spacy.blank("en").to_disk(path)
    with pytest.raises(ModelNotFound, match="has no parser, ner"):
        load_pipeline(str(path))


@pytest.fixture
def blank() -> Language:
    nlp = spacy.blank("en")
    _split_abbreviation_hyphens(nlp)
    return nlp


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("U.S.-Ukraine", ["U.S.", "-", "Ukraine"]),
        ("U.K.-U.S. talks", ["U.K.", "-", "U.S.", "talks"]),
        ("Russia-Ukraine", ["Russia", "-", "Ukraine"]),
        ("the U.S. said", ["the", "U.S.", "said"]),
    ],
)
def test_abbreviation_hyphen_splits(blank: Language, text: str, tokens: list[str]) -> None:
    assert [t.text for t in blank.make_doc(text)] == tokens


def test_abbreviation_hyphen_rule_is_needed() -> None:
    assert [t.text for t in spacy.blank("en").make_doc("U.S.-Ukraine")] == ["U.S.-Ukraine"]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Russia met Cuba\n\nChina met Iran", ["Russia", "China"]),
        ("Headline here\nRussia met Cuba", ["Headline", "Russia"]),
        ("Russia met Cuba and China", ["Russia"]),
        ("KYIV, Ukraine (AP) — Russia met Cuba", ["KYIV", "Russia"]),
        (
            "WASHINGTON - Russia met Cuba\nBEIJING, Jan. 5 (Xinhua) -- China met Iran",
            ["WASHINGTON", "Russia", "BEIJING", "China"],
        ),
        ("NATO met Cuba — and China", ["NATO"]),  # no dateline: a verb before the dash
        ("Vienna, 3 March 2021 – Russia met Cuba", ["Vienna", "Russia"]),  # a name, then a date
        ("Peru — the host — met Cuba", ["Peru"]),  # a name with no date opens no dateline
        ("Article 5 - the clause - bound Cuba", ["Article"]),  # a number is no date
        ("NATO Secretary-General Jens Stoltenberg met Cuba", ["NATO"]),  # a hyphen, no dash
    ],
)
def test_paragraph_component_starts_a_sentence_after_a_line_break(
    text: str, starts: list[str]
) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("irkg_sentences")
    doc = nlp(text)
    assert [t.text for t in doc if t.is_sent_start] == starts


@pytest.mark.parametrize(
    ("text", "starts", "not_starts"),
    [
        ('He said: "Stop it, please." He left.', ["He", "He"], ['"']),
        # the mark after the stop closes; the curly one after it opens the next words
        ('He said: "Stop it." \u201cNever,\u201d she said.', ["He"], ['"']),
        ('He said: "Stop it." then left.', ["He"], ['"']),  # no capital after it
    ],
)
def test_a_closing_quote_ends_its_sentence_and_never_starts_one(
    text: str, starts: list[str], not_starts: list[str]
) -> None:
    """'... please." He held talks': the parser sometimes makes the closing mark a sentence of
    its own, and "He" then follows no sentence with a subject."""
    nlp = spacy.blank("en")
    nlp.add_pipe("irkg_sentences")
    doc = nlp(text)
    assert [t.text for t in doc if t.is_sent_start] == starts
    after_stop = [t for t in doc if t.i > 0 and doc[t.i - 1].text == "."]
    assert [t.text for t in after_stop if t.is_sent_start is False] == not_starts


@pytest.mark.model
def test_loaded_pipeline_splits_abbreviation_hyphens() -> None:
    nlp = load_pipeline(Settings.from_env().model)
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    doc = nlp.make_doc("U.S.-Ukraine talks")
    assert [t.text for t in doc] == ["U.S.", "-", "Ukraine", "talks"]
    assert load_pipeline(Settings.from_env().model) is nlp  # loaded once


@pytest.mark.model
def test_extractor_adds_the_sentence_component_before_the_parser(extractor: Extractor) -> None:
    names = extractor.nlp.pipe_names
    assert names.index("irkg_sentences") < names.index("parser")
    doc = extractor.nlp("Russia and Cuba\n\nThe talks went well.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts[:2] == ["Russia", "The"]


# -- nothing grows with the document: sentences are bounded, long texts parsed in pieces ----------


def test_a_text_without_full_stops_is_cut_into_bounded_sentences() -> None:
    """A run-on text (hostile, or a list) never makes one sentence of the whole document: every
    walk up a parse tree would cross all of it. Cuts fall at a comma where there is one."""
    from kg.sentences import MAX_SENTENCE_TOKENS

    nlp = spacy.blank("en")
    nlp.add_pipe("irkg_sentences")
    doc = nlp(" ".join("Russia criticized Cuba and Iran met China , and" for _ in range(200)))
    starts = [t.i for t in doc if t.is_sent_start] + [len(doc)]
    lengths = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert max(lengths) <= MAX_SENTENCE_TOKENS
    assert all(doc[i - 1].text == "," for i in starts[1:-1])
    short = nlp("Russia met Cuba . " * 40)
    assert not any(t.is_sent_start for t in short[1:])  # the parser decides ordinary text


def test_text_pieces_join_back_into_the_text() -> None:
    from kg.extractor import text_pieces

    text = ("Russia met Cuba. " * 10 + "\n\n") * 20 + "x" * 50
    pieces = text_pieces(text, size=400)
    assert "".join(pieces) == text
    assert all(len(p) <= 400 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])  # at paragraph breaks where there are
    run_on = text_pieces("Russia met Cuba. " * 100, size=400)
    assert all(p.endswith(". ") for p in run_on[:-1])  # else after a full stop


@pytest.mark.model
def test_a_long_document_reads_as_the_same_text_and_relations(extractor: Extractor) -> None:
    """Parsed in pieces and joined, a long document keeps its exact text and character offsets,
    and reads the relations its paragraphs read alone."""
    from kg.types import Document

    paragraphs = [
        "Russia criticized the United States on Monday.",
        "The United States imposed sanctions on Iran.",
        "China and Brazil signed a trade agreement.",
    ]
    text = "\n\n".join(paragraphs * 400)  # about 55,000 characters: three pieces
    (reading,) = extractor.pipe([Document("long", text)])
    assert reading.doc.text == text
    found = {(i.source_state, i.relation.value, i.target_state) for i in reading.interactions}
    alone = set()
    for paragraph in paragraphs:
        (one,) = extractor.pipe([Document("one", paragraph)])
        alone |= {(i.source_state, i.relation.value, i.target_state) for i in one.interactions}
    assert found == alone
    for i in reading.interactions:
        assert text[i.start : i.end] == i.evidence
