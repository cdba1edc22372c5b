"""Pictures of the network for notebooks and reports (matplotlib): relations over time, the
most central actors, the signed network.

Each function takes what `kg.analysis` gives (a network from `load_network`, a `centrality`
table, a `signed_network`), draws on the matplotlib `Axes` it is given (a new figure of pyplot
when none is, so that a notebook shows it) and returns the `Axes`. The colours are those of the
network page (`RELATION_COLOURS`): cooperative relations blues and greens, conflictual ones
oranges and reds.

matplotlib is the optional extra `irkg[notebooks]`: it is imported when a plot is drawn, and
the rest of kg works without it. Labels come from article text: a `$` in them is written as a
dollar sign, never read as the start of matplotlib's mathematical notation.
"""

from __future__ import annotations

import logging
from types import ModuleType
from typing import TYPE_CHECKING

import networkx as nx
import pandas as pd

from kg.analysis.metrics import CENTRALITY_COLUMNS
from kg.analysis.network import local_name
from kg.analysis.timeline import FREQUENCIES, dyad_time_series, relation_counts_over_time
from kg.analysis.views import find_actor
from kg.errors import KGError
from kg.types import Relation
from kg.viz.page import RELATION_COLOURS
from kg.viz.positions import layout

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = [
    "NEGATIVE_COLOUR",
    "POSITIVE_COLOUR",
    "centrality_bars",
    "dyad_over_time",
    "relations_over_time",
    "signed_network_plot",
]

log = logging.getLogger(__name__)

POSITIVE_COLOUR = RELATION_COLOURS[Relation.SUPPORTS]
NEGATIVE_COLOUR = RELATION_COLOURS[Relation.SANCTIONS]
NO_DATES = "No dated interactions"
NO_TIES = "No signed ties"
_FIGSIZE = (8.0, 4.5)
_MEASURES = tuple(c for c in CENTRALITY_COLUMNS if c not in ("label", "kind"))


def relations_over_time(
    graph: nx.MultiDiGraph,
    *,
    freq: str = "year",
    ax: Axes | None = None,
    title: str | None = None,
) -> Axes:
    """Stacked bars of the interactions per period (`freq`: year, quarter, month, week, day),
    one colour per relation, every period from the first to the last (empty ones too).

    Undated interactions are left out; without any dated one, the axes say so.
    """
    table = relation_counts_over_time(graph, freq=freq)
    wide = _per_period(table, freq)
    ax = ax if ax is not None else _new_axes()
    _stacked_bars(ax, wide)
    ax.set_xlabel(freq)
    ax.set_ylabel("interactions")
    ax.set_title(_plain(title if title is not None else f"Interactions per {freq}, by relation"))
    return ax


def dyad_over_time(
    graph: nx.MultiDiGraph,
    first: str,
    second: str,
    *,
    freq: str = "year",
    ax: Axes | None = None,
    title: str | None = None,
) -> Axes:
    """Stacked bars of what passed between two actors (either direction) per period, one colour
    per relation. The actors are anything `find_actor` understands (`"USA"`, `"Iran"`, an IRI).
    """
    wide = dyad_time_series(graph, first, second, freq=freq)
    ax = ax if ax is not None else _new_axes()
    _stacked_bars(ax, wide)
    ax.set_xlabel(freq)
    ax.set_ylabel("interactions")
    if title is None:
        title = f"{_actor_label(graph, first)} and {_actor_label(graph, second)}, per {freq}"
    ax.set_title(_plain(title))
    return ax


def centrality_bars(
    table: pd.DataFrame,
    *,
    measure: str = "betweenness",
    n: int = 10,
    ax: Axes | None = None,
    title: str | None = None,
) -> Axes:
    """Horizontal bars of the `n` actors with the highest `measure` of a `centrality` table
    (interactions, as_source, as_target, partners, degree, betweenness or eigenvector), the
    highest on top, named by their labels."""
    if measure not in _MEASURES:
        raise KGError(f"unknown measure {measure!r}: use {', '.join(_MEASURES)}")
    if n < 1:
        raise KGError(f"n must be a positive number of actors, got {n}")
    ranked = table.sort_values([measure, "label"], ascending=[False, True], kind="stable").head(n)
    ax = ax if ax is not None else _new_axes()
    labels = [_plain(str(label)) for label in ranked["label"]][::-1]
    values = [float(value) for value in ranked[measure]][::-1]
    ax.barh(range(len(values)), values, color=RELATION_COLOURS[Relation.MEETS])
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel(measure)
    ax.set_title(_plain(title if title is not None else f"The most central actors: {measure}"))
    return ax


