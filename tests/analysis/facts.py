"""Hand-made interactions for the kg.analysis tests, stored as `kg build` would store them."""

from __future__ import annotations

from collections.abc import Callable

from typer.testing import Result

from kg.rdf.build import document_graph
from kg.store import Store
from kg.types import ID_BASE, Actor, ActorKind, Document, Interaction, Modality, Relation

Kg = Callable[..., Result]

USA = Actor("country/USA", ActorKind.COUNTRY, "United States", code="USA")
CUB = Actor("country/CUB", ActorKind.COUNTRY, "Cuba", code="CUB")
RUS = Actor("country/RUS", ActorKind.COUNTRY, "Russia", code="RUS")
CHN = Actor("country/CHN", ActorKind.COUNTRY, "China", code="CHN")
UN = Actor("org/UN", ActorKind.ORGANIZATION, "United Nations", code="UN")
UNSC = Actor("org/UNSC", ActorKind.ORGANIZATION, "UN Security Council", affiliation="org/UN")
TRUMP = Actor("person/donald-trump", ActorKind.OFFICIAL, "Donald Trump", affiliation="country/USA")
LAVROV = Actor(
    "person/sergey-lavrov", ActorKind.OFFICIAL, "Sergey Lavrov", affiliation="country/RUS"
)
SERVES = {TRUMP.key: USA, LAVROV.key: RUS, UNSC.key: UN}
ASSERTED, INTENDED = Modality.ASSERTED, Modality.INTENDED
NEGATED, HYPOTHETICAL = Modality.NEGATED, Modality.HYPOTHETICAL

DATES = {
    "d1": "2019-01-10",
    "d2": "2019-02-05",
    "d3": "2019-03-15",
    "d4": "2019-05-01",
    "d5": "2019-05-20",
    "d6": None,
    "d7": "2019-04-02",
}
FACTS = [  # document, source, relation, target, modality, evidence
    ("d1", TRUMP, Relation.SANCTIONS, CUB, ASSERTED, "Trump imposed sanctions on Cuba."),
    ("d1", USA, Relation.THREATENS, CUB, INTENDED, "The United States will punish Cuba, it said."),
    ("d2", RUS, Relation.SUPPORTS, CUB, ASSERTED, "Russia backed Cuba."),
    ("d2", LAVROV, Relation.MEETS, CUB, ASSERTED, 'Lavrov met Cuban leaders, "warmly", in Havana.'),
    ("d3", RUS, Relation.CRITICIZES, USA, ASSERTED, "Russia criticised Washington."),
    ("d3", CHN, Relation.COOPERATES, RUS, ASSERTED, "China and Russia signed a deal."),
    ("d4", CHN, Relation.CRITICIZES, USA, ASSERTED, "China condemned the United States."),
    ("d4", UNSC, Relation.SUPPORTS, CUB, ASSERTED, "The Security Council backed Cuba."),
    ("d5", USA, Relation.ATTACKS, CHN, NEGATED, "The US did not attack China."),
    ("d5", TRUMP, Relation.MEETS, LAVROV, HYPOTHETICAL, "Trump could meet Lavrov."),
    ("d6", CUB, Relation.CRITICIZES, USA, ASSERTED, "Cuba condemned the embargo."),
    ("d7", USA, Relation.SANCTIONS, CUB, ASSERTED, "Washington tightened the embargo on Cuba."),
]
FACTUAL = sum(1 for fact in FACTS if fact[4].factual)


def iri(actor: Actor) -> str:
    return ID_BASE + actor.key


def fill(store: Store) -> None:
    """Store FACTS as kg build would (document, actors, interactions, direct triples)."""
    for doc_id, date in DATES.items():
        facts = [f for f in FACTS if f[0] == doc_id]
        text = " ".join(f[5] for f in facts)
        doc = Document(
            doc_id, text, title=f"Report {doc_id}", date=date, url=f"https://news.example/{doc_id}"
        )
        interactions = []
        for _, source, relation, target, modality, sentence in facts:
            start = text.index(sentence)
            interactions.append(
                Interaction(
                    doc_id,
                    source,
                    relation,
                    target,
                    modality,
                    sentence,
                    start,
                    start + len(sentence),
                    0.9,
                )
            )
        triples, direct = document_graph(doc, interactions, list(SERVES.values()))
        store.replace_document(doc, triples, direct=direct)
