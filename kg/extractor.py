"""The extractor: parsed documents -> actor mentions -> interactions.

`Extractor` holds what is built once per process (the spaCy pipeline, the gazetteer, the
officials table, the lexicon, the matchers); `Extractor.pipe` streams documents through
`nlp.pipe` in batches, so memory does not grow with the number of documents.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from kg.actors.gazetteer import Gazetteer, default_gazetteer
from kg.actors.officials import Officials, default_officials
from kg.actors.recognize import ActorIndex, Recognizer
from kg.nlp import load_pipeline
from kg.relations.arguments import DocContext
from kg.relations.extract import Decision, extract
from kg.relations.lexicon import Lexicon, default_lexicon
from kg.relations.quotes import find_quotes
from kg.types import Actor, Document, Interaction

log = logging.getLogger(__name__)


@dataclass
class Reading:
    """What the extractor read in one document."""

    document: Document
    doc: Doc
    index: ActorIndex
    decisions: list[Decision]

    @property
    def interactions(self) -> list[Interaction]:
        return [d.interaction for d in self.decisions if d.kept and d.interaction is not None]

    @property
    def actors(self) -> list[Actor]:
        """Every actor mentioned or taking part, with the states officials serve."""
        seen: dict[str, Actor] = {m.actor.key: m.actor for m in self.index.mentions}
        for i in self.interactions:
            seen.setdefault(i.source.key, i.source)
            seen.setdefault(i.target.key, i.target)
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
    ) -> None:
        self.nlp = nlp
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
        """Read documents in batches; yields one Reading per document, in order."""
        pairs = ((d.text, d) for d in documents)
        for doc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            yield self.read_parsed(doc, document)

    def read(self, document: Document) -> Reading:
        return self.read_parsed(self.nlp(document.text), document)

    def read_parsed(self, doc: Doc, document: Document) -> Reading:
        index = self.recognizer.recognize(doc, date=document.day)
        ctx = DocContext(
            doc=doc,
            index=index,
            lexicon=self.lexicon,
            state_of=self.state_of,
            quotes=find_quotes(doc, self.lexicon),
        )
        return Reading(document, doc, index, list(extract(ctx, document)))


@Language.component("irkg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line (or a line break after a headline) always starts a new sentence."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc
