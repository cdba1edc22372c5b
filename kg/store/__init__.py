"""The RDF store behind one small interface, `GraphStore`, with two sibling implementations:
embedded (`Store`: pyoxigraph on disk or in memory) and remote (`RemoteStore`: any SPARQL 1.1
Query + Update server); `open_store(spec)` opens either from a folder, a URL or a settings file.
Code that reads or writes the graph takes a `GraphStore`.

Layout of the dataset:

* the **default graph** is the knowledge graph analysts query: every document's facts, the
  shared actor facts and the direct relation triples, each triple once;
* each document also has a **named graph** (named by the document's IRI) holding the triples it
  contributed: this is its *support*. Replacing a document drops its graph and deletes from the
  default graph every triple of the old version that no other graph still supports, so a direct
  triple (`USA ir:sanctions CUB`) stays while one document still says it and goes with the last;
* facts added with `add_triples` (gazetteer actors) are supported by the graph `id/graph/shared`.

Queries run against the default graph only, so plain SPARQL without a GRAPH clause sees every
fact exactly once (pyoxigraph's union-of-graphs mode would repeat a triple once per graph).
A replacement is one SPARQL Update over a staged copy of the new triples, which pyoxigraph
applies in a single transaction: a failure leaves the old version intact. The remote store keeps
the same layout and stages the same way over HTTP (see `RemoteStore`).

The package, one idea per module:

* `terms`: rdflib <-> pyoxigraph terms, and query parameters (`Bindings`);
* `results`: what a query answers (`SelectResult`, a bool, a Graph);
* `layout`: the graphs above and the SPARQL Updates that swap a document's version in;
* `exporting`: export formats and the JSON-LD context;
* `base`: `GraphStore`, the interface, and what every backend inherits (typed queries,
  counts, exports written safely);
* `embedded`: `Store`, pyoxigraph on disk or in memory;
* `sparql_text`: escaped SPARQL text for servers that only take text;
* `remote`: `RemoteStore` and `Endpoints`, over HTTP with batches and retries;
* `opening`: `open_store`, from a folder, a URL or a `.toml` settings file.

A new backend is a sibling module with a `GraphStore` subclass, opened by `opening` and added
to the contract suite (`tests/store/test_contract.py`).
"""

from __future__ import annotations

from kg.store.base import GraphStore
from kg.store.embedded import Store
from kg.store.exporting import export_format, jsonld_context
from kg.store.layout import SHARED_GRAPH
from kg.store.opening import open_store
from kg.store.remote import REMOTE_SCHEMES, Endpoints, RemoteStore
from kg.store.results import QueryAnswer, SelectResult
from kg.store.sparql_text import sparql_keywords, sparql_term, with_values
from kg.store.terms import Bindings, Term, Triple, from_ox, to_ox

__all__ = [
    "REMOTE_SCHEMES",
    "SHARED_GRAPH",
    "Bindings",
    "Endpoints",
    "GraphStore",
    "QueryAnswer",
    "RemoteStore",
    "SelectResult",
    "Store",
    "Term",
    "Triple",
    "export_format",
    "from_ox",
    "jsonld_context",
    "open_store",
    "sparql_keywords",
    "sparql_term",
    "to_ox",
    "with_values",
]
