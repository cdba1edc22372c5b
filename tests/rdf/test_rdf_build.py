"""kg.rdf.build: records -> triples, following the contract."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib import namespace as rns
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.rdf.build import (
    actor_triples,
    clean_text,
    confidence_literal,
    date_literal,
    direct_triples,
    document_graph,
    document_triples,
    interaction_triples,
    served_table,
)
from kg.rdf.namespace import ID, IR, document_iri, interaction_iri
from kg.types import Actor, ActorKind, Document, Interaction, Modality, Relation

USA = Actor("country/USA", ActorKind.COUNTRY, "United States", code="USA", alt_labels=("US",))
CUB = Actor("country/CUB", ActorKind.COUNTRY, "Cuba", code="CUB")
RUS = Actor("country/RUS", ActorKind.COUNTRY, "Russia")  # no code: taken from the key
UN = Actor("org/UN", ActorKind.ORGANIZATION, "United Nations", code="UN")
UNSC = Actor("org/UNSC", ActorKind.ORGANIZATION, "UN Security Council", affiliation="org/UN")
TRUMP = Actor(
    "person/donald-trump",
    ActorKind.OFFICIAL,
    "Donald Trump",
    affiliation="country/USA",
    position="President",
)
SERVES = {TRUMP.key: USA, UNSC.key: UN}


SERVED = served_table(SERVES.values())


ISO_DAY = Literal("2019-07-24", datatype=rns.XSD.date)
DOC = Document(
    "doc-1",
    "Trump imposed sanctions on Cuba.",
    title="Sanctions",
    date="2019-07-24",
    url="https://example.org/a",
)


def inter(
    source: Actor = TRUMP,
    relation: Relation = Relation.SANCTIONS,
    target: Actor = CUB,
    modality: Modality = Modality.ASSERTED,
    **kw: object,
) -> Interaction:
    fields: dict[str, object] = {
        "evidence": DOC.text,
        "start": 0,
        "end": len(DOC.text),
        "confidence": 0.9,
        "trigger": "imposed sanctions",
    }
    fields.update(kw)
    return Interaction("doc-1", source, relation, target, modality, **fields)  # type: ignore[arg-type]


def objects(triples: list, subject: object, predicate: object) -> list:
    return [o for s, p, o in triples if s == subject and p == predicate]


# -- documents ------------------------------------------------------------------------------


def test_document_triples() -> None:
    triples = document_triples(DOC)
    node = document_iri("doc-1")
    assert (node, RDF.type, IR.Document) in triples
    assert objects(triples, node, DCTERMS.identifier) == [Literal("doc-1")]
    assert objects(triples, node, DCTERMS.title) == [Literal("Sanctions")]
    assert objects(triples, node, DCTERMS.date) == [ISO_DAY]
    assert objects(triples, node, DCTERMS.source) == [URIRef("https://example.org/a")]
    assert objects(triples, node, IR.contentHash) == [Literal(DOC.content_hash)]


def test_document_without_optional_fields() -> None:
    triples = document_triples(Document("bare", "text"))
    predicates = {p for _, p, _ in triples}
    assert predicates == {RDF.type, DCTERMS.identifier, IR.contentHash}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/x?y=1", URIRef("https://example.org/x?y=1")),
        ("https://example.org/a b", Literal("https://example.org/a b")),
        ('https://x.org/"><script>', Literal('https://x.org/"><script>')),
        ("www.example.org", Literal("www.example.org")),
    ],
)
def test_document_url_is_an_iri_only_when_well_formed(url: str, expected: object) -> None:
    triples = document_triples(replace(DOC, url=url))
    assert objects(triples, document_iri("doc-1"), DCTERMS.source) == [expected]


# -- actors ---------------------------------------------------------------------------------


def test_country_triples() -> None:
    triples = actor_triples(USA)
    node = ID["country/USA"]
    assert (node, RDF.type, IR.Country) in triples
    assert (node, RDFS.label, Literal("United States")) in triples
    assert (node, SKOS.altLabel, Literal("US")) in triples
    assert (node, IR.code, Literal("USA")) in triples


def test_country_code_falls_back_to_the_key() -> None:
    assert (ID["country/RUS"], IR.code, Literal("RUS")) in actor_triples(RUS)


def test_official_triples() -> None:
    triples = actor_triples(TRUMP)
    node = ID["person/donald-trump"]
    assert (node, RDF.type, IR.Official) in triples
    assert (node, IR.affiliatedWith, ID["country/USA"]) in triples
    assert (node, IR.position, Literal("President")) in triples
    assert not objects(triples, node, IR.partOf)


def test_organ_is_part_of_its_parent() -> None:
    triples = actor_triples(UNSC)
    assert (ID["org/UNSC"], IR.partOf, ID["org/UN"]) in triples
    assert not objects(triples, ID["org/UNSC"], IR.affiliatedWith)


def test_alt_label_equal_to_the_label_is_not_repeated() -> None:
    actor = Actor("country/CUB", ActorKind.COUNTRY, "Cuba", alt_labels=("Cuba", "Havana"))
    assert objects(actor_triples(actor), ID["country/CUB"], SKOS.altLabel) == [Literal("Havana")]


# -- interactions ---------------------------------------------------------------------------


def test_interaction_triples() -> None:
    i = inter(cues=("imposed",))
    triples = interaction_triples(i)
    node = interaction_iri(i)
    assert isinstance(node, URIRef)
    assert not any(isinstance(term, BNode) for triple in triples for term in triple)
    assert str(node).startswith(str(ID) + "interaction/")
    expected = {
        RDF.type: IR.Interaction,
        IR.source: ID["person/donald-trump"],
        IR.target: ID["country/CUB"],
        IR.relation: IR.sanctions,
        IR.modality: IR.Asserted,
        IR.evidence: Literal(DOC.text),
        IR.evidenceStart: Literal(0),
        IR.evidenceEnd: Literal(len(DOC.text)),
        IR.confidence: Literal("0.9", datatype=rns.XSD.decimal),
        IR.trigger: Literal("imposed sanctions"),
        IR.cue: Literal("imposed"),
        PROV.wasDerivedFrom: document_iri("doc-1"),
    }
    for predicate, obj in expected.items():
        assert objects(triples, node, predicate) == [obj], predicate
    assert objects(triples, node, IR.evidenceStart)[0].datatype == rns.XSD.integer


def test_interaction_date_and_fallback() -> None:
    node = interaction_iri(inter())
    assert not objects(interaction_triples(inter()), node, DCTERMS.date)
    with_fallback = interaction_triples(inter(), fallback_date="2019-07-24")
    assert objects(with_fallback, node, DCTERMS.date) == [
        Literal("2019-07-24", datatype=rns.XSD.date)
    ]
    own = interaction_triples(inter(date="2019-07-20"), fallback_date="2019-07-24")
    own_node = interaction_iri(inter(date="2019-07-20"))
    assert objects(own, own_node, DCTERMS.date) == [Literal("2019-07-20", datatype=rns.XSD.date)]


@pytest.mark.parametrize(
    ("value", "lexical"),
    [(0.9, "0.9"), (0.8504, "0.85"), (0.8505, "0.85"), (0.12345, "0.123"), (1, "1"), (0.0, "0")],
)
def test_confidence_is_a_canonical_decimal(value: float, lexical: str) -> None:
    literal = confidence_literal(value)
    assert literal.datatype == rns.XSD.decimal
    assert str(literal) == lexical


@pytest.mark.parametrize(("value", "lexical"), [(1.5, "1"), (-0.2, "0"), (float("nan"), "0")])
def test_confidence_out_of_range_is_clamped(value: float, lexical: str) -> None:
    assert str(confidence_literal(value)) == lexical


@pytest.mark.parametrize(
    ("value", "datatype"),
    [
        ("2019-07-24", rns.XSD.date),
        ("2019-02-30", None),
        ("24 July 2019", None),
        ("20190724", None),
    ],
)
def test_date_literal(value: str, datatype: URIRef | None) -> None:
    literal = date_literal(value)
    assert literal.datatype == datatype
    assert str(literal) == value


# -- direct triples -------------------------------------------------------------------------


def test_official_relation_is_lifted_to_the_state() -> None:
    triples = direct_triples(inter(), SERVED)
    assert (ID["person/donald-trump"], IR.sanctions, ID["country/CUB"]) in triples
    assert (ID["country/USA"], IR.sanctions, ID["country/CUB"]) in triples
    assert len(triples) == 2


@pytest.mark.parametrize(
    ("modality", "count"),
    [
        (Modality.ASSERTED, 2),
        (Modality.INTENDED, 2),
        (Modality.NEGATED, 0),
        (Modality.HYPOTHETICAL, 0),
    ],
)
def test_only_factual_modalities_give_direct_triples(modality: Modality, count: int) -> None:
    assert len(direct_triples(inter(modality=modality), SERVED)) == count


def test_organ_relation_is_lifted_to_the_parent() -> None:
    triples = direct_triples(inter(source=UNSC, relation=Relation.CRITICIZES, target=RUS), SERVED)
    assert triples == [
        (ID["org/UNSC"], IR.criticizes, ID["country/RUS"]),
        (ID["org/UN"], IR.criticizes, ID["country/RUS"]),
    ]


def test_state_to_state_gives_one_triple() -> None:
    triples = direct_triples(inter(source=RUS, relation=Relation.SUPPORTS, target=CUB), SERVED)
    assert triples == [(ID["country/RUS"], IR.supports, ID["country/CUB"])]


def test_a_meeting_is_stated_both_ways() -> None:
    """ir:meets is symmetric: one interaction, and either side's query finds it."""
    triples = direct_triples(inter(source=RUS, relation=Relation.MEETS, target=CUB), SERVED)
    assert triples == [
        (ID["country/RUS"], IR.meets, ID["country/CUB"]),
        (ID["country/CUB"], IR.meets, ID["country/RUS"]),
    ]


