"""The dataset layout both stores keep (see `kg.store`): the knowledge graph, one support graph
per document, `id/graph/shared` for shared facts, and a staging graph per document being
replaced; with the SPARQL Updates that swap a staged version in, embedded and remote.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.rdf.namespace import ID, IR

__all__ = ["SHARED_GRAPH"]

SHARED_GRAPH = ox.NamedNode(str(ID["graph/shared"]))
STAGING_PREFIX = str(ID["graph/staging/"])
CONTENT_HASH = f"<{IR.contentHash}>"


def staging_graph(graph: ox.NamedNode) -> ox.NamedNode:
    """Where a document's new version is staged: `id/graph/staging/<encoded id>`."""
    return ox.NamedNode(STAGING_PREFIX + graph.value.rsplit("/", 1)[-1])


def swap_update(graph: ox.NamedNode, staging: ox.NamedNode) -> str:
    """One SPARQL Update (one transaction) that swaps a document's support graph for the staged
    one and collects the default-graph triples nothing supports any more.

    Only the two graph IRIs (minted by IRKG, percent-encoded, validated by pyoxigraph) appear in
    the text; article text never does.
    """
    old, new = str(graph), str(staging)
    return f"""
DELETE {{ ?s ?p ?o }}
WHERE {{
  GRAPH {old} {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH {new} {{ ?s ?p ?o }} }}
  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other NOT IN ({old}, {new})) }}
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
