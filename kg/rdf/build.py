"""Records -> RDF triples, following the contract and `ontology/irkg.ttl`.

Every function here is pure: it takes the shared records of `kg.types` and returns rdflib
triples. Article text is hostile, so every piece of it becomes an `rdflib.Literal` (after
`clean_text` removes what RDF cannot hold); nothing is ever pasted into Turtle or SPARQL text.

>>> from kg.types import Actor, ActorKind
>>> cuba = Actor("country/CUB", ActorKind.COUNTRY, "Cuba")
>>> [o.n3() for _, _, o in actor_triples(cuba)][1:]
['"Cuba"', '"CUB"']
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_EVEN, Decimal
from functools import lru_cache
from typing import NamedTuple, TypeAlias

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg.errors import DataError
from kg.rdf.namespace import (
    IR,
    actor_iri,
    document_iri,
    interaction_iri,
    ir_term,
    key_iri,
    ontology_dir,
)
from kg.types import Actor, ActorKind, Document, Interaction, Relation

__all__ = [
    "DocumentGraph",
    "served",
    "served_table",
    "Triple",
    "actor_triples",
    "clean_text",
    "confidence_literal",
    "date_literal",
    "direct_triples",
    "document_graph",
    "document_triples",
    "interaction_triples",
    "is_organ",
    "shape_violations",
    "text_literal",
]

log = logging.getLogger(__name__)
# owl:SymmetricProperty in the ontology: one interaction, both direct triples
SYMMETRIC = frozenset({Relation.MEETS})

Triple: TypeAlias = tuple[Node, Node, Node]
"""Maps an official or organ to the state or organisation it serves (None when unknown)."""

# C0 controls other than tab, newline and carriage return, and the two noncharacters: XML 1.0
# (RDF/XML, some triple stores) cannot hold them and they are never meaningful in an article.
_UNSAFE_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
_THOUSANDTH = Decimal("0.001")


def clean_text(text: str) -> str:
    """`text` without what an RDF literal cannot hold safely.

    Control characters (except tab, newline, carriage return) are dropped; lone surrogates
    (undecodable bytes read with `surrogateescape`) become U+FFFD.

    >>> clean_text('say "hi"\\x00 \\\\ </script>\\n')
    'say "hi" \\\\ </script>\\n'
    """
    return _LONE_SURROGATE.sub("\ufffd", _UNSAFE_CONTROL.sub("", text))


def text_literal(text: str) -> Literal:
    """A plain string literal of cleaned `text`."""
    return Literal(clean_text(text))


def date_literal(value: str) -> Literal:
    """`xsd:date` when `value` is an ISO date ("2019-07-24"), else the text as a plain literal.

    >>> date_literal("2019-07-24").datatype == XSD.date, date_literal("July 2019").datatype
    (True, None)
    """
    text = clean_text(value.strip())
    if _ISO_DATE.match(text):
        try:
            return Literal(dt.date.fromisoformat(text).isoformat(), datatype=XSD.date)
        except ValueError:
            log.debug("not a calendar date, kept as text: %r", text)
    return Literal(text)


def confidence_literal(value: float) -> Literal:
    """`xsd:decimal` rounded to 3 places, in canonical form, clamped to [0, 1].

    >>> str(confidence_literal(0.8504)), str(confidence_literal(1)), str(confidence_literal(1.7))
    ('0.85', '1', '1')
    """
    if math.isnan(value):
        log.warning("confidence is NaN; stored as 0")
        value = 0.0
    if not 0.0 <= value <= 1.0:
        log.warning("confidence %s outside [0, 1]; clamped", value)
        value = min(max(value, 0.0), 1.0)
    rounded = Decimal(repr(value)).quantize(_THOUSANDTH, rounding=ROUND_HALF_EVEN).normalize()
    # the canonical lexical form (what triple stores give back): no exponent, no trailing zeros
    return Literal(format(rounded, "f"), datatype=XSD.decimal)


def _url_term(url: str) -> URIRef | Literal:
    """The document URL as an IRI when it is a well-formed http(s) URL, else as text."""
    text = clean_text(url.strip())
    if _URL.match(text):
        return URIRef(text)
    return Literal(text)


def document_triples(doc: Document) -> list[Triple]:
    """The `ir:Document` node: identifier, title, date, source URL and content hash."""
    node = document_iri(doc.id)
    triples: list[Triple] = [
        (node, RDF.type, IR.Document),
        (node, DCTERMS.identifier, text_literal(doc.id)),
    ]
    if doc.title:
        triples.append((node, DCTERMS.title, text_literal(doc.title)))
    if doc.date:
        triples.append((node, DCTERMS.date, date_literal(doc.date)))
    if doc.url:
        triples.append((node, DCTERMS.source, _url_term(doc.url)))
    triples.append((node, IR.contentHash, Literal(doc.content_hash)))
    return triples


def is_organ(actor: Actor) -> bool:
    """An organisation that belongs to another one (the UN Security Council to the UN)."""
    return actor.kind is ActorKind.ORGANIZATION and actor.affiliation is not None


def _code(actor: Actor) -> str | None:
    """The actor's code; a country without one falls back to its key ("country/RUS" -> "RUS")."""
    if actor.code:
        return actor.code
    if actor.kind is ActorKind.COUNTRY and actor.key.startswith("country/"):
        return actor.key.removeprefix("country/")
    return None


