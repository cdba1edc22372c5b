"""The date of an event, read from the words next to its trigger, relative to the document date.

News dates events by weekday ("Lavrov said on Wednesday"), by day and month ("on March 3"), or in
full ("on 24 July 2019"); "yesterday" and "today" count from the article's date. A weekday is the
most recent such day on or before the article's date. Only dates in the trigger's own clause count;
a year alone ("in 2017") or a vague span ("last month") is not a date, and the document's date is
used instead.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

WEEKDAYS = {
    name: i
    for i, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
MONTHS = {
    name: i + 1
    for i, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        )
    )
    for name in names.split()
}
_CLAUSE_EDGES = frozenset({"relcl", "ccomp", "advcl", "acl", "conj", "parataxis", "xcomp"})
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?,?\s*(\d{4})?$")
_MONTH_DAY_YEAR = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})?$")


def event_date(trigger: Token, document_date: dt.date | None) -> dt.date | None:
    """The date of the event a trigger denotes, or None when the text does not say."""
    for phrase in _date_phrases(trigger):
        found = parse_date_phrase(phrase, document_date)
        if found is not None:
            return found
    return None


def _clause_head(trigger: Token) -> Token:
    """The verb whose clause the trigger belongs to (a noun trigger's governing verb)."""
    tok = trigger
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and tok.dep_ not in _CLAUSE_EDGES:
        tok = tok.head
    return tok


def _date_phrases(trigger: Token) -> list[str]:
    """The DATE entities in the trigger's clause, nearest first."""
    head = _clause_head(trigger)
    phrases: list[tuple[int, str]] = []
    stack = [head]
    seen = {head.i}
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.i in seen or (child.dep_ in _CLAUSE_EDGES and child.i != trigger.i):
                continue
            seen.add(child.i)
            stack.append(child)
    doc = trigger.doc
    starts = set()  # the DATE entities the clause's tokens are in, by their first token
    for i in seen:
        if doc[i].ent_type_ == "DATE":
            start = i
            while doc[start].ent_iob_ == "I":
                start -= 1
            starts.add(start)
    for start in starts:
        end = start + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        phrases.append((abs(start - trigger.i), doc[start:end].text))
    return [text for _, text in sorted(phrases)]


def parse_date_phrase(text: str, document_date: dt.date | None) -> dt.date | None:
    """A date from a short phrase: "Wednesday", "on March 3", "24 July 2019", "yesterday"."""
    words = text.lower().replace("on ", "", 1).replace("last ", "").strip(" .,")
    if document_date is not None:
        if words in ("today", "this morning", "tonight", "this evening"):
            return document_date
        if words in ("yesterday", "last night"):
            return document_date - dt.timedelta(days=1)
        if words in WEEKDAYS:
            back = (document_date.weekday() - WEEKDAYS[words]) % 7
            return document_date - dt.timedelta(days=back)
    for pattern, order in ((_MONTH_DAY_YEAR, "mdy"), (_DAY_MONTH_YEAR, "dmy")):
        match = pattern.match(words)
        if match is None:
            continue
        first, second, year = match.groups()
        month_word, day = (first, second) if order == "mdy" else (second, first)
        month = MONTHS.get(month_word)
        if month is None:
            return None
        return _dated(int(day), month, int(year) if year else None, document_date)
    return None


def _dated(day: int, month: int, year: int | None, document_date: dt.date | None) -> dt.date | None:
    if year is None:
        if document_date is None:
            return None
        year = document_date.year
        # "on December 30" in a January article is last year's
        if (month, day) > (document_date.month, document_date.day + 1):
            year -= 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
