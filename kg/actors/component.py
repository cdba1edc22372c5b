"""The actor stage as a spaCy component: `irkg_actors` (after the NER).

It finds the actor mentions (`kg.actors.recognize`) and puts them on the Doc: the index on
`doc._.irkg_actors`, and one span per mention in `doc.spans["irkg_actors"]` carrying the actor
and the state or organisation it counts as (see `kg.extensions`). The date officials are
dated by is that of `doc._.irkg_document`, when set.

Its data are registered functions, so a pipeline config names them: the gazetteer
(`irkg.gazetteer.v1`), the officials table (`irkg.officials.v1`) and the title words of the
trigger lexicon (`irkg.role_words.v1`, registered by `kg.relations.component`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from kg.actors.gazetteer import Gazetteer, default_gazetteer
from kg.actors.officials import Officials, default_officials
from kg.actors.recognize import Recognizer, RoleWords
from kg.extensions import ACTOR_SPANS

__all__ = ["ActorsComponent"]


@registry.misc("irkg.gazetteer.v1")
def bundled_gazetteer() -> Gazetteer:
    return default_gazetteer()


@registry.misc("irkg.officials.v1")
def bundled_officials() -> Officials:
    return default_officials()


class ActorsComponent:
    """Finds the actors of a Doc and puts them on it."""

    def __init__(
        self, nlp: Language, *, gazetteer: Gazetteer, officials: Officials, role_words: RoleWords
    ) -> None:
        self.gazetteer = gazetteer
        self.recognizer = Recognizer(
            nlp, gazetteer=gazetteer, officials=officials, lexicon=role_words
        )

    def __call__(self, doc: Doc) -> Doc:
        document = doc._.irkg_document
        index = self.recognizer.recognize(doc, date=document.day if document else None)
        spans = []
        for mention in index.mentions:
            span = Span(doc, mention.start, mention.end, label=mention.actor.key)
            span._.irkg_actor = mention.actor
            span._.irkg_state = self.gazetteer.served_by(mention.actor)
            span._.irkg_how = mention.how
            spans.append(span)
        doc.spans[ACTOR_SPANS] = spans
        doc._.irkg_actors = index
        return doc


@Language.factory(
    "irkg_actors",
    default_config={
        "gazetteer": {"@misc": "irkg.gazetteer.v1"},
        "officials": {"@misc": "irkg.officials.v1"},
        "role_words": {"@misc": "irkg.role_words.v1"},
    },
)
def make_actors(
    nlp: Language, name: str, gazetteer: Gazetteer, officials: Officials, role_words: RoleWords
) -> ActorsComponent:
    return ActorsComponent(nlp, gazetteer=gazetteer, officials=officials, role_words=role_words)
