"""The interactive network view: interactions (as SPARQL rows) -> networkx -> a self-contained page.

The page is built from a pyvis `Network` (nodes, edges) and our own template in
`kg/viz_assets/`. It works offline and opens from a file: the vis-network script and stylesheet
that pyvis ships are inlined at render time, and nothing is fetched from elsewhere (a
Content-Security-Policy says so too).

Article text is hostile. Every string that comes from the graph (labels, evidence sentences,
titles) travels as JSON inside `<script type="application/json">`, with `<`, `>` and `&`
escaped, and the page script builds tooltips from it with `textContent`, never as HTML.

>>> rows = [dict(i="urn:i1", s="urn:a", t="urn:b", rel="ir:criticizes", mod="ir:Asserted",
...              ev="A criticised B.", doc="urn:d1", docid="d1", sl="A", stype="ir:Country",
...              tl="B", ttype="ir:Country")]
>>> graph = network_from_rows(rows)
>>> [(u, v, d["weight"]) for u, v, d in collapse(graph).edges(data=True)]
[('urn:a', 'urn:b', 1)]
"""

from __future__ import annotations

import html
import json
import logging
import math
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from kg.errors import DataError, KGError, QueryError
from kg.types import ActorKind, Modality, Relation

log = logging.getLogger(__name__)

IR = "https://w3id.org/irkg/ontology#"

INTERACTIONS_QUERY = """\
PREFIX ir: <https://w3id.org/irkg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?i ?s ?t ?rel ?mod ?ev ?conf ?date ?doc ?docid ?title ?url
       ?sl ?stype ?saff ?saffl ?safftype ?tl ?ttype ?taff ?taffl ?tafftype
WHERE {
  ?i a ir:Interaction ;
     ir:source ?s ;
     ir:target ?t ;
     ir:relation ?rel ;
     ir:modality ?mod ;
     ir:evidence ?ev ;
     prov:wasDerivedFrom ?doc .
  ?doc dcterms:identifier ?docid .
  ?s rdfs:label ?sl ;
     a ?stype .
  FILTER (?stype IN (ir:Country, ir:Organization, ir:Official))
  ?t rdfs:label ?tl ;
     a ?ttype .
  FILTER (?ttype IN (ir:Country, ir:Organization, ir:Official))
  OPTIONAL { ?i ir:confidence ?conf }
  OPTIONAL { ?i dcterms:date ?date }
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc dcterms:source ?url }
  # flat OPTIONALs: nested ones make Oxigraph's planner explode on a few thousand triples
  OPTIONAL {
    ?s ir:affiliatedWith|ir:partOf ?saff .
    ?saff rdfs:label ?saffl ;
          a ?safftype .
    FILTER (?safftype IN (ir:Country, ir:Organization))
  }
  OPTIONAL {
    ?t ir:affiliatedWith|ir:partOf ?taff .
    ?taff rdfs:label ?taffl ;
          a ?tafftype .
    FILTER (?tafftype IN (ir:Country, ir:Organization))
  }
}
ORDER BY ?i
"""

# the variables a row must bind; the others of INTERACTIONS_QUERY are optional
REQUIRED_VARIABLES = (
    "i",
    "s",
    "t",
    "rel",
    "mod",
    "ev",
    "doc",
    "docid",
    "sl",
    "stype",
    "tl",
    "ttype",
)
LEVELS = ("actor", "country")
FACTUAL_MODALITIES: frozenset[str] = frozenset(m.value for m in Modality if m.factual)

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
MAX_TOOLTIP_EVIDENCE = 8
MAX_TOOLTIP_MEMBERS = 12
VIS_VERSION = "9.1.2"
EMPTY_MESSAGE = "No interactions to show"

