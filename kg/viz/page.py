"""The network page: a graph -> one self-contained HTML file (no CDN, nothing fetched).

The page embeds the interactions, not drawn edges: its script (kg/viz/assets/viz.js) merges
parallel interactions into one weighted edge per (source, relation, target) for whatever the
reader filters (relations, modalities, dates and the time slider, actor types, a minimum of
interactions), so the Python side chooses which actors go in (the most active `max_actors`,
with a note saying what is left out), where they sit (`kg.viz.positions`), their community
(`kg.analysis.communities`, seeded) and their rank for labels (`centrality_rank`).

vis-network draws the actors and handles zoom, hover and selection; the edges and the labels
are drawn by the page script on vis-network's canvas. That is hand-written on purpose: feeding
10,000 edges through vis-network's data set costs seconds per filter change (each edge is an
object it updates, connects and draws on its own), while one canvas path per relation and width
draws them in milliseconds; and vis-network can only hide a label below a font size, not keep
the most central ones and drop those that would overlap.

Article text is hostile. Every string from the graph travels as JSON inside
`<script type="application/json">` with `<`, `>` and `&` escaped, and the page script puts it
in the document with `textContent`, never as HTML; links are kept only for http(s) URLs.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Mapping, Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.analysis.metrics import communities, community_of, undirected_weighted
from kg.analysis.network import EdgeEvidence, edge_evidence, edge_relation, local_name
from kg.analysis.views import Selection, keep_most_active
from kg.errors import DataError, KGError
from kg.types import ActorKind, Modality, Relation
from kg.viz.positions import layout

log = logging.getLogger(__name__)

# the look of the page: cooperative relations in blue/green, conflictual ones in orange/red, dashed
RELATION_COLOURS: dict[Relation, str] = {
    Relation.MEETS: "#3b82c4",
    Relation.SUPPORTS: "#2f9e44",
    Relation.COOPERATES: "#0c9a9a",
    Relation.CRITICIZES: "#f2a03d",
    Relation.THREATENS: "#e8590c",
    Relation.SANCTIONS: "#c92a2a",
    Relation.ATTACKS: "#7f0000",
}
KIND_STYLES: dict[ActorKind, tuple[str, str]] = {  # colour, vis-network shape
    ActorKind.COUNTRY: ("#8e7cc3", "dot"),
    ActorKind.ORGANIZATION: ("#f1c232", "square"),
    ActorKind.OFFICIAL: ("#a5a5a5", "triangle"),
}
# communities, largest first (colour-blind-safe Tableau 10 without its grey, then three more);
# an actor alone in its group, or in a group beyond the palette, is drawn in SMALL_GROUPS
COMMUNITY_COLOURS = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#17becf", "#bcbd22", "#8c564b",
)  # fmt: skip
SMALL_GROUPS = "#d0d0d0"
COMMUNITY_SEED = 0
COLOUR_BY_COMMUNITY_FROM = 100  # actors drawn: from this many on, the page opens coloured so
LABELS_AT_FIT = 30  # the most central actors labelled at the opening zoom (4x as many at 2x)
DASHES = (6, 4)  # conflictual edges, in the page and in the legend
DEFAULT_MAX_ACTORS = 150
LARGE_PAGE = 1500  # above this many interactions, arrows are drawn only once zoomed in
VIS_VERSION = "9.1.2"
EMPTY_MESSAGE = "No interactions to show"
_MODALITIES = [m.value for m in Modality]
_SAFE_URL = re.compile(r"^https?://[^\s<>\"']+$", re.I)

# vis-network options: positions come from kg.viz.positions, so physics never runs; actors stay
# where they were placed (the page script draws the edges and the labels between them, see viz.js)
VIS_OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "layout": {"improvedLayout": False},
    "physics": {"enabled": False},
    "nodes": {
        "borderWidth": 1,
        "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
        # labels are drawn by the page script, the most central first, never overlapping
        "scaling": {"label": {"drawThreshold": 1_000_000}},
    },
    "interaction": {"hover": True, "multiselect": False, "keyboard": False, "dragNodes": False},
}


# ---------------------------------------------------------------------------- public


def write_html(
    graph: nx.MultiDiGraph,
    path: Path,
    *,
    title: str = "IRKG network",
    max_actors: int = DEFAULT_MAX_ACTORS,
    focus: str | None = None,
) -> Path:
    """Write the page of `render_html` to `path` (its folder is created) and return the path."""
    path = Path(path)
    page = render_html(graph, title=title, max_actors=max_actors, focus=focus)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise KGError(
            f"cannot write the network page to {path}: {exc}; choose a writable path"
        ) from exc
    log.info(
        "wrote %s (%d actors, %d edges)", path, graph.number_of_nodes(), graph.number_of_edges()
    )
    return path


def render_html(
    graph: nx.MultiDiGraph,
    *,
    title: str = "IRKG network",
    max_actors: int = DEFAULT_MAX_ACTORS,
    focus: str | None = None,
) -> str:
    """The whole page as one string: no external reference, data as escaped JSON.

    `graph` is what `network_from_rows` (or `collapse`, or a view of `kg.analysis`) returns.
    Only the `max_actors` most active actors are drawn (0 draws all), plus `focus` (an actor
    IRI, selected when the page opens; by default the `focus` an ego network records); the page
    says what is left out. A graph without interactions gives a page that says so.
    """
    focus = focus if focus is not None else graph.graph.get("focus")
    if graph.number_of_edges() == 0:
        main, summary, vis_css = f'<main class="irkg-empty"><p>{EMPTY_MESSAGE}</p></main>', "", ""
        note = ""
    else:
        shown, selection = keep_most_active(graph, max_actors, keep=[focus] if focus else [])
        data = page_data(shown, focus=focus)
        vis_css, vis_js = _vis_assets()
        summary = _summary(data)
        note = hidden_note(selection)
        main = _fill(
            _asset("network.html"),
            CONTROLS=_controls(data),
            LEGEND=_legend(),
            DATA=json_for_script(data),
            VIS_JS=vis_js,
            APP_JS=_asset("viz.js"),
        )
    return _fill(
        _asset("page.html"),
        TITLE=html.escape(title),
        SUMMARY=html.escape(summary),
        NOTE=html.escape(note),
        VIS_CSS=vis_css,
        PAGE_CSS=_asset("viz.css"),
        MAIN=main,
    )


def hidden_note(selection: Selection) -> str:
    """What the page leaves out, and how to see it ("" when nothing is)."""
    if selection.hidden_actors <= 0:
        return ""
    return (
        f"Showing the {selection.shown_actors:,} most active of {selection.total_actors:,} actors "
        f"and {selection.shown_interactions:,} of {selection.total_interactions:,} interactions: "
        f"{selection.hidden_actors:,} actors and {selection.hidden_interactions:,} interactions "
        "are hidden. Draw more with kg viz --top N (0 for all), or narrow the view with --focus, "
        "--since/--until or --relations."
    )


def json_for_script(value: Any) -> str:
    """JSON that is safe as the text of a `<script>` element: no `<`, `>`, `&`, U+2028/9 left raw.

    >>> json_for_script({"s": "</script><b>&"})
    '{"s":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=True, allow_nan=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# ---------------------------------------------------------------------------- the data