def signed_network_plot(
    signed: nx.Graph,
    *,
    ax: Axes | None = None,
    seed: int = 7,
    title: str | None = None,
) -> Axes:
    """The signed network of `signed_network`: positive ties solid green, negative ties dashed
    red, each as wide as the interactions behind it, actors named by their labels. The actors
    sit where the network page puts them (`kg.viz.positions`, seeded: the same graph gives the
    same picture)."""
    ax = ax if ax is not None else _new_axes(size=(8.0, 6.0))
    ax.set_axis_off()
    positive = [(u, v) for u, v, sign in signed.edges(data="sign") if sign > 0]
    negative = [(u, v) for u, v, sign in signed.edges(data="sign") if sign < 0]
    if not positive and not negative:
        _say(ax, NO_TIES)
        ax.set_title(_plain(title if title is not None else "Signed network"))
        return ax
    tied = nx.Graph(signed.subgraph({node for edge in positive + negative for node in edge}))
    placed = layout(tied, seed=seed)  # where the page puts them; y grows downwards there
    positions = {node: (x, -y) for node, (x, y) in placed.items()}
    nx.draw_networkx_nodes(
        tied, positions, ax=ax, node_color="#8e7cc3", node_size=300, edgecolors="#ffffff"
    )
    for edges, colour, style, label in (
        (positive, POSITIVE_COLOUR, "solid", "cooperative (+)"),
        (negative, NEGATIVE_COLOUR, "dashed", "conflictual (-)"),
    ):
        if edges:
            nx.draw_networkx_edges(
                tied,
                positions,
                edgelist=edges,
                ax=ax,
                edge_color=colour,
                style=style,
                width=[_width(signed, u, v) for u, v in edges],
                label=label,
            )
    for node, (x, y) in positions.items():
        ax.annotate(
            _plain(str(tied.nodes[node].get("label") or local_name(node))),
            (x, y),
            xytext=(0, 8),
            textcoords="offset points",
            fontsize=9,
            ha="center",
            va="bottom",
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7},
        )
    ax.legend(loc="lower left", frameon=False)
    if title is None:
        title = f"Signed network: {len(positive)} positive, {len(negative)} negative ties"
    ax.set_title(_plain(title))
    return ax


# ---------------------------------------------------------------------------- helpers


def pyplot() -> ModuleType:
    """matplotlib's pyplot, or a KGError naming the extra that installs it."""
    try:
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise KGError(
            "plots need matplotlib: pip install 'irkg[notebooks]' (or pip install matplotlib)"
        ) from exc
    return plt


def _new_axes(size: tuple[float, float] = _FIGSIZE) -> Axes:
    _, ax = pyplot().subplots(figsize=size, layout="constrained")
    axes: Axes = ax
    return axes


def _per_period(table: pd.DataFrame, freq: str) -> pd.DataFrame:
    """A `relation_counts_over_time` table as period x relation, every period from the first
    to the last, relations in the ontology's order."""
    if table.empty:
        return pd.DataFrame(index=pd.Index([], name="period"))
    wide = table.pivot_table(
        index="period", columns="relation", values="interactions", aggfunc="sum", fill_value=0
    )
    code = FREQUENCIES[freq]
    periods = pd.period_range(wide.index.min(), wide.index.max(), freq=code).astype(str)
    wide = wide.reindex(periods, fill_value=0)
    ordered = [r.value for r in Relation if r.value in wide.columns]
    return wide[ordered].astype(int)


def _stacked_bars(ax: Axes, wide: pd.DataFrame) -> None:
    """One bar per period (row), one segment per relation (column), with a legend."""
    if wide.empty or wide.shape[1] == 0:
        _say(ax, NO_DATES)
        return
    periods = [str(period) for period in wide.index]
    bottom = [0] * len(periods)
    for relation in wide.columns:
        counts = [int(count) for count in wide[relation]]
        ax.bar(
            periods,
            counts,
            bottom=bottom,
            color=RELATION_COLOURS[Relation(relation)],
            label=relation,
        )
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    ax.legend(title="relation", frameon=False, fontsize=8, title_fontsize=8)
    from matplotlib.ticker import MaxNLocator  # matplotlib is there: it drew the axes

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    if len(periods) > 12:
        ax.tick_params(axis="x", labelrotation=90)


def _say(ax: Axes, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#666666")
    ax.set_xticks([])
    ax.set_yticks([])


def _width(signed: nx.Graph, u: str, v: str) -> float:
    data = signed[u][v]
    return 1.0 + min(6.0, 0.75 * (int(data.get("positive", 0)) + int(data.get("negative", 0))))


def _actor_label(graph: nx.MultiDiGraph, name: str) -> str:
    node = find_actor(graph, name)
    return str(graph.nodes[node].get("label") or local_name(node))


def _plain(text: str) -> str:
    """Text as matplotlib should show it: a `$` is a dollar sign, not mathematical notation.

    >>> _plain("$5bn in sanctions")
    '\\\\$5bn in sanctions'
    """
    return text.replace("$", r"\$")
