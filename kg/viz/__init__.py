"""The interactive network page: interactions -> networkx -> one self-contained HTML file.

The network itself comes from `kg.analysis` (`network_from_rows`, `collapse`, the views);
this package draws it: `kg.viz.positions` places the actors, `kg.viz.page` writes the page with
the script and stylesheet of `kg/viz/assets/` and vis-network (inlined from the pyvis package).
The page works offline, from a file, and can be mailed.
"""

from __future__ import annotations

from kg.analysis.network import (
    FACTUAL_MODALITIES,
    INTERACTIONS_QUERY,
    LEVELS,
    EdgeEvidence,
    collapse,
    load_network,
    network_from_rows,
)
from kg.viz.page import (
    COLOUR_BY_COMMUNITY_FROM,
    COMMUNITY_COLOURS,
    DEFAULT_MAX_ACTORS,
    EMPTY_MESSAGE,
    KIND_STYLES,
    RELATION_COLOURS,
    SMALL_GROUPS,
    VIS_OPTIONS,
    centrality_rank,
    hidden_note,
    json_for_script,
    page_data,
    render_html,
    write_html,
)
from kg.viz.positions import layout

__all__ = [
    "COLOUR_BY_COMMUNITY_FROM",
    "COMMUNITY_COLOURS",
    "DEFAULT_MAX_ACTORS",
    "EMPTY_MESSAGE",
    "FACTUAL_MODALITIES",
    "INTERACTIONS_QUERY",
    "KIND_STYLES",
    "LEVELS",
    "RELATION_COLOURS",
    "SMALL_GROUPS",
    "VIS_OPTIONS",
    "EdgeEvidence",
    "centrality_rank",
    "collapse",
    "hidden_note",
    "json_for_script",
    "layout",
    "load_network",
    "network_from_rows",
    "page_data",
    "render_html",
    "write_html",
]
