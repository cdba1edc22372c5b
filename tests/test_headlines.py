"""Title Case headlines are parsed in sentence case, and the Doc keeps the original text."""

from __future__ import annotations

import pytest

from kg.headlines import headline_cased, is_headline, with_text
from kg.relations.lexicon import default_lexicon
from kg.types import Document


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Minister Hails New Era In Ties With Ghana", True),
        ("Kenya Backs Somalia Over Border Row", True),
        ("The minister said the talks in Accra had gone well.", False),
        ("Talks resume", False),  # too short to tell
        ("Lagos, Abuja and Kano voted on Monday while the rest of the country waited", False),
    ],
)
def test_a_headline_is_a_short_line_of_capitalised_words(line: str, headline: bool) -> None:
    assert is_headline(line) is headline


def test_only_the_headline_changes_and_only_in_case() -> None:
    text = "Kenya Backs Somalia Over Border Row\nKenya backs Somalia. NATO Meets."
    cased = headline_cased(text, default_lexicon().vocabulary)
    assert cased.splitlines()[0] == "Kenya backs Somalia over Border Row"  # words it knows
    assert cased.splitlines()[1] == text.splitlines()[1]
    assert len(cased) == len(text) and cased.lower() == text.lower()


@pytest.mark.model
def test_the_doc_gets_its_own_text_back_with_the_parse(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya Backs Somalia Over Border Row\n\nNairobi said so on Monday."
    cased = headline_cased(text, extractor.lexicon.vocabulary)
    parsed = extractor.nlp(cased)
    doc = with_text(parsed, text)
    assert doc.text == text
    assert [t.dep_ for t in doc] == [t.dep_ for t in parsed]
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [
        (e.start, e.end, e.label_) for e in parsed.ents
    ]
    reading = extractor.read(Document(id="h", text=text))
    assert reading.doc.text == text
    assert any(i.evidence.startswith("Kenya Backs Somalia") for i in reading.interactions)


@pytest.mark.model
def test_a_long_document_with_a_headline_is_read_whole(extractor) -> None:  # type: ignore[no-untyped-def]
    """Parsed in pieces, the headline's piece rejoins the others (its tensor came with it)."""
    text = "Lula Slams Milei Over Trade Rules\n\n" + "Chile and Peru met in Lima. " * 900
    (reading,) = extractor.pipe([Document(id="long", text=text)])
    assert reading.problem is None and reading.doc.text == text
    assert len(reading.interactions) >= 900
