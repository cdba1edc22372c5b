"""kg.viz: rows -> network -> a self-contained, offline and inert HTML page (no store, no spaCy).

What the page does in a browser is tested in tests/browser/test_viz_page.py."""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.errors import KGError, QueryError
from kg.types import ActorKind, Modality, Relation
from kg.viz import (
    COLOUR_BY_COMMUNITY_FROM,
    COMMUNITY_COLOURS,
    EMPTY_MESSAGE,
    INTERACTIONS_QUERY,
    KIND_STYLES,
    RELATION_COLOURS,
    SMALL_GROUPS,
    EdgeEvidence,
    centrality_rank,
    collapse,
    layout,
    network_from_rows,
    page_data,
    render_html,
    write_html,
)
from kg.viz import positions as layout_module

IR = "https://w3id.org/irkg/ontology#"
ID = "https://w3id.org/irkg/id/"
RUS, USA, CUB, UN = ID + "country/RUS", ID + "country/USA", ID + "country/CUB", ID + "org/UN"
LAVROV, BLINKEN, TRUMP = (
    ID + "person/sergey-lavrov",
    ID + "person/antony-blinken",
    ID + "person/donald-trump",
)
UNSC = ID + "org/UNSC"

ACTORS: dict[str, tuple[str, str, str | None]] = {  # iri -> label, kind, affiliation
    RUS: ("Russia", "Country", None),
    USA: ("United States", "Country", None),
    CUB: ("Cuba", "Country", None),
    UN: ("United Nations", "Organization", None),
    UNSC: ("UN Security Council", "Organization", UN),
    LAVROV: ("Sergey Lavrov", "Official", RUS),
    BLINKEN: ("Antony Blinken", "Official", USA),
    TRUMP: ("Donald Trump", "Official", USA),
}


def row(
    n: int,
    source: str,
    relation: str,
    target: str,
    sentence: str = "",
    *,
    modality: str = "Asserted",
    doc: str = "d1",
    title: str | None = "A title",
    date: str | None = "2019-07-24",
    conf: str | None = "0.8",
) -> dict[str, str | None]:
    """One row of INTERACTIONS_QUERY, as a store would hand it over (IRIs as plain strings)."""
    values: dict[str, str | None] = {
        "i": f"{ID}interaction/{n:04d}",
        "rel": IR + relation,
        "mod": IR + modality,
        "ev": sentence or f"sentence {n}",
        "doc": ID + "doc/" + doc,
        "docid": doc,
        "title": title,
        "date": date,
        "url": f"https://news.example/{doc}",
        "conf": conf,
    }
    for prefix, iri in (("s", source), ("t", target)):
        label, kind, affiliation = ACTORS[iri]
        values[prefix] = iri
        values[prefix + "l"] = label
        values[prefix + "type"] = IR + kind
        values[prefix + "aff"] = affiliation
        values[prefix + "affl"] = ACTORS[affiliation][0] if affiliation else None
    return values


@pytest.fixture
def rows() -> list[dict[str, str | None]]:
    return [
        row(1, RUS, "criticizes", USA, "Russia criticised the US.", doc="d1"),
        row(
            2,
            RUS,
            "criticizes",
            USA,
            "Russia criticised the US again.",
            doc="d2",
            date="2019-07-20",
        ),
        row(3, LAVROV, "meets", BLINKEN, "Lavrov met Blinken in Geneva."),
        row(4, BLINKEN, "meets", LAVROV, "Blinken met Lavrov.", doc="d3"),
        row(5, TRUMP, "sanctions", CUB, "Trump imposed sanctions on Cuba."),
        row(6, UNSC, "supports", CUB, "The Security Council backed Cuba.", modality="Intended"),
        row(7, USA, "attacks", CUB, "The US did not attack Cuba.", modality="Negated"),
        row(8, RUS, "cooperates", USA, "Russia and the US cooperate on space."),
        row(9, LAVROV, "criticizes", USA, "Lavrov criticised Washington.", title=None, conf=None),
    ]


# ---------------------------------------------------------------------------- rows -> graph