def actor_triples(actor: Actor) -> list[Triple]:
    """Type, labels, code, and the link to what the actor serves or belongs to."""
    node = actor_iri(actor)
    triples: list[Triple] = [
        (node, RDF.type, ir_term(actor.kind.value)),
        (node, RDFS.label, text_literal(actor.label)),
    ]
    triples.extend(
        (node, SKOS.altLabel, text_literal(alt)) for alt in actor.alt_labels if alt != actor.label
    )
    code = _code(actor)
    if code:
        triples.append((node, IR.code, text_literal(code)))
    if actor.affiliation:
        parent = key_iri(actor.affiliation)
        if actor.kind is ActorKind.OFFICIAL:
            triples.append((node, IR.affiliatedWith, parent))
        elif is_organ(actor):
            triples.append((node, IR.partOf, parent))
        else:
            log.debug("ignoring the affiliation of country %s", actor.key)
    if actor.position and actor.kind is ActorKind.OFFICIAL:
        triples.append((node, IR.position, text_literal(actor.position)))
    return triples


def interaction_triples(inter: Interaction, *, fallback_date: str | None = None) -> list[Triple]:
    """The `ir:Interaction` node (an IRI, never a blank node) with evidence and provenance.

    `fallback_date` (the document's date) is used when the interaction has no date of its own.
    """
    node = interaction_iri(inter)
    triples: list[Triple] = [
        (node, RDF.type, IR.Interaction),
        (node, IR.source, actor_iri(inter.source)),
        (node, IR.target, actor_iri(inter.target)),
        (node, IR.relation, ir_term(inter.relation.value)),
        (node, IR.modality, ir_term(inter.modality.value)),
        (node, IR.evidence, text_literal(inter.evidence)),
        (node, IR.evidenceStart, Literal(inter.start)),
        (node, IR.evidenceEnd, Literal(inter.end)),
        (node, IR.confidence, confidence_literal(inter.confidence)),
        (node, PROV.wasDerivedFrom, document_iri(inter.doc_id)),
    ]
    if inter.trigger:
        triples.append((node, IR.trigger, text_literal(inter.trigger)))
    triples.extend((node, IR.cue, text_literal(cue)) for cue in inter.cues)
    date = inter.date or fallback_date
    if date:
        triples.append((node, DCTERMS.date, date_literal(date)))
    return triples


Served: TypeAlias = Mapping[str, Actor]


def served_table(actors: Iterable[Actor]) -> dict[str, Actor]:
    """The actors by key: what officials and organs serve is looked up here (the extractor puts
    every actor a document's officials and organs serve among the actors it gives)."""
    return {actor.key: actor for actor in actors}


def served(actor: Actor, table: Served) -> Actor:
    """The state or organisation an official or organ counts as: its affiliation, and that
    affiliation's parent organisation while it is an organ (the UNSC -> the UN); any other
    actor, or one whose affiliation is not in `table`, is itself.

    >>> un = Actor("org/UN", ActorKind.ORGANIZATION, "United Nations", code="UN")
    >>> unsc = Actor("org/UNSC", ActorKind.ORGANIZATION, "UN Security Council",
    ...              affiliation="org/UN")
    >>> envoy = Actor("person/x", ActorKind.OFFICIAL, "X", affiliation="org/UNSC")
    >>> served(envoy, served_table([un, unsc])).key, served(unsc, served_table([un])).key
    ('org/UN', 'org/UN')
    """
    if actor.kind is not ActorKind.OFFICIAL and not is_organ(actor):
        return actor
    current, key, seen = actor, actor.affiliation, {actor.key}
    while key is not None and key in table and key not in seen:
        seen.add(key)
        current = table[key]
        key = current.affiliation if is_organ(current) else None
    return current


