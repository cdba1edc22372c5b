"""What the query page's editor asks of the graph, answered in a query process (`kg.server.pool`).

* `vocabulary`: what the editor completes: the standard prefixes, the ontology's classes,
  properties and named values (read from `kg/ontology/irkg.ttl` and the properties its shapes
  constrain), and up to `MAX_ACTORS` actors of the graph with their labels;
* `bound_query`: a library query with the page's parameter fields bound as RDF terms
  (`kg.query.bind_parameters`: an actor resolved by code, label or IRI, a date checked, ...)
  and written into its text by `kg.store.inlining` (or a VALUES block where that cannot be
  done), so the page never builds SPARQL from what a person typed;
* `labels`: the label of each IRI of a result table, and whether it is an actor (the page links
  actors to the network view); at most `MAX_LABELS` IRIs, each checked before it is written
  into the lookup as one escaped term.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from rdflib import OWL, RDF, RDFS, SH, Graph, URIRef
from rdflib.term import Identifier

from kg.errors import KGError, QueryError, StoreError
from kg.query import bind_parameters, load_library, run_query
from kg.rdf.namespace import PREFIXES, ontology_dir
from kg.server.reply import Reply
from kg.store import sparql_term, with_values
from kg.store.inlining import inline_bindings

__all__ = [
    "ACTOR_KINDS",
    "MAX_ACTORS",
    "MAX_LABELS",
    "bound_query",
    "labels",
    "vocabulary",
    "written",
]

log = logging.getLogger(__name__)

MAX_ACTORS = 2000
MAX_LABELS = 500
ACTOR_KINDS = ("Country", "Organization", "Official")

_HEADER = "".join(f"PREFIX {p}: <{n}>\n" for p, n in PREFIXES.items())
_KIND_FILTER = ", ".join(f"ir:{kind}" for kind in ACTOR_KINDS)
_ACTORS = (
    _HEADER
    + f"""SELECT ?actor (MIN(STR(?name)) AS ?label) (MIN(?type) AS ?kind) WHERE {{
  ?actor a ?type ; rdfs:label ?name .
  FILTER (?type IN ({_KIND_FILTER}))
}}
GROUP BY ?actor ORDER BY ?label ?actor"""
)
_LABELS = (
    _HEADER
    + f"""SELECT ?x (MIN(STR(?name)) AS ?label) (MIN(STR(?preferred)) AS ?pref)
       (MIN(?type) AS ?kind) WHERE {{
  VALUES ?x {{ %s }}
  OPTIONAL {{ ?x rdfs:label ?name }}
  OPTIONAL {{ ?x skos:prefLabel ?preferred }}
  OPTIONAL {{ ?x a ?type FILTER (?type IN ({_KIND_FILTER})) }}
}}
GROUP BY ?x"""
)
_CLASS_TYPES = frozenset({OWL.Class, RDFS.Class})
_PROPERTY_TYPES = frozenset(
    {
        RDF.Property,
        OWL.ObjectProperty,
        OWL.DatatypeProperty,
        OWL.AnnotationProperty,
        OWL.SymmetricProperty,
        OWL.TransitiveProperty,
    }
)


def vocabulary(store: Any) -> Reply:
    """The prefixes, the ontology's terms and the graph's actors (the first `MAX_ACTORS` by
    label; `actorsCut` says when there are more)."""
    try:
        answer = run_query(store, _ACTORS, limit=MAX_ACTORS + 1)
    except KGError as exc:
        return Reply.text(500, f"cannot read the actors: {exc}")
    rows = answer.table.rows if answer.table is not None else []
    actors = [
        {"iri": row["actor"], "label": row.get("label", ""), "kind": _local(row.get("kind", ""))}
        for row in rows[:MAX_ACTORS]
    ]
    return Reply.json(
        {
            "prefixes": PREFIXES,
            "terms": ontology_terms(),
            "actors": actors,
            "actorsCut": len(rows) > MAX_ACTORS,
        }
    )


@lru_cache(maxsize=1)
def ontology_terms() -> list[dict[str, str]]:
    """Every class, property and named value the ontology declares, and every property its
    shapes constrain (`prov:wasDerivedFrom`, `rdfs:label`, ...), with label and comment.

    >>> terms = {t["iri"].rsplit("#", 1)[-1]: t["kind"] for t in ontology_terms()}
    >>> terms["Country"], terms["sanctions"], terms["Asserted"]
    ('class', 'property', 'value')
    """
    folder = ontology_dir()
    ontology = Graph().parse(folder / "irkg.ttl", format="turtle")
    shapes = Graph().parse(folder / "shapes.ttl", format="turtle")
    kinds: dict[URIRef, str] = {}
    for subject, kind in ontology.subject_objects(RDF.type):
        if not isinstance(subject, URIRef) or kind == OWL.Ontology:
            continue
        if kind in _CLASS_TYPES:
            kinds[subject] = "class"
        elif kind in _PROPERTY_TYPES:
            kinds.setdefault(subject, "property")
        else:
            kinds.setdefault(subject, "value")
    for path in shapes.objects(None, SH.path):
        if isinstance(path, URIRef):
            kinds.setdefault(path, "property")
    kinds.setdefault(RDF.type, "property")
    return [
        {
            "iri": str(iri),
            "kind": kind,
            "label": str(ontology.value(iri, RDFS.label) or ""),
            "comment": " ".join(str(ontology.value(iri, RDFS.comment) or "").split()),
        }
        for iri, kind in sorted(kinds.items())
    ]


def bound_query(store: Any, name: str, values: Mapping[str, str]) -> Reply:
    """The text of library query `name` with `values` (parameter name -> text as typed; an
    empty one takes the default) written in as RDF terms."""
    library = load_library()
    if name not in library:
        return Reply.text(404, f"no query named {name!r} in the library (see /api/queries)")
    query = library[name]
    given = {key: value for key, value in values.items() if value.strip()}
    try:
        text = written(query.text, bind_parameters(store, query, given))
    except QueryError as exc:
        return Reply.text(400, str(exc))
    except KGError as exc:
        return Reply.text(500, f"the store failed: {exc}")
    return Reply.json({"name": name, "text": text})


def written(text: str, bindings: Mapping[str, Identifier]) -> str:
    """The query with its bindings written in as constants (`kg.store.inlining`), or as a VALUES
    block where that could change its meaning; each value one escaped term either way.

    >>> print(written("SELECT ?who ?whom WHERE { ?who ir:sanctions ?whom }",
    ...               {"whom": URIRef("urn:x:CUB")}))
    SELECT ?who (<urn:x:CUB> AS ?whom) WHERE { ?who ir:sanctions <urn:x:CUB> }
    """
    inlined = inline_bindings(text, bindings)
    return inlined if inlined is not None else with_values(text, bindings)


def labels(store: Any, iris: Sequence[object]) -> Reply:
    """`{"labels": {iri: label}, "actors": {iri: kind}}` for the given IRIs (the label is
    rdfs:label, else skos:prefLabel, else the ontology's label of its term; IRIs without any
    are left out)."""
    if len(iris) > MAX_LABELS:
        return Reply.text(413, f"ask for at most {MAX_LABELS} labels at once")
    terms: list[str] = []
    for iri in iris:
        if not isinstance(iri, str):
            return Reply.text(400, 'send {"iris": [...]} with each IRI a string')
        try:
            terms.append(sparql_term(URIRef(iri)))
        except StoreError as exc:
            return Reply.text(400, str(exc))
    if not terms:
        return Reply.json({"labels": {}, "actors": {}})
    try:
        answer = run_query(store, _LABELS % " ".join(dict.fromkeys(terms)))
    except KGError as exc:
        return Reply.text(500, f"cannot read the labels: {exc}")
    found = {t["iri"]: t["label"] for t in ontology_terms() if t["label"] and t["iri"] in iris}
    actors: dict[str, str] = {}
    for row in answer.table.rows if answer.table is not None else []:
        label = row.get("label") or row.get("pref")
        if label:
            found[row["x"]] = label
        if row.get("kind"):
            actors[row["x"]] = _local(row["kind"])
    return Reply.json({"labels": found, "actors": actors})


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]