def page_data(graph: nx.MultiDiGraph, *, focus: str | None = None) -> dict[str, Any]:
    """What the page script reads: actors (with positions), documents, sentences, and one
    compact row per interaction: `[source, target, relation, modality, date, document,
    confidence, sentence, event]` (indices into the other lists; date "" and confidence null
    when unknown; document and sentence -1 for an interaction without evidence; event a number
    shared by the rows that report one `ir:Event`, -1 for none)."""
    positions = layout(graph)
    actors = sorted(graph.nodes)
    index = {node: n for n, node in enumerate(actors)}
    relations = [r.value for r in Relation]
    docs: dict[str, tuple[int, dict[str, str | None]]] = {}
    sentences: dict[str, int] = {}
    events: dict[str, int] = {}
    rows: list[list[Any]] = []
    for u, v, data in graph.edges(data=True):
        relation = relations.index(edge_relation(u, v, data))
        items: Sequence[EdgeEvidence | None] = edge_evidence(data) or [None] * int(
            data.get("weight", 1)
        )
        for item in items:
            rows.append(
                _interaction_row(index[u], index[v], relation, item, docs, sentences, events)
            )
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[4], r[5], r[7]))
    dates = sorted(r[4] for r in rows if r[4])
    rank = centrality_rank(graph)
    groups = communities(graph, seed=COMMUNITY_SEED)
    group_of = community_of(groups)
    return {
        "relations": [
            {"name": r.value, "colour": RELATION_COLOURS[r], "cooperative": r.cooperative}
            for r in Relation
        ],
        "kinds": [
            {"name": k.value, "colour": colour, "shape": shape}
            for k, (colour, shape) in KIND_STYLES.items()
        ],
        "modalities": [{"name": m.value, "shown": m.factual} for m in Modality],
        "dashes": list(DASHES),
        "actors": [
            _actor(graph, node, positions[node], rank=rank[node], community=group_of[node])
            for node in actors
        ],
        "communities": _communities(graph, groups, rank),
        "colourBy": "community" if len(actors) >= COLOUR_BY_COMMUNITY_FROM else "kind",
        "labelsAtFit": LABELS_AT_FIT,
        "docs": [record for _, record in docs.values()],
        "sentences": list(sentences),
        "interactions": rows,
        "dates": {"first": dates[0], "last": dates[-1]} if dates else None,
        "focus": index.get(focus) if focus else None,
        "large": len(rows) > LARGE_PAGE,
        "options": VIS_OPTIONS,
    }


