"""Tests of the pipeline factory (kg.nlp) and the paragraph component of kg.extractor."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import kg.extractor  # noqa: F401  (registers the irkg_paragraphs component)
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
    ],
)
def test_paragraph_component_starts_a_sentence_after_a_line_break(
    text: str, starts: list[str]
) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("irkg_paragraphs")
    doc = nlp(text)
    assert [t.text for t in doc if t.is_sent_start] == starts


@pytest.mark.model
def test_loaded_pipeline_splits_abbreviation_hyphens() -> None:
    nlp = load_pipeline(Settings.from_env().model)
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    doc = nlp.make_doc("U.S.-Ukraine talks")
    assert [t.text for t in doc] == ["U.S.", "-", "Ukraine", "talks"]
    assert load_pipeline(Settings.from_env().model) is nlp  # loaded once


@pytest.mark.model
def test_extractor_adds_the_paragraph_component_before_the_parser(extractor: Extractor) -> None:
    names = extractor.nlp.pipe_names
    assert names.index("irkg_paragraphs") < names.index("parser")
    doc = extractor.nlp("Russia and Cuba\n\nThe talks went well.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts[:2] == ["Russia", "The"]
