"""kg.rdf.namespace: the IR vocabulary matches irkg.ttl, and IRIs are minted safely."""

from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import Graph, URIRef

from kg.errors import InputError
from kg.rdf.namespace import (
    ID,
    IR,
    IR_BASE,
    actor_iri,
    document_iri,
    interaction_iri,
    ir_term,
    ontology_dir,
    person_slug,
)
from kg.types import Actor, ActorKind, Interaction, Modality, Relation


def _ontology_terms() -> set[str]:
    graph = Graph().parse(ontology_dir() / "irkg.ttl", format="turtle")
    return {
        str(s)[len(IR_BASE) :]
        for s in graph.subjects()
        if isinstance(s, URIRef) and str(s).startswith(IR_BASE)
    }


def _namespace_terms() -> set[str]:
    return {str(term)[len(IR_BASE) :] for term in dir(IR)}


def test_every_ir_term_is_defined_in_the_ontology() -> None:
    missing = _namespace_terms() - _ontology_terms()
    assert not missing, f"IR has terms irkg.ttl does not define: {sorted(missing)}"


def test_every_ontology_term_is_in_ir() -> None:
    missing = _ontology_terms() - _namespace_terms()
    assert not missing, f"irkg.ttl defines terms IR lacks: {sorted(missing)}"


def test_namespace_is_closed() -> None:
    assert IR.sanctions == URIRef(IR_BASE + "sanctions")
    with pytest.raises(AttributeError):
        IR.sanction  # noqa: B018  (a misspelt term must fail)
    with pytest.raises(AttributeError):
        ir_term("Asserteed")


@pytest.mark.parametrize(("name", "kind"), [(r.value, "relation") for r in Relation])
def test_every_relation_enum_value_is_a_term(name: str, kind: str) -> None:
    assert ir_term(name) == URIRef(IR_BASE + name)


@pytest.mark.parametrize("name", [m.value for m in Modality] + [k.value for k in ActorKind])
def test_every_modality_and_kind_is_a_term(name: str) -> None:
    assert ir_term(name) in set(dir(IR))


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Sergey Lavrov", "sergey-lavrov"),
        ("  José  Ramón Machado-Ventura ", "jose-ramon-machado-ventura"),
        ("Lech Wałęsa", "lech-walesa"),
        ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
        ("Jens Stoltenberg's", "jens-stoltenberg-s"),
        ("ANGELA MERKEL", "angela-merkel"),
        ("Søren Straße", "soren-strasse"),
    ],
)
def test_person_slug(name: str, slug: str) -> None:
    assert person_slug(name) == slug


def test_person_slug_without_latin_letters_is_stable_and_ascii() -> None:
    slug = person_slug("習近平")
    assert slug == person_slug("習近平")
    assert slug.isascii() and slug.startswith("x-") and len(slug) > 2
    assert slug != person_slug("李克强")


@pytest.mark.parametrize(
    "doc_id",
    [
        "plain-id",
        "reuters/2019/07/24",
        "with space",
        'quote" } ; DROP ALL ; #',
        "<script>alert(1)</script>",
        "ünïcödé",
        "tab\tand\nnewline",
        "50%",
        "a?b#c",
    ],
)
def test_document_iri_is_a_valid_iri_for_any_id(doc_id: str) -> None:
    iri = document_iri(doc_id)
    assert str(iri).startswith(str(ID) + "doc/")
    local = str(iri)[len(str(ID) + "doc/") :]
    assert "/" not in local and " " not in local and '"' not in local
    pyoxigraph.NamedNode(str(iri))  # raises on an invalid IRI


def test_document_iris_are_distinct_and_deterministic() -> None:
    ids = ["a/b", "a%2Fb", "a b", "a+b", "a_b"]
    iris = [document_iri(i) for i in ids]
    assert len(set(iris)) == len(ids)
    assert iris == [document_iri(i) for i in ids]


def test_document_iri_rejects_an_empty_id() -> None:
    with pytest.raises(InputError):
        document_iri("")


@pytest.mark.parametrize("key", ["country/RUS", "org/UN", "org/UNSC", "person/sergey-lavrov"])
def test_actor_iri_is_the_contract_iri(key: str) -> None:
    actor = Actor(key, ActorKind.COUNTRY, "x")
    assert actor_iri(actor) == URIRef(actor.iri)


def test_actor_iri_encodes_unsafe_keys() -> None:
    iri = actor_iri(Actor("person/bad name>", ActorKind.OFFICIAL, "Bad"))
    assert str(iri) == str(ID) + "person/bad%20name%3E"
    pyoxigraph.NamedNode(str(iri))


def test_interaction_iri_uses_the_stable_id() -> None:
    rus = Actor("country/RUS", ActorKind.COUNTRY, "Russia")
    cub = Actor("country/CUB", ActorKind.COUNTRY, "Cuba")
    inter = Interaction("d1", rus, Relation.MEETS, cub, Modality.ASSERTED, "x", 0, 1, 0.9)
    assert interaction_iri(inter) == ID["interaction/" + inter.stable_id]


def test_ontology_dir_holds_the_files() -> None:
    for name in ("irkg.ttl", "shapes.ttl", "context.jsonld"):
        assert (ontology_dir() / name).is_file()
