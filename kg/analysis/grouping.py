"""One event, many reports: the asserted interactions that report the same happening (the same
relation between the same states or organisations, on dates within `window` days) are grouped
into one `ir:Event`, whatever the documents they come from (GDELT's complaint: counting reports,
not events).

The grouping reads the event table (`events_table`: one row per interaction, its country-level
ends and its date) and is near-linear: rows are sorted by dyad and date and cut where a row's
date is more than `window` days after the first day of the event being built, so an event spans
at most `window` days and two meetings of a pair a month apart stay two. Only asserted
interactions report events (an intention or a denial is no happening); an undated one groups
only with the undated ones of its own document. `meets` and `cooperates` are mutual: their two
ends are taken in either order. Triggers must be compatible: support given in kind ("aid",
"loan", "arms": `material_support` in the lexicon) and support in words ("praised", "backed")
are two happenings; for the other relations any two triggers are (a meeting called "talks" in
one report and "a visit" in another is one meeting).

>>> import pandas as pd
>>> rows = pd.DataFrame({
...     "event_id": ["a", "b", "c"], "source_state": ["RUS", "CUB", "RUS"],
...     "source_iri": ["", "", ""], "target_iri": ["", "", ""],
...     "target_state": ["CUB", "RUS", "CUB"], "relation": ["meets"] * 3,
...     "modality": ["Asserted"] * 3, "doc_id": ["d1", "d2", "d3"],
...     "date": pd.to_datetime(["2024-05-01", "2024-05-02", "2024-06-20"])})
>>> [(e.reports, len(e.interactions), str(e.date)) for e in group_events(rows)]
[(2, 2, '2024-05-01'), (1, 1, '2024-06-20')]
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

import pandas as pd
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from kg.analysis.events import events_table
from kg.rdf.namespace import ID, IR, ir_term
from kg.relations.lexicon import default_lexicon
from kg.store import GraphStore
from kg.store.layout import EVENTS_GRAPH
from kg.store.sparql_text import triple_text
from kg.store.terms import Triple
from kg.types import Relation

__all__ = [
    "DEFAULT_WINDOW_DAYS",
    "Event",
    "event_triples",
    "group_events",
    "regroup_events",
]

DEFAULT_WINDOW_DAYS = 3  # reports of one happening a few days apart (a summit, a week of strikes)
_MUTUAL = frozenset(r.value for r in Relation if r.mutual)
_INTERACTION_BASE = str(ID["interaction/"])


@dataclass(frozen=True)
class Event:
    """One happening and the interactions (by their IRIs) that report it."""

    iri: URIRef
    relation: str
    source: URIRef  # a state or organisation (an official's state; an official with none)
    target: URIRef
    date: dt.date | None  # the first day reported
    interactions: tuple[str, ...]
    reports: int  # documents


def group_events(table: pd.DataFrame, *, window: int = DEFAULT_WINDOW_DAYS) -> list[Event]:
    """The events of an event table (the columns of `EVENT_COLUMNS` that it reads), in order of
    dyad, relation and date."""
    if window < 0:
        raise ValueError("the event window is a number of days, 0 or more")
    rows = table[table["modality"] == "Asserted"]
    material = default_lexicon().material_support
    members: list[tuple[tuple[str, str, str], dt.date | None, str, str]] = []
    for row in rows.itertuples(index=False):
        source = _end(row.source_state, row.source_iri)
        target = _end(row.target_state, row.target_iri)
        if source == target:
            continue
        if row.relation in _MUTUAL and target < source:
            source, target = target, source
        day = None if pd.isna(row.date) else pd.Timestamp(row.date).date()
        kind = _kind(row.relation, getattr(row, "trigger", None), material)
        members.append(((source, row.relation + kind, target), day, row.doc_id, row.event_id))
    members.sort(key=lambda m: (m[0], m[1] is None, m[1] or dt.date.min, m[2], m[3]))
    return list(_cut(members, window))


def _kind(relation: str, trigger: object, material: frozenset[str]) -> str:
    """The kind of happening within a relation that a trigger tells ("" when all are one):
    support in kind or in words. The trigger is the word as written; its common inflections
    ("aided", "loans", "supplying") are recognised without a parser."""
    if relation != Relation.SUPPORTS.value or not isinstance(trigger, str):
        return ""
    word = trigger.lower().strip()
    stems = {
        word,
        word.removesuffix("s"),
        word.removesuffix("es"),
        word.removesuffix("ed"),
        word.removesuffix("d"),
        word.removesuffix("ing"),
        word.removesuffix("ing") + "e",
    }
    stems |= {w.removesuffix("i") + "y" for w in (word.removesuffix("es"), word.removesuffix("ed"))}
    return "/material" if stems & material else "/verbal"


def _end(state: object, iri: object) -> str:
    """A row's end at country level: the state's IRI, else the actor's own (an organisation)."""
    if isinstance(state, str) and state:
        return str(ID[f"country/{state}"])
    return str(iri)


