"""kg.analysis.network: the store read as networkx graphs, the country projection.
(a store built from hand-made interactions in tests/analysis/facts.py: no spaCy)"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg.analysis import (
    ALL_MODALITIES,
    country_projection,
    filter_network,
    load_network,
    network_from_rows,
)
from kg.analysis.network import INTERACTIONS_QUERY
from kg.store import SelectResult, Store
from kg.types import ID_BASE
from tests.analysis.facts import CHN, CUB, FACTS, FACTUAL, LAVROV, RUS, TRUMP, UN, UNSC, USA, iri


def test_load_network_reads_the_store(actors: nx.MultiDiGraph, countries: nx.MultiDiGraph) -> None:
    assert actors.number_of_edges() == len(FACTS)
    assert set(actors) == {iri(a) for a in (USA, CUB, RUS, CHN, UNSC, TRUMP, LAVROV)}
    assert actors.nodes[iri(TRUMP)]["affiliation_label"] == "United States"
    assert countries.number_of_edges() == FACTUAL
    assert set(countries) == {iri(a) for a in (USA, CUB, RUS, CHN, UN)}
    assert countries.nodes[iri(USA)]["members"] == ("Donald Trump",)
    assert countries.graph["level"] == "country"


def test_country_projection_folds_officials_and_weighs_pairs(actors: nx.MultiDiGraph) -> None:
    factual = filter_network(actors, modalities=["Asserted", "Intended"])
    projection = country_projection(factual)
    assert isinstance(projection, nx.DiGraph) and not projection.is_multigraph()
    edge = projection.edges[iri(USA), iri(CUB)]
    assert edge["weight"] == 3
    assert edge["relations"] == {"sanctions": 2, "threatens": 1}
    assert (edge["cooperative"], edge["conflictual"]) == (0, 3)
    assert projection.edges[iri(UN), iri(CUB)]["relations"] == {"supports": 1}
    assert projection.nodes[iri(UN)]["label"] == "United Nations"
    assert projection.nodes[iri(RUS)]["members"] == ("Sergey Lavrov",)
    assert sum(w for _, _, w in projection.edges(data="weight")) == FACTUAL


def test_country_projection_of_a_country_network_only_aggregates(
    countries: nx.MultiDiGraph,
) -> None:
    projection = country_projection(countries)
    assert set(projection) == set(countries)
    assert projection.edges[iri(RUS), iri(CUB)]["relations"] == {"supports": 1, "meets": 1}


def test_load_network_reads_what_the_documented_query_gives(store_path: Path) -> None:
    """`load_network` reads the interactions and the actors apart (faster on Oxigraph); its
    network is the one built from `INTERACTIONS_QUERY`'s rows, at both levels."""
    with Store(store_path, read_only=True) as store:
        answer = store.query(INTERACTIONS_QUERY)
        assert isinstance(answer, SelectResult)
        for level in ("actor", "country"):
            fast = load_network(store, level=level, modalities=ALL_MODALITIES)
            slow = network_from_rows(answer.rows, level=level, modalities=ALL_MODALITIES)
            assert dict(fast.nodes(data=True)) == dict(slow.nodes(data=True))
            assert {k: v for k, v in fast.graph.items() if k != "rows"} == slow.graph
            assert sorted(fast.edges(keys=True, data=True)) == sorted(
                slow.edges(keys=True, data=True)
            )


def _generated_store(path: Path, documents: int = 60) -> None:
    """A store of generated reports, as `kg build` writes it: states, organs and officials
    (some serving an organ that serves an organisation), every relation and modality, some
    documents without a date, a title or a URL, some interactions without a confidence."""
    import random

    from kg.rdf.build import document_graph
    from kg.types import Actor, ActorKind, Document, Interaction, Modality, Relation

    rng = random.Random(11)
    serving = [USA, CUB, RUS, CHN, UN]
    cast = [*serving, UNSC, TRUMP, LAVROV] + [
        Actor(f"person/official-{n}", ActorKind.OFFICIAL, f"Official {n}", affiliation=a.key)
        for n, a in enumerate(rng.choices([*serving, UNSC], k=12))
    ]
    served = {a.key: a for a in [*serving, UNSC]}
    with Store(path) as store:
        for number in range(documents):
            doc_id = f"g{number:03d}"
            interactions, sentences, offset = [], [], 0
            for _ in range(rng.randrange(1, 7)):
                source, target = rng.sample(cast, 2)
                sentence = f"{source.label} and {target.label}, case {number}-{offset}."
                interactions.append(
                    Interaction(
                        doc_id,
                        source,
                        rng.choice(list(Relation)),
                        target,
                        rng.choice(list(Modality)),
                        sentence,
                        offset,
                        offset + len(sentence),
                        rng.choice([0.5, 0.75, 0.9]),
                    )
                )
                sentences.append(sentence)
                offset += len(sentence) + 1
            doc = Document(
                doc_id,
                " ".join(sentences),
                title=rng.choice([None, f"Report {number}"]),
                date=rng.choice([None, f"2020-0{rng.randrange(1, 10)}-1{rng.randrange(10)}"]),
                url=rng.choice([None, f"https://news.example/{number}"]),
            )
            triples, direct = document_graph(doc, interactions, list(served.values()))
            store.replace_document(doc, triples, direct=direct)