# vis-network options; physics settles during stabilisation, then the page script turns it off
VIS_OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "nodes": {"borderWidth": 1, "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3}},
    "edges": {"color": {"inherit": False}, "selectionWidth": 2, "hoverWidth": 1.5},
    "physics": {
        "enabled": True,
        "solver": "barnesHut",
        "barnesHut": {
            "gravitationalConstant": -9000,
            "centralGravity": 0.25,
            "springLength": 170,
            "springConstant": 0.04,
            "damping": 0.3,
            "avoidOverlap": 0.2,
        },
        "stabilization": {"enabled": True, "iterations": 800, "updateInterval": 50, "fit": True},
        "minVelocity": 0.75,
    },
    "interaction": {"hover": True, "tooltipDelay": 120, "multiselect": True, "keyboard": False},
}


@dataclass(frozen=True, slots=True)
class EdgeEvidence:
    """One interaction behind an edge: the sentence and where it was read."""

    sentence: str
    doc_id: str
    title: str | None
    date: str | None
    url: str | None
    modality: str
    confidence: float | None


@dataclass(frozen=True, slots=True)
class _Endpoint:
    """One end of an interaction as a row describes it."""

    iri: str
    label: str
    kind: str
    affiliation: str | None
    affiliation_label: str | None
    affiliation_kind: str | None


@dataclass(frozen=True, slots=True)
class _Record:
    """One interaction read from its row."""

    iri: str
    source: _Endpoint
    target: _Endpoint
    relation: str
    evidence: EdgeEvidence


@dataclass(slots=True)
class _ActorInfo:
    label: str
    kind: str
    affiliation: str | None


# ---------------------------------------------------------------------------- rows -> graph


def network_from_rows(
    rows: Iterable[Mapping[str, str | None]],
    *,
    level: str = "actor",
    modalities: Collection[str] = FACTUAL_MODALITIES,
) -> nx.MultiDiGraph:
    """Build the interaction network from rows of `INTERACTIONS_QUERY`, one edge per interaction.

    Nodes are actor IRIs with `label`, `kind` ("Country", "Organization", "Official"),
    `affiliation` (an IRI or None) and `affiliation_label`; edges are keyed by the interaction IRI
    and carry `relation` (its local name, "sanctions") and `evidence` (an `EdgeEvidence`).
    `level="country"` folds officials and organs into the state or organisation they serve (and
    records their labels in the node's `members`); interactions inside one state are dropped.
    Only interactions of the given `modalities` are kept (by default Asserted and Intended).
    """
    if level not in LEVELS:
        raise KGError(f"unknown network level {level!r}: use one of {', '.join(LEVELS)}")
    wanted = _modality_names(modalities)
    records = [r for r in map(_parse_row, _one_row_per_interaction(rows)) if r is not None]
    actors = _actor_table(records)
    graph = nx.MultiDiGraph()
    for record in records:
        if record.evidence.modality not in wanted:
            continue
        source, target = record.source.iri, record.target.iri
        if level == "country":
            source, target = _root(source, actors), _root(target, actors)
            if source == target:
                log.debug("dropped %s: both ends fold into %s", record.iri, source)
                continue
        for node in (source, target):
            if node not in graph:
                graph.add_node(node, **_node_attributes(node, actors))
        graph.add_edge(
            source, target, key=record.iri, relation=record.relation, evidence=record.evidence
        )
    if level == "country":
        _add_members(graph, actors)
    return graph


def _modality_names(modalities: Collection[str]) -> frozenset[str]:
    try:
        return frozenset(Modality(_local(m)).value for m in modalities)
    except ValueError as exc:
        known = ", ".join(m.value for m in Modality)
        raise KGError(f"unknown modality in {sorted(modalities)}: use {known}") from exc


def _one_row_per_interaction(
    rows: Iterable[Mapping[str, str | None]],
) -> list[Mapping[str, str | None]]:
    """Keep one row per interaction IRI: optional joins (two labels, two URLs) repeat a row.

    The smallest row (by its values) wins, so the choice does not depend on the store's order.
    """
    chosen: dict[str, Mapping[str, str | None]] = {}
    for row in rows:
        iri = _required(row, "i")
        if iri not in chosen or _row_key(row) < _row_key(chosen[iri]):
            chosen[iri] = row
    return [chosen[iri] for iri in sorted(chosen)]


