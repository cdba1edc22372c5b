"""The records every stage shares.

Stages are functions from records to records: documents.py yields `Document`s, the actor stage
finds `Actor`s, the relation stage yields `Interaction`s, rdf/ turns them into triples.
Nothing here imports spaCy, rdflib or any later stage.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

ID_BASE = "https://w3id.org/irkg/id/"


class ActorKind(StrEnum):
    """The three actor classes of the contract (`ir:Country`, `ir:Organization`, `ir:Official`)."""

    COUNTRY = "Country"
    ORGANIZATION = "Organization"
    OFFICIAL = "Official"


class Relation(StrEnum):
    """The seven relation properties of the contract, by their local name in `ir:`."""

    MEETS = "meets"
    SUPPORTS = "supports"
    COOPERATES = "cooperates"
    CRITICIZES = "criticizes"
    THREATENS = "threatens"
    SANCTIONS = "sanctions"
    ATTACKS = "attacks"

    @property
    def cooperative(self) -> bool:
        return self in _COOPERATIVE

    @property
    def mutual(self) -> bool:
        """Done with each other, whichever side a text names first: `meets`, `cooperates`
        (read both ways, scored order-free, one event in either order). Only `ir:meets` is
        an OWL symmetric property: a cooperation is stored as the text gives it.

        >>> Relation.COOPERATES.mutual, Relation.SANCTIONS.mutual
        (True, False)
        """
        return self in _MUTUAL


_COOPERATIVE = frozenset({Relation.MEETS, Relation.SUPPORTS, Relation.COOPERATES})
_MUTUAL = frozenset({Relation.MEETS, Relation.COOPERATES})


class Modality(StrEnum):
    """How the text holds the relation (`ir:Asserted`, `ir:Intended`, ...)."""

    ASSERTED = "Asserted"
    INTENDED = "Intended"
    NEGATED = "Negated"
    HYPOTHETICAL = "Hypothetical"

    @property
    def factual(self) -> bool:
        """Asserted and Intended interactions also become direct triples (and are scored)."""
        return self in (Modality.ASSERTED, Modality.INTENDED)


@dataclass(frozen=True, slots=True)
class Document:
    """One input text. `id` is the input's id or the file name without extension."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date, "2019-07-24"
    url: str | None = None
    origin: str | None = None  # where it was read: "samples/x.jsonl:12"

    @property
    def day(self) -> dt.date | None:
        """`date` as a calendar date, or None when absent or not ISO."""
        try:
            return dt.date.fromisoformat((self.date or "")[:10])
        except ValueError:
            return None

    @property
    def content_hash(self) -> str:
        """SHA-256 of what the graph is built from; a changed hash replaces the old interactions."""
        h = hashlib.sha256()
        for part in (self.id, self.title or "", self.date or "", self.url or "", self.text):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        return h.hexdigest()


@dataclass(frozen=True, slots=True)
class Actor:
    """A state, an intergovernmental organisation (or one of its organs), or an official.

    `key` is the IRI path under `ID_BASE`: "country/RUS", "org/UN", "person/sergey-lavrov".
    `affiliation` is the key of what the actor serves or belongs to: an official's state or
    organisation, an organ's parent organisation ("org/UNSC" -> "org/UN").
    """

    key: str
    kind: ActorKind
    label: str
    code: str | None = None
    alt_labels: tuple[str, ...] = ()
    affiliation: str | None = None
    position: str | None = None

    @property
    def iri(self) -> str:
        return ID_BASE + self.key


@dataclass(frozen=True, slots=True)
class Interaction:
    """One relation read from one sentence, with its evidence."""

    doc_id: str
    source: Actor
    relation: Relation
    target: Actor
    modality: Modality
    evidence: str
    start: int  # character offsets of the evidence sentence in Document.text
    end: int
    confidence: float
    date: str | None = None
    trigger: str = ""
    # the country-level keys ("country/USA", "org/UN") of source and target, filled by resolution
    source_state: str | None = None
    target_state: str | None = None
    cues: tuple[str, ...] = field(default=())

    @property
    def stable_id(self) -> str:
        """A deterministic id: the same input always yields the same interaction IRI."""
        h = hashlib.sha256()
        for part in (
            self.doc_id,
            str(self.start),
            str(self.end),
            self.source.key,
            self.relation.value,
            self.target.key,
            self.trigger,
        ):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        return h.hexdigest()[:24]


def confident(interactions: Iterable[Interaction], min_confidence: float) -> list[Interaction]:
    """The interactions at least this confident, in order: what a build stores, what is scored."""
    return [i for i in interactions if i.confidence >= min_confidence]


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of a parsed text (token offsets [start, end)) that names an actor.

    `how` says how it was recognised: "name", "demonym", "capital", "metonym", "title" (a titled
    official), "official" (a name from the officials table), "surname", "description" ...
    """

    start: int
    end: int
    actor: Actor
    how: str
    confidence: float = 1.0
