"""Quotations and who speaks them.

A quotation is attributed to the subject of a speech verb next to it: after the closing mark
(`"...," Lavrov said`), before the opening mark (`Lavrov said: "..."`), or in the sentence that
follows a quotation standing alone. First-person pronouns inside it ("we", "our country") then
stand for the speaker and the speaker's state.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.relations.lexicon import Lexicon

OPENING = frozenset({"“", "«", "„"})
CLOSING = frozenset({"”", "»"})
STRAIGHT = '"'
SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True, slots=True)
class Quote:
    """Token range [start, end) of a quotation (marks excluded) and its speaker's token."""

    start: int
    end: int
    speaker: int | None


def find_quotes(doc: Doc, lexicon: Lexicon) -> list[Quote]:
    """Every quotation of the document with the token that names its speaker."""
    quotes = []
    for start, end in _quote_ranges(doc):
        quotes.append(Quote(start, end, _speaker_token(doc, start, end, lexicon)))
    return quotes


def _quote_ranges(doc: Doc) -> Iterator[tuple[int, int]]:
    open_at: int | None = None
    for tok in doc:
        text = tok.text
        if text in OPENING or (text == STRAIGHT and open_at is None):
            open_at = tok.i + 1
        elif (text in CLOSING or text == STRAIGHT) and open_at is not None:
            if tok.i > open_at:
                yield open_at, tok.i
            open_at = None
        elif tok.is_space and "\n\n" in tok.text and open_at is not None and text != STRAIGHT:
            # a paragraph break closes nothing in news style (multi-paragraph quotes re-open)
            continue


def speech_subject(verb: Token, lexicon: Lexicon) -> Token | None:
    """The subject of a speech verb ("Lavrov said", "said the minister"), or None."""
    if verb.lemma_.lower() not in lexicon.speech_verbs:
        return None
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return child
    return None


def _speaker_token(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int | None:
    # 1. after the closing mark, in the same sentence: `...," Lavrov said.`
    close_sent = doc[end].sent if end < len(doc) else doc[end - 1].sent
    for tok in doc[end : close_sent.end]:
        subj = speech_subject(tok, lexicon)
        if subj is not None and not start <= subj.i < end:
            return subj.i
    # 2. before the opening mark, in the same sentence: `Lavrov said: "...`
    open_sent = doc[start].sent
    for tok in reversed(doc[open_sent.start : max(start - 1, open_sent.start)]):
        subj = speech_subject(tok, lexicon)
        if subj is not None:
            return subj.i
    # 3. the next sentence opens with the attribution: `"...." Lavrov said so on Monday.`
    next_sent = _next_sentence(doc, close_sent)
    if next_sent is not None:
        for tok in next_sent[:6]:
            subj = speech_subject(tok, lexicon)
            if subj is not None:
                return subj.i
    return None


def _next_sentence(doc: Doc, sent: Span) -> Span | None:
    if sent.end >= len(doc):
        return None
    return doc[sent.end].sent


def quote_of(token: Token, quotes: list[Quote]) -> Quote | None:
    """The quotation a token stands in, if any."""
    for q in quotes:
        if q.start <= token.i < q.end:
            return q
    return None