def test_actor_level_keeps_one_edge_per_factual_interaction(
    rows: list[dict[str, str | None]],
) -> None:
    graph = network_from_rows(rows)
    assert graph.number_of_edges() == 8  # the Negated attack is left out
    assert not graph.has_edge(USA, CUB)
    assert graph.nodes[LAVROV] == {
        "label": "Sergey Lavrov",
        "kind": "Official",
        "affiliation": RUS,
        "affiliation_label": "Russia",
    }
    assert graph.nodes[UNSC]["affiliation"] == UN
    edge = graph.edges[LAVROV, USA, ID + "interaction/0009"]
    assert edge["relation"] == "criticizes"
    assert edge["evidence"] == EdgeEvidence(
        sentence="Lavrov criticised Washington.",
        doc_id="d1",
        title=None,
        date="2019-07-24",
        url="https://news.example/d1",
        modality="Asserted",
        confidence=None,
    )


def test_country_level_folds_officials_and_organs(rows: list[dict[str, str | None]]) -> None:
    graph = network_from_rows(rows, level="country")
    assert set(graph.nodes) == {RUS, USA, CUB, UN}
    assert {graph.nodes[n]["kind"] for n in graph.nodes} == {"Country", "Organization"}
    relations = {(u, d["relation"], v) for u, v, d in graph.edges(data=True)}
    assert (USA, "sanctions", CUB) in relations  # Trump -> the United States
    assert (UN, "supports", CUB) in relations  # UNSC -> the UN
    assert (RUS, "meets", USA) in relations and (USA, "meets", RUS) in relations
    assert graph.number_of_edges() == 8
    assert graph.nodes[USA]["members"] == ("Antony Blinken", "Donald Trump")
    assert graph.nodes[UN]["label"] == "United Nations"


def test_country_level_drops_interactions_inside_one_state() -> None:
    graph = network_from_rows([row(1, TRUMP, "meets", BLINKEN)], level="country")
    assert graph.number_of_edges() == 0


def test_affiliate_known_only_as_affiliation_gets_label_and_kind_from_the_row() -> None:
    graph = network_from_rows([row(1, LAVROV, "criticizes", UNSC)], level="country")
    assert set(graph.nodes) == {RUS, UN}
    assert graph.nodes[RUS]["label"] == "Russia" and graph.nodes[RUS]["kind"] == "Country"
    assert graph.nodes[UN]["kind"] == "Organization"


@pytest.mark.parametrize(
    ("modalities", "expected"),
    [
        (("Asserted",), 7),
        (("Asserted", "Intended"), 8),
        ((IR + "Negated",), 1),
        (("Asserted", "Intended", "Negated", "Hypothetical"), 9),
    ],
)
def test_modalities_filter(
    rows: list[dict[str, str | None]], modalities: tuple[str, ...], expected: int
) -> None:
    assert network_from_rows(rows, modalities=modalities).number_of_edges() == expected


def test_repeated_rows_of_one_interaction_give_one_edge() -> None:
    first = row(1, RUS, "criticizes", USA)
    second = dict(first, url="https://other.example/d1", sl="Russian Federation")
    graph = network_from_rows([second, first])
    assert graph.number_of_edges() == 1
    assert graph.nodes[RUS]["label"] == "Russia"  # the smallest row wins, whatever the order


def test_prefixed_names_are_accepted_for_terms() -> None:
    prefixed = dict(row(1, RUS, "sanctions", CUB), rel="ir:sanctions", mod="ir:Asserted")
    graph = network_from_rows([prefixed])
    assert [d["relation"] for _, _, d in graph.edges(data=True)] == ["sanctions"]


@pytest.mark.parametrize("missing", ["i", "ev", "docid", "stype", "tl"])
def test_row_without_a_required_variable_raises(missing: str) -> None:
    broken = row(1, RUS, "criticizes", USA)
    broken[missing] = None
    with pytest.raises(QueryError, match=f"\\?{missing}"):
        network_from_rows([broken])


@pytest.mark.parametrize(
    ("field", "value"), [("rel", IR + "praises"), ("stype", IR + "Actor"), ("ttype", IR + "Person")]
)
def test_row_with_unknown_relation_or_actor_type_is_skipped(field: str, value: str) -> None:
    odd = dict(row(1, RUS, "criticizes", USA), **{field: value})
    assert network_from_rows([odd, row(2, USA, "supports", CUB)]).number_of_edges() == 1


