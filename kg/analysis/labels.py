"""Tables for people: the IRIs in a DataFrame replaced by the labels of what they name.

SPARQL answers (`kg.query.to_dataframe`, `query_frame`) and networkx tables
(`nx.to_pandas_edgelist`) name actors by IRI; an analyst reads "Russia", not
`https://w3id.org/irkg/id/country/RUS`. `labelled` swaps every IRI of a table (cells and index)
for a label found in a network (node `label` attributes), a store (`rdfs:label`) or a mapping;
an ontology term reads as its name (`ir:sanctions` -> "sanctions"); any other IRI is shortened
with the standard prefixes (`irkg:document/x`).

>>> import pandas as pd
>>> table = pd.DataFrame({"who": ["https://w3id.org/irkg/id/country/RUS"],
...                       "relation": ["https://w3id.org/irkg/ontology#meets"], "n": [2]})
>>> labelled(table, {"https://w3id.org/irkg/id/country/RUS": "Russia"}).to_dict("records")
[{'who': 'Russia', 'relation': 'meets', 'n': 2}]
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterable, Mapping
from itertools import islice
from typing import TypeAlias

import networkx as nx
import pandas as pd
from rdflib import URIRef

from kg.errors import StoreError
from kg.query import run_query, shorten
from kg.rdf.namespace import IR_BASE
from kg.store import GraphStore
from kg.store.sparql_text import sparql_term

__all__ = ["graph_labels", "label_of", "labelled", "store_labels"]

log = logging.getLogger(__name__)

_IRI = re.compile(r"^(?:https?|urn):\S+$")
_BATCH = 500  # IRIs per labels query
_LABELS_QUERY = "SELECT ?s ?label WHERE {{ VALUES ?s {{ {values} }} ?s rdfs:label ?label }}"

Names: TypeAlias = GraphStore | nx.Graph | Mapping[str, str]


def labelled(table: pd.DataFrame, names: Names) -> pd.DataFrame:
    """A copy of `table` with every IRI (a string cell, or a value of the index) replaced by a
    label: from `names`, a network (its nodes' `label`), a store (`rdfs:label`) or a mapping
    IRI -> label; else `label_of` (an ontology term's name, or the IRI shortened)."""
    found = _iris(table)
    if not found:
        return table.copy()
    known = _lookup(names, found)
    labels = {iri: known.get(iri) or label_of(iri) for iri in found}
    out = table.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(lambda value: _swap(value, labels))
    if any(isinstance(value, str) and value in labels for value in out.index):
        out.index = pd.Index([_swap(value, labels) for value in out.index], name=out.index.name)
    return out


def label_of(iri: str) -> str:
    """What an IRI reads as without a label: an ontology term's name, else the IRI shortened.

    >>> label_of("https://w3id.org/irkg/ontology#Country"), label_of("https://w3id.org/irkg/id/doc/a")
    ('Country', 'irkg:doc/a')
    """
    if iri.startswith(IR_BASE) and len(iri) > len(IR_BASE):
        return iri[len(IR_BASE) :]
    return shorten(iri)


def graph_labels(graph: nx.Graph) -> dict[str, str]:
    """Node -> its `label` attribute, for the nodes that have one."""
    return {str(node): str(label) for node, label in graph.nodes(data="label") if label}


def store_labels(store: GraphStore, iris: Iterable[str]) -> dict[str, str]:
    """IRI -> its `rdfs:label` in the store (the first in code-point order when it has several),
    for the IRIs that have one. The IRIs are written into the query as checked, escaped SPARQL
    terms; a string that is not a valid IRI is skipped."""
    terms = []
    for iri in dict.fromkeys(iris):
        try:
            terms.append(sparql_term(URIRef(iri)))
        except StoreError:
            log.debug("not an IRI, left unlabelled: %r", iri)
    labels: dict[str, str] = {}
    chunks = iter(terms)
    while batch := list(islice(chunks, _BATCH)):
        outcome = run_query(store, _LABELS_QUERY.format(values=" ".join(batch)))
        assert outcome.table is not None  # a SELECT
        for row in outcome.table.rows:
            iri, label = row["s"], row["label"]
            if iri not in labels or label < labels[iri]:
                labels[iri] = label
    return labels


def _swap(value: object, labels: Mapping[str, str]) -> object:
    return labels.get(value, value) if isinstance(value, str) else value


def _iris(table: pd.DataFrame) -> set[str]:
    values: list[object] = list(table.index)
    for column in table.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            values.extend(table[column].dropna())
    return {value for value in values if isinstance(value, str) and _IRI.match(value)}


def _lookup(names: Names, iris: Collection[str]) -> Mapping[str, str]:
    if isinstance(names, nx.Graph):
        return graph_labels(names)
    if isinstance(names, GraphStore):
        return store_labels(names, sorted(iris))
    return names
