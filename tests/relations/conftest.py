"""Fixtures of the relation stage: parsed Docs built by hand from a compact spec, no model loaded.

As in spaCy's own tests, a Doc is built from words, heads and labels rather than parsed. A spec
lists one token a line, in columns:

    i  word  lemma  POS  TAG  head  dep  [@ACTOR[/how]]

`i` is the token's index (checked, it only helps the reader), `head` the absolute index of its
head (a root is its own head; each root starts a sentence), `_` as lemma means the word itself.
`@RUS` marks the token as (part of) a mention of an actor of `ACTORS`, recognised as a "name"
unless `/how` says otherwise (`@USA/capital`); adjacent tokens marked alike form one mention.
Blank lines and lines starting with `#` are ignored.

For example ("Russia supports Cuba." with two mentions):

    0 Russia   _       PROPN NNP 1 nsubj @RUS
    1 supports support VERB  VBZ 1 ROOT
    2 Cuba     _       PROPN NNP 1 dobj  @CUB
    3 .        _       PUNCT .   1 punct
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.actors.recognize import ActorIndex
from kg.relations.arguments import DocContext
from kg.relations.lexicon import Lexicon, default_lexicon
from kg.relations.quotes import find_quotes
from kg.types import Actor, ActorKind, Mention


def _country(code: str, label: str) -> Actor:
    return Actor(f"country/{code}", ActorKind.COUNTRY, label, code=code)


def _org(code: str, label: str) -> Actor:
    return Actor(f"org/{code}", ActorKind.ORGANIZATION, label, code=code)


def _official(label: str, state: str, position: str) -> Actor:
    slug = label.lower().replace(" ", "-")
    return Actor(f"person/{slug}", ActorKind.OFFICIAL, label, affiliation=state, position=position)


# the actors a spec can name with `@NAME`
ACTORS: dict[str, Actor] = {
    **{
        code: _country(code, label)
        for code, label in (
            ("BLR", "Belarus"),
            ("CAN", "Canada"),
            ("CHN", "China"),
            ("CUB", "Cuba"),
            ("GRC", "Greece"),
            ("IRN", "Iran"),
            ("MUS", "Mauritius"),
            ("RUS", "Russia"),
            ("SOM", "Somalia"),
            ("TUR", "Turkey"),
            ("UKR", "Ukraine"),
            ("USA", "United States"),
        )
    },
    "EU": _org("EU", "European Union"),
    "UN": _org("UN", "United Nations"),
    "LAVROV": _official("Sergey Lavrov", "country/RUS", "Foreign Minister"),
    "PUTIN": _official("Vladimir Putin", "country/RUS", "President"),
    "RODRIGUEZ": _official("Bruno Rodriguez", "country/CUB", "Foreign Minister"),
}
_BY_KEY = {actor.key: actor for actor in ACTORS.values()}

_NO_SPACE_BEFORE = frozenset({".", ",", ":", ";", "?", "!", "'s", "’s", "n't", "”", "»", ")"})
_NO_SPACE_AFTER = frozenset({"“", "«", "„", "("})


def state_of(actor: Actor) -> Actor:
    """The state an actor counts as: an official's state, else the actor itself."""
    if actor.affiliation is None:
        return actor
    return _BY_KEY.get(actor.affiliation, actor)


def build_doc(vocab: Vocab, spec: str) -> tuple[Doc, list[Mention]]:
    """The Doc a spec describes and the actor mentions it marks."""
    rows = [
        line.split()
        for line in spec.strip().splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    for expected, row in enumerate(rows):
        if len(row) not in (7, 8) or int(row[0]) != expected:
            raise ValueError(f"bad spec row {expected}: {' '.join(row)!r}")
    words = [row[1] for row in rows]
    doc = Doc(
        vocab,
        words=words,
        spaces=_spaces(words),
        lemmas=[row[1] if row[2] == "_" else row[2] for row in rows],
        pos=[row[3] for row in rows],
        tags=[row[4] for row in rows],
        heads=[int(row[5]) for row in rows],
        deps=[row[6] for row in rows],
    )
    marks = [row[7].removeprefix("@") if len(row) == 8 else None for row in rows]
    return doc, _mentions(marks)


def _mentions(marks: list[str | None]) -> list[Mention]:
    mentions: list[Mention] = []
    start = 0
    for i, mark in enumerate(marks):
        if i + 1 < len(marks) and marks[i + 1] == mark:
            continue
        if mark is not None:
            name, _, how = mark.partition("/")
            mentions.append(Mention(start, i + 1, ACTORS[name], how or "name"))
        start = i + 1
    return mentions


def _spaces(words: list[str]) -> list[bool]:
    """Plain English spacing, so that `doc.text` reads like the sentence it stands for."""
    spaces = []
    quote_open = False
    for i, word in enumerate(words):
        opening = word in _NO_SPACE_AFTER
        if word == '"':
            opening = not quote_open
            quote_open = not quote_open
        following = words[i + 1] if i + 1 < len(words) else None
        closes_next = following is not None and (
            following in _NO_SPACE_BEFORE or (following == '"' and quote_open)
        )
        spaces.append(following is not None and not opening and not closes_next)
    return spaces


Parse = Callable[[str], DocContext]


@pytest.fixture(scope="session")
def vocab() -> Vocab:
    return spacy.blank("en").vocab


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return default_lexicon()


@pytest.fixture
def parse(vocab: Vocab, lexicon: Lexicon) -> Parse:
    """`parse(spec)`: the DocContext of a hand-built Doc (mentions, quotes, bundled lexicon)."""

    def make(spec: str) -> DocContext:
        doc, mentions = build_doc(vocab, spec)
        return DocContext(
            doc=doc,
            index=ActorIndex(mentions),
            lexicon=lexicon,
            state_of=state_of,
            quotes=find_quotes(doc, lexicon),
        )

    return make