def test_relation_with_oneself_after_lifting_is_dropped() -> None:
    triples = direct_triples(inter(source=TRUMP, target=USA, relation=Relation.SUPPORTS), SERVED)
    assert triples == [(ID["person/donald-trump"], IR.supports, ID["country/USA"])]


def test_unknown_state_keeps_the_official_triple_only() -> None:
    triples = direct_triples(inter(), {})
    assert triples == [(ID["person/donald-trump"], IR.sanctions, ID["country/CUB"])]


# -- whole document -------------------------------------------------------------------------


def test_document_graph_unpacks_into_facts_and_direct() -> None:
    triples, direct = document_graph(DOC, [inter()], list(SERVES.values()))
    assert (ID["country/USA"], IR.sanctions, ID["country/CUB"]) in direct
    assert not any(p == IR.sanctions for _, p, _ in triples)
    # the served state is described too, so the lifted triple's subject is a typed actor
    assert (ID["country/USA"], RDF.type, IR.Country) in triples
    assert (ID["person/donald-trump"], RDF.type, IR.Official) in triples
    assert len(triples) == len(set(triples))


def test_document_graph_dates_interactions_with_the_document_date() -> None:
    graph = document_graph(DOC, [inter()], list(SERVES.values()))
    node = interaction_iri(inter())
    assert objects(graph.triples, node, DCTERMS.date) == [
        Literal("2019-07-24", datatype=rns.XSD.date)
    ]