def _cut(
    members: list[tuple[tuple[str, str, str], dt.date | None, str, str]], window: int
) -> Iterator[Event]:
    group: list[tuple[tuple[str, str, str], dt.date | None, str, str]] = []
    for member in members:
        if group and not _same_event(group[0], member, window):
            yield _event(group)
            group = []
        group.append(member)
    if group:
        yield _event(group)


def _same_event(
    first: tuple[tuple[str, str, str], dt.date | None, str, str],
    member: tuple[tuple[str, str, str], dt.date | None, str, str],
    window: int,
) -> bool:
    if first[0] != member[0]:
        return False
    if first[1] is None or member[1] is None:  # undated: only within its own document
        return first[1] is None and member[1] is None and first[2] == member[2]
    return (member[1] - first[1]).days <= window


def _event(group: list[tuple[tuple[str, str, str], dt.date | None, str, str]]) -> Event:
    (source, relation_kind, target), day = group[0][0], group[0][1]
    relation = relation_kind.split("/")[0]  # "supports/material": the kind only splits events
    interactions = tuple(sorted(_INTERACTION_BASE + m[3] for m in group))
    digest = hashlib.blake2b(
        "\n".join((source, relation, target, interactions[0])).encode(), digest_size=12
    ).hexdigest()
    return Event(
        iri=ID[f"event/{digest}"],
        relation=relation,
        source=URIRef(source),
        target=URIRef(target),
        date=day,
        interactions=interactions,
        reports=len({m[2] for m in group}),
    )


def event_triples(events: list[Event]) -> list[Triple]:
    """The triples of the events and of the interactions' `ir:event` links."""
    triples: list[Triple] = []
    for event in events:
        triples += [
            (event.iri, RDF.type, IR.Event),
            (event.iri, IR.relation, ir_term(event.relation)),
            (event.iri, IR.source, event.source),
            (event.iri, IR.target, event.target),
            (event.iri, IR.reports, Literal(event.reports, datatype=XSD.integer)),
        ]
        if event.date is not None:
            triples.append((event.iri, DCTERMS.date, Literal(event.date, datatype=XSD.date)))
        triples += [(URIRef(i), IR.event, event.iri) for i in event.interactions]
    return triples


def regroup_events(
    store: GraphStore, *, window: int = DEFAULT_WINDOW_DAYS, table: pd.DataFrame | None = None
) -> list[Event]:
    """Group every asserted interaction of the store into events and make the store's events
    graph exactly those (`GraphStore.replace_graph`): `kg build` runs it after every build,
    since a new report may join an event another document began (and a build cut short may
    have left reports ungrouped). Event IRIs follow their earliest report's IRI: an event that
    gains an earlier report gets a new IRI. Returns the events."""
    events = group_events(events_table(store) if table is None else table, window=window)
    lines = [triple_text(t) for t in dict.fromkeys(event_triples(events))]
    store.replace_graph(EVENTS_GRAPH, lines)
    return events
