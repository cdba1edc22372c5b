"""The seed article end to end: `kg build samples/russia-cuba.txt` keeps the contract's promises.

The store is built once per session through the command line (the `seed_store` fixture) and
read here read-only. Gold comes from ../shared/eval/seed.jsonl; the assertions are about the
graph contract (classes, properties, direct country-level triples), not about how the extractor
happens to phrase its evidence today.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.documents import normalize_text
from kg.evaluate import GOLD_ORGS, GoldDoc, load_gold
from kg.rdf.build import shape_violations
from kg.store import Store
from kg.types import ID_BASE, Modality, Relation

pytestmark = pytest.mark.model

SEED_TEXT = Path(__file__).resolve().parents[1] / "samples" / "russia-cuba.txt"
IR = "https://w3id.org/irkg/ontology#"
CUBA = f"{ID_BASE}country/CUB"
WHO_SANCTIONS_CUBA = f"SELECT ?who WHERE {{ ?who ir:sanctions <{CUBA}> }}"
MODALITIES = {IR + m.value for m in Modality}

# the officials of the seed's gold "actors" (the test below checks this list against the file)
OFFICIALS = [
    ("Sergey Lavrov", "RUS", "Foreign Minister"),
    ("Bruno Rodriguez", "CUB", "Foreign Minister"),
    ("Donald Trump", "USA", "President"),
    ("Barack Obama", "USA", "President"),
]

OFFICIALS_QUERY = """
SELECT ?official ?label ?serves ?position WHERE {
  ?official a ir:Official ; rdfs:label ?label .
  OPTIONAL { ?official ir:affiliatedWith ?serves }
  OPTIONAL { ?official ir:position ?position }
}
"""

INTERACTIONS_QUERY = """
SELECT ?i ?source ?target ?relation ?evidence ?doc ?docid ?confidence ?modality WHERE {
  ?i a ir:Interaction .
  OPTIONAL { ?i ir:source ?source }
  OPTIONAL { ?i ir:target ?target }
  OPTIONAL { ?i ir:relation ?relation }
  OPTIONAL { ?i ir:evidence ?evidence }
  OPTIONAL { ?i prov:wasDerivedFrom ?doc . ?doc a ir:Document ; dcterms:identifier ?docid }
  OPTIONAL { ?i ir:confidence ?confidence }
  OPTIONAL { ?i ir:modality ?modality }
}
"""


@pytest.fixture(scope="module")
def seed(seed_store: Path) -> Iterator[Store]:
    with Store(seed_store, read_only=True) as store:
        yield store


@pytest.fixture(scope="module")
def seed_record(shared_eval: Path) -> dict[str, Any]:
    """The raw gold line (for its "actors", which GoldDoc does not keep)."""
    line = (shared_eval / "seed.jsonl").read_text(encoding="utf-8").strip().splitlines()[0]
    record: dict[str, Any] = json.loads(line)
    return record


@pytest.fixture(scope="module")
def seed_gold(shared_eval: Path) -> GoldDoc:
    (gold,) = load_gold(shared_eval / "seed.jsonl")
    return gold


def actor_iri(code: str) -> str:
    """The IRI of a gold key: an organisation key or an ISO alpha-3 country code."""
    return f"{ID_BASE}org/{code}" if code in GOLD_ORGS else f"{ID_BASE}country/{code}"


def has_direct(store: Store, source: str, relation: Relation, target: str) -> bool:
    """Whether the country-level triple is in the graph (`meets` counts in either direction)."""
    prop = f"<{IR}{relation.value}>"
    a, b = f"<{actor_iri(source)}>", f"<{actor_iri(target)}>"
    if relation is Relation.MEETS:
        return store.ask(f"ASK {{ {{ {a} {prop} {b} }} UNION {{ {b} {prop} {a} }} }}")
    return store.ask(f"ASK {{ {a} {prop} {b} }}")


def folded(text: str) -> str:
    """Lower case without accents: "Rodríguez" -> "rodriguez"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def test_who_sanctions_cuba_is_exactly_the_united_states(seed: Store) -> None:
    assert seed.select(WHO_SANCTIONS_CUBA).column("who") == [f"{ID_BASE}country/USA"]


def test_the_officials_list_is_the_gold_one(seed_record: dict[str, Any]) -> None:
    actors = seed_record["actors"]
    gold = [(a["name"], a["country"], a["role"]) for a in actors if a["type"] == "Official"]
    assert sorted(gold) == sorted(OFFICIALS)


@pytest.mark.parametrize(("name", "country", "role"), OFFICIALS, ids=[o[0] for o in OFFICIALS])
def test_official_is_affiliated_with_their_country(
    seed: Store, name: str, country: str, role: str
) -> None:
    surname = folded(name.split()[-1])
    rows = [r for r in seed.select(OFFICIALS_QUERY) if surname in folded(r["label"]).split()]
    assert rows, f"no ir:Official whose label has the surname of {name!r}"
    serves = {r.get("serves") for r in rows}
    positions = {r.get("position") or "" for r in rows}
    assert actor_iri(country) in serves, f"{name}: affiliated with {serves}"
    assert any(role.casefold() in p.casefold() for p in positions), f"{name}: {positions}"


def test_gold_relations_are_direct_country_triples(seed: Store, seed_gold: GoldDoc) -> None:
    required = [r for r in seed_gold.relations if not r.optional]
    assert required, "the seed gold lists no required relation"
    missing = [r for r in required if not has_direct(seed, r.source, r.relation, r.target)]
    assert missing == []


def test_no_wrong_relation_is_stated(seed: Store, seed_gold: GoldDoc) -> None:
    assert seed_gold.wrong, "the seed gold lists no 'not' relation"
    stated = [r for r in seed_gold.wrong if has_direct(seed, r.source, r.relation, r.target)]
    assert stated == []


def test_every_interaction_is_complete(seed: Store) -> None:
    rows = seed.select(INTERACTIONS_QUERY).rows
    assert rows, "the seed gave no interaction"
    relations = {IR + r.value for r in Relation}
    for row in rows:
        assert row.get("source") and row.get("target"), row
        assert row.get("relation") in relations, row
        assert row.get("evidence", "").strip(), row
        assert row.get("docid") == "russia-cuba", row
        assert 0.0 <= float(row["confidence"]) <= 1.0, row
        assert row.get("modality") in MODALITIES, row


def test_evidence_is_a_sentence_of_the_article(seed: Store) -> None:
    # the document is the file's text cleaned (no-break spaces become spaces, ...)
    text = normalize_text(SEED_TEXT.read_text(encoding="utf-8"))
    rows = seed.select(
        "SELECT ?ev ?start ?end WHERE { ?i ir:evidence ?ev ; ir:evidenceStart ?start ; "
        "ir:evidenceEnd ?end }"
    ).rows
    assert rows
    for row in rows:  # the offsets may take in the whitespace after the sentence
        assert text[int(row["start"]) : int(row["end"])].strip() == row["ev"]


def test_seed_graph_conforms_to_the_shapes(seed: Store) -> None:
    assert shape_violations(seed.graph()) == []