def test_document_graph_is_deterministic() -> None:
    interactions = [inter(), inter(modality=Modality.NEGATED, start=1)]
    assert document_graph(DOC, interactions, [CUB, *SERVES.values()]) == document_graph(
        DOC, interactions, [CUB, *SERVES.values()]
    )


def test_document_graph_all_has_no_duplicates() -> None:
    graph = document_graph(DOC, [inter(), inter(start=3)], [USA, CUB, *SERVES.values()])
    assert len(graph.all) == len(set(graph.all)) == len(graph.triples) + len(graph.direct)


# -- hostile text ---------------------------------------------------------------------------

HOSTILE = 'He said "no" \\ back\\slash\nline """triple""" </script> \x00nul\x07 \t tab é 😀 \udcff'


def test_clean_text_keeps_what_rdf_can_hold() -> None:
    cleaned = clean_text(HOSTILE)
    assert (
        cleaned == 'He said "no" \\ back\\slash\nline """triple""" </script> nul \t tab é 😀 \ufffd'
    )
    cleaned.encode("utf-8")  # no lone surrogate left


def test_hostile_text_becomes_a_literal() -> None:
    triples = interaction_triples(inter(evidence=HOSTILE))
    (evidence,) = objects(triples, interaction_iri(inter(evidence=HOSTILE)), IR.evidence)
    assert isinstance(evidence, Literal) and str(evidence) == clean_text(HOSTILE)