def _row_key(row: Mapping[str, str | None]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, v or "") for k, v in row.items()))


def _parse_row(row: Mapping[str, str | None]) -> _Record | None:
    """One row as a record; None (and a warning) for a relation or actor type not drawn."""
    for name in REQUIRED_VARIABLES:
        _required(row, name)
    relation = _local(_required(row, "rel"))
    if relation not in {r.value for r in Relation}:
        log.warning("skipped %s: unknown relation %r", row["i"], row["rel"])
        return None
    modality = _local(_required(row, "mod"))
    evidence = EdgeEvidence(
        sentence=_required(row, "ev"),
        doc_id=_required(row, "docid"),
        title=_optional(row, "title"),
        date=_optional(row, "date"),
        url=_optional(row, "url"),
        modality=modality,
        confidence=_confidence(row),
    )
    try:
        source, target = _endpoint(row, "s"), _endpoint(row, "t")
    except ValueError as exc:
        log.warning("skipped %s: %s", row["i"], exc)
        return None
    return _Record(_required(row, "i"), source, target, relation, evidence)


def _endpoint(row: Mapping[str, str | None], prefix: str) -> _Endpoint:
    kind = _local(_required(row, f"{prefix}type"))
    if kind not in {k.value for k in ActorKind}:
        raise ValueError(f"?{prefix}type {kind!r} is not Country, Organization or Official")
    aff_kind = _optional(row, f"{prefix}afftype")
    return _Endpoint(
        iri=_required(row, prefix),
        label=_required(row, f"{prefix}l"),
        kind=kind,
        affiliation=_optional(row, f"{prefix}aff"),
        affiliation_label=_optional(row, f"{prefix}affl"),
        affiliation_kind=_local(aff_kind) if aff_kind else None,
    )


def _required(row: Mapping[str, str | None], name: str) -> str:
    value = row.get(name)
    if value is None or value == "":
        raise QueryError(
            f"a network row has no value for ?{name}: select it as kg.viz.INTERACTIONS_QUERY does "
            f"(required: {', '.join('?' + v for v in REQUIRED_VARIABLES)})"
        )
    return str(value)


def _optional(row: Mapping[str, str | None], name: str) -> str | None:
    value = row.get(name)
    return str(value) if value not in (None, "") else None


def _confidence(row: Mapping[str, str | None]) -> float | None:
    text = _optional(row, "conf")
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        log.warning("ignored confidence %r of %s: not a number", text, row.get("i"))
        return None
    return value if math.isfinite(value) else None


def _local(iri: str) -> str:
    """The local name of an IRI or prefixed name: `ir:meets` and `...ontology#meets` -> `meets`."""
    return re.split(r"[#/:]", iri)[-1]


def _actor_table(records: Sequence[_Record]) -> dict[str, _ActorInfo]:
    """What the rows say about every actor and affiliate; an actor seen as an endpoint wins."""
    actors: dict[str, _ActorInfo] = {}
    endpoints = [end for r in records for end in (r.source, r.target)]
    for end in endpoints:
        if end.affiliation and end.affiliation not in actors:
            kind = end.affiliation_kind or _kind_from_iri(end.affiliation)
            label = end.affiliation_label or _local(end.affiliation)
            actors[end.affiliation] = _ActorInfo(label, kind, None)
    seen: set[str] = set()
    for end in endpoints:
        if end.iri not in seen:
            seen.add(end.iri)
            actors[end.iri] = _ActorInfo(end.label, end.kind, end.affiliation)
    return actors


def _kind_from_iri(iri: str) -> str:
    """An affiliate whose type the rows lack: `id/country/...` or else an organisation."""
    return ActorKind.COUNTRY.value if "/country/" in iri else ActorKind.ORGANIZATION.value


