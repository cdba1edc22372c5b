"""The interaction network: rows of `INTERACTIONS_QUERY` -> a networkx multi-digraph of actors.

One edge per interaction, keyed by the interaction IRI, carrying its `relation` and its
`evidence`; `collapse` merges parallel interactions into one weighted edge per relation.

>>> rows = [dict(i="urn:i1", s="urn:a", t="urn:b", rel="ir:criticizes", mod="ir:Asserted",
...              ev="A criticised B.", doc="urn:d1", docid="d1", sl="A", stype="ir:Country",
...              tl="B", ttype="ir:Country")]
>>> graph = network_from_rows(rows)
>>> [(u, v, d["weight"]) for u, v, d in collapse(graph).edges(data=True)]
[('urn:a', 'urn:b', 1)]
"""

from __future__ import annotations

import gc
import logging
import math
import operator
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

import networkx as nx

from kg.errors import KGError, QueryError
from kg.rdf.namespace import IR_BASE
from kg.store import GraphStore, SelectResult
from kg.types import ActorKind, Modality, Relation

log = logging.getLogger(__name__)

INTERACTIONS_QUERY = """\
PREFIX ir: <https://w3id.org/irkg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?i ?s ?t ?rel ?mod ?ev ?conf ?date ?doc ?docid ?title ?url ?event
       ?sl ?stype ?saff ?saffl ?safftype ?tl ?ttype ?taff ?taffl ?tafftype
WHERE {
  ?i a ir:Interaction ;
     ir:source ?s ;
     ir:target ?t ;
     ir:relation ?rel ;
     ir:modality ?mod ;
     ir:evidence ?ev ;
     prov:wasDerivedFrom ?doc .
  ?doc dcterms:identifier ?docid .
  ?s rdfs:label ?sl ;
     a ?stype .
  FILTER (?stype IN (ir:Country, ir:Organization, ir:Official))
  ?t rdfs:label ?tl ;
     a ?ttype .
  FILTER (?ttype IN (ir:Country, ir:Organization, ir:Official))
  OPTIONAL { ?i ir:confidence ?conf }
  OPTIONAL { ?i dcterms:date ?date }
  OPTIONAL { ?i ir:event ?event }
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc dcterms:source ?url }
  # flat OPTIONALs: nested ones make Oxigraph's planner explode on a few thousand triples
  OPTIONAL {
    ?s ir:affiliatedWith|ir:partOf ?saff .
    ?saff rdfs:label ?saffl ;
          a ?safftype .
    FILTER (?safftype IN (ir:Country, ir:Organization))
  }
  OPTIONAL {
    ?t ir:affiliatedWith|ir:partOf ?taff .
    ?taff rdfs:label ?taffl ;
          a ?tafftype .
    FILTER (?tafftype IN (ir:Country, ir:Organization))
  }
}
ORDER BY ?i
"""

# What `load_network` reads: the same rows as INTERACTIONS_QUERY, as three queries joined here.
# Oxigraph plans the one query's label and type lookups badly (about 7x slower at 100k triples),
# and looks each property of an interaction up one interaction at a time; a property read in a
# sub-query is one scan of that property, joined by hash (about 2x faster on the whole graph),
# optional ones too (an OPTIONAL sub-query: 1.9 -> 1.4 s at 1M triples; documents 0.11 ->
# 0.04 s). Documents (five interactions each) and actors are read once each, not once per
# interaction. Every IRI or long text in an answer is one lookup in the store's dictionary of
# strings (1.5-3 us each): the relation and the modality, one of a few IRIs each, come back as
# their local names (`_local_name_of`), short literals Oxigraph keeps inline (the query 0.90 ->
# 0.77 s at 1M triples); `_records` reads them back as the IRIs' local names.
_PREFIXES = INTERACTIONS_QUERY[: INTERACTIONS_QUERY.index("SELECT")]


