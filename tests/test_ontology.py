"""The ontology files: irkg.ttl is a usable OWL ontology that defines the whole contract,
shapes.ttl parses, context.jsonld is local and maps onto real terms."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from kg.rdf.namespace import IR, IR_BASE, PREFIXES, ontology_dir

ONTOLOGY_IRI = URIRef("https://w3id.org/irkg/ontology")

# every ir: term of shared/contract.md, with what it must be
CONTRACT_CLASSES = ["Actor", "Country", "Organization", "Official", "Interaction", "Document"]
CONTRACT_OBJECT_PROPERTIES = [
    "affiliatedWith",
    "interactsWith",
    "meets",
    "supports",
    "cooperates",
    "criticizes",
    "threatens",
    "sanctions",
    "attacks",
    "source",
    "target",
    "relation",
    "modality",
]
CONTRACT_DATATYPE_PROPERTIES = ["code", "position", "evidence", "confidence"]
CONTRACT_MODALITIES = ["Asserted", "Intended", "Negated", "Hypothetical"]
COOPERATIVE = ["meets", "supports", "cooperates"]
CONFLICTUAL = ["criticizes", "threatens", "sanctions", "attacks"]


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_dir() / "irkg.ttl", format="turtle")


def _ir_subjects(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(IR_BASE)}


def test_ontology_header(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    for prop in (DCTERMS.title, DCTERMS.description, OWL.versionInfo):
        assert onto.value(ONTOLOGY_IRI, prop) is not None, prop


@pytest.mark.parametrize("name", CONTRACT_CLASSES)
def test_contract_classes(onto: Graph, name: str) -> None:
    assert (IR[name], RDF.type, OWL.Class) in onto


@pytest.mark.parametrize("name", CONTRACT_OBJECT_PROPERTIES)
def test_contract_object_properties(onto: Graph, name: str) -> None:
    assert (IR[name], RDF.type, OWL.ObjectProperty) in onto


@pytest.mark.parametrize("name", CONTRACT_DATATYPE_PROPERTIES)
def test_contract_datatype_properties(onto: Graph, name: str) -> None:
    assert (IR[name], RDF.type, OWL.DatatypeProperty) in onto


@pytest.mark.parametrize("name", CONTRACT_MODALITIES)
def test_modalities_are_individuals(onto: Graph, name: str) -> None:
    assert (IR[name], RDF.type, IR.Modality) in onto
    assert (IR[name], RDF.type, SKOS.Concept) in onto
    assert (IR[name], SKOS.inScheme, IR.ModalityScheme) in onto


@pytest.mark.parametrize("name", ["Country", "Organization", "Official"])
def test_actor_subclasses(onto: Graph, name: str) -> None:
    assert (IR[name], RDFS.subClassOf, IR.Actor) in onto


def test_interaction_and_document_are_prov_entities(onto: Graph) -> None:
    assert (IR.Interaction, RDFS.subClassOf, PROV.Entity) in onto
    assert (IR.Document, RDFS.subClassOf, PROV.Entity) in onto


@pytest.mark.parametrize(
    ("group", "members"),
    [("cooperativeRelation", COOPERATIVE), ("conflictualRelation", CONFLICTUAL)],
)
def test_relation_hierarchy(onto: Graph, group: str, members: list[str]) -> None:
    assert (IR[group], RDFS.subPropertyOf, IR.interactsWith) in onto
    for name in members:
        assert (IR[name], RDFS.subPropertyOf, IR[group]) in onto
        ancestors = set(onto.transitive_objects(IR[name], RDFS.subPropertyOf))
        assert IR.interactsWith in ancestors


def test_meets_is_symmetric_and_only_meets(onto: Graph) -> None:
    symmetric = set(onto.subjects(RDF.type, OWL.SymmetricProperty))
    assert symmetric == {IR.meets}


def test_every_property_is_documented(onto: Graph) -> None:
    kinds = (OWL.ObjectProperty, OWL.DatatypeProperty)
    properties = {s for k in kinds for s in onto.subjects(RDF.type, k) if s in _ir_subjects(onto)}
    assert len(properties) >= 25
    for prop in properties:
        assert onto.value(prop, RDFS.label) is not None, f"{prop} has no label"
        assert onto.value(prop, RDFS.comment) is not None, f"{prop} has no comment"
        has_domain = onto.value(prop, RDFS.domain) is not None
        assert has_domain or onto.value(prop, RDFS.range) is not None, f"{prop} unbounded"


def test_every_term_has_label_and_comment(onto: Graph) -> None:
    for term in _ir_subjects(onto):
        assert onto.value(term, RDFS.label) is not None, term
        assert onto.value(term, RDFS.comment) is not None, term


def test_value_ranges(onto: Graph) -> None:
    from rdflib.namespace import XSD

    assert onto.value(IR.confidence, RDFS.range) == XSD.decimal
    assert onto.value(IR.evidenceStart, RDFS.range) == XSD.integer
    assert onto.value(IR.evidenceEnd, RDFS.range) == XSD.integer
    assert onto.value(IR.partOf, RDFS.domain) == IR.Organization
    assert onto.value(IR.modality, RDFS.range) == IR.Modality


def test_naming_convention(onto: Graph) -> None:
    """Classes and individuals are UpperCamelCase, properties lowerCamelCase."""
    kinds = (OWL.ObjectProperty, OWL.DatatypeProperty)
    properties = {s for k in kinds for s in onto.subjects(RDF.type, k)}
    for term in _ir_subjects(onto):
        local = str(term)[len(IR_BASE) :]
        assert local[0].islower() == (term in properties), local


def test_shapes_parse_and_cover_the_main_classes() -> None:
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    sh_target = URIRef("http://www.w3.org/ns/shacl#targetClass")
    targets = set(shapes.objects(None, sh_target))
    assert {IR.Interaction, IR.Document, IR.Country, IR.Official, IR.Actor} <= targets


def test_jsonld_context_is_local_and_maps_real_terms(onto: Graph) -> None:
    document = json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))
    context = document["@context"]
    assert isinstance(context, dict), "the @context must be an embedded object, never a URL"
    for prefix, namespace in PREFIXES.items():
        assert context[prefix] == namespace
    defined = _ir_subjects(onto)
    for term, value in context.items():
        if term in PREFIXES:
            continue
        iri = value["@id"] if isinstance(value, dict) else value
        prefix, _, local = iri.partition(":")
        assert prefix in PREFIXES, f"{term} -> {iri}"
        if prefix == "ir":
            assert IR[local] in defined, f"context term {term} maps to an undefined {iri}"


def test_the_repositorys_ontology_folder_is_the_packaged_one() -> None:
    """One source of truth: `ontology/` is where users look, `kg/ontology/` what ships."""
    from pathlib import Path

    from kg.rdf.namespace import ontology_dir

    repo = Path(__file__).resolve().parents[1]
    assert (repo / "ontology").resolve() == ontology_dir().resolve()
    for name in ("irkg.ttl", "shapes.ttl", "context.jsonld"):
        assert (repo / "ontology" / name).read_bytes() == (ontology_dir() / name).read_bytes()