@pytest.mark.parametrize(
    ("conf", "expected"), [("0.25", 0.25), ("1", 1.0), ("high", None), ("nan", None)]
)
def test_confidence_is_parsed_or_dropped(conf: str, expected: float | None) -> None:
    graph = network_from_rows([row(1, RUS, "criticizes", USA, conf=conf)])
    [(_, _, evidence)] = graph.edges(data="evidence")
    assert evidence.confidence == expected


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"level": "region"}, "level"), ({"modalities": ["Rumoured"]}, "modality")],
)
def test_bad_options_raise(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(KGError, match=message):
        network_from_rows([], **kwargs)


# ---------------------------------------------------------------------------- the query


def _rdflib_rows(triples: list[tuple[str, str, str | float]]) -> list[dict[str, str | None]]:
    import rdflib

    graph = rdflib.Graph()
    for s, p, o in triples:
        obj = (
            rdflib.URIRef(o)
            if isinstance(o, str) and o.startswith("https://")
            else rdflib.Literal(o)
        )
        graph.add((rdflib.URIRef(s), rdflib.URIRef(p), obj))
    result = graph.query(INTERACTIONS_QUERY)
    names = [str(v) for v in result.vars or []]
    rows: list[dict[str, str | None]] = []
    for found in result:
        assert isinstance(found, rdflib.query.ResultRow)
        rows.append(
            {n: (str(v) if v is not None else None) for n, v in zip(names, found, strict=True)}
        )
    return rows


def _oxigraph_rows(triples: list[tuple[str, str, str | float]]) -> list[dict[str, str | None]]:
    import pyoxigraph as ox

    store = ox.Store()
    for s, p, o in triples:
        obj = (
            ox.NamedNode(o)
            if isinstance(o, str) and o.startswith("https://")
            else ox.Literal(str(o))
        )
        store.add(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), obj, ox.DefaultGraph()))
    solutions = store.query(INTERACTIONS_QUERY)
    assert isinstance(solutions, ox.QuerySolutions)
    names = [v.value for v in solutions.variables]
    return [
        {name: (sol[name].value if sol[name] is not None else None) for name in names}
        for sol in solutions
    ]


def _contract_triples() -> list[tuple[str, str, str | float]]:
    """Two interactions written with the contract's terms, as kg/rdf would write them."""
    a, label = (
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
        "http://www.w3.org/2000/01/rdf-schema#label",
    )
    dct, prov = "http://purl.org/dc/terms/", "http://www.w3.org/ns/prov#"
    doc = ID + "doc/d1"
    triples: list[tuple[str, str, str | float]] = [
        (doc, a, IR + "Document"),
        (doc, dct + "identifier", "d1"),
        (doc, dct + "title", "Sanctions on Cuba"),
        (RUS, a, IR + "Country"),
        (RUS, a, IR + "Actor"),
        (RUS, label, "Russia"),
        (USA, a, IR + "Country"),
        (USA, label, "United States"),
        (CUB, a, IR + "Country"),
        (CUB, label, "Cuba"),
        (TRUMP, a, IR + "Official"),
        (TRUMP, label, "Donald Trump"),
        (TRUMP, IR + "affiliatedWith", USA),
    ]
    for n, (s, rel, t, mod) in enumerate(
        [(TRUMP, "sanctions", CUB, "Asserted"), (RUS, "criticizes", USA, "Asserted")]
    ):
        i = f"{ID}interaction/{n}"
        triples += [
            (i, a, IR + "Interaction"),
            (i, IR + "source", s),
            (i, IR + "target", t),
            (i, IR + "relation", IR + rel),
            (i, IR + "modality", IR + mod),
            (i, IR + "evidence", f"sentence {n}"),
            (i, prov + "wasDerivedFrom", doc),
            (i, IR + "confidence", 0.9),
        ]
    return triples