def _local_name_of(term: str, names: Iterable[str]) -> str:
    """A SPARQL expression: `"meets"` when `?term` is `ir:meets`, for each of `names`, else
    `?term`'s text. The terms are compared as terms (no string read); `names` are IRKG's own
    enum values, never text from a store.

    >>> _local_name_of("r", ["meets", "supports"])
    'IF(?r = ir:meets, "meets", IF(?r = ir:supports, "supports", STR(?r)))'
    """
    expression = f"STR(?{term})"
    for name in reversed(list(names)):
        expression = f'IF(?{term} = ir:{name}, "{name}", {expression})'
    return expression


NETWORK_INTERACTIONS = (
    _PREFIXES
    + f"""SELECT ?i ?s ?t ?rel ?mod ?ev ?conf ?date ?doc ?event WHERE {{
  ?i a ir:Interaction .
  {{ SELECT ?i ?s WHERE {{ ?i ir:source ?s }} }}
  {{ SELECT ?i ?t WHERE {{ ?i ir:target ?t }} }}
  {{ SELECT ?i ?rel WHERE {{
    ?i ir:relation ?r . BIND ({_local_name_of("r", (r.value for r in Relation))} AS ?rel) }} }}
  {{ SELECT ?i ?mod WHERE {{
    ?i ir:modality ?m . BIND ({_local_name_of("m", (m.value for m in Modality))} AS ?mod) }} }}
  {{ SELECT ?i ?ev WHERE {{ ?i ir:evidence ?ev }} }}
  {{ SELECT ?i ?doc WHERE {{ ?i prov:wasDerivedFrom ?doc }} }}
  OPTIONAL {{ SELECT ?i ?conf WHERE {{ ?i ir:confidence ?conf }} }}
  OPTIONAL {{ SELECT ?i ?date WHERE {{ ?i dcterms:date ?date }} }}
  OPTIONAL {{ SELECT ?i ?event WHERE {{ ?i ir:event ?event }} }}
}}
"""
)
NETWORK_DOCUMENTS = (
    _PREFIXES
    + """SELECT ?doc ?docid ?title ?url WHERE {
  ?doc dcterms:identifier ?docid .
  OPTIONAL { SELECT ?doc ?title WHERE { ?doc dcterms:title ?title } }
  OPTIONAL { SELECT ?doc ?url WHERE { ?doc dcterms:source ?url } }
}
"""
)
NETWORK_ACTORS = (
    _PREFIXES
    + """SELECT ?a ?l ?type ?aff ?affl ?afftype WHERE {
  ?a rdfs:label ?l ; a ?type .
  FILTER (?type IN (ir:Country, ir:Organization, ir:Official))
  OPTIONAL {
    ?a ir:affiliatedWith|ir:partOf ?aff .
    ?aff rdfs:label ?affl ; a ?afftype .
    FILTER (?afftype IN (ir:Country, ir:Organization))
  }
}
"""
)
_ACTOR_COLUMNS = ("l", "type", "aff", "affl", "afftype")
_DOCUMENT_COLUMNS = ("docid", "title", "url")

# the variables a row must bind; the others of INTERACTIONS_QUERY are optional
REQUIRED_VARIABLES = (
    "i",
    "s",
    "t",
    "rel",
    "mod",
    "ev",
    "doc",
    "docid",
    "sl",
    "stype",
    "tl",
    "ttype",
)
_REQUIRED_VALUES = operator.itemgetter(*REQUIRED_VARIABLES)
LEVELS = ("actor", "country")
FACTUAL_MODALITIES: frozenset[str] = frozenset(m.value for m in Modality if m.factual)
ALL_MODALITIES: frozenset[str] = frozenset(m.value for m in Modality)
_RELATIONS = frozenset(r.value for r in Relation)
# a relation or modality read as its local name (NETWORK_INTERACTIONS) -> its IRI
_IRI_OF = {name: IR_BASE + name for name in (*_RELATIONS, *(m.value for m in Modality))}
_KINDS = frozenset(k.value for k in ActorKind)


