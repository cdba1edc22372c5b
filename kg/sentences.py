"""Sentence repair, a spaCy component (`irkg_sentences`) that runs after the tagger and before
the parser, which keeps the sentence starts it sets.

* a blank line, or a line break after a headline, always starts a sentence;
* so does a word after an abbreviation that ends one ("The talks were held in the U.S. |
  President Biden met Xi"), told from "the U.S. President" by the tags around it;
* a quotation mark closing a sentence ends it, never starts the next ('... please." He met'),
  and a capitalised word after it starts one;
* so does the first word after a wire dateline ("KYIV, Ukraine (AP) — Russia launched ..."),
  which is no subject of the sentence it opens;
* and so does a token after `max_tokens` without a full stop (at the last comma or dash
  before it where there is one), so that no sentence, and no walk up its tree, grows with the
  document: news sentences run to about 80 tokens, text without full stops does not.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("irkg_sentences")
>>> [t.text for t in nlp("Russia met Cuba\\n\\nChina met Iran") if t.is_sent_start]
['Russia', 'China']
"""

from __future__ import annotations

import calendar
import re

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["MAX_SENTENCE_TOKENS", "SentenceRepair"]

MAX_SENTENCE_TOKENS = 150
_BREAKS = frozenset({",", ";", ":", "—", "–", "-"})
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$")  # "U.S.", "U.K.", "U.N."
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–"})


class SentenceRepair:
    """The component: sets sentence starts before the parser (see the module doc)."""

    def __init__(self, max_tokens: int = MAX_SENTENCE_TOKENS) -> None:
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        run_start = 0  # where the current run without a sentence end began
        last_break = -1
        for tok in doc[:-1]:
            nxt = doc[tok.i + 1]
            if tok.i == 0 or (doc[tok.i - 1].is_space and "\n" in doc[tok.i - 1].text):
                after = _dateline_end(doc, tok.i)
                if after is not None:
                    doc[after].is_sent_start = True
            if (tok.is_space and "\n" in tok.text) or _ends_at_abbreviation(doc, tok.i, run_start):
                nxt.is_sent_start = True
            if tok.text in _FULL_STOPS and _closes_a_quote(doc, nxt.i):
                # 'said: "Don't meddle, please." He held talks': the closing mark ends the
                # sentence it closes, and a capitalised word after it starts the next
                nxt.is_sent_start = False
                if nxt.i + 1 < len(doc) and doc[nxt.i + 1].is_title:
                    doc[nxt.i + 1].is_sent_start = True
                continue
            if nxt.is_sent_start or tok.text in _FULL_STOPS:
                run_start, last_break = tok.i + 1, -1
                continue
            if tok.text in _BREAKS:
                last_break = tok.i + 1
            if tok.i + 1 - run_start >= self.max_tokens:
                half = run_start + self.max_tokens // 2
                cut = last_break if last_break > half else tok.i + 1
                doc[cut].is_sent_start = True
                run_start, last_break = cut, -1
        return doc


@Language.factory("irkg_sentences", default_config={"max_tokens": MAX_SENTENCE_TOKENS})
def make_sentence_repair(nlp: Language, name: str, max_tokens: int) -> SentenceRepair:
    return SentenceRepair(max_tokens)


_FULL_STOPS = frozenset({".", "!", "?"})
_CLOSING_QUOTES = frozenset({'"', "\u201d", "\u2019", "''"})


def _closes_a_quote(doc: Doc, i: int) -> bool:
    """Whether a token is a quotation mark closing the words right before it (no space between
    them, and not the mark opening the next words: '."' then a space or the end)."""
    tok = doc[i]
    return (
        tok.text in _CLOSING_QUOTES
        and not doc[i - 1].whitespace_
        and (bool(tok.whitespace_) or i + 1 == len(doc) or doc[i + 1].is_space)
    )


_DASHES = frozenset({"—", "–", "-", "--"})
_DATELINE_TOKENS = 12
# English month names, full and short ("14 October 2019", "Jan. 5"): the C locale's names
_MONTHS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"))


def _dateline_end(doc: Doc, start: int) -> int | None:
    """Where the sentence after a wire dateline begins, if a line opens with one: a place in
    capitals, maybe a country and an agency in brackets, then a dash ("KYIV, Ukraine (AP) —",
    "WASHINGTON —", "UNITED NATIONS (Reuters) -"), or a place written as a name with a date
    that names its month ("Luxembourg, 14 October 2019 –"); None otherwise. Only names,
    commas, brackets and a date may come before the dash."""
    first = doc[start]
    if not (first.is_alpha and len(first) > 1 and (first.is_upper or first.is_title)):
        return None
    # a place written as a name opens a dateline only with a month named: "Luxembourg, 14
    # October 2019 –", "Aug 5, 2008 --" ("Iran — the largest ...", "Article 5 - the clause"
    # are sentences)
    dated = first.is_upper or first.lower_ in _MONTHS
    for tok in doc[start + 1 : start + _DATELINE_TOKENS]:
        if tok.text in _DASHES:
            if tok.text == "-" and not doc[tok.i - 1].whitespace_:
                return None  # a hyphen inside a word: "NATO Secretary-General Jens Stoltenberg"
            if not dated:
                return None
            return tok.i + 1 if tok.i + 1 < len(doc) else None
        dated = dated or tok.lower_.rstrip(".") in _MONTHS
        if tok.is_space or tok.pos_ in ("VERB", "AUX", "PRON", "DET", "ADP"):
            return None
        if not (tok.is_punct or tok.is_title or tok.is_upper or tok.like_num):
            return None
    return None


def _ends_at_abbreviation(doc: Doc, i: int, start: int) -> bool:
    """A sentence that ends with an abbreviation whose full stop is its own: the abbreviation
    ends a phrase ("in the U.S."), a finite verb came before it, and a capitalised word after
    it begins a clause of its own (a finite verb follows within a few words, before any
    comma, and not straight after a conjunction). Reads the tagger's tags."""
    tok, nxt = doc[i], doc[i + 1]
    if not _ABBREVIATION.match(tok.text) or not nxt.is_title or i == start:
        return False
    before = doc[i - 1]
    after_phrase = before.tag_ in ("IN", "TO") or (
        before.lower_ == "the" and i - 2 >= start and doc[i - 2].tag_ in ("IN", "TO")
    )
    if not after_phrase or not any(t.tag_ in _FINITE for t in doc[start:i]):
        return False
    for later in doc[i + 2 : i + 10]:
        if later.text in _CLAUSE_BREAKS or later.is_sent_start:
            return False
        if later.tag_ in _FINITE:
            # "spoke with U.S. Secretary of State Mike Pompeo [and] had briefed ...": a verb
            # after a conjunction goes on the sentence's own subject
            return doc[later.i - 1].tag_ != "CC"
    return False