@pytest.mark.parametrize("run", [_rdflib_rows, _oxigraph_rows], ids=["rdflib", "pyoxigraph"])
def test_interactions_query_reads_the_contract_terms(
    run: Callable[[list[tuple[str, str, str | float]]], list[dict[str, str | None]]],
) -> None:
    rows = run(_contract_triples())
    assert len(rows) == 2
    actors = network_from_rows(rows)
    assert {(u, d["relation"], v) for u, v, d in actors.edges(data=True)} == {
        (TRUMP, "sanctions", CUB),
        (RUS, "criticizes", USA),
    }
    assert actors.nodes[TRUMP]["affiliation_label"] == "United States"
    [(_, _, evidence)] = actors.out_edges(TRUMP, data="evidence")
    assert (evidence.title, evidence.doc_id, evidence.confidence) == (
        "Sanctions on Cuba",
        "d1",
        0.9,
    )
    countries = network_from_rows(rows, level="country")
    assert countries.has_edge(USA, CUB) and TRUMP not in countries


# ---------------------------------------------------------------------------- collapse


def test_collapse_merges_parallel_interactions(rows: list[dict[str, str | None]]) -> None:
    collapsed = collapse(network_from_rows(rows))
    edge = collapsed.edges[RUS, USA, "criticizes"]
    assert edge["weight"] == 2
    assert [e.sentence for e in edge["evidence"]] == [
        "Russia criticised the US again.",  # 2019-07-20, oldest first
        "Russia criticised the US.",
    ]
    assert collapsed.edges[RUS, USA, "cooperates"]["weight"] == 1  # another relation, another edge
    assert isinstance(collapsed, nx.DiGraph)


def test_collapse_merges_both_directions_of_meets(rows: list[dict[str, str | None]]) -> None:
    collapsed = collapse(network_from_rows(rows))
    meets = [(u, v, w) for u, v, k, w in collapsed.edges(keys=True, data="weight") if k == "meets"]
    assert meets == [(BLINKEN, LAVROV, 2)]


def test_collapse_is_idempotent(rows: list[dict[str, str | None]]) -> None:
    once = collapse(network_from_rows(rows))
    twice = collapse(once)
    assert sorted(once.edges(keys=True, data=True), key=str) == sorted(
        twice.edges(keys=True, data=True), key=str
    )


def test_collapse_needs_a_relation() -> None:
    graph = nx.MultiDiGraph()
    graph.add_edge(RUS, USA)
    with pytest.raises(KGError, match="relation"):
        collapse(graph)


# ---------------------------------------------------------------------------- the page


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each <script> and <style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.texts: dict[str, list[str]] = {"script": [], "style": []}
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open = tag if tag in self.texts else None

    def handle_data(self, data: str) -> None:
        if self._open:
            self.texts[self._open].append(data)

    def handle_endtag(self, tag: str) -> None:
        self._open = None


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


DATA_SCRIPT = re.compile(r'(<script type="application/json" id="irkg-data">)(.*?)(</script>)', re.S)


def _data_text(page: str) -> str:
    match = DATA_SCRIPT.search(page)
    assert match, "the page embeds its data as JSON"
    return match.group(2)


def _data(page: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_data_text(page))
    return data


EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//|https?:", re.I)


def _external_references(page: str) -> Iterator[str]:
    parsed = _parse(page)
    for tag, attrs in parsed.tags:
        if tag == "link":
            yield f"<link {attrs}>"
        if tag == "script" and "src" in attrs:
            yield f"<script src={attrs['src']}>"
        for name, value in attrs.items():
            if value and name != "content" and EXTERNAL.search(value):
                yield f"<{tag} {name}={value}>"
    for css in parsed.texts["style"]:
        yield from re.findall(r"@import[^;]*|url\(\s*['\"]?\s*(?:https?:)?//[^)]*\)", css, re.I)
    if "//cdn" in page:
        yield "//cdn"


@pytest.fixture
def page(rows: list[dict[str, str | None]]) -> str:
    return render_html(network_from_rows(rows), title="Test network")


