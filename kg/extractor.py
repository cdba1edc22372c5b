"""The extractor: parsed documents -> actor mentions -> interactions.

`Extractor` holds what is built once per process (the spaCy pipeline, the gazetteer, the
officials table, the lexicon, the matchers); `Extractor.pipe` streams documents through
`nlp.pipe` in batches, so memory does not grow with the number of documents.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from kg.actors.gazetteer import Gazetteer, default_gazetteer
from kg.actors.officials import Officials, default_officials
from kg.actors.recognize import ActorIndex, Recognizer
from kg.errors import DocumentTimeout, UnknownActor
from kg.nlp import load_pipeline
from kg.relations.arguments import DocContext
from kg.relations.extract import Decision, extract
from kg.relations.lexicon import Lexicon, default_lexicon
from kg.relations.quotes import find_quotes
from kg.types import Actor, Document, Interaction

log = logging.getLogger(__name__)
DEFAULT_TIME_BUDGET = 60.0  # seconds to read one document after parsing; near-linear reading
# takes about 3 s for a million characters of news


@dataclass
class Reading:
    """What the extractor read in one document."""

    document: Document
    doc: Doc
    index: ActorIndex
    decisions: list[Decision]
    problem: str | None = None  # why it could not be read (then nothing else is set)

    @property
    def interactions(self) -> list[Interaction]:
        return [d.interaction for d in self.decisions if d.kept and d.interaction is not None]

    served: list[Actor] = field(default_factory=list)  # what officials and organs serve

    @property
    def actors(self) -> list[Actor]:
        """Every actor mentioned or taking part, and what the officials and organs among them
        serve (an official of an organ: the organ and its organisation)."""
        seen: dict[str, Actor] = {m.actor.key: m.actor for m in self.index.mentions}
        for i in self.interactions:
            seen.setdefault(i.source.key, i.source)
            seen.setdefault(i.target.key, i.target)
        for actor in self.served:
            seen.setdefault(actor.key, actor)
        return list(seen.values())


class Extractor:
    """Reads documents into interactions."""

    def __init__(
        self,
        nlp: Language,
        *,
        gazetteer: Gazetteer | None = None,
        officials: Officials | None = None,
        lexicon: Lexicon | None = None,
        batch_size: int = 32,
        time_budget: float | None = DEFAULT_TIME_BUDGET,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.nlp = nlp
        self.time_budget = time_budget
        self.clock = clock
        self.gazetteer = gazetteer or default_gazetteer()
        self.officials = officials or default_officials()
        self.lexicon = lexicon or default_lexicon()
        self.batch_size = batch_size
        self.recognizer = Recognizer(
            nlp, gazetteer=self.gazetteer, officials=self.officials, lexicon=self.lexicon
        )
        if "irkg_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe("irkg_paragraphs", before="parser")

    @classmethod
    def from_model(cls, model: str, **kwargs: object) -> Extractor:
        return cls(load_pipeline(model), **kwargs)  # type: ignore[arg-type]

    def state_of(self, actor: Actor) -> Actor:
        return self.recognizer.state_of(actor)

    def pipe(self, documents: Iterable[Document]) -> Iterator[Reading]:
        """Read documents in batches; yields one Reading per document, in order. A document
        that cannot be read (past its time budget, or an error of ours) comes out with its
        `problem` set and nothing read, and the rest go on."""
        for doc, document in self._parsed(documents):
            try:
                yield self.read_parsed(doc, document)
            except DocumentTimeout as exc:
                yield Reading(document, doc, ActorIndex([]), [], problem=str(exc))
            except Exception as exc:  # one document must not end the batch
                log.exception("reading %s failed", document.origin or document.id)
                problem = f"could not be read ({type(exc).__name__}: {exc})"
                yield Reading(document, doc, ActorIndex([]), [], problem=problem)

    def _parsed(self, documents: Iterable[Document]) -> Iterator[tuple[Doc, Document]]:
        """Parse in batches; a long document is parsed in pieces (the parser's cost grows
        faster than a text's length) and joined back into one Doc with the same text."""
        pieces = (
            (piece, (document, number, count))
            for document in documents
            for number, piece, count in _numbered(text_pieces(document.text))
        )
        parts: list[Doc] = []
        for doc, (document, number, count) in self.nlp.pipe(
            pieces, as_tuples=True, batch_size=self.batch_size
        ):
            if count == 1:
                yield doc, document
                continue
            parts.append(doc)
            if number == count - 1:
                yield Doc.from_docs(parts, ensure_whitespace=False), document
                parts = []

    def read(self, document: Document) -> Reading:
        return self.read_parsed(self.nlp(document.text), document)

    def read_parsed(self, doc: Doc, document: Document) -> Reading:
        """Actors, then relations; DocumentTimeout when it runs past `time_budget` seconds."""
        check_time = self._budget(document)
        index = self.recognizer.recognize(doc, date=document.day)
        check_time()
        ctx = DocContext(
            doc=doc,
            index=index,
            lexicon=self.lexicon,
            state_of=self.state_of,
            quotes=find_quotes(doc, self.lexicon),
            check_time=check_time,
        )
        decisions = list(extract(ctx, document))
        reading = Reading(document, doc, index, decisions)
        reading.served = self._served_by(reading.actors)
        return reading

    def _served_by(self, actors: Iterable[Actor]) -> list[Actor]:
        """The gazetteer's actors that these actors serve or belong to, transitively."""
        found: dict[str, Actor] = {}
        queue = [a.affiliation for a in actors if a.affiliation]
        while queue:
            key = queue.pop()
            if key in found:
                continue
            try:
                actor = self.gazetteer.actor(key)
            except UnknownActor:
                continue
            found[key] = actor
            if actor.affiliation:
                queue.append(actor.affiliation)
        return list(found.values())

    def _budget(self, document: Document) -> Callable[[], None]:
        """The time check for reading one document (every sentence calls it)."""
        budget, clock = self.time_budget, self.clock
        if budget is None:
            return lambda: None
        until = clock() + budget

        def check_time() -> None:
            if clock() > until:
                raise DocumentTimeout(
                    f"reading took longer than {budget:g} s, the budget of one document: "
                    "skipped (split it, or raise --doc-timeout)"
                )

        return check_time


PIECE_CHARS = 20_000  # long documents are parsed in pieces of about this many characters


def text_pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """`text` cut into pieces of about `size` characters that join back into it exactly: at a
    paragraph break where there is one, else after a full stop, else at a space.

    >>> text_pieces("One. Two.\\n\\nThree.", size=12)
    ['One. Two.\\n\\n', 'Three.']
    >>> "".join(text_pieces("a b " * 10, size=7)) == "a b " * 10
    True
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = -1
        for mark, keep in (("\n\n", 2), (". ", 2), (" ", 1)):
            found = window.rfind(mark, size // 2)
            if found != -1:
                cut = found + keep
                break
        if cut == -1:
            cut = size
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _numbered(pieces: list[str]) -> Iterator[tuple[int, str, int]]:
    for number, piece in enumerate(pieces):
        yield number, piece, len(pieces)


MAX_SENTENCE_TOKENS = 150  # news sentences run to 80 tokens; text without full stops does not
_BREAKS = frozenset({",", ";", ":", "—", "–", "-"})
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$")  # "U.S.", "U.K.", "U.N."
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–"})


def _ends_at_abbreviation(doc: Doc, i: int, start: int) -> bool:
    """A sentence that ends with an abbreviation whose full stop is its own: "The talks were
    held in the U.S. | President Biden met Xi on Monday." The abbreviation ends a phrase
    ("in the U.S."), a finite verb came before it, and a capitalised word after it begins a
    clause of its own (a finite verb follows within a few words, before any comma). Reads the
    tagger's tags, so the component runs after the tagger."""
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
            return True
    return False


@Language.component("irkg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Sentence starts the parser keeps: a blank line (or a line break after a headline) always
    starts a sentence, so does a word after an abbreviation that ends one (see
    `_ends_at_abbreviation`), and so does a token after `MAX_SENTENCE_TOKENS` without a full
    stop (at the last comma or dash before it where there is one), so that no sentence, and no
    walk up its tree, grows with the document."""
    run_start = 0  # where the current run without a sentence end began
    last_break = -1
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if (tok.is_space and "\n" in tok.text) or _ends_at_abbreviation(doc, tok.i, run_start):
            nxt.is_sent_start = True
        if nxt.is_sent_start or tok.text in (".", "!", "?"):
            run_start, last_break = tok.i + 1, -1
            continue
        if tok.text in _BREAKS:
            last_break = tok.i + 1
        if tok.i + 1 - run_start >= MAX_SENTENCE_TOKENS:
            cut = last_break if last_break > run_start + MAX_SENTENCE_TOKENS // 2 else tok.i + 1
            doc[cut].is_sent_start = True
            run_start, last_break = cut, -1
    return doc