def _root(iri: str, actors: Mapping[str, _ActorInfo]) -> str:
    """Follow `affiliatedWith` (official -> organ -> organisation) to what is served at the top."""
    seen = {iri}
    info = actors.get(iri)
    while info is not None and info.affiliation and info.affiliation not in seen:
        iri = info.affiliation
        seen.add(iri)
        info = actors.get(iri)
    return iri


def _node_attributes(iri: str, actors: Mapping[str, _ActorInfo]) -> dict[str, Any]:
    info = actors.get(iri) or _ActorInfo(_local(iri), _kind_from_iri(iri), None)
    affiliate = actors.get(info.affiliation) if info.affiliation else None
    return {
        "label": info.label,
        "kind": info.kind,
        "affiliation": info.affiliation,
        "affiliation_label": affiliate.label if affiliate else None,
    }


def _add_members(graph: nx.MultiDiGraph, actors: Mapping[str, _ActorInfo]) -> None:
    """On the country level, list on each node the labels of the actors folded into it."""
    members: dict[str, set[str]] = defaultdict(set)
    for iri, info in actors.items():
        root = _root(iri, actors)
        if root != iri:
            members[root].add(info.label)
    for node in graph.nodes:
        graph.nodes[node]["members"] = tuple(sorted(members.get(node, ())))


# ---------------------------------------------------------------------------- collapse


