"""ontology/shapes.ttl: built graphs conform, broken ones do not (pyshacl)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import Literal, URIRef
from rdflib import namespace as rns
from rdflib.namespace import DCTERMS, PROV, RDFS

from kg.rdf.build import Triple, document_graph, shape_violations
from kg.rdf.namespace import ID, IR, document_iri, interaction_iri
from kg.types import Actor, ActorKind, Document, Interaction, Modality, Relation

USA = Actor("country/USA", ActorKind.COUNTRY, "United States", code="USA")
CUB = Actor("country/CUB", ActorKind.COUNTRY, "Cuba", code="CUB")
UN = Actor("org/UN", ActorKind.ORGANIZATION, "United Nations", code="UN")
UNSC = Actor("org/UNSC", ActorKind.ORGANIZATION, "UN Security Council", affiliation="org/UN")
TRUMP = Actor("person/donald-trump", ActorKind.OFFICIAL, "Donald Trump", affiliation="country/USA")
SERVES = {TRUMP.key: USA, UNSC.key: UN}
DOC = Document("doc-1", "Trump imposed sanctions on Cuba.", title="T", date="2019-07-24")
INTER = Interaction(
    "doc-1",
    TRUMP,
    Relation.SANCTIONS,
    CUB,
    Modality.ASSERTED,
    DOC.text,
    0,
    len(DOC.text),
    0.9,
    trigger="imposed sanctions",
    cues=("imposed",),
)
ORGAN = Interaction(
    "doc-1", UNSC, Relation.CRITICIZES, USA, Modality.INTENDED, "x", 0, 1, 0.4, date="May 2019"
)
NODE = interaction_iri(INTER)
DOC_NODE = document_iri("doc-1")


def good() -> list[Triple]:
    return document_graph(DOC, [INTER, ORGAN], list(SERVES.values())).all


def without(predicate: URIRef, subject: URIRef = NODE) -> Callable[[list[Triple]], list[Triple]]:
    return lambda ts: [t for t in ts if not (t[0] == subject and t[1] == predicate)]


def swap(predicate: URIRef, value: object, subject: URIRef = NODE) -> Callable:
    return lambda ts: without(predicate, subject)(ts) + [(subject, predicate, value)]


def plus(*extra: Triple) -> Callable[[list[Triple]], list[Triple]]:
    return lambda ts: ts + list(extra)


def test_a_built_graph_conforms() -> None:
    assert shape_violations(good()) == []


def test_document_graph_object_is_accepted() -> None:
    graph = document_graph(DOC, [INTER], list(SERVES.values()))
    assert shape_violations(graph) == []


@pytest.mark.parametrize(
    ("name", "breaks"),
    [
        ("missing evidence", without(IR.evidence)),
        ("empty evidence", swap(IR.evidence, Literal(""))),
        ("missing source", without(IR.source)),
        ("two targets", plus((NODE, IR.target, ID["country/USA"]))),
        ("target not an actor", swap(IR.target, URIRef("https://example.org/x"))),
        ("unknown relation", swap(IR.relation, IR.interactsWith)),
        ("unknown modality", swap(IR.modality, Literal("Asserted"))),
        ("no document", without(PROV.wasDerivedFrom)),
        ("confidence above 1", swap(IR.confidence, Literal("1.5", datatype=rns.XSD.decimal))),
        ("confidence as text", swap(IR.confidence, Literal("0.5"))),
        ("two dates", plus((NODE, DCTERMS.date, Literal("2019-01-01", datatype=rns.XSD.date)))),
        ("start after end", swap(IR.evidenceStart, Literal(99))),
        ("no identifier", without(DCTERMS.identifier, DOC_NODE)),
        ("two identifiers", plus((DOC_NODE, DCTERMS.identifier, Literal("other")))),
        ("lower-case code", swap(IR.code, Literal("Cub"), ID["country/CUB"])),
        ("country without code", without(IR.code, ID["country/CUB"])),
        ("official without label", without(RDFS.label, ID["person/donald-trump"])),
        (
            "two countries served",
            plus((ID["person/donald-trump"], IR.affiliatedWith, ID["country/CUB"])),
        ),
        ("direct triple to a non-actor", plus((ID["country/USA"], IR.attacks, DOC_NODE))),
        ("bad content hash", swap(IR.contentHash, Literal("abc"), DOC_NODE)),
    ],
)
def test_a_broken_graph_fails(name: str, breaks: Callable[[list[Triple]], list[Triple]]) -> None:
    broken = breaks(good())
    assert broken != good(), name
    assert shape_violations(broken), f"{name} was accepted"


def test_violation_messages_name_the_node_and_the_problem() -> None:
    messages = shape_violations(without(IR.evidence)(good()))
    assert len(messages) == 1
    assert str(NODE) in messages[0] and "evidence" in messages[0]


def test_an_official_may_serve_an_organ_its_organisation_and_one_state() -> None:
    """The UN Security Council's president serves the UN too; a minister who became the UN's
    Secretary-General served both (one state, organisations besides)."""
    person = ID["person/donald-trump"]
    extra = [
        (person, IR.affiliatedWith, ID["org/UNSC"]),
        (person, IR.affiliatedWith, ID["org/UN"]),
    ]
    assert shape_violations(good() + extra) == []