def test_page_has_no_external_reference(page: str) -> None:
    assert list(_external_references(page)) == []
    vis = resources.files("pyvis") / "lib" / "vis-9.1.2"
    for name in ("vis-network.min.js", "vis-network.css"):  # inlined from pyvis, not fetched
        assert (vis / name).read_text(encoding="utf-8") in page
    csp = next(a for t, a in _parse(page).tags if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in str(csp["content"])


def test_external_reference_check_catches_what_pyvis_would_write() -> None:
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    net.add_node("a")
    found = list(_external_references(net.generate_html()))
    assert any("bootstrap" in ref for ref in found)


def test_page_data_holds_every_actor_and_interaction(page: str) -> None:
    data = _data(page)
    actors = [a["id"] for a in data["actors"]]
    assert actors == sorted([RUS, USA, CUB, UNSC, LAVROV, BLINKEN, TRUMP])
    lavrov = data["actors"][actors.index(LAVROV)]
    assert (lavrov["label"], lavrov["kind"], lavrov["of"]) == (
        "Sergey Lavrov",
        "Official",
        "Russia",
    )
    assert len(data["interactions"]) == 8  # factual ones: the page merges parallel ones itself
    relations = [r["name"] for r in data["relations"]]
    rows = {(actors[s], relations[r], actors[t]) for s, t, r, *_ in data["interactions"]}
    assert (TRUMP, "sanctions", CUB) in rows and (BLINKEN, "meets", LAVROV) in rows


def test_page_rows_point_to_their_evidence_and_document(page: str) -> None:
    data = _data(page)
    actors = [a["id"] for a in data["actors"]]
    modalities = [m["name"] for m in data["modalities"]]
    [found] = [r for r in data["interactions"] if actors[r[0]] == UNSC and actors[r[1]] == CUB]
    _, _, _, modality, date, doc, confidence, sentence, event = found
    assert modalities[modality] == "Intended" and date == "2019-07-24" and confidence == 0.8
    assert event == -1  # an intention reports no event
    assert data["sentences"][sentence] == "The Security Council backed Cuba."
    assert data["docs"][doc] == {
        "id": "d1",
        "title": "A title",
        "date": "2019-07-24",
        "url": "https://news.example/d1",
    }
    assert data["dates"] == {"first": "2019-07-20", "last": "2019-07-24"}


def test_page_styles_come_from_the_constants(page: str) -> None:
    data = _data(page)
    assert [(r["name"], r["colour"], r["cooperative"]) for r in data["relations"]] == [
        (r.value, RELATION_COLOURS[r], r.cooperative) for r in Relation
    ]
    assert [(k["name"], k["colour"], k["shape"]) for k in data["kinds"]] == [
        (k.value, *KIND_STYLES[k]) for k in KIND_STYLES
    ]
    assert len({RELATION_COLOURS[r] for r in Relation}) == 7
    assert [m["name"] for m in data["modalities"] if m["shown"]] == ["Asserted", "Intended"]


def test_page_positions_every_actor_and_runs_no_physics(page: str) -> None:
    data = _data(page)
    assert data["options"]["physics"] == {"enabled": False}
    points = [(a["x"], a["y"]) for a in data["actors"]]
    assert all(isinstance(c, float) for point in points for c in point)
    assert len(set(points)) == len(points)


def test_page_has_filters_and_a_legend(page: str) -> None:
    tags = _parse(page).tags
    boxes = [
        (a["name"], a["value"]) for t, a in tags if t == "input" and a.get("type") == "checkbox"
    ]
    assert boxes == (
        [("relation", r.value) for r in Relation]
        + [("modality", m.value) for m in Modality]
        + [("kind", k.value) for k in ActorKind]
        + [("undated", "include")]
    )
    radios = [(a["name"], a["value"]) for t, a in tags if t == "input" and a.get("type") == "radio"]
    assert radios == [("colour", "kind"), ("colour", "community")]
    ids = {a.get("id") for _, a in tags}
    assert {"irkg-search", "irkg-since", "irkg-until", "irkg-min", "irkg-reset"} <= ids
    assert {"irkg-from", "irkg-to", "irkg-undated", "irkg-communities"} <= ids
    assert {"irkg-legend", "irkg-panel", "irkg-tip", "irkg-network"} <= ids
    legend = re.search(r'<section id="irkg-legend".*?</section>', page, re.S)
    assert legend and "dashed" not in legend.group(0).lower()[:0]
    text = re.sub(r"<[^>]+>", " ", legend.group(0))
    for words in ("cooperative", "conflictual", "from source to target", "width", "size"):
        assert words in text
    assert 'stroke-dasharray="6 4"' in legend.group(0)


def test_undated_network_disables_the_date_filter() -> None:
    page = render_html(network_from_rows([row(1, RUS, "meets", USA, date=None)]))
    since = next(a for t, a in _parse(page).tags if a.get("id") == "irkg-since")
    assert "disabled" in since and _data(page)["dates"] is None


def test_unsafe_document_urls_are_dropped() -> None:
    rows = [row(1, RUS, "meets", USA, doc="d1"), row(2, RUS, "meets", USA, doc="d2")]
    rows[0]["url"] = "javascript:alert(1)"
    rows[1]["url"] = "https://news.example/ok"
    docs = {d["id"]: d["url"] for d in _data(render_html(network_from_rows(rows)))["docs"]}
    assert docs == {"d1": None, "d2": "https://news.example/ok"}


def test_collapsed_graph_and_edges_without_evidence_still_render() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node(RUS, label="Russia", kind="Country")
    graph.add_node(USA, label="United States", kind="Country")
    graph.add_edge(RUS, USA, key="criticizes", relation="criticizes", weight=3)
    data = page_data(graph)
    assert [r[:3] for r in data["interactions"]] == [[0, 1, 3]] * 3
    assert {r[5] for r in data["interactions"]} == {-1}


HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    "\"quoted\" 'single' \\back\\slash\\",
    "line\u2028separator\u2029paragraph",
    "<!-- <script> -->",
    "<svg/onload=alert(1)> & &amp; https://evil.example/x.js",
]