@dataclass(frozen=True, slots=True)
class EdgeEvidence:
    """One interaction behind an edge: the sentence and where it was read."""

    sentence: str
    doc_id: str
    title: str | None
    date: str | None
    url: str | None
    modality: str
    confidence: float | None
    event: str | None = None  # the ir:Event the interaction reports, if grouped


@dataclass(frozen=True, slots=True)
class _Endpoint:
    """One end of an interaction as a row describes it."""

    iri: str
    label: str
    kind: str
    affiliation: str | None
    affiliation_label: str | None
    affiliation_kind: str | None


class _Record(NamedTuple):
    """One interaction read from its row (a tuple: made once per interaction, quicker to make
    than a frozen dataclass)."""

    iri: str
    source: _Endpoint
    target: _Endpoint
    relation: str
    evidence: EdgeEvidence


@dataclass(slots=True)
class _ActorInfo:
    label: str
    kind: str
    affiliation: str | None


# ---------------------------------------------------------------------------- store -> graph


def load_network(
    store: GraphStore,
    *,
    level: str = "actor",
    modalities: Collection[str] = FACTUAL_MODALITIES,
    limit: int | None = None,
) -> nx.MultiDiGraph:
    """The interaction network of a store: `network_from_rows` over the rows of
    `INTERACTIONS_QUERY` (read as three simpler queries joined here; at most `limit` interactions
    read, the first by IRI, how many were is `graph.graph["rows"]`). The one way every view
    loads it: `kg build --html`, `kg viz`, `kg stats` and the endpoint's `/network`."""
    _check_level(level)
    text = NETWORK_INTERACTIONS + ("ORDER BY ?i\n" if limit is not None else "")
    with _collection_paused():
        interactions = store.query(text, limit=limit)
        documents = store.query(NETWORK_DOCUMENTS)
        actors = store.query(NETWORK_ACTORS)
        assert isinstance(interactions, SelectResult)
        assert isinstance(documents, SelectResult) and isinstance(actors, SelectResult)
        records = _records(interactions.rows, documents.rows, actors.rows)
        graph = _network(records, level=level, wanted=modality_names(modalities))
    graph.graph["rows"] = len(interactions.rows)
    return graph


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Python's cycle collector paused while the network is read: it walks every object made
    so far each time enough new ones are made, and reading makes millions of small ones (rows,
    strings, records), none in a cycle (load_network 4.9-5.2 s -> 3.0-3.2 s at 1M triples).

    What is still alive when it resumes joins the oldest generation (`gc.freeze` then
    `gc.unfreeze`, a move of two lists): left in the youngest, the first allocation after the
    pause walked every one of them at once (0.14 s at 1M triples), and each survivor again
    one generation up; they are walked at the next full collection, as old objects are."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


def _records(
    interactions: Iterable[Mapping[str, str]],
    documents: Iterable[Mapping[str, str]],
    actors: Iterable[Mapping[str, str]],
) -> list[_Record]:
    """The records `network_from_rows` makes of the rows INTERACTIONS_QUERY would give, in the
    same order, without making those rows: an interaction read once, whose document and ends
    are each described once (all but always), is made a record from its three parts; any
    other goes through its joined rows (`_joined`), as the documented query's would."""
    docs = _table(documents, "doc", _DOCUMENT_COLUMNS)
    table = _table(actors, "a", _ACTOR_COLUMNS)
    endpoints: dict[tuple[str | None, ...], _Endpoint] = {}
    ends = {a: _actor_end(a, found, endpoints) for a, found in table.items() if len(found) == 1}
    single: dict[str, Mapping[str, str]] = {}
    several: dict[str, list[Mapping[str, str]]] = {}
    for row in interactions:
        iri = row["i"]
        if iri in several:
            several[iri].append(row)
        elif iri in single:
            several[iri] = [single.pop(iri), row]
        else:
            single[iri] = row
    records: list[_Record] = []
    for iri in sorted(single.keys() | several.keys() if several else single):
        one = single.get(iri)
        record = None if one is None else _record(one, docs, ends)
        if record is None:  # read again from its rows: several, a gap, or a warning to give
            rows = _joined(several.get(iri) or [single[iri]], docs, table)
            chosen = min(rows, key=_row_key, default=None)
            record = _parse_row(chosen, endpoints) if chosen is not None else None
        if record is not None:
            records.append(record)
    return records