def centrality_rank(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Each actor's place by degree centrality weighted by interactions (0 = the most
    central; ties go to more partners, then to the label): the page labels actors in this
    order, as many as fit without overlap at the current zoom.

    >>> g = nx.MultiDiGraph()
    >>> g.add_edges_from([("a", "b"), ("a", "c"), ("b", "c"), ("a", "d")])
    [0, 0, 0, 0]
    >>> centrality_rank(g)
    {'a': 0, 'b': 1, 'c': 2, 'd': 3}
    """
    ties = undirected_weighted(graph)
    weight = dict(ties.degree(weight="weight"))
    label = {node: str(graph.nodes[node].get("label") or local_name(node)) for node in graph}
    order = sorted(graph, key=lambda n: (-weight.get(n, 0), -ties.degree(n), label[n], n))
    return {node: place for place, node in enumerate(order)}


def _communities(
    graph: nx.MultiDiGraph, groups: Sequence[frozenset[str]], rank: Mapping[str, int]
) -> list[dict[str, Any]]:
    """One entry per community (the order of `communities`, largest first): its colour, its
    size and its most central actor, by which the legend names it."""
    out = []
    for index, group in enumerate(groups):
        central = min(group, key=lambda node: rank[node])
        coloured = index < len(COMMUNITY_COLOURS) and len(group) > 1
        out.append(
            {
                "colour": COMMUNITY_COLOURS[index] if coloured else SMALL_GROUPS,
                "size": len(group),
                "central": str(graph.nodes[central].get("label") or local_name(central)),
            }
        )
    return out


def _interaction_row(
    source: int,
    target: int,
    relation: int,
    item: EdgeEvidence | None,
    docs: dict[str, tuple[int, dict[str, str | None]]],
    sentences: dict[str, int],
    events: dict[str, int],
) -> list[Any]:
    """One interaction as a page row; `docs`, `sentences` and `events` collect what rows point
    to (an event by a number of its own on the page: rows with one number report one event)."""
    if item is None:
        return [source, target, relation, 0, "", -1, None, -1, -1]
    if item.doc_id not in docs:
        docs[item.doc_id] = (
            len(docs),
            {
                "id": item.doc_id,
                "title": item.title,
                "date": item.date[:10] if item.date else None,
                "url": item.url if item.url and _SAFE_URL.match(item.url) else None,
            },
        )
    doc = docs[item.doc_id][0]
    sentence = sentences.setdefault(item.sentence, len(sentences))
    modality = _MODALITIES.index(item.modality) if item.modality in _MODALITIES else 0
    confidence = round(item.confidence, 3) if item.confidence is not None else None
    event = events.setdefault(item.event, len(events)) if item.event else -1
    return [
        source, target, relation, modality, (item.date or "")[:10], doc, confidence, sentence,
        event,
    ]  # fmt: skip


def _actor(
    graph: nx.MultiDiGraph,
    node: str,
    position: tuple[float, float],
    *,
    rank: int,
    community: int,
) -> dict[str, Any]:
    data = graph.nodes[node]
    kind = data.get("kind")
    return {
        "id": node,
        "label": str(data.get("label") or local_name(node)),
        "kind": kind if kind in {k.value for k in ActorKind} else ActorKind.ORGANIZATION.value,
        "of": data.get("affiliation_label"),
        "members": list(data.get("members") or ()),
        "x": position[0],
        "y": position[1],
        "rank": rank,
        "community": community,
    }


def _summary(data: Mapping[str, Any]) -> str:
    return (
        f"{len(data['actors']):,} actors, {len(data['interactions']):,} interactions in this page"
    )


# ---------------------------------------------------------------------------- the HTML around it


def _controls(data: Mapping[str, Any]) -> str:
    """The filter form, made of constants and validated dates only (no article text)."""
    relations = "".join(
        _checkbox("relation", r["name"], True, _swatch_line(Relation(r["name"])))
        for r in data["relations"]
    )
    modalities = "".join(_checkbox("modality", m["name"], m["shown"]) for m in data["modalities"])
    kinds = "".join(_checkbox("kind", k.value, True, _swatch_kind(k)) for k in KIND_STYLES)
    dates = data["dates"]
    bounds = (
        f'min="{html.escape(dates["first"])}" max="{html.escape(dates["last"])}"'
        if dates
        else 'disabled title="no interaction is dated"'
    )
    span = _days(dates["first"], dates["last"]) if dates else 0
    slider = (
        '<div class="irkg-slider" id="irkg-slider">'
        f'<input type="range" id="irkg-from" min="0" max="{span}" step="1" value="0" '
        f'aria-label="first day shown"{"" if span else " disabled"}>'
        f'<input type="range" id="irkg-to" min="0" max="{span}" step="1" value="{span}" '
        f'aria-label="last day shown"{"" if span else " disabled"}></div>'
    )
    colour_by = data["colourBy"]
    return (
        '<label class="irkg-search">Find an actor '
        '<input type="search" id="irkg-search" list="irkg-actor-names" autocomplete="off" '
        'placeholder="Cuba, Lavrov, UN …"></label><datalist id="irkg-actor-names"></datalist>'
        '<p id="irkg-status" class="irkg-status" role="status"></p>'
        f'<fieldset id="irkg-relations"><legend>Relations</legend>{relations}</fieldset>'
        f'<fieldset id="irkg-modalities"><legend>Modality</legend>{modalities}</fieldset>'
        f'<fieldset id="irkg-kinds"><legend>Actors</legend>{kinds}</fieldset>'
        '<fieldset id="irkg-colour"><legend>Colour actors by</legend>'
        f"{_radio('colour', 'kind', 'actor type', colour_by == 'kind')}"
        f"{_radio('colour', 'community', 'community', colour_by == 'community')}</fieldset>"
        '<fieldset id="irkg-dates"><legend>Dates</legend>'
        f"{slider}"
        f'<label>from <input type="date" id="irkg-since" {bounds}></label>'
        f'<label>to <input type="date" id="irkg-until" {bounds}></label>'
        '<label class="irkg-check"><input type="checkbox" id="irkg-undated" name="undated" '
        'value="include" checked>'
        "include undated</label></fieldset>"
        "<fieldset><legend>Edges</legend><label>at least "
        '<input type="number" id="irkg-min" min="1" step="1" value="1"> interaction(s)</label>'
        "</fieldset>"
        '<button type="button" id="irkg-reset">Reset filters</button>'
    )


def _checkbox(group: str, value: str, checked: bool, swatch: str = "") -> str:
    state = " checked" if checked else ""
    return (
        f'<label class="irkg-check"><input type="checkbox" name="{group}" '
        f'value="{html.escape(value)}"{state}>{swatch}{html.escape(value)}</label>'
    )


def _radio(group: str, value: str, text: str, checked: bool) -> str:
    state = " checked" if checked else ""
    return (
        f'<label class="irkg-check"><input type="radio" name="{group}" '
        f'value="{html.escape(value)}"{state}>{html.escape(text)}</label>'
    )


def _days(first: str, last: str) -> int:
    """Days from `first` to `last`; 0 (the slider disabled, the date fields still there) when
    either is not a whole ISO day."""
    try:
        return max((date.fromisoformat(last) - date.fromisoformat(first)).days, 0)
    except ValueError:
        log.warning("dates %r to %r are not whole ISO days: no time slider", first, last)
        return 0


_SHAPES = {
    "dot": '<circle cx="9" cy="9" r="7" fill="{c}" stroke="#444"/>',
    "square": '<rect x="2" y="2" width="14" height="14" fill="{c}" stroke="#444"/>',
    "triangle": '<polygon points="9,1 17,16 1,16" fill="{c}" stroke="#444"/>',
}


def _swatch_kind(kind: ActorKind) -> str:
    colour, shape = KIND_STYLES[kind]
    return f'<svg width="18" height="18" aria-hidden="true">{_SHAPES[shape].format(c=colour)}</svg>'


def _swatch_line(relation: Relation) -> str:
    colour = RELATION_COLOURS[relation]
    dash = "" if relation.cooperative else f' stroke-dasharray="{DASHES[0]} {DASHES[1]}"'
    head = (
        "" if relation is Relation.MEETS else f'<polygon points="32,1 42,6 32,11" fill="{colour}"/>'
    )
    return (
        f'<svg width="44" height="12" aria-hidden="true">'
        f'<line x1="1" y1="6" x2="33" y2="6" stroke="{colour}" stroke-width="3"{dash}/>{head}</svg>'
    )


def _legend() -> str:
    """How to read the drawing (the filters' swatches name each relation and actor type)."""
    colour = RELATION_COLOURS[Relation.MEETS]
    conflict = RELATION_COLOURS[Relation.SANCTIONS]
    dash = f'stroke-dasharray="{DASHES[0]} {DASHES[1]}"'
    arrow = f'<polygon points="32,1 42,6 32,11" fill="{colour}"/>'
    dot = '<circle cx="{x}" cy="9" r="{r}" fill="{c}" stroke="#444"/>'
    country = KIND_STYLES[ActorKind.COUNTRY][0]

    def line(attributes: str, extra: str = "") -> str:
        return (
            f'<svg width="44" height="12" aria-hidden="true"><line x1="1" y1="6" x2="33" y2="6" '
            f"{attributes}/>{extra}</svg>"
        )

    items = [
        (line(f'stroke="{colour}" stroke-width="3"'), "cooperative: meets, supports, cooperates"),
        (
            line(f'stroke="{conflict}" stroke-width="3" {dash}'),
            "conflictual: criticizes, threatens, sanctions, attacks",
        ),
        (line(f'stroke="{colour}" stroke-width="3"', arrow), "from source to target (meets: none)"),
        (
            line(f'stroke="{colour}" stroke-width="1"')
            + line(f'stroke="{colour}" stroke-width="6"'),
            "width: number of interactions",
        ),
        (
            f'<svg width="44" height="18" aria-hidden="true">{dot.format(x=6, r=4, c=country)}'
            f"{dot.format(x=28, r=8, c=country)}</svg>",
            "size: the actor's interactions",
        ),
    ]
    entries = "".join(
        f"<li>{swatch}<span>{html.escape(text)}</span></li>" for swatch, text in items
    )
    return (
        f'<h2>Legend</h2><ul class="irkg-key">{entries}</ul>'
        '<div id="irkg-communities" hidden><h2>Communities</h2>'
        '<ul class="irkg-key" id="irkg-community-list"></ul></div>'
        '<p class="irkg-legend-note">Hover an edge or an actor for the evidence; click it for the '
        "documents.</p>"
    )


def _fill(template: str, **values: str) -> str:
    """Put `values` in place of `{{NAME}}` in one pass (inserted text is never scanned again)."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise DataError(
                f"a kg/viz/assets template names {{{{{name}}}}}, which kg.viz does not fill"
            )
        return values[name]

    return re.sub(r"\{\{([A-Z_]+)\}\}", replace, template)


def _asset(name: str) -> str:
    """One of our own static files in kg/viz/assets/."""
    try:
        return (resources.files("kg") / "viz" / "assets" / name).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(
            f"kg/viz/assets/{name} is missing: reinstall irkg with its package data"
        ) from exc


def _vis_assets() -> tuple[str, str]:
    """The stylesheet and script of vis-network as shipped inside the pyvis package."""
    folder = resources.files("pyvis") / "lib" / f"vis-{VIS_VERSION}"
    try:
        css = (folder / "vis-network.css").read_text(encoding="utf-8")
        js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(
            f"pyvis has no lib/vis-{VIS_VERSION}/ with vis-network.css and vis-network.min.js: "
            "install pyvis 0.3.2 (see setup.cfg)"
        ) from exc
    if "</style" in css.lower() or "</script" in js.lower() or "<!--" in js:
        raise DataError(f"the vis-network {VIS_VERSION} files of pyvis cannot be inlined safely")
    return css, js
