"""Tests of kg.relations.quotes on hand-built parses (the spec format is in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.relations.arguments import DocContext
from kg.relations.lexicon import Lexicon
from kg.relations.quotes import Quote, find_quotes, quote_of, speech_subject

Parse = Callable[[str], DocContext]  # the `parse` fixture of conftest.py

SPEAKER_AFTER = """
    0 {open}  _   PUNCT ``  8 punct
    1 We      we  PRON  PRP 3 nsubj
    2 will    _   AUX   MD  3 aux
    3 support _   VERB  VB  8 ccomp
    4 Cuba    _   PROPN NNP 3 dobj
    5 ,       _   PUNCT ,   8 punct
    6 {close} _   PUNCT ''  8 punct
    7 Lavrov  _   PROPN NNP 8 nsubj
    8 said    say VERB  VBD 8 ROOT
    9 .       _   PUNCT .   8 punct
"""
SAID_THE_MINISTER = """
    0 "        _   PUNCT ``  6 punct
    1 We       we  PRON  PRP 3 nsubj
    2 will     _   AUX   MD  3 aux
    3 help     _   VERB  VB  6 ccomp
    4 ,        _   PUNCT ,   6 punct
    5 "        _   PUNCT ''  6 punct
    6 said     say VERB  VBD 6 ROOT
    7 the      _   DET   DT  8 det
    8 minister _   NOUN  NN  6 nsubj
    9 .        _   PUNCT .   6 punct
"""
SPEAKER_BEFORE = """
    0 Lavrov  _   PROPN NNP 1 nsubj
    1 said    say VERB  VBD 1 ROOT
    2 :       _   PUNCT :   1 punct
    3 “       _   PUNCT ``  1 punct
    4 We      we  PRON  PRP 6 nsubj
    5 will    _   AUX   MD  6 aux
    6 support _   VERB  VB  1 ccomp
    7 Cuba    _   PROPN NNP 6 dobj
    8 .       _   PUNCT .   1 punct
    9 ”       _   PUNCT ''  1 punct
"""
SPEAKER_NEXT_SENTENCE = """
    0 “       _   PUNCT ``  3 punct
    1 We      we  PRON  PRP 3 nsubj
    2 will    _   AUX   MD  3 aux
    3 support _   VERB  VB  3 ROOT
    4 Cuba    _   PROPN NNP 3 dobj
    5 .       _   PUNCT .   3 punct
    6 ”       _   PUNCT ''  3 punct
    7 Lavrov  _   PROPN NNP 8 nsubj
    8 said    say VERB  VBD 8 ROOT
    9 so      _   ADV   RB  8 advmod
    10 on     _   ADP   IN  8 prep
    11 Monday _   PROPN NNP 10 pobj
    12 .      _   PUNCT .   8 punct
"""
# the attribution comes too late in the next sentence to be read as one
SPEAKER_LATE_IN_NEXT_SENTENCE = """
    0 “        _   PUNCT ``  3 punct
    1 We       we  PRON  PRP 3 nsubj
    2 will     _   AUX   MD  3 aux
    3 support  _   VERB  VB  3 ROOT
    4 Cuba     _   PROPN NNP 3 dobj
    5 .        _   PUNCT .   3 punct
    6 ”        _   PUNCT ''  3 punct
    7 On       _   ADP   IN  14 prep
    8 Monday   _   PROPN NNP 7 pobj
    9 in       _   ADP   IN  14 prep
    10 Havana  _   PROPN NNP 9 pobj
    11 ,       _   PUNCT ,   14 punct
    12 foreign _   ADJ   JJ  13 amod
    13 media   _   NOUN  NNS 14 nsubj
    14 said    say VERB  VBD 14 ROOT
    15 so      _   ADV   RB  14 advmod
    16 .       _   PUNCT .   14 punct
"""
NO_SPEAKER = """
    0 “       _  PUNCT ``  3 punct
    1 We      we PRON  PRP 3 nsubj
    2 will    _  AUX   MD  3 aux
    3 support _  VERB  VB  3 ROOT
    4 Cuba    _  PROPN NNP 3 dobj
    5 .       _  PUNCT .   3 punct
    6 ”       _  PUNCT ''  3 punct
"""
UNCLOSED = """
    0 “       _  PUNCT ``  3 punct
    1 We      we PRON  PRP 3 nsubj
    2 will    _  AUX   MD  3 aux
    3 support _  VERB  VB  3 ROOT
    4 Cuba    _  PROPN NNP 3 dobj
    5 .       _  PUNCT .   3 punct