def _record(
    row: Mapping[str, str],
    docs: Mapping[str, list[dict[str, str]]],
    ends: Mapping[str, _Endpoint | None],
) -> _Record | None:
    """An interaction's record from its one row, its document's one description and its ends
    (`_actor_end`) as `_parse_row` makes it from the joined row; None when it is not that
    simple (the caller reads it from its rows)."""
    doc = docs.get(row["doc"])
    source, target = ends.get(row["s"]), ends.get(row["t"])
    if doc is None or len(doc) != 1 or source is None or target is None:
        return None
    described = doc[0]
    # a relation or modality of IRKG's comes as its local name; any other as its IRI's text,
    # which `_parse_row` reads (or warns of)
    relation, modality, sentence = row["rel"], row["mod"], row["ev"]
    docid = described.get("docid")
    if relation not in _RELATIONS or modality not in ALL_MODALITIES or not (docid and sentence):
        return None
    get = row.get
    evidence = EdgeEvidence(
        sentence=sentence,
        doc_id=docid,
        title=described.get("title") or None,
        date=get("date") or None,
        url=described.get("url") or None,
        modality=modality,
        confidence=_confidence(row) if "conf" in row else None,
        event=get("event") or None,
    )
    return _Record(row["i"], source, target, relation, evidence)


def _actor_end(
    iri: str, found: list[dict[str, str]], endpoints: dict[tuple[str | None, ...], _Endpoint]
) -> _Endpoint | None:
    """An actor's end of its interactions from its one description, as `_parse_row` reads
    it; None when a row would not give it (no label, or a kind not drawn)."""
    (described,) = found
    label = described.get("l")
    if not label:
        return None
    try:
        return _endpoint(
            endpoints,
            "s",
            iri,
            label,
            described["type"],
            described.get("aff"),
            described.get("affl"),
            described.get("afftype"),
        )
    except ValueError:
        return None


def _joined(
    interactions: Iterable[Mapping[str, str]],
    docs: Mapping[str, list[dict[str, str]]],
    table: Mapping[str, list[dict[str, str]]],
) -> Iterator[dict[str, str]]:
    """The rows INTERACTIONS_QUERY would give: each interaction with every description of its
    document (`?docid ?title ?url`), of its source (`?sl ?stype ...`) and of its target (`?tl
    ?ttype ...`); an interaction whose document has no identifier, or whose source or target
    is no described actor, gives none. The relation and the modality, read as local names
    (`NETWORK_INTERACTIONS`), are given back as the IRIs the documented query gives."""
    for row in interactions:
        restored = {
            "rel": _IRI_OF.get(row["rel"], row["rel"]),
            "mod": _IRI_OF.get(row["mod"], row["mod"]),
        }
        for doc in docs.get(row["doc"], ()):
            for source in table.get(row["s"], ()):
                for target in table.get(row["t"], ()):
                    merged = dict(row)
                    merged.update(restored)
                    merged.update(doc)
                    merged.update({"s" + name: value for name, value in source.items()})
                    merged.update({"t" + name: value for name, value in target.items()})
                    yield merged


def _table(
    rows: Iterable[Mapping[str, str]], key: str, columns: Sequence[str]
) -> dict[str, list[dict[str, str]]]:
    """The rows by their `key` column, each as its bound `columns`."""
    table: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        table.setdefault(row[key], []).append({c: row[c] for c in columns if c in row})
    return table


# ---------------------------------------------------------------------------- rows -> graph