def _without_data(page: str) -> str:
    return DATA_SCRIPT.sub(r"\1\3", page)


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_text_only_travels_as_escaped_json(payload: str) -> None:
    def page_for(text: str) -> str:
        hostile = row(1, RUS, "attacks", USA, text, title=text, doc="d<1>")
        hostile["sl"] = text + " label"
        return render_html(network_from_rows([hostile]), title="same title")

    page = page_for(payload)
    assert "<script>alert" not in page
    assert not set("<>&\u2028\u2029") & set(_data_text(page))  # all escaped as \uXXXX
    # the page around the data is the very page a harmless text gives: nothing leaks out
    assert _without_data(page) == _without_data(page_for("harmless"))
    parsed = _parse(page)
    assert not [s for s in parsed.texts["script"] if "\u2028" in s or "\u2029" in s]
    assert [t for t, _ in parsed.tags].count("script") == 3  # data, vis-network, ours
    assert list(_external_references(page)) == []
    data = _data(page)
    assert data["sentences"] == [payload]
    assert data["docs"][0]["title"] == payload and data["docs"][0]["id"] == "d<1>"
    assert {a["label"] for a in data["actors"]} == {payload + " label", "United States"}


@pytest.mark.parametrize("payload", HOSTILE)
def test_title_is_escaped(payload: str) -> None:
    page = render_html(network_from_rows([row(1, RUS, "meets", USA)]), title=payload)
    title = re.search(r"<title>(.*?)</title>", page, re.S)
    assert title and html.unescape(title.group(1)) == payload and "<" not in title.group(1)


def test_page_script_puts_text_in_as_text_only(page: str) -> None:
    ours = _parse(page).texts["script"][-1]
    assert "textContent" in ours
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "setAttribute(\"on"):  # fmt: skip
        assert sink not in ours


def test_empty_graph_writes_a_page_that_says_so(tmp_path: Path) -> None:
    path = write_html(nx.MultiDiGraph(), tmp_path / "out" / "graph.html")
    assert path == tmp_path / "out" / "graph.html"
    page = path.read_text(encoding="utf-8")
    assert EMPTY_MESSAGE in page
    assert "<script" not in page
    assert list(_external_references(page)) == []


def test_graph_with_nodes_but_no_edges_is_empty_too() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node(RUS, label="Russia", kind="Country")
    assert EMPTY_MESSAGE in render_html(graph)


def test_write_html_writes_the_rendered_page(
    tmp_path: Path, rows: list[dict[str, str | None]]
) -> None:
    graph = network_from_rows(rows)
    path = write_html(graph, tmp_path / "graph.html", title="Same")
    assert path.read_text(encoding="utf-8") == render_html(graph, title="Same")