"""
TWO_QUOTES = """
    0 "       _   PUNCT ``  6 punct
    1 We      we  PRON  PRP 2 nsubj
    2 agree   _   VERB  VBP 6 ccomp
    3 ,       _   PUNCT ,   6 punct
    4 "       _   PUNCT ''  6 punct
    5 Lavrov  _   PROPN NNP 6 nsubj
    6 said    say VERB  VBD 6 ROOT
    7 ,       _   PUNCT ,   6 punct
    8 "       _   PUNCT ``  6 punct
    9 fully   _   ADV   RB  6 advmod
    10 .      _   PUNCT .   6 punct
    11 "      _   PUNCT ''  6 punct
"""


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        pytest.param(SPEAKER_AFTER.format(open="“", close="”"), [(1, 6, 7)], id="curly-after"),
        pytest.param(SPEAKER_AFTER.format(open="«", close="»"), [(1, 6, 7)], id="guillemets"),
        pytest.param(SPEAKER_AFTER.format(open='"', close='"'), [(1, 6, 7)], id="straight-after"),
        pytest.param(SAID_THE_MINISTER, [(1, 5, 8)], id="said-the-minister"),
        pytest.param(SPEAKER_BEFORE, [(4, 9, 0)], id="before-opening-mark"),
        pytest.param(SPEAKER_NEXT_SENTENCE, [(1, 6, 7)], id="next-sentence"),
        pytest.param(SPEAKER_LATE_IN_NEXT_SENTENCE, [(1, 6, None)], id="late-in-next-sentence"),
        pytest.param(NO_SPEAKER, [(1, 6, None)], id="no-speaker"),
        pytest.param(UNCLOSED, [], id="unclosed"),
        pytest.param(TWO_QUOTES, [(1, 4, 5), (9, 11, 5)], id="two-quotes-one-speaker"),
    ],
)
def test_find_quotes(
    parse: Parse,
    lexicon: Lexicon,
    spec: str,
    expected: list[tuple[int, int, int | None]],
) -> None:
    ctx = parse(spec)
    assert find_quotes(ctx.doc, lexicon) == [Quote(*q) for q in expected]


def test_speaker_after_the_quote_is_in_the_same_sentence(parse: Parse, lexicon: Lexicon) -> None:
    ctx = parse(SPEAKER_NEXT_SENTENCE)
    assert len(list(ctx.doc.sents)) == 2  # the attribution is read from the next sentence
    (quote,) = find_quotes(ctx.doc, lexicon)
    assert quote.speaker is not None and ctx.doc[quote.speaker].text == "Lavrov"


def test_parse_fixture_finds_the_quotes(parse: Parse) -> None:
    ctx = parse(SPEAKER_AFTER.format(open="“", close="”"))
    assert ctx.quotes == [Quote(1, 6, 7)]
    assert ctx.doc.text == "“We will support Cuba,” Lavrov said."


@pytest.mark.parametrize(
    ("spec", "verb", "subject"),
    [
        pytest.param(SPEAKER_AFTER.format(open="“", close="”"), 8, "Lavrov", id="subject-first"),
        pytest.param(SAID_THE_MINISTER, 6, "minister", id="subject-after-verb"),
        pytest.param(SPEAKER_AFTER.format(open="“", close="”"), 3, None, id="not-a-speech-verb"),
        pytest.param(SPEAKER_LATE_IN_NEXT_SENTENCE, 14, "media", id="any-subject"),
    ],
)
def test_speech_subject(
    parse: Parse, lexicon: Lexicon, spec: str, verb: int, subject: str | None
) -> None:
    ctx = parse(spec)
    found = speech_subject(ctx.doc[verb], lexicon)
    assert (found.text if found is not None else None) == subject


def test_speech_verb_without_subject(parse: Parse, lexicon: Lexicon) -> None:
    ctx = parse("""
        0 Said  say VERB  VBD 0 ROOT
        1 so    _   ADV   RB  0 advmod
        2 .     _   PUNCT .   0 punct
    """)
    assert speech_subject(ctx.doc[0], lexicon) is None


@pytest.mark.parametrize(
    ("token", "inside"),
    [(0, False), (1, True), (4, True), (5, True), (6, False), (7, False), (8, False)],
)
def test_quote_of(parse: Parse, token: int, inside: bool) -> None:
    ctx = parse(SPEAKER_AFTER.format(open="“", close="”"))
    quote = quote_of(ctx.doc[token], ctx.quotes)
    assert quote == (ctx.quotes[0] if inside else None)


def test_quote_of_picks_the_quote_the_token_stands_in(parse: Parse) -> None:
    ctx = parse(TWO_QUOTES)
    first, second = ctx.quotes
    assert quote_of(ctx.doc[2], ctx.quotes) == first
    assert quote_of(ctx.doc[9], ctx.quotes) == second
    assert quote_of(ctx.doc[6], ctx.quotes) is None
