"""The repairs of the tagger's and parser's slips that the relation rules would trip on."""

from __future__ import annotations

from spacy.vocab import Vocab

from kg.relations.lemmas import repair_relative_verbs
from kg.relations.lexicon import Lexicon
from tests.relations.conftest import build_doc

# "Turkey and Greece held drills, which Russia denounces." as the small pipeline parses it: the
# verb of the relative clause tagged a plural noun, its subject hung on it as a compound
MISTAGGED = """
0 Turkey    _         PROPN NNP 2  nsubj    @TUR
1 and       _         CCONJ CC  0  cc
2 held      hold      VERB  VBD 2  ROOT
3 drills    drill     NOUN  NNS 2  dobj
4 ,         _         PUNCT ,   3  punct
5 which     _         PRON  WDT 7  dobj
6 Russia    _         PROPN NNP 7  compound @RUS
7 denounces denounce  NOUN  NNS 3  relcl
8 .         _         PUNCT .   2  punct
"""


def test_a_relative_verb_taken_for_a_noun_is_a_verb_with_its_subject(
    vocab: Vocab, lexicon: Lexicon
) -> None:
    doc, _ = build_doc(vocab, MISTAGGED)
    assert repair_relative_verbs(doc, lexicon.verbs) == 1
    assert (doc[7].pos_, doc[7].tag_) == ("VERB", "VBZ")
    assert doc[6].dep_ == "nsubj"


def test_a_relative_verb_with_a_subject_is_left_alone(vocab: Vocab, lexicon: Lexicon) -> None:
    doc, _ = build_doc(vocab, MISTAGGED.replace("compound @RUS", "nsubj    @RUS"))
    assert repair_relative_verbs(doc, lexicon.verbs) == 0
    assert doc[7].pos_ == "NOUN"


def test_a_word_that_is_no_verb_of_the_lexicon_is_left_alone(
    vocab: Vocab, lexicon: Lexicon
) -> None:
    doc, _ = build_doc(vocab, MISTAGGED.replace("denounces denounce", "exports   export   "))
    assert repair_relative_verbs(doc, lexicon.verbs) == 0
    assert doc[6].dep_ == "compound"
