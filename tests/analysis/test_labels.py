"""kg.analysis.labels: the IRIs of a table read as labels, from a store, a network or a mapping.
(a store built from hand-made interactions in tests/analysis/facts.py: no spaCy)"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd

from kg.analysis import centrality, country_projection, signed_network
from kg.analysis.labels import label_of, labelled, store_labels
from kg.query import query_frame
from kg.store import Store
from tests.analysis.facts import CUB, RUS, TRUMP, USA, iri

ID = "https://w3id.org/irkg/"


def iris_in(table: pd.DataFrame) -> list[str]:
    cells = [*map(str, table.index), *map(str, table.to_numpy().ravel())]
    return [cell for cell in cells if ID in cell]


def test_a_library_answer_reads_as_labels(store_path: Path) -> None:
    with Store(store_path, read_only=True) as store:
        raw = query_frame(store, "who-sanctions", {"target": "CUB"})
        table = labelled(raw, store)
    assert iris_in(raw)  # the answer names actors, relations and kinds by IRI
    assert iris_in(table) == []
    assert sorted(table["who"]) == ["Donald Trump", "United States"]
    assert set(table["kind"]) == {"Country", "Official"}  # ontology terms: their names
    assert list(table["interactions"]) == list(raw["interactions"])  # numbers untouched


def test_a_network_table_reads_as_labels(countries: nx.MultiDiGraph) -> None:
    edges = labelled(nx.to_pandas_edgelist(signed_network(countries)), countries)
    assert iris_in(edges) == []
    assert ("Russia", "Cuba") in set(zip(edges["source"], edges["target"], strict=True)) | set(
        zip(edges["target"], edges["source"], strict=True)
    )
    table = labelled(centrality(countries), countries)  # the index is the actors' IRIs
    assert iris_in(table) == [] and "United States" in table.index
    assert table.index.name == "actor"


def test_labels_from_a_mapping_and_the_fallbacks() -> None:
    table = pd.DataFrame(
        {
            "who": [iri(USA), iri(RUS), "Cuba", None],
            "what": [f"{ID}ontology#sanctions", "x", f"{ID}id/document/d1", "y"],
        }
    )
    out = labelled(table, {iri(USA): "United States"})
    assert out["who"].tolist()[:3] == ["United States", "irkg:country/RUS", "Cuba"]
    assert pd.isna(out["who"].tolist()[3])
    assert out["what"].tolist() == ["sanctions", "x", "irkg:document/d1", "y"]
    assert table["who"].tolist()[0] == iri(USA)  # a copy: the table itself is untouched
    assert label_of(f"{ID}ontology#Country") == "Country"


def test_store_labels_escape_what_they_look_up(store_path: Path) -> None:
    hostile = iri(CUB) + '>}DROP"ALL'  # IRI-like (no space): looked up, refused as a term
    spaced = iri(CUB) + "> } ; DROP ALL ; #"
    with Store(store_path, read_only=True) as store:
        labels = store_labels(store, [iri(CUB), iri(TRUMP), hostile, spaced, "not an iri"])
        assert labels == {iri(CUB): "Cuba", iri(TRUMP): "Donald Trump"}
        assert store_labels(store, []) == {}
        table = labelled(pd.DataFrame({"who": [hostile, spaced, iri(CUB)]}), store)
    assert table["who"].tolist() == ['irkg:country/CUB>}DROP"ALL', spaced, "Cuba"]


def test_a_table_without_iris_comes_back_as_it_was(countries: nx.MultiDiGraph) -> None:
    table = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    assert labelled(table, countries).equals(table)
    projection = nx.to_pandas_edgelist(country_projection(countries))
    assert iris_in(labelled(projection, countries)) == []
