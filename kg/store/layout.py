"""The dataset layout both stores keep (see `kg.store`): the knowledge graph, one support graph
per document, `id/graph/shared` for shared facts, and a staging graph per document being
replaced; with the SPARQL Updates that swap a staged version in, embedded and remote.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import Literal

from kg.rdf.namespace import ID, IR, document_iri
from kg.store.sparql_text import triple_text
from kg.store.terms import Triple
from kg.types import Document

__all__ = ["EVENTS_GRAPH", "SHARED_GRAPH"]

SHARED_GRAPH = ox.NamedNode(str(ID["graph/shared"]))
EVENTS_GRAPH = str(ID["graph/events"])  # the events grouped from every document's reports
STAGING_PREFIX = str(ID["graph/staging/"])
CONTENT_HASH = f"<{IR.contentHash}>"


def document_lines(
    doc: Document, triples: Iterable[Triple], direct: Iterable[Triple] = ()
) -> list[str]:
    """A document's whole contribution, its content hash included, as N-Triples lines without
    duplicates: what every store writes (`GraphStore.add_documents`). Each term is escaped by
    `triple_text`, so no text can end a line early; an IRI that is not one is refused here.

    >>> from kg.rdf.namespace import ID
    >>> lines = document_lines(Document("d1", "x"), [(ID["a"], IR.meets, ID["b"])])
    >>> print(lines[0].replace("https://w3id.org/irkg/", ""))
    <id/a> <ontology#meets> <id/b> .
    >>> len(lines)
    2
    """
    content = dict.fromkeys((*triples, *direct))
    content[(document_iri(doc.id), IR.contentHash, Literal(doc.content_hash))] = None
    return [triple_text(triple) for triple in content]


def staging_graph(graph: ox.NamedNode) -> ox.NamedNode:
    """Where a document's new version is staged: `id/graph/staging/<encoded id>`; one of IRKG's
    own graphs (`EVENTS_GRAPH`) is staged as `id/graph/staging/!<name>`, a name no document's
    can take ("!" is always percent-encoded in a document id).

    >>> staging_graph(ox.NamedNode(EVENTS_GRAPH)).value.rsplit("/", 1)[-1]
    '!events'
    """
    name = graph.value.rsplit("/", 1)[-1]
    own = not graph.value.startswith(str(ID["doc/"]))
    return ox.NamedNode(STAGING_PREFIX + ("!" if own else "") + name)


def swap_update(graph: ox.NamedNode, staging: ox.NamedNode) -> str:
    """One SPARQL Update (one transaction) that swaps a document's support graph for the staged
    one and collects the default-graph triples nothing supports any more.

    Only support graphs support: a staging graph (another document's, left over by a crash
    mid-replacement) keeps nothing alive, as in `remote_swap`. Only the two graph IRIs (minted
    by IRKG, percent-encoded, validated by pyoxigraph) and IRKG's staging prefix appear in the
    text; article text never does.
    """
    old, new = str(graph), str(staging)
    return f"""
DELETE {{ ?s ?p ?o }}
WHERE {{
  GRAPH {old} {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH {new} {{ ?s ?p ?o }} }}
  FILTER NOT EXISTS {{
    GRAPH ?other {{ ?s ?p ?o }}
    FILTER (?other NOT IN ({old}, {new}) && !STRSTARTS(STR(?other), "{STAGING_PREFIX}"))
  }}
}} ;
DROP SILENT GRAPH {old} ;
INSERT {{ ?s ?p ?o . GRAPH {old} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {new} {{ ?s ?p ?o }} }} ;
DROP SILENT GRAPH {new}
"""


def remote_swap(graph: str, staging: str, kg: str | None, *, guard: str | None) -> str:
    """One update request: the staged version replaces the document's support graph, and the
    knowledge-graph triples nothing else supports leave.

    `guard` (the document IRI) makes every step wait for the staged content hash, so that a swap
    sent twice (an answer lost, a retry) does nothing the second time; removal has no guard.
    """

    def kg_part(body: str) -> str:
        return f"GRAPH {kg} {{ {body} }}" if kg else body

    others = ", ".join([graph, staging, *([kg] if kg else [])])
    only_if = (
        f"FILTER EXISTS {{ GRAPH {staging} {{ {guard} {CONTENT_HASH} ?hash }} }}" if guard else ""
    )
    return f"""DELETE {{ {kg_part("?s ?p ?o")} }}
WHERE {{
  GRAPH {graph} {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH {staging} {{ ?s ?p ?o }} }}
  FILTER NOT EXISTS {{
    GRAPH ?other {{ ?s ?p ?o }}
    FILTER (?other NOT IN ({others}) && !STRSTARTS(STR(?other), "{STAGING_PREFIX}"))
  }}
  {only_if}
}} ;
DELETE {{ GRAPH {graph} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} {only_if} }} ;
INSERT {{ {kg_part("?s ?p ?o")} GRAPH {graph} {{ ?s ?p ?o }} }}
WHERE {{ GRAPH {staging} {{ ?s ?p ?o }} }} ;
DROP SILENT GRAPH {staging}"""
