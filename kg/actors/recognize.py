"""Actor mentions in a parsed document: states, organisations and officials.

Three sources, in this order of trust:
1. the gazetteer (country names, demonyms, capitals and metonyms, organisations), matched on exact
   token text, longest first;
2. officials introduced by a title ("Russian Foreign Minister Sergey Lavrov", "then-President Barack
   Obama") or named in the dated officials table ("Lavrov said" in a 2019 article is Russia's FM);
3. later mentions of a person by surname alone ("Lavrov's statement"), whatever label the NER gave.

Pronouns and descriptions ("he", "the country", "the Russian foreign minister") are resolved later,
by kg.actors.coref, because they depend on the relation being read.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from typing import NamedTuple, Protocol

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg.actors.gazetteer import Gazetteer, NameKind, Surface
from kg.actors.officials import Officials, Person, fold, position_family, slugify
from kg.errors import DataError
from kg.types import Actor, ActorKind, Mention

log = logging.getLogger(__name__)


# titles of a part of a state: "Senator X of Georgia" is of a U.S. state, not of Georgia
_SUBNATIONAL_TITLES = frozenset(
    {"senator", "governor", "congressman", "congresswoman", "representative", "lawmaker"}
)


class RoleWords(Protocol):
    """The words the recognizer needs to read titles: the trigger lexicon of `kg.relations`
    provides them (passed in by the extractor, so this stage does not import a later one)."""

    @property
    def titles(self) -> frozenset[str]: ...

    @property
    def title_prefixes(self) -> frozenset[str]: ...

    @property
    def proxy_nouns(self) -> frozenset[str]: ...

    @property
    def not_person_heads(self) -> frozenset[str]: ...

    @property
    def not_person_names(self) -> frozenset[str]: ...

    @property
    def name_particles(self) -> frozenset[str]: ...


# NER labels that a surface flagged ambiguous ("Georgia", "Jordan") must carry to count
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "ORG"})
# the prepositions a place follows as the object of a deed: "struck targets in Kharkiv"
_PLACE_PREPOSITIONS = frozenset(
    {"on", "at", "in", "into", "near", "over", "across", "around", "outside", "toward", "towards"}
)
# the nouns that name a place by a name hung on them: "the Kursk region", "the port of Odesa"
_PLACE_NOUNS = frozenset(
    {
        "region",
        "province",
        "oblast",
        "city",
        "town",
        "village",
        "port",
        "district",
        "governorate",
        "area",
        "outskirts",
        "suburb",
        "neighbourhood",
        "neighborhood",
        "centre",
        "center",
    }
)
# an entity of these labels that merely contains a place name is something else ("Bank of America")
_OTHER_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "PERSON", "EVENT", "PRODUCT", "LAW"})
_FINITE_VERBS = frozenset({"VBD", "VBZ", "VBP"})  # no name holds one
_NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$")
_MAX_NAME_TOKENS = 4
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


@dataclass
class ActorIndex:
    """The mentions found in one document, with lookups the relation stage needs."""

    mentions: list[Mention]
    by_token: dict[int, Mention] = field(default_factory=dict)
    people: dict[str, Actor] = field(default_factory=dict)  # surname -> official

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m

    def at(self, i: int) -> Mention | None:
        return self.by_token.get(i)

    def before(self, i: int) -> Iterator[Mention]:
        """Mentions that end before token i, nearest first (from i back, not from the end)."""
        for k in range(bisect_left(self._starts, i) - 1, -1, -1):
            if self.mentions[k].end <= i:
                yield self.mentions[k]


class Recognizer:
    """Finds actor mentions; built once per pipeline (holds matchers), used per document."""

    def __init__(
        self, nlp: Language, *, gazetteer: Gazetteer, officials: Officials, lexicon: RoleWords
    ) -> None:
        vocab, make_doc = nlp.vocab, nlp.make_doc
        self.gazetteer = gazetteer
        self.officials = officials
        self.lexicon = lexicon
        self._surfaces: dict[str, list[Surface]] = {}
        self._places = PhraseMatcher(vocab, attr="ORTH")
        for surface in gazetteer.surfaces():
            key = surface.text
            if key not in self._surfaces:
                self._places.add(key, [make_doc(key)])
            self._surfaces.setdefault(key, []).append(surface)
        for (
            blocker
        ) in gazetteer.blockers():  # "Latin America", "South China Sea": match, yield nothing
            if blocker not in self._surfaces:
                self._places.add(blocker, [make_doc(blocker)])
        self._people = PhraseMatcher(vocab, attr="ORTH")
        self._person_names: dict[str, Person] = {}
        for person in officials:
            for name in person.names:
                if name not in self._person_names:
                    self._people.add(name, [make_doc(name)])
                    self._person_names[name] = person
        # "Joseph Kabila" for "Joseph Kabila Kabange": read only where a name ends with it
        self._short_names: set[str] = set()
        for name, person in officials.short_forms().items():
            if name not in self._person_names:
                self._people.add(name, [make_doc(name)])
                self._person_names[name] = person
                self._short_names.add(name)
        self._title_heads = frozenset(t.split()[-1] for t in lexicon.titles)
        # titles by their first word, longest first: "foreign" -> [("foreign", "minister"), ...]
        self._titles: dict[str, list[tuple[str, ...]]] = {}
        for title in sorted((tuple(t.split()) for t in lexicon.titles), key=len, reverse=True):
            self._titles.setdefault(title[0], []).append(title)

    # -- public ---------------------------------------------------------------------------------
    def recognize(self, doc: Doc, *, date: dt.date | None = None) -> ActorIndex:
        places = list(self._place_mentions(doc))
        taken = {i for m in places for i in range(m.start, m.end)}
        officials = self._official_mentions(doc, date, taken, places)
        taken |= {i for m in officials for i in range(m.start, m.end)}
        people: dict[str, Actor] = {}
        for m in officials:
            person = self.officials.by_slug(m.actor.key.removeprefix("person/"))
            for surname in person.surnames if person else _surnames_of(m.actor):
                people.setdefault(surname, m.actor)
                people.setdefault(fold(surname), m.actor)  # "Orbán" named, "Orban" later
        surnames = list(self._surname_mentions(doc, date, taken, people))
        taken |= {i for m in surnames for i in range(m.start, m.end)}
        sides = list(self._korean_sides(doc, places, taken))
        return ActorIndex(places + officials + surnames + sides, people=people)

    def _korean_sides(self, doc: Doc, places: list[Mention], taken: set[int]) -> Iterator[Mention]:
        """ "the North" and "the South" in a text that names either Korea: the two Koreas, as
        news calls them ("North Korea shelled the island and the South returned fire"); not
        "the South China Sea", "the South of France", nor any South where no Korea is named."""
        if not any(m.actor.key in _KOREAS.values() for m in places):
            return
        for tok in doc:
            key = _korean_side(tok)
            if key is None or tok.i in taken:
                continue
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if after is not None and (after.text[:1].isupper() or after.lower_ == "of"):
                continue
            yield Mention(tok.i, tok.i + 1, self.gazetteer.actor(key), "metonym", 0.9)

    def potential_actors(self, doc: Doc, *, enough: int = 2) -> set[str]:
        """What might name an actor in a Doc that is only tokenized (no tags, no entities):
        the forms of the gazetteer and the names of the officials' tables, wherever they stand,
        every capitalised surname of the tables, and every title word ("minister") standing for
        an official yet to be named. A cheap pass, generous by design: `recognize` finds no
        actor that is not counted here. Stops counting at `enough`.

        A document with fewer than two of these cannot hold a relation (both ends of one are
        actors the text names), so it need not be parsed at all."""
        found: set[str] = set()
        for match_id, _start, _end in self._places(doc):
            text = doc.vocab.strings[match_id]
            found.update(s.actor.key for s in self._surfaces.get(text, ()))
            if len(found) >= enough:
                return found
        for match_id, _start, _end in self._people(doc):
            found.add("person:" + doc.vocab.strings[match_id])
            if len(found) >= enough:
                return found
        for tok in doc:
            low = tok.lower_
            if low in self._title_heads or (low.endswith("s") and low[:-1] in self._title_heads):
                found.add(f"title:{tok.i}")  # each title may stand for someone of its own
            elif tok.text[:1].isupper() and self.officials.by_surname(tok.text):
                found.add("surname:" + tok.text)
            elif (side := _korean_side(tok)) is not None:
                found.add(side)  # "the South" (a Korea, if one is named)
            if len(found) >= enough:
                break
        return found

    def name_offsets(self, doc: Doc) -> set[int]:
        """The character offsets of the tokens inside a known name (a gazetteer form, an
        official's name) of a Doc that is only tokenized."""
        return {
            doc[i].idx
            for matcher in (self._places, self._people)
            for _match, start, end in matcher(doc)
            for i in range(start, end)
        }

    def state_of(self, actor: Actor) -> Actor:
        """The state or organisation an actor counts as (`Gazetteer.served_by`)."""
        return self.gazetteer.served_by(actor)

    # -- gazetteer --------------------------------------------------------------------------------
    def _place_mentions(self, doc: Doc) -> Iterator[Mention]:
        spans = [Span(doc, s, e, label=mid) for mid, s, e in self._places(doc)]
        ents = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        # longest first, then leftmost; no overlaps
        chosen: list[Span] = []
        used: set[int] = set()
        for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
            if used.isdisjoint(range(span.start, span.end)):
                chosen.append(span)
                used.update(range(span.start, span.end))
        # a form shared by several states ("Dominican": Dominica, the Dominican Republic) names
        # the one the document names by a form of its own
        named = {
            keys.pop()
            for span in chosen
            if len(keys := {c.actor.key for c in self._surfaces.get(span.text, [])}) == 1
        }
        # the words of people's longer names ("Jim Jordan"), gathered once per document
        people = frozenset(
            t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e
        )
        picked = {
            span.start: (span, self._pick_surface(span, ents, named, people)) for span in chosen
        }
        sure = {
            i for span, s in picked.values() if s is not None for i in range(span.start, span.end)
        }
        # named by a form that means nothing else: where, and who
        plainly = [(span, s) for span, s in picked.values() if s is not None and not s.ambiguous]
        plain = {i for span, _ in plainly for i in range(span.start, span.end)}
        plainly_named = {s.actor.key for _, s in plainly}
        for start in sorted(picked):
            span, surface = picked[start]
            if surface is None and span.text in self._surfaces and _coordinated_with(span, sure):
                # "Burkina Faso, Mali and Niger": an ambiguous name listed among states is one
                surface = _preferred(self._surfaces[span.text], named)
            if surface is not None:
                yield Mention(
                    span.start,
                    span.end,
                    surface.actor,
                    surface.kind.value,
                    # "drills by Washington, Seoul and Tokyo": listed among states, it is one;
                    # so is "Washington" where the text names the United States plainly too
                    0.7
                    if surface.ambiguous
                    and not _coordinated_with(span, plain)
                    and surface.actor.key not in plainly_named
                    else 1.0,
                )

    def _pick_surface(
        self,
        span: Span,
        ents: dict[int, Span],
        named: AbstractSet[str] = frozenset(),
        people: AbstractSet[str] = frozenset(),
    ) -> Surface | None:
        candidates = self._surfaces.get(span.text, [])
        if not candidates:
            return None
        surface = _preferred(candidates, named)
        ent_types = {t.ent_type_ for t in span}
        several = surface.ambiguous or len({c.actor.key for c in candidates}) > 1
        if (
            several
            and not ent_types & _PLACE_LABELS
            and not self._state_named_amiss(span, ents, people)
            and not self._place_untagged(span, ents, people)
        ):
            return None
        if self._inside_other_entity(span, ents):
            return None
        if surface.kind is NameKind.DEMONYM and span[0].pos_ not in ("ADJ", "PROPN", "NOUN"):
            return None
        if surface.kind is NameKind.DEMONYM and _after_a_prefix(span):
            return None  # "the Inter-American Court", "Pan-African": of a region, no state
        if (
            surface.ambiguous
            and surface.actor.kind is ActorKind.ORGANIZATION
            and self._national(span)
        ):
            return None  # "Russia's Security Council", "the Iranian Security Council": a state's
        return surface

    def _national(self, span: Span) -> bool:
        """Whether a body's name follows a state's possessive or demonym: "Russia's [Security
        Council]", "the Russian [Security Council]" name the state's own body."""
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.tag_ == "POS" and span.start > 1:
            before = doc[span.start - 2]
        if before is None:
            return False
        return any(c.actor.kind is ActorKind.COUNTRY for c in self._surfaces.get(before.text, []))

    def _state_named_amiss(
        self, span: Span, ents: dict[int, Span], people: AbstractSet[str] = frozenset()
    ) -> bool:
        """ "Jordan condemned the strike", "the coup in Niger": a state's own name the NER took
        for a person's, a date's or a product's, when it stands alone (no first name, no title,
        no article, no name after it: not "Rep. Jim Jordan", "Chad Smith", "the Niger", "Jordan
        River") and no person of the document bears it as a name ("Jim Jordan ... Jordan said").
        A name the NER left untagged stays unread."""
        candidates = self._surfaces[span.text]
        if len({c.actor.key for c in candidates}) > 1 or candidates[0].kind is not NameKind.NAME:
            return False
        ent = ents.get(span.start)
        if ent is None or (ent.start, ent.end) != (span.start, span.end):
            return False
        return self._alone(span, people)

    def _place_untagged(
        self, span: Span, ents: dict[int, Span], people: AbstractSet[str] = frozenset()
    ) -> bool:
        """ "Russian missiles struck Odesa", "shelled Kharkiv": a city or region of one state the
        NER left untagged or took for a one-word name, read as a place where a noun of place
        names it ("the Kursk region", "the port of Mykolaiv") or where it stands as the object of
        a verb or of a preposition of place or direction, alone (no title, first name or name
        after it; no entity around it), and borne by no person of the document nor of the
        officials' tables."""
        candidates = self._surfaces[span.text]
        if len({c.actor.key for c in candidates}) > 1 or candidates[0].kind is not NameKind.PLACE:
            return False
        if any(t.pos_ != "PROPN" for t in span):
            return False
        ent = ents.get(span.start)
        if ent is not None and (ent.start, ent.end) != (span.start, span.end):
            return False
        root = span.root
        if self.officials.by_surname(span.text):
            return False
        if _named_by_a_place_noun(root):
            # "the Kursk region", "the port of Odesa": the article is the place noun's
            return span.text not in people and not (
                span.start > 0 and span.doc[span.start - 1].pos_ == "PROPN"
            )
        if not (
            root.dep_ == "dobj" or root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS
        ):
            return False
        return self._alone(span, people, after_a_name=True)

    def _alone(
        self,
        span: Span,
        people: AbstractSet[str],
        *,
        after_a_name: bool = False,
    ) -> bool:
        """Whether a name stands alone: no article ("the Niger") nor title before it ("Rep. Jim
        Jordan"), nor a name where `after_a_name` ("Jim Kharkiv"), no name
        after it ("Jordan River"), and not a word of a person's longer name in the document
        (`people`: "Jim Jordan ... Jordan said")."""
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and (
            before.lower_ == "the"
            or (after_a_name and before.pos_ == "PROPN")
            or _is_title_word(before, self.lexicon)
        ):
            return False
        if span.end < len(doc) and doc[span.end].pos_ == "PROPN":
            return False
        return span.text not in people

    def _inside_other_entity(self, span: Span, ents: dict[int, Span]) -> bool:
        """True for "Bank of America" or "George Washington", not for "Russian Foreign Ministry".

        `ents` maps each token inside an entity to it (entities do not overlap, so the one
        that holds the span's first token is the only one that can hold the span).
        """
        ent = ents.get(span.start)
        if ent is None:
            return False
        label = ent.label_  # a slice of a span keeps no label
        if ent[0].lower_ == "the" and len(ent) > 1:
            ent = ent[1:]
        if ent[-1].tag_ == "POS" and len(ent) > 1:  # "UN General Assembly’s"
            ent = ent[:-1]
        if not (ent.start <= span.start and span.end <= ent.end and len(ent) > len(span)):
            return False
        if label not in _OTHER_LABELS:
            return False
        if label == "ORG" and any(t.tag_ in _FINITE_VERBS for t in ent):
            return False  # "[The Council condemned Eritrea]": a clause, the tagger's slip
        if label == "PERSON":
            return span.start > ent.start or not _is_title_word(ent[-1], self.lexicon)
        # "the Russian Foreign Ministry", "the Government of Gambia": a state's own body
        heads = {ent[-1].lemma_.lower(), ent.root.lemma_.lower()}
        return heads.isdisjoint(self.lexicon.proxy_nouns) and self._surfaces.get(ent.text) is None

    # -- officials -------------------------------------------------------------------------------
    def _official_mentions(
        self, doc: Doc, date: dt.date | None, taken: set[int], places: list[Mention]
    ) -> list[Mention]:
        found: dict[tuple[int, int], Mention] = {}
        covered: set[int] = set()  # the tokens of `found`, so that overlap tests are O(span)
        matches = [(start, end) for _, start, end in self._people(doc)]
        for start, end in matches:
            if doc[start:end].text in self._short_names and not self._whole_short_name(
                doc, start, end, matches
            ):
                continue
            if taken.isdisjoint(range(start, end)):
                person = self._person_names[doc[start:end].text]
                found[(start, end)] = self._table_mention(doc, start, end, person, date)
                covered.update(range(start, end))
        for start, end in self._name_chains_after_titles(doc, taken):
            if start in covered or end - 1 in covered:
                continue
            mention = self._titled_mention(doc, start, end, date)
            if mention is not None:
                found[(start, end)] = mention
                covered.update(range(start, end))
        place_at = {i: m for m in places for i in range(m.start, m.end)}
        for span, mention in list(found.items()):
            if mention.actor.affiliation is None:
                # "The US commander in Iraq, General David Petraeus": the apposition names the state
                described = self._appositive_mention(doc[span[0] : span[1]], date, place_at)
                if described is not None:
                    actor = replace(mention.actor, affiliation=described.actor.affiliation)
                    found[span] = replace(mention, actor=actor, confidence=0.85)
        for ent in doc.ents:
            if ent.label_ != "PERSON" or not taken.isdisjoint(range(ent.start, ent.end)):
                continue
            if not covered.isdisjoint(range(ent.start, ent.end)):
                continue
            mention = self._appositive_mention(ent, date, place_at)
            if mention is None:
                mention = self._named_after_role(ent, date, place_at, found)
            if mention is None:
                mention = self._possessed_person(ent)
            if mention is not None:
                found[(ent.start, ent.end)] = mention
                covered.update(range(ent.start, ent.end))
        mentions = sorted(found.values(), key=lambda m: m.start)
        return [replace(m, actor=self._settled(m.actor)) for m in _merge_same_people(mentions)]

    def _whole_short_name(
        self, doc: Doc, start: int, end: int, matches: Sequence[tuple[int, int]]
    ) -> bool:
        """Whether a shortened name ("Ali Bongo") is a whole name of a person the parser found:
        not a part of a longer name of the table ("Kim Jong" in "Kim Jong Un") or of the text
        ("Ali Bongo Smith"), nor words that are no person's name ("Federal Service")."""
        if any(s <= start and end <= e and e - s > end - start for s, e in matches):
            return False
        if doc[start].ent_iob_ == "I" and not _is_title_word(doc[start - 1], self.lexicon):
            return False  # "Mohamed Ali Bongo": the name began before
        if end < len(doc):
            after = doc[end]
            if after.is_title and after.pos_ == "PROPN":
                return False
            if after.lower_ in self.lexicon.name_particles or after.ent_iob_ == "I":
                return False  # "Abdul Fattah al-Burhan": the name goes on
        return all(tok.ent_type_ == "PERSON" for tok in doc[start:end])

    def _table_mention(
        self, doc: Doc, start: int, end: int, person: Person, date: dt.date | None
    ) -> Mention:
        """A person of the table. The office the table gives for the date decides whom they
        serve; a title may only choose among the offices they held ("former Prime Minister"),
        and a title naming a state they never served is about a namesake."""
        title, country, former = self._title_left_of(doc, start)
        if country is not None and not self._served(person, country):
            return self._namesake_mention(doc, start, end, title, country)
        current = self.officials.office_on(person, date)
        office = current or self.officials.latest_office_before(person, date)
        # "NATO Secretary General Jens Stoltenberg": a title naming a state or organisation
        # they served says whom they speak for, whatever they hold later; "former NATO chief
        # Stoltenberg" speaks for whom they serve on the day
        named = country is not None and title is not None and not former
        if office is not None and (country is None or (current is not None and not named)):
            country = self._org_actor(office.org) or country
        affiliation = country.key if country else None
        position = title
        if position is None and office is not None:
            # "Obama" in a 2019 article is a former president
            position = office.position if current is not None else f"former {office.position}"
        actor = Actor(
            key=f"person/{person.slug}",
            kind=ActorKind.OFFICIAL,
            label=person.name,
            alt_labels=tuple(a for a in person.aliases if a != person.name),
            affiliation=affiliation,
            position=position,
        )
        return Mention(start, end, actor, "official", 0.95)

    def _served(self, person: Person, actor: Actor | str) -> bool:
        """Whether the person held an office of that state or organisation (or of one of its
        organs, or of the organisation an organ belongs to) at any time."""
        key = actor if isinstance(actor, str) else actor.key
        keys = {key, *(self._org_keys(key))}
        for office in person.offices:
            served = self._org_actor(office.org)
            if served is not None and ({served.key, *self._org_keys(served.key)} & keys):
                return True
        return False

    def _org_keys(self, key: str) -> tuple[str, ...]:
        """The organisations an organ belongs to ("org/UNSC" -> "org/UN"); () for others."""
        try:
            return (self.gazetteer.state_key(key),)
        except (KeyError, DataError):
            return ()

    def _namesake_mention(
        self, doc: Doc, start: int, end: int, title: str | None, country: Actor
    ) -> Mention:
        """Someone the text names like a person of the table but places in another state
        ("Jordan's King Abdullah" is not the Saudi king): an official of the text's own."""
        label = doc[start:end].text.translate(_APOSTROPHES)
        actor = Actor(
            key=_qualified_key(f"person/{slugify(label)}", country.key),
            kind=ActorKind.OFFICIAL,
            label=label,
            affiliation=country.key,
            position=title,
        )
        return Mention(start, end, actor, "title", 0.85)

    def _settled(self, actor: Actor) -> Actor:
        """An official's identity, settled: a person of the table keeps the table's IRI only
        while serving a state or organisation the table says they served; anyone else with a
        known state is that state's ("person/kim-yong-chol-prk"), so that two namesakes of two
        states are never one node."""
        if actor.kind is not ActorKind.OFFICIAL or actor.affiliation is None:
            return actor
        person = self.officials.by_slug(actor.key.removeprefix("person/"))
        if person is not None and self._served(person, actor.affiliation):
            return actor
        return replace(actor, key=_qualified_key(actor.key, actor.affiliation))

    def _titled_mention(
        self, doc: Doc, start: int, end: int, date: dt.date | None
    ) -> Mention | None:
        title, country = self._title_before(doc, start)
        if title is None:
            return None
        name = doc[start:end].text.translate(_APOSTROPHES)
        person = self._table_person(name, date)
        if person is not None and country is not None and not self._served(person, country):
            return self._namesake_mention(doc, start, end, title, country)
        if person is not None:
            office = self.officials.office_on(person, date)
            if office is not None:
                country = self._org_actor(office.org) or country
        if person is None and country is None:
            country = self._country_of_namesakes(name, title)
        if country is None:
            # "President Slobodan Milosevic of Serbia": the state named right after the name
            country = self._state_named_after(doc, end, title)
        label = person.name if person is not None else name
        actor = Actor(
            key=f"person/{slugify(label)}",
            kind=ActorKind.OFFICIAL,
            label=label,
            affiliation=country.key if country else None,
            position=title,
        )
        return Mention(start, end, actor, "title", 0.9 if country else 0.6)

    def _country_of_namesakes(self, name: str, title: str) -> Actor | None:
        """ "President Bush" with no date: both Bushes served the same state, so it is known."""
        if " " in name:
            return None
        people = self.officials.by_surname(name)
        family = position_family(title)
        orgs = {o.org for p in people for o in p.offices if o.family == family}
        if not orgs:  # tables that name the branch only ("Government"): whom did they serve?
            orgs = {o.org for p in people for o in p.offices}
        return self._org_actor(orgs.pop()) if len(orgs) == 1 else None

    def _appositive_mention(
        self, ent: Span, date: dt.date | None, place_at: dict[int, Mention]
    ) -> Mention | None:
        """ "Munir Akram, Pakistan's permanent representative" and "Erdogan's communication chief,
        Fahrettin Altun": a name in apposition with a title that names its state."""
        root = ent.root
        sides = [root.head] if root.dep_ == "appos" else []
        sides += [c for c in root.children if c.dep_ == "appos"]
        for np in sides:
            if np.lower_ not in self._title_heads:
                continue
            state = self._owner_state(np, date, place_at)
            if state is None:
                continue
            return Mention(
                ent.start, ent.end, _role_holder(ent, np, state, place_at), "apposition", 0.8
            )
        return None

    def _possessed_person(self, ent: Span) -> Mention | None:
        """ "Peru's Ollanta Humala": a person the text gives a state's possessive serves it."""
        title, country = self._title_before(ent.doc, ent.start)
        if country is None or title is not None or country.kind is not ActorKind.COUNTRY:
            return None
        label = ent.text.translate(_APOSTROPHES)
        if self.officials.find(label) or self.officials.by_surname(label):
            return None  # "Russia's Putin": a person of the table, read by name or surname
        actor = Actor(
            key=_qualified_key(f"person/{slugify(label)}", country.key),
            kind=ActorKind.OFFICIAL,
            label=label,
            affiliation=country.key,
        )
        return Mention(ent.start, ent.end, actor, "possessive", 0.8)

    def _named_after_role(
        self,
        ent: Span,
        date: dt.date | None,
        place_at: dict[int, Mention],
        found: dict[tuple[int, int], Mention],
    ) -> Mention | None:
        """ "China's U.N. ambassador told reporters ... Fu Cong blamed the administration": a
        person first introduced by role, then named as the subject of the next sentences, is
        that official. Only when no other official is named in between."""
        if ent.root.dep_ not in ("nsubj", "nsubjpass"):
            return None
        described = [
            c
            for c in ent.root.children
            if c.dep_ == "appos" or (c.pos_ == "NOUN" and not ent.start <= c.i < ent.end)
        ]
        if described:  # "John Smith, an analyst, said" or "journalist John Smith": another role
            return None
        doc = ent.doc
        first_sentence = ent.sent
        for _ in range(2):
            if first_sentence.start == 0:
                break
            first_sentence = doc[first_sentence.start - 1].sent
        if any(first_sentence.start <= s < ent.start for s, _ in found):
            return None  # someone else is named in between
        for tok in reversed(doc[first_sentence.start : ent.start]):
            if tok.lemma_.lower() not in self._title_heads or tok.pos_ != "NOUN":
                continue
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            state = self._owner_state(tok, date, place_at)
            if state is None:
                return None
            return Mention(ent.start, ent.end, _role_holder(ent, tok, state, place_at), "role", 0.6)
        return None

    def _owner_state(
        self, np: Token, date: dt.date | None, place_at: dict[int, Mention]
    ) -> Actor | None:
        """The state a title belongs to: "Pakistan's", "Turkish", "Erdogan's" (by his office)."""
        for child in np.children:
            if child.dep_ not in ("poss", "amod", "compound", "nmod"):
                continue
            mention = place_at.get(child.i)
            if mention is not None:
                return self.state_of(mention.actor)
            person = self._table_person(child.text, date)
            office = self.officials.office_on(person, date) if person is not None else None
            if office is not None:
                return self._org_actor(office.org)
        return None

    def _table_person(self, name: str, date: dt.date | None) -> Person | None:
        hits = self.officials.find(name)
        shortened = self.officials.shortened(name) if not hits and " " in name else None
        if shortened is not None:
            hits = [shortened]
        if not hits and " " not in name:
            bearer = self.officials.sole_bearer(name, date)
            hits = [bearer] if bearer is not None else []
        if len(hits) == 1:
            return hits[0]
        dated = [p for p in hits if self.officials.office_on(p, date) is not None]
        return dated[0] if len(dated) == 1 else None

    def _org_actor(self, code: str) -> Actor | None:
        """The state (ISO alpha-3) or organisation (short key) an officials-table office names."""
        for lookup in (self.gazetteer.country, self.gazetteer.organization):
            try:
                return lookup(code)
            except (KeyError, DataError):
                continue
        return None

    def _name_chains_after_titles(self, doc: Doc, taken: set[int]) -> Iterator[tuple[int, int]]:
        """Capitalised name tokens right after a title word: "Minister [Bruno Rodriguez]"."""
        i = 0
        while i < len(doc):
            n = self._title_length_at(doc, i)
            if n == 0:
                i += 1
                continue
            start = i + n
            end = start
            while end < len(doc) and end - start < _MAX_NAME_TOKENS + 2 and end not in taken:
                # a name word, or a particle inside a name ("Mark van der Berg", "al-Sudani")
                particle = (
                    end > start
                    and doc[end].lower_ in self.lexicon.name_particles
                    and any(
                        self._name_token(doc, k) for k in range(end + 1, min(end + 4, len(doc)))
                    )
                )
                if not (particle or self._name_token(doc, end)):
                    break
                end += 1
            while end > start and doc[end - 1].lower_ in self.lexicon.name_particles:
                end -= 1
            if (
                end > start
                and doc[end - 1].text not in (".",)
                and self._may_be_person(doc[start:end])
            ):
                yield start, end
            i = max(end, i + 1)

    def _name_token(self, doc: Doc, i: int) -> bool:
        tok = doc[i]
        return (
            _NAME_TOKEN.match(tok.text) is not None
            and tok.pos_ in ("PROPN", "NOUN", "X")
            and self._title_length_at(doc, i) == 0
        )

    def _may_be_person(self, span: Span) -> bool:
        """Not an institution, a medium or a platform ("Statistics Office", "Twitter")."""
        words = [t.lower_ for t in span]
        if " ".join(words) in self.lexicon.not_person_names:
            return False
        return not any(w in self.lexicon.not_person_heads for w in words)

    def _title_length_at(self, doc: Doc, i: int) -> int:
        for words in self._titles.get(doc[i].lower_, ()):
            n = len(words)
            if i + n <= len(doc) and tuple(t.lower_ for t in doc[i : i + n]) == words:
                return n
        return 0

    def _title_before(self, doc: Doc, start: int) -> tuple[str | None, Actor | None]:
        """The title words just left of a name, and the state or organisation they name."""
        title = self._title_left_of(doc, start)
        return title.office, title.country

    def _title_left_of(self, doc: Doc, start: int) -> _Title:
        """The title left of a name: its office, the state or organisation it names, and
        whether it says the office is no longer held ("former NATO chief ...")."""
        i = start
        title_tokens: list[Token] = []
        country: Actor | None = None
        # "Chile's Michelle Bachelet": a state's possessive right before the name is whom the
        # person serves, title or not
        possessive = start > 0 and doc[start - 1].lower_ in ("'s", "’s")
        while i > 0:
            tok = doc[i - 1]
            low = tok.lower_.rstrip("-")
            if _is_title_word(tok, self.lexicon) or low in self.lexicon.title_prefixes:
                title_tokens.insert(0, tok)
                i -= 1
                continue
            if (
                title_tokens
                and low in self.lexicon.not_person_heads
                and self._surface_ending_at(doc, i) is None
            ):
                # "China's foreign [ministry] spokesman": the body the official speaks for is
                # part of the title (unless the body is itself a known actor, "State Department")
                title_tokens.insert(0, tok)
                i -= 1
                continue
            if tok.text in ("-", "then-", "then") or tok.lower_ in ("of", "'s", "’s"):
                i -= 1
                continue
            surface = self._surface_ending_at(doc, i)
            if surface is not None and (country is None or _prefer(surface[1].actor, country)):
                # "China's U.N. Ambassador": the state outranks the organisation it sits in
                country = surface[1].actor
                i = surface[0]
                continue
            break
        if not title_tokens and not possessive:
            # a place right before a name is not his state: "the summit in France Putin ..."
            country = None
        title_words = [t.text for t in title_tokens if t.lower_.rstrip("-") not in _PREFIX_NOISE]
        if all(t.lower_.rstrip("-") in self.lexicon.title_prefixes for t in title_tokens):
            title_words = []  # "first", "former", "acting" alone are not an office
        title = " ".join(title_words).strip() or None
        if title is not None:
            title = title.replace("then- ", "").replace("then-", "")
            title = _office_name(title.split())
        former = any(t.lower_.rstrip("-") in _FORMER for t in title_tokens)
        return _Title(title, country, former)

    def _state_named_after(self, doc: Doc, end: int, title: str) -> Actor | None:
        """The state a titled name is said to be "of", right after it ("President Laurent
        Kabila of Congo"): a name that ends there ("of Georgia State University", "of China
        Mobile", "of Russia's Chamber of Commerce" name a body, not his state) and names one
        state only; not the state of a title of a part of a state ("Senator X of Georgia",
        "Governor X of Georgia") nor an organisation ("of the UN": the title's body)."""
        if set(title.lower().split()) & _SUBNATIONAL_TITLES:
            return None
        i = end
        if i >= len(doc) or doc[i].lower_ != "of":
            return None
        i += 1
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        for length in (4, 3, 2, 1):
            stop = i + length
            if stop > len(doc):
                continue
            candidates = self._surfaces.get(doc[i:stop].text)
            if not candidates:
                continue
            if stop < len(doc) and (
                doc[stop].text[:1].isupper() or doc[stop].lower_ in ("'s", "’s")
            ):
                return None  # ("of China Mobile", "of Russia's Chamber of Commerce")
            actors = {c.actor.key: c.actor for c in candidates}
            if len(actors) != 1:
                return None
            actor = next(iter(actors.values()))
            return actor if actor.kind is ActorKind.COUNTRY else None
        return None

    def _surface_ending_at(self, doc: Doc, end: int) -> tuple[int, Surface] | None:
        for length in (4, 3, 2, 1):
            s = end - length
            if s < 0:
                continue
            candidates = self._surfaces.get(doc[s:end].text)
            if candidates:
                return s, candidates[0]
        return None

    # -- surnames --------------------------------------------------------------------------------
    def _surname_mentions(
        self, doc: Doc, date: dt.date | None, taken: set[int], people: dict[str, Actor]
    ) -> Iterator[Mention]:
        for tok in doc:
            if tok.i in taken or tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper():
                continue
            if tok.ent_type_ in ("DATE", "TIME", "MONEY", "CARDINAL"):
                continue
            if _names_a_place(tok):
                continue  # "Mandela Square", "the Kennedy airport": a namesake place
            # the NER label is not trusted: "Erdogan" tagged GPE, "Lavrov" tagged ORG are people
            actor = people.get(tok.text) or people.get(fold(tok.text))
            if actor is None:
                # a surname namesakes share is read by the date only where the NER saw a person
                # ("Rice prices rose" is no Susan Rice)
                when = date if tok.ent_type_ == "PERSON" else None
                person = self._unique_table_surname(tok.text, date, by_date=when)
                if person is None:
                    continue
                mention = self._table_mention(doc, tok.i, tok.i + 1, person, date)
                people[tok.text] = mention.actor
                yield Mention(tok.i, tok.i + 1, mention.actor, "surname", 0.85)
                continue
            yield Mention(tok.i, tok.i + 1, actor, "surname", 0.9)

    def _unique_table_surname(
        self, surname: str, date: dt.date | None, *, by_date: dt.date | None
    ) -> Person | None:
        person = self.officials.sole_bearer(surname, by_date)
        if person is None:
            return None
        served = self.officials.office_on(person, date) or self.officials.latest_office_before(
            person, date
        )
        return person if date is None or served is not None else None


# "the North" and "the South" for the two Koreas, where the text names one of them
_KOREAS = {"North": "country/PRK", "South": "country/KOR"}


def _korean_side(tok: Token) -> str | None:
    """The key of the Korea "the North" or "the South" may stand for, by its words alone."""
    key = _KOREAS.get(tok.text)
    return key if key is not None and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the" else None


# common nouns that a name before them makes a place or a thing named after someone ("the
# Zuma river", "Mandela Square", "the Kennedy airport"), where a surname is no mention of
# the official ("the Putin regime", "the Biden administration" still are)
_NAMED_THINGS = frozenset(
    {
        "mountain",
        "mountains",
        "range",
        "river",
        "valley",
        "province",
        "region",
        "district",
        "county",
        "square",
        "street",
        "avenue",
        "road",
        "airport",
        "bridge",
        "dam",
        "canal",
        "strait",
        "lake",
        "island",
        "islands",
        "desert",
        "peninsula",
        "gulf",
        "bay",
        "camp",
        "field",
        "stadium",
        "university",
        "hospital",
        "foundation",
        "prize",
        "museum",
        "port",
    }
)


def _names_a_place(tok: Token) -> bool:
    """Whether a capitalised word is the name of a place or thing it modifies: "the Zuma
    river", "Mandela Square"."""
    return tok.dep_ == "compound" and tok.head.lower_ in _NAMED_THINGS and tok.head.i > tok.i


_FORMER = frozenset({"former", "ex", "outgoing"})  # title words of an office no longer held


class _Title(NamedTuple):
    """The title left of a name (see Recognizer._title_left_of)."""

    office: str | None
    country: Actor | None
    former: bool


_PREFIX_NOISE = frozenset(
    {"then", "former", "ex", "late", "acting", "interim", "outgoing", "incoming"}
)


_REGION_PREFIXES = frozenset({"inter", "pan", "trans", "intra"})


def _after_a_prefix(span: Span) -> bool:
    """ "Inter-American", "Pan-African", "trans-Atlantic": a demonym after such a prefix."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].text == "-"
        and doc[span.start - 2].lower_ in _REGION_PREFIXES
    )


def _is_title_word(tok: Token, lexicon: RoleWords) -> bool:
    low = tok.lower_
    return (
        any(low == t.split()[0] or low in t.split() for t in lexicon.titles)
        and low
        not in (
            "of",
            "state",
            "affairs",
            "the",
        )
        or low in ("state", "affairs")
        and tok.text[:1].isupper()
    )


def _office_name(words: Iterable[str]) -> str:
    """Title case for an office as written: "foreign minister" -> "Foreign Minister"."""
    return " ".join(w[:1].upper() + w[1:] for w in words)


def _role_holder(ent: Span, role: Token, state: Actor, place_at: dict[int, Mention]) -> Actor:
    """The official a name stands for when a role noun ("Pakistan's permanent representative")
    describes it: the office is the role noun with its modifiers, the state is its owner's."""
    words = [t.text for t in role.lefts if t.dep_ in ("amod", "compound") and t.i not in place_at]
    return Actor(
        key=f"person/{slugify(ent.text)}",
        kind=ActorKind.OFFICIAL,
        label=ent.text.translate(_APOSTROPHES),
        affiliation=state.key,
        position=_office_name([*words, role.text]),
    )


def _preferred(candidates: list[Surface], named: AbstractSet[str]) -> Surface:
    """Of the actors a form may name, the first the document names by a form of its own."""
    return next((c for c in candidates if c.actor.key in named), candidates[0])


def _coordinated_with(span: Span, places: set[int]) -> bool:
    """True when a span is a conjunct of (or has as conjunct) a recognised place."""
    root = span.root
    if root.dep_ == "conj" and root.head.i in places:
        return True
    return any(c.dep_ == "conj" and c.i in places for c in root.children)


def _prefer(candidate: Actor, current: Actor) -> bool:
    return candidate.kind is ActorKind.COUNTRY and current.kind is not ActorKind.COUNTRY


# states whose news names put the family name first ("Fu Cong" is Mr Fu, "Kim Jong Un" Mr Kim)
FAMILY_NAME_FIRST = frozenset(
    {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "HUN", "KHM", "SGP"}
)


def _surnames_of(actor: Actor) -> tuple[str, ...]:
    """The forms a later mention of a person not in the officials table may take."""
    words = actor.label.split()
    if not words:
        return ()
    code = (actor.affiliation or "").rpartition("/")[2]
    if len(words) > 1 and code in FAMILY_NAME_FIRST:
        return (words[0], words[-1])
    return (words[-1],)


def _surname(label: str) -> str:
    return label.split()[-1] if label.split() else label


def _qualified_key(key: str, affiliation: str) -> str:
    """A person's key with the code of the state they serve ("person/kim" -> "person/kim-prk").

    >>> _qualified_key("person/kim", "country/PRK"), _qualified_key("person/kim-prk", "country/PRK")
    ('person/kim-prk', 'person/kim-prk')
    """
    suffix = "-" + affiliation.rsplit("/", 1)[-1].lower()
    return key if key.endswith(suffix) else key + suffix


def _merge_same_people(mentions: Iterable[Mention]) -> list[Mention]:
    """One actor per surname: "President Trump" and "Donald Trump" are the same person.

    The longest name seen is canonical; affiliation and position are taken from whichever mention
    has them.
    """
    mentions = list(mentions)
    best: dict[str, Actor] = {}
    for m in mentions:
        key = _surname(m.actor.label)
        prev = best.get(key)
        if prev is None:
            best[key] = m.actor
            continue
        label = max((prev.label, m.actor.label), key=len)
        best[key] = Actor(
            key=f"person/{slugify(label)}",
            kind=ActorKind.OFFICIAL,
            label=label,
            alt_labels=tuple(sorted({prev.label, m.actor.label} - {label})),
            affiliation=prev.affiliation or m.actor.affiliation,
            position=prev.position or m.actor.position,
        )
    return [
        Mention(m.start, m.end, best[_surname(m.actor.label)], m.how, m.confidence)
        for m in mentions
    ]


def _named_by_a_place_noun(root: Token) -> bool:
    """Whether a name is the name of a place a noun of place says it is: "the Kursk [region]",
    "the [port] of Odesa", "the [city] of Kharkiv"."""
    if root.dep_ == "compound":
        noun = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of":
        noun = root.head.head
    else:
        return False
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _PLACE_NOUNS
