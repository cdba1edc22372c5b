"""networkx views of the knowledge graph, and what analysts compute on them.

* `network` — rows of `INTERACTIONS_QUERY` (or a store) -> a multi-digraph of actors, one edge
  per interaction with its evidence; `collapse` merges parallel interactions;
* `views` — a time window, some relations, one actor's ego network (`narrow` does both), the
  most active actors;
* `metrics` — the weighted country-level projection, centrality, communities;
* `signed` — the signed network (cooperative +, conflictual -) and its structural balance;
* `timeline` — relation counts over time per dyad;
* `summary` — the headline numbers of `kg stats`;
* `export` — GraphML, GEXF with time (Gephi), CSV;
* `events` — the event table (CSV, Parquet) and ICEWS-style quadruples of `kg export`, read
  from the store (one row per interaction, every modality).
"""

from __future__ import annotations

from kg.analysis.events import (
    EVENT_COLUMNS,
    QUAD_COLUMNS,
    Exported,
    events_table,
    export_store,
    quads_table,
    write_events_csv,
    write_events_parquet,
    write_quads,
)
from kg.analysis.export import (
    flat_network,
    interactions_table,
    write_csv,
    write_gexf,
    write_graphml,
)
from kg.analysis.metrics import (
    centrality,
    communities,
    community_of,
    country_projection,
    modularity,
    relation_counts,
    top,
    undirected_weighted,
)
from kg.analysis.network import (
    ALL_MODALITIES,
    FACTUAL_MODALITIES,
    INTERACTIONS_QUERY,
    LEVELS,
    EdgeEvidence,
    collapse,
    load_network,
    network_from_rows,
)
from kg.analysis.signed import Balance, signed_network, structural_balance
from kg.analysis.summary import Headline, format_headline, headline
from kg.analysis.timeline import dyad_time_series, relation_counts_over_time
from kg.analysis.views import (
    Selection,
    ego_network,
    filter_network,
    find_actor,
    keep_most_active,
    narrow,
)

__all__ = [
    "ALL_MODALITIES",
    "EVENT_COLUMNS",
    "FACTUAL_MODALITIES",
    "INTERACTIONS_QUERY",
    "LEVELS",
    "QUAD_COLUMNS",
    "Balance",
    "EdgeEvidence",
    "Exported",
    "Headline",
    "Selection",
    "centrality",
    "collapse",
    "communities",
    "community_of",
    "country_projection",
    "dyad_time_series",
    "ego_network",
    "events_table",
    "export_store",
    "filter_network",
    "find_actor",
    "flat_network",
    "format_headline",
    "headline",
    "interactions_table",
    "keep_most_active",
    "load_network",
    "modularity",
    "narrow",
    "quads_table",
    "network_from_rows",
    "relation_counts",
    "relation_counts_over_time",
    "signed_network",
    "structural_balance",
    "top",
    "undirected_weighted",
    "write_csv",
    "write_events_csv",
    "write_events_parquet",
    "write_gexf",
    "write_graphml",
    "write_quads",
]