def test_write_html_reports_an_unwritable_path(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(KGError, match="cannot write"):
        write_html(nx.MultiDiGraph(), blocker / "graph.html")


def test_rendering_is_deterministic(rows: list[dict[str, str | None]]) -> None:
    assert render_html(network_from_rows(rows)) == render_html(
        network_from_rows(list(reversed(rows)))
    )


# ---------------------------------------------------------------------------- large graphs


def star_rows(spokes: int, *, hubs: int = 1) -> list[dict[str, str | None]]:
    """`hubs` busy states, each criticising `spokes` small states once; hub i is criticised by
    every other hub i + 1 times, so activity decreases with the index."""
    for n in range(hubs + spokes):
        ACTORS.setdefault(f"{ID}country/X{n:04d}", (f"State {n}", "Country", None))
    rows, n = [], 0
    for hub in range(hubs):
        for spoke in range(spokes):
            n += 1
            rows.append(row(n, f"{ID}country/X{hub:04d}", "criticizes",
                            f"{ID}country/X{hubs + spoke:04d}"))  # fmt: skip
    return rows


def test_large_graphs_draw_the_most_active_actors_and_say_what_is_hidden() -> None:
    graph = network_from_rows(star_rows(60, hubs=3))
    page = render_html(graph, max_actors=10)
    data = _data(page)
    assert len(data["actors"]) == 10
    assert {a["label"] for a in data["actors"]} >= {"State 0", "State 1", "State 2"}
    note = re.search(r'<p class="irkg-hidden" id="irkg-hidden">(.*?)</p>', page, re.S)
    assert note and "Showing the 10 most active of 63 actors" in note.group(1)
    assert "53 actors" in note.group(1) and "--top" in note.group(1)
    everything = _data(render_html(graph, max_actors=0))
    assert len(everything["actors"]) == 63 and len(everything["interactions"]) == 180
    assert 'id="irkg-hidden"></p>' in render_html(graph, max_actors=0)


def test_the_focus_is_drawn_even_when_not_among_the_most_active() -> None:
    graph = network_from_rows(star_rows(30))
    quiet = f"{ID}country/X0030"
    data = _data(render_html(graph, max_actors=5, focus=quiet))
    ids = [a["id"] for a in data["actors"]]
    assert quiet in ids and data["focus"] == ids.index(quiet)


def _discs_apart(graph: nx.MultiDiGraph, positions: dict[str, tuple[float, float]]) -> bool:
    degree = dict(graph.degree())
    nodes = list(positions)
    for i, a in enumerate(nodes):
        for b in nodes[i + 1 :]:
            need = layout_module.node_radius(degree[a]) + layout_module.node_radius(degree[b])
            if math.dist(positions[a], positions[b]) < need:
                return False
    return True


def test_layout_places_every_actor_apart_and_deterministically(
    rows: list[dict[str, str | None]],
) -> None:
    graph = network_from_rows(rows + star_rows(25))
    positions = layout(graph)
    assert set(positions) == set(graph.nodes)
    assert _discs_apart(graph, positions)
    assert positions == layout(network_from_rows(list(reversed(rows + star_rows(25)))))
    xs, ys = [p[0] for p in positions.values()], [p[1] for p in positions.values()]
    assert max(max(xs) - min(xs), max(ys) - min(ys)) >= layout_module.MIN_EXTENT - 1


def test_layout_of_a_group_beyond_the_exact_limit_places_satellites(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(layout_module, "EXACT_LIMIT", 8)
    graph = network_from_rows(star_rows(40, hubs=2))
    positions = layout(graph)
    assert set(positions) == set(graph.nodes)
    assert len(set(positions.values())) == len(positions)


# ---------------------------------------------------------------------------- communities, labels


def bloc_rows(blocs: int, size: int) -> list[dict[str, str | None]]:
    """`blocs` groups of `size` states, every state meeting every other of its group twice and
    state 0 of each group meeting state 0 of the next once (a ring of tight groups)."""
    names = [[f"{ID}country/B{b}{m:02d}" for m in range(size)] for b in range(blocs)]
    for b, group in enumerate(names):
        for m, iri in enumerate(group):
            ACTORS.setdefault(iri, (f"Bloc {b} state {m}", "Country", None))
    rows, n = [], 0
    for b, group in enumerate(names):
        for i, a in enumerate(group):
            for other in group[i + 1 :]:
                for _ in range(2):
                    n += 1
                    rows.append(row(n, a, "meets", other, doc=f"b{n}"))
        n += 1
        rows.append(row(n, group[0], "criticizes", names[(b + 1) % blocs][0], doc=f"b{n}"))
    return rows


def test_page_colours_actors_by_community_found_in_python() -> None:
    graph = network_from_rows(bloc_rows(3, 5))
    data = _data(render_html(graph))
    by_bloc: dict[str, set[int]] = {}
    for actor in data["actors"]:
        by_bloc.setdefault(actor["label"].split(" state ")[0], set()).add(actor["community"])
    assert all(len(found) == 1 for found in by_bloc.values())  # a bloc is one community
    groups = [found.pop() for found in by_bloc.values()]
    assert sorted(groups) == [0, 1, 2]
    colours = [data["communities"][g]["colour"] for g in groups]
    assert len(set(colours)) == 3 and set(colours) <= set(COMMUNITY_COLOURS)
    assert [c["size"] for c in data["communities"]] == [5, 5, 5]
    assert {c["central"] for c in data["communities"]} == {
        "Bloc 0 state 0",
        "Bloc 1 state 0",
        "Bloc 2 state 0",
    }  # the state that also meets the next bloc: the most interactions in its group
    assert data["colourBy"] == "kind"  # a small page opens coloured by actor type
    assert _data(render_html(graph)) == data  # the same graph, the same page data


def test_large_pages_open_coloured_by_community_and_lone_actors_are_grey() -> None:
    data = _data(render_html(network_from_rows(star_rows(120)), max_actors=0))
    assert len(data["actors"]) >= COLOUR_BY_COMMUNITY_FROM and data["colourBy"] == "community"
    checked = re.search(r'<input type="radio" name="colour" value="(\w+)" checked>', render_html(
        network_from_rows(star_rows(120)), max_actors=0))  # fmt: skip
    assert checked and checked.group(1) == "community"
    lone = nx.MultiDiGraph()
    lone.add_node(RUS, label="Russia", kind="Country")
    lone.add_edge(USA, CUB, key="x", relation="sanctions", weight=1)
    lone.nodes[USA].update(label="United States", kind="Country")
    lone.nodes[CUB].update(label="Cuba", kind="Country")
    communities = page_data(lone)["communities"]
    assert [(c["size"], c["colour"]) for c in communities] == [
        (2, COMMUNITY_COLOURS[0]),
        (1, SMALL_GROUPS),
    ]


def test_label_rank_follows_interactions() -> None:
    graph = network_from_rows(star_rows(20, hubs=3))
    actors = _data(render_html(graph))["actors"]
    ranks = {a["label"]: a["rank"] for a in actors}
    assert sorted(ranks.values()) == list(range(len(actors)))
    assert [ranks["State 0"], ranks["State 1"], ranks["State 2"]] == [0, 1, 2]
    assert centrality_rank(graph) == {a["id"]: a["rank"] for a in actors}


def test_vis_network_draws_no_label_and_no_edge_itself(page: str) -> None:
    options = _data(page)["options"]
    assert options["nodes"]["scaling"]["label"]["drawThreshold"] >= 1_000_000
    assert options["interaction"]["dragNodes"] is False  # edges are drawn between fixed places


def test_time_slider_spans_the_days_of_the_interactions(page: str) -> None:
    tags = {a.get("id"): a for _, a in _parse(page).tags if a.get("id")}
    assert (tags["irkg-from"]["min"], tags["irkg-from"]["max"], tags["irkg-from"]["value"]) == (
        "0",
        "4",
        "0",
    )  # 2019-07-20 to 2019-07-24
    assert (tags["irkg-to"]["max"], tags["irkg-to"]["value"]) == ("4", "4")
    assert "checked" in tags["irkg-undated"]
    undated = render_html(network_from_rows([row(1, RUS, "meets", USA, date=None)]))
    slider = {a.get("id"): a for _, a in _parse(undated).tags if a.get("id")}
    assert "disabled" in slider["irkg-from"] and "disabled" in slider["irkg-to"]