def network_from_rows(
    rows: Iterable[Mapping[str, str | None]],
    *,
    level: str = "actor",
    modalities: Collection[str] = FACTUAL_MODALITIES,
) -> nx.MultiDiGraph:
    """Build the interaction network from rows of `INTERACTIONS_QUERY`, one edge per interaction.

    Nodes are actor IRIs with `label`, `kind` ("Country", "Organization", "Official"),
    `affiliation` (an IRI or None) and `affiliation_label`; edges are keyed by the interaction IRI
    and carry `relation` (its local name, "sanctions") and `evidence` (an `EdgeEvidence`).
    `level="country"` folds officials and organs into the state or organisation they serve (and
    records their labels in the node's `members`); interactions inside one state are dropped.
    Only interactions of the given `modalities` are kept (by default Asserted and Intended;
    `ALL_MODALITIES` keeps every one).
    """
    _check_level(level)
    wanted = modality_names(modalities)
    endpoints: dict[tuple[str | None, ...], _Endpoint] = {}  # one per actor, not per row
    rows = _one_row_per_interaction(rows)
    records = [r for r in (_parse_row(row, endpoints) for row in rows) if r is not None]
    return _network(records, level=level, wanted=wanted)


def _check_level(level: str) -> None:
    if level not in LEVELS:
        raise KGError(f"unknown network level {level!r}: use one of {', '.join(LEVELS)}")


def _network(records: Sequence[_Record], *, level: str, wanted: frozenset[str]) -> nx.MultiDiGraph:
    """The network of the records (in IRI order) of the interactions of the `wanted`
    modalities: what `network_from_rows` builds."""
    actors = _actor_table(records)
    nodes: dict[str, None] = {}  # in the order the edges meet them
    edges: list[tuple[str, str, str, dict[str, Any]]] = []
    for record in records:
        if record.evidence.modality not in wanted:
            continue
        source, target = record.source.iri, record.target.iri
        if level == "country":
            source, target = _root(source, actors), _root(target, actors)
            if source == target:
                log.debug("dropped %s: both ends fold into %s", record.iri, source)
                continue
        nodes[source] = nodes[target] = None
        edges.append(
            (source, target, record.iri, {"relation": record.relation, "evidence": record.evidence})
        )
    graph = nx.MultiDiGraph(level=level)
    graph.add_nodes_from((node, _node_attributes(node, actors)) for node in nodes)
    for source, target, key, data in edges:  # add_edges_from goes through views: slower
        graph.add_edge(source, target, key=key, **data)
    if level == "country":
        _add_members(graph, actors)
    return graph


def modality_names(modalities: Collection[str]) -> frozenset[str]:
    """Modalities given as names, prefixed names or IRIs, as their local names."""
    try:
        return frozenset(Modality(local_name(m)).value for m in modalities)
    except ValueError as exc:
        known = ", ".join(m.value for m in Modality)
        raise KGError(f"unknown modality in {sorted(modalities)}: use {known}") from exc


def _one_row_per_interaction(
    rows: Iterable[Mapping[str, str | None]],
) -> list[Mapping[str, str | None]]:
    """Keep one row per interaction IRI: optional joins (two labels, two URLs) repeat a row.

    The smallest row (by its values) wins, so the choice does not depend on the store's order.
    """
    chosen: dict[str, Mapping[str, str | None]] = {}
    for row in rows:
        iri = _required(row, "i")
        if iri not in chosen or _row_key(row) < _row_key(chosen[iri]):
            chosen[iri] = row
    return [chosen[iri] for iri in sorted(chosen)]


def _row_key(row: Mapping[str, str | None]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, v or "") for k, v in row.items()))