def direct_triples(inter: Interaction, table: Served) -> list[Triple]:
    """`<source> ir:<relation> <target>` for Asserted and Intended interactions, and the same
    triple between the states or organisations that official or organ endpoints serve (looked
    up in `table`); the symmetric `ir:meets` also `<target> ir:meets <source>`.

    Negated and Hypothetical interactions give nothing; a relation of an actor with itself
    (after lifting) is not stated.
    """
    if not inter.modality.factual:
        return []
    predicate = ir_term(inter.relation.value)
    pairs = [
        (inter.source, inter.target),
        (served(inter.source, table), served(inter.target, table)),
    ]
    triples: list[Triple] = []
    for source, target in pairs:
        subject, obj = actor_iri(source), actor_iri(target)
        both = [(subject, obj), (obj, subject)] if inter.relation in SYMMETRIC else [(subject, obj)]
        for a, b in both:  # a symmetric relation is stated both ways, so either reads it
            triple: Triple = (a, predicate, b)
            if a != b and triple not in triples:
                triples.append(triple)
    return triples


def _actors_of(interactions: Iterable[Interaction], actors: Iterable[Actor]) -> list[Actor]:
    """Every actor the document's triples mention: given ones and endpoints (and so whom they
    serve, which the given ones include)."""
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.key, actor)
    for inter in interactions:
        seen.setdefault(inter.source.key, inter.source)
        seen.setdefault(inter.target.key, inter.target)
    return list(seen.values())


class DocumentGraph(NamedTuple):
    """What one document contributes: its facts and its direct relation triples.

    Unpacks as `triples, direct = document_graph(...)`, the two arguments of
    `Store.replace_document`; `all` is both together (for validation or a standalone graph).
    """

    triples: list[Triple]
    direct: list[Triple]

    @property
    def all(self) -> list[Triple]:
        """Facts and direct triples, each once."""
        return list(dict.fromkeys([*self.triples, *self.direct]))


def document_graph(
    doc: Document, interactions: Iterable[Interaction], actors: Iterable[Actor]
) -> DocumentGraph:
    """Everything one document contributes: itself, its actors (given with those whom its
    officials and organs serve), its interactions, and the direct triples, without
    duplicates, in a stable order."""
    interactions = list(interactions)
    everyone = _actors_of(interactions, actors)
    table = served_table(everyone)
    triples: list[Triple] = document_triples(doc)
    for actor in everyone:
        triples.extend(actor_triples(actor))
    for inter in interactions:
        if inter.doc_id != doc.id:
            log.warning("interaction of %r built with document %r", inter.doc_id, doc.id)
        triples.extend(interaction_triples(inter, fallback_date=doc.date))
    direct = [t for inter in interactions for t in direct_triples(inter, table)]
    return DocumentGraph(list(dict.fromkeys(triples)), list(dict.fromkeys(direct)))


@lru_cache(maxsize=1)
def _shapes_and_ontology() -> tuple[Graph, Graph]:
    """`shapes.ttl` and `irkg.ttl`, parsed once."""
    folder = ontology_dir()
    graphs = []
    for name in ("shapes.ttl", "irkg.ttl"):
        path = folder / name
        try:
            graphs.append(Graph().parse(path, format="turtle"))
        except (OSError, SyntaxError, ValueError) as exc:
            raise DataError(f"{path}: cannot read this ontology file ({exc}); reinstall") from exc
    return graphs[0], graphs[1]


def shape_violations(triples: Iterable[Triple] | DocumentGraph) -> list[str]:
    """The SHACL violations of a built graph against `ontology/shapes.ttl` (empty: conforms)."""
    from pyshacl import validate  # slow to import; only needed when validating

    shapes, ontology = _shapes_and_ontology()
    data = Graph()
    for triple in triples.all if isinstance(triples, DocumentGraph) else triples:
        data.add(triple)
    # the class hierarchy is all sh:class needs from the ontology (pyshacl's own ont_graph
    # mixing clones the whole ontology per call and takes seconds)
    for sub, sup in ontology.subject_objects(RDFS.subClassOf):
        data.add((sub, RDFS.subClassOf, sup))
    conforms, report, _ = validate(data, shacl_graph=shapes, inference="none")
    if conforms:
        return []
    assert isinstance(report, Graph)
    return _violation_messages(report)


def _violation_messages(report: Graph) -> list[str]:
    """One line per violation: focus node, path and message."""
    sh = "http://www.w3.org/ns/shacl#"
    messages = []
    for result in report.subjects(RDF.type, URIRef(sh + "ValidationResult")):
        focus = report.value(result, URIRef(sh + "focusNode"))
        path = report.value(result, URIRef(sh + "resultPath"))
        message = report.value(result, URIRef(sh + "resultMessage"))
        messages.append(f"{focus} {path or ''}: {message}")
    return sorted(messages)