def test_load_network_on_a_generated_graph_is_the_documented_querys_network(
    tmp_path: Path,
) -> None:
    """On generated reports, `load_network` gives exactly the network built from
    `INTERACTIONS_QUERY`'s rows: the same nodes and edges with the same data, in the same
    order, at both levels, for every modality and for a limit."""
    _generated_store(tmp_path / "store")
    with Store(tmp_path / "store", read_only=True) as store:
        answer = store.query(INTERACTIONS_QUERY)
        assert isinstance(answer, SelectResult) and len(answer) > 100
        for level in ("actor", "country"):
            for modalities in (ALL_MODALITIES, {"Asserted", "Intended"}):
                fast = load_network(store, level=level, modalities=modalities)
                slow = network_from_rows(answer.rows, level=level, modalities=modalities)
                assert list(fast.nodes(data=True)) == list(slow.nodes(data=True))
                assert list(fast.edges(keys=True, data=True)) == list(
                    slow.edges(keys=True, data=True)
                )
                assert fast.graph["rows"] == len({row["i"] for row in answer.rows})
        first = load_network(store, limit=10, modalities=ALL_MODALITIES)
        assert sorted(first.edges(keys=True)) == sorted(
            (row["s"], row["t"], row["i"])
            for row in answer.rows
            if row["i"] in sorted({r["i"] for r in answer.rows})[:10]
        )


def test_load_network_reads_irregular_graphs_as_the_documented_query_does(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """What `load_network` cannot read in one piece (an actor or a document described twice,
    an interaction read twice, a relation that is not IRKG's or is one of IRKG's names in
    another namespace, a modality of another vocabulary) it reads as the documented query's
    rows do: the same network, the same warnings."""
    from rdflib import Literal, Namespace, URIRef
    from rdflib.namespace import DCTERMS, RDFS

    from kg.rdf.namespace import IR

    _generated_store(tmp_path / "store", documents=12)
    with Store(tmp_path / "store", read_only=True) as store:
        answer = store.query(INTERACTIONS_QUERY)
        assert isinstance(answer, SelectResult)
        interactions = sorted({row["i"] for row in answer.rows})
    other = Namespace("https://vocabulary.example/terms#")
    first, second, third, fourth, fifth = (URIRef(i) for i in interactions[:5])
    with Store(tmp_path / "store") as store:
        store.add_triples(
            [
                (URIRef(iri(USA)), RDFS.label, Literal("USA")),  # an actor described twice
                (URIRef(f"{ID_BASE}doc/g001"), DCTERMS.title, Literal("Second title")),
                (first, IR.evidence, Literal("Another sentence for the same interaction.")),
                (second, IR.relation, other.praises),  # read twice, once as unknown
                (third, IR.modality, other.Reported),
                (fourth, IR.confidence, Literal("high")),
                (fifth, IR.relation, other.meets),
            ]
        )
        store.remove_document("g002")  # its interactions' actors stay described
    with Store(tmp_path / "store", read_only=True) as store:
        answer = store.query(INTERACTIONS_QUERY)
        assert isinstance(answer, SelectResult)
        for level in ("actor", "country"):
            for modalities in (ALL_MODALITIES, {"Asserted", "Intended"}):
                caplog.clear()
                slow = network_from_rows(answer.rows, level=level, modalities=modalities)
                expected = sorted(r.getMessage() for r in caplog.records)
                caplog.clear()
                fast = load_network(store, level=level, modalities=modalities)
                assert sorted(r.getMessage() for r in caplog.records) == expected
                assert list(fast.nodes(data=True)) == list(slow.nodes(data=True))
                assert list(fast.edges(keys=True, data=True)) == list(
                    slow.edges(keys=True, data=True)
                )
        assert any("unknown relation" in message for message in expected)