def _parse_row(
    row: Mapping[str, str | None], endpoints: dict[tuple[str | None, ...], _Endpoint]
) -> _Record | None:
    """One row as a record; None (and a warning) for a relation or actor type not drawn.
    `endpoints` keeps each actor's end as read once: every interaction of an actor repeats it."""
    try:
        values = _REQUIRED_VALUES(row)  # one C call: this runs once per interaction
    except KeyError:
        values = (None,)
    if None in values or "" in values:
        for name in REQUIRED_VARIABLES:
            _required(row, name)  # raises, naming the first one missing
    i, s, t, rel, mod, ev, _doc, docid, sl, stype, tl, ttype = map(str, values)
    relation = local_name(rel)
    if relation not in _RELATIONS:
        log.warning("skipped %s: unknown relation %r", i, row["rel"])
        return None
    get = row.get
    evidence = EdgeEvidence(
        sentence=ev,
        doc_id=docid,
        title=_text(get("title")),
        date=_text(get("date")),
        url=_text(get("url")),
        modality=local_name(mod),
        confidence=_confidence(row),
        event=_text(get("event")),
    )
    try:
        source = _endpoint(endpoints, "s", s, sl, stype, get("saff"), get("saffl"), get("safftype"))
        target = _endpoint(endpoints, "t", t, tl, ttype, get("taff"), get("taffl"), get("tafftype"))
    except ValueError as exc:
        log.warning("skipped %s: %s", i, exc)
        return None
    return _Record(i, source, target, relation, evidence)


def _endpoint(
    endpoints: dict[tuple[str | None, ...], _Endpoint],
    prefix: str,
    iri: str,
    label: str,
    type_iri: str,
    *affiliation: str | None,
) -> _Endpoint:
    """One end of an interaction from its columns (`prefix` "s": `?s ?sl ?stype ?saff ?saffl
    ?safftype`), read once per actor."""
    key = (iri, label, type_iri, *affiliation)
    found = endpoints.get(key)
    if found is not None:
        return found
    kind = local_name(type_iri)
    if kind not in _KINDS:
        raise ValueError(f"?{prefix}type {kind!r} is not Country, Organization or Official")
    aff, aff_label, aff_kind = (_text(value) for value in affiliation)
    endpoints[key] = found = _Endpoint(
        iri=iri,
        label=label,
        kind=kind,
        affiliation=aff,
        affiliation_label=aff_label,
        affiliation_kind=local_name(aff_kind) if aff_kind else None,
    )
    return found


def _required(row: Mapping[str, str | None], name: str) -> str:
    value = row.get(name)
    if value is None or value == "":
        raise QueryError(
            f"a network row has no value for ?{name}: select it as kg.viz.INTERACTIONS_QUERY does "
            f"(required: {', '.join('?' + v for v in REQUIRED_VARIABLES)})"
        )
    return str(value)


def _text(value: str | None) -> str | None:
    """An optional cell's text; None for an unbound or empty one."""
    return str(value) if value not in (None, "") else None


def _optional(row: Mapping[str, str | None], name: str) -> str | None:
    value = row.get(name)
    return str(value) if value not in (None, "") else None


def _confidence(row: Mapping[str, str | None]) -> float | None:
    text = _optional(row, "conf")
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        log.warning("ignored confidence %r of %s: not a number", text, row.get("i"))
        return None
    return value if math.isfinite(value) else None


@lru_cache(maxsize=1024)  # a few names (relations, modalities, kinds) on every row
def local_name(iri: str) -> str:
    """The local name of an IRI or prefixed name: `ir:meets` and `...ontology#meets` -> `meets`."""
    return re.split(r"[#/:]", iri)[-1]


def _actor_table(records: Sequence[_Record]) -> dict[str, _ActorInfo]:
    """What the rows say about every actor and affiliate; an actor seen as an endpoint wins."""
    actors: dict[str, _ActorInfo] = {}
    endpoints = [end for r in records for end in (r.source, r.target)]
    for end in endpoints:
        if end.affiliation and end.affiliation not in actors:
            kind = end.affiliation_kind or kind_from_iri(end.affiliation)
            label = end.affiliation_label or local_name(end.affiliation)
            actors[end.affiliation] = _ActorInfo(label, kind, None)
    seen: set[str] = set()
    for end in endpoints:
        if end.iri not in seen:
            seen.add(end.iri)
            actors[end.iri] = _ActorInfo(end.label, end.kind, end.affiliation)
    return actors