def collapse(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """One edge per (source, relation, target), with `weight` (the number of interactions) and
    `evidence` (a tuple of `EdgeEvidence`, oldest first).

    The result is keyed by the relation name (a plain `DiGraph` could not hold "A meets B" and
    "A criticizes B" at once). `meets` is symmetric, so both directions become one edge, drawn from
    the smaller IRI. Collapsing a collapsed graph changes nothing.
    """
    out = nx.MultiDiGraph()
    out.add_nodes_from(graph.nodes(data=True))
    weights: dict[tuple[str, str, str], int] = defaultdict(int)
    evidence: dict[tuple[str, str, str], list[EdgeEvidence]] = defaultdict(list)
    for u, v, data in graph.edges(data=True):
        relation = data.get("relation")
        if not relation:
            raise KGError(
                f"edge {u} -> {v} has no 'relation' attribute: build it with network_from_rows"
            )
        if relation == Relation.MEETS.value and v < u:
            u, v = v, u
        found = data.get("evidence", ())
        items = [found] if isinstance(found, EdgeEvidence) else list(found)
        weights[(u, v, relation)] += int(data.get("weight", 1))
        evidence[(u, v, relation)].extend(items)
    for (u, v, relation), weight in sorted(weights.items()):
        items = sorted(evidence[(u, v, relation)], key=_evidence_order)
        out.add_edge(u, v, key=relation, relation=relation, weight=weight, evidence=tuple(items))
    return out


def _evidence_order(item: EdgeEvidence) -> tuple[str, str, str]:
    return (item.date or "9999", item.doc_id, item.sentence)


# ---------------------------------------------------------------------------- graph -> page


def write_html(graph: nx.MultiDiGraph, path: Path, *, title: str = "IRKG network") -> Path:
    """Write the page of `render_html` to `path` (its folder is created) and return the path."""
    path = Path(path)
    page = render_html(graph, title=title)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise KGError(
            f"cannot write the network page to {path}: {exc}; choose a writable path"
        ) from exc
    log.info(
        "wrote %s (%d actors, %d interactions)",
        path,
        graph.number_of_nodes(),
        graph.number_of_edges(),
    )
    return path


def render_html(graph: nx.MultiDiGraph, *, title: str = "IRKG network") -> str:
    """The whole page as one string: no external reference, data as escaped JSON.

    `graph` is what `network_from_rows` (or `collapse`) returns; parallel interactions are
    collapsed here. A graph without edges gives a page that says so.
    """
    collapsed = collapse(graph)
    interactions = sum(w for _, _, w in collapsed.edges(data="weight"))
    summary = (
        f"{collapsed.number_of_nodes()} actors, {collapsed.number_of_edges()} relations, "
        f"{interactions} interactions"
    )
    vis_css = ""
    if collapsed.number_of_edges() == 0:
        main, summary = f'<main class="irkg-empty"><p>{EMPTY_MESSAGE}</p></main>', ""
    else:
        vis_css, vis_js = _vis_assets()
        net = _network(collapsed)
        main = _fill(
            _asset("network.html"),
            LEGEND=_legend(),
            DATA=json_for_script({"nodes": net.nodes, "edges": net.edges, "options": VIS_OPTIONS}),
            VIS_JS=vis_js,
            APP_JS=_asset("viz.js"),
        )
    return _fill(
        _asset("page.html"),
        TITLE=html.escape(title),
        SUMMARY=summary,
        VIS_CSS=vis_css,
        PAGE_CSS=_asset("viz.css"),
        MAIN=main,
    )


def json_for_script(value: Any) -> str:
    """JSON that is safe as the text of a `<script>` element: no `<`, `>`, `&`, U+2028/9 left raw.

    >>> json_for_script({"s": "</script><b>&"})
    '{"s": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=True, allow_nan=False)  # ensure_ascii escapes U+2028/9
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _network(graph: nx.MultiDiGraph) -> Network:
    """The pyvis network: styled nodes and edges, each with a structured `tip` for its tooltip."""
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    degree = dict(graph.degree(weight="weight"))
    for node, data in sorted(graph.nodes(data=True), key=lambda n: str(n[0])):
        kind = _kind(data.get("kind"))
        colour, shape = KIND_STYLES[kind]
        net.add_node(
            node,
            label=str(data.get("label") or _local(node)),
            shape=shape,
            color={
                "background": colour,
                "border": "#444444",
                "highlight": {"background": colour, "border": "#000000"},
            },
            size=min(12 + 6 * math.sqrt(degree.get(node, 0)), 60),
            kind=kind.value,
            tip=_node_tip(graph, node, data, kind),
        )
    pair_counts: dict[tuple[str, str], int] = defaultdict(int)
    for index, (u, v, data) in enumerate(
        sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"]))
    ):
        rank = pair_counts[(u, v)]
        pair_counts[(u, v)] += 1
        net.add_edge(
            u,
            v,
            id=f"e{index}",
            **_edge_style(Relation(data["relation"]), data["weight"], rank),
            relation=data["relation"],
            tip=_edge_tip(graph, u, v, data),
        )
    return net


def _kind(value: object) -> ActorKind:
    try:
        return ActorKind(str(value))
    except ValueError:
        return ActorKind.ORGANIZATION


def _edge_style(relation: Relation, weight: int, rank: int) -> dict[str, Any]:
    """Colour, width, dashes, arrows and curvature (parallel edges of one pair fan out)."""
    colour = RELATION_COLOURS[relation]
    arrow_on = relation is not Relation.MEETS
    return {
        "color": {"color": colour, "highlight": colour, "hover": colour, "inherit": False},
        "width": round(min(1.5 + 2.5 * math.log2(max(weight, 1)), 14.0), 2),
        "dashes": not relation.cooperative,
        "arrows": {"to": {"enabled": arrow_on, "scaleFactor": 0.7}},
        "smooth": {"enabled": True, "type": "curvedCW", "roundness": round(0.1 + 0.2 * rank, 2)},
    }


def _edge_tip(graph: nx.MultiDiGraph, u: str, v: str, data: Mapping[str, Any]) -> dict[str, Any]:
    weight = int(data["weight"])
    items: Sequence[EdgeEvidence] = data["evidence"]
    shown = items[:MAX_TOOLTIP_EVIDENCE]
    more = len(items) - len(shown)
    return {
        "head": f"{_label(graph, u)} {data['relation']} {_label(graph, v)}",
        "lines": [f"{weight} interaction{'s' if weight != 1 else ''}"],
        "items": [{"sentence": e.sentence, "meta": _evidence_meta(e)} for e in shown],
        "more": f"… and {more} more" if more > 0 else "",
    }


def _evidence_meta(item: EdgeEvidence) -> str:
    parts = [f"{item.title} ({item.doc_id})" if item.title else item.doc_id]
    if item.date:
        parts.append(item.date)
    if item.modality != Modality.ASSERTED.value:
        parts.append(item.modality.lower())
    if item.confidence is not None:
        parts.append(f"confidence {item.confidence:.2f}")
    return " · ".join(parts)


def _node_tip(
    graph: nx.MultiDiGraph, node: str, data: Mapping[str, Any], kind: ActorKind
) -> dict[str, Any]:
    lines = [
        kind.value + (f" of {data['affiliation_label']}" if data.get("affiliation_label") else "")
    ]
    members: Sequence[str] = data.get("members") or ()
    if members:
        shown = ", ".join(members[:MAX_TOOLTIP_MEMBERS])
        lines.append(f"includes {shown}" + (" …" if len(members) > MAX_TOOLTIP_MEMBERS else ""))
    out = sum(w for _, _, w in graph.out_edges(node, data="weight"))
    into = sum(w for _, _, w in graph.in_edges(node, data="weight"))
    lines.append(f"{out + into} interactions ({out} as source, {into} as target)")
    return {"head": str(data.get("label") or _local(node)), "lines": lines, "items": [], "more": ""}


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("label") or _local(node))


def _legend() -> str:
    """The legend as HTML: made of constants only (no graph data), with inline SVG swatches."""
    shapes = {
        "dot": '<circle cx="9" cy="9" r="7" fill="{c}" stroke="#444"/>',
        "square": '<rect x="2" y="2" width="14" height="14" fill="{c}" stroke="#444"/>',
        "triangle": '<polygon points="9,1 17,16 1,16" fill="{c}" stroke="#444"/>',
    }
    kinds = "".join(
        f'<li><svg width="18" height="18" aria-hidden="true">{shapes[shape].format(c=colour)}</svg>'
        f"{html.escape(kind.value)}</li>"
        for kind, (colour, shape) in KIND_STYLES.items()
    )
    relations = "".join(
        _legend_relation(relation, colour) for relation, colour in RELATION_COLOURS.items()
    )
    return (
        f'<h2>Actors</h2><ul class="irkg-kinds">{kinds}</ul>'
        f'<h2>Relations</h2><ul class="irkg-relations">{relations}</ul>'
        '<p class="irkg-note">Line width: number of interactions. '
        "Node size: interactions of the actor. Dashed: conflictual. Hover for the evidence.</p>"
    )


def _legend_relation(relation: Relation, colour: str) -> str:
    dash = "" if relation.cooperative else ' stroke-dasharray="6 4"'
    head = (
        "" if relation is Relation.MEETS else f'<polygon points="32,1 42,6 32,11" fill="{colour}"/>'
    )
    return (
        f'<li><svg width="44" height="12" aria-hidden="true">'
        f'<line x1="1" y1="6" x2="33" y2="6" stroke="{colour}" stroke-width="3"{dash}/>{head}</svg>'
        f"{html.escape(relation.value)}</li>"
    )


def _fill(template: str, **values: str) -> str:
    """Put `values` in place of `{{NAME}}` in one pass (inserted text is never scanned again)."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise DataError(
                f"a kg/viz_assets template names {{{{{name}}}}}, which kg.viz does not fill"
            )
        return values[name]

    return re.sub(r"\{\{([A-Z_]+)\}\}", replace, template)


def _asset(name: str) -> str:
    """One of our own static files in kg/viz_assets/."""
    try:
        return (resources.files("kg") / "viz_assets" / name).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(
            f"kg/viz_assets/{name} is missing: reinstall irkg with its package data"
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