def kind_from_iri(iri: str) -> str:
    """The kind of an actor whose type is unknown: `id/country/...`, `id/person/...` or else an
    organisation."""
    if "/country/" in iri:
        return ActorKind.COUNTRY.value
    if "/person/" in iri:
        return ActorKind.OFFICIAL.value
    return ActorKind.ORGANIZATION.value


def _root(iri: str, actors: Mapping[str, _ActorInfo]) -> str:
    """Follow `affiliatedWith` (official -> organ -> organisation) to what is served at the top."""
    seen = {iri}
    info = actors.get(iri)
    while info is not None and info.affiliation and info.affiliation not in seen:
        iri = info.affiliation
        seen.add(iri)
        info = actors.get(iri)
    return iri


def _node_attributes(iri: str, actors: Mapping[str, _ActorInfo]) -> dict[str, Any]:
    info = actors.get(iri) or _ActorInfo(local_name(iri), kind_from_iri(iri), None)
    affiliate = actors.get(info.affiliation) if info.affiliation else None
    return {
        "label": info.label,
        "kind": info.kind,
        "affiliation": info.affiliation,
        "affiliation_label": affiliate.label if affiliate else None,
    }


def _add_members(graph: nx.MultiDiGraph, actors: Mapping[str, _ActorInfo]) -> None:
    """On the country level, list on each node the labels of the actors folded into it."""
    members: dict[str, set[str]] = defaultdict(set)
    for iri, info in actors.items():
        root = _root(iri, actors)
        if root != iri:
            members[root].add(info.label)
    for node in graph.nodes:
        graph.nodes[node]["members"] = tuple(sorted(members.get(node, ())))


# ---------------------------------------------------------------------------- collapse


def collapse(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """One edge per (source, relation, target), with `weight` (the number of interactions) and
    `evidence` (a tuple of `EdgeEvidence`, oldest first).

    The result is keyed by the relation name (a plain `DiGraph` could not hold "A meets B" and
    "A criticizes B" at once). `meets` is symmetric, so both directions become one edge, drawn from
    the smaller IRI. Collapsing a collapsed graph changes nothing.
    """
    out = nx.MultiDiGraph(**graph.graph)
    out.add_nodes_from(graph.nodes(data=True))
    weights: dict[tuple[str, str, str], int] = defaultdict(int)
    evidence: dict[tuple[str, str, str], list[EdgeEvidence]] = defaultdict(list)
    for u, v, data in graph.edges(data=True):
        relation = edge_relation(u, v, data)
        if relation == Relation.MEETS.value and v < u:
            u, v = v, u
        weights[(u, v, relation)] += int(data.get("weight", 1))
        evidence[(u, v, relation)].extend(edge_evidence(data))
    for (u, v, relation), weight in sorted(weights.items()):
        items = sorted(evidence[(u, v, relation)], key=evidence_order)
        out.add_edge(u, v, key=relation, relation=relation, weight=weight, evidence=tuple(items))
    return out


def edge_relation(u: str, v: str, data: Mapping[str, Any]) -> str:
    """The relation name of an edge of the network, or a KGError saying how to build one."""
    relation = data.get("relation")
    if not relation:
        raise KGError(
            f"edge {u} -> {v} has no 'relation' attribute: build it with network_from_rows"
        )
    return str(relation)


def evidence_order(item: EdgeEvidence) -> tuple[str, str, str]:
    """Oldest first; undated last."""
    return (item.date or "9999", item.doc_id, item.sentence)


def edge_evidence(data: Mapping[str, Any]) -> tuple[EdgeEvidence, ...]:
    """The evidence of an edge of a network or of a collapsed one, as a tuple."""
    found = data.get("evidence", ())
    return (found,) if isinstance(found, EdgeEvidence) else tuple(found)
