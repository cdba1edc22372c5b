"""kg.viz: rows -> network -> a self-contained, offline and inert HTML page (no store, no spaCy)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.errors import KGError, QueryError
from kg.types import ActorKind, Relation
from kg.viz import (
    EMPTY_MESSAGE,
    INTERACTIONS_QUERY,
    KIND_STYLES,
    RELATION_COLOURS,
    EdgeEvidence,
    collapse,
    network_from_rows,
    render_html,
    write_html,
)

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


def _data_text(page: str) -> str:
    match = re.search(r'<script type="application/json" id="irkg-data">(.*?)</script>', page, re.S)
    assert match, "the page embeds its data as JSON"
    return match.group(1)


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


def test_external_reference_check_catches_what_pyvis_would_write() -> None:
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    net.add_node("a")
    found = list(_external_references(net.generate_html()))
    assert any("bootstrap" in ref for ref in found)


def test_page_draws_every_node_and_edge_with_the_styles(page: str) -> None:
    data = _data(page)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert set(nodes) == {RUS, USA, CUB, UNSC, LAVROV, BLINKEN, TRUMP}
    assert nodes[LAVROV]["shape"] == KIND_STYLES[ActorKind.OFFICIAL][1]
    # sized by interactions: Russia 4, Cuba 2, Trump 1
    assert nodes[RUS]["size"] > nodes[CUB]["size"] > nodes[TRUMP]["size"]
    edges = {(e["from"], e["relation"], e["to"]): e for e in data["edges"]}
    assert len(edges) == len(data["edges"]) == 6  # both meets directions and both criticisms merge
    for (_, name, _), edge in edges.items():
        relation = Relation(name)
        assert edge["color"]["color"] == RELATION_COLOURS[relation]
        assert edge["dashes"] is (not relation.cooperative)
        assert edge["arrows"]["to"]["enabled"] is (relation is not Relation.MEETS)
    assert edges[RUS, "criticizes", USA]["width"] > edges[RUS, "cooperates", USA]["width"]
    assert len({RELATION_COLOURS[r] for r in Relation}) == 7


def test_page_physics_settles_then_stops(page: str) -> None:
    physics = _data(page)["options"]["physics"]
    assert physics["enabled"] and physics["solver"] in ("barnesHut", "forceAtlas2Based")
    assert physics["stabilization"]["enabled"] and physics["stabilization"]["iterations"] > 0
    assert re.search(r'"stabilizationIterationsDone".*physics: \{ enabled: false \}', page, re.S)


def test_page_has_a_legend_of_kinds_and_relations(page: str) -> None:
    legend = re.search(r'<aside id="irkg-legend".*?</aside>', page, re.S)
    assert legend
    for name in [k.value for k in KIND_STYLES] + [r.value for r in Relation]:
        assert f"{name}</li>" in legend.group(0)


def test_tooltips_list_evidence_with_document_and_date(page: str) -> None:
    edges = {(e["from"], e["relation"], e["to"]): e for e in _data(page)["edges"]}
    tip = edges[RUS, "criticizes", USA]["tip"]
    assert tip["head"] == "Russia criticizes United States"
    assert tip["lines"] == ["2 interactions"]
    assert [i["sentence"] for i in tip["items"]] == [
        "Russia criticised the US again.",
        "Russia criticised the US.",
    ]
    assert tip["items"][0]["meta"] == "A title (d2) · 2019-07-20 · confidence 0.80"
    intended = edges[UNSC, "supports", CUB]["tip"]["items"][0]["meta"]
    assert "intended" in intended


def test_long_evidence_lists_are_cut_in_the_tooltip() -> None:
    rows = [row(n, RUS, "criticizes", USA, doc=f"d{n}") for n in range(20)]
    [edge] = _data(render_html(network_from_rows(rows)))["edges"]
    assert len(edge["tip"]["items"]) == 8 and edge["tip"]["more"] == "… and 12 more"
    assert edge["tip"]["lines"] == ["20 interactions"]


HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    "\"quoted\" 'single' \\back\\slash\\",
    "line\u2028separator\u2029paragraph",
    "<!-- <script> -->",
    "<svg/onload=alert(1)> & &amp; https://evil.example/x.js",
]


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_text_cannot_execute_and_round_trips(payload: str) -> None:
    hostile = row(1, RUS, "attacks", USA, payload, title=payload, doc="d<1>")
    hostile["sl"] = payload + " label"
    page = render_html(network_from_rows([hostile]), title=payload)
    assert "<script>alert" not in page
    assert not set("<>&\u2028\u2029") & set(_data_text(page))  # all escaped as \\uXXXX
    parsed = _parse(page)
    assert not [s for s in parsed.texts["script"] if "\u2028" in s or "\u2029" in s]
    tags = [tag for tag, _ in parsed.tags]
    assert tags.count("script") == 3  # data, vis-network, ours: no injected script
    assert not {"img", "iframe", "object", "embed"} & set(tags)
    # inline SVG only as the legend's swatches
    assert "svg" not in tags[: tags.index("aside")] and tags.count("svg") == 10
    assert not [(t, a) for t, a in parsed.tags for name in a if name.lower().startswith("on")]
    assert list(_external_references(page)) == []
    data = _data(page)
    [edge] = data["edges"]
    assert edge["tip"]["items"][0]["sentence"] == payload
    assert edge["tip"]["items"][0]["meta"].startswith(f"{payload} (d<1>)")
    assert {n["label"] for n in data["nodes"]} == {payload + " label", "United States"}
    assert edge["tip"]["head"] == f"{payload} label attacks United States"


def test_page_script_builds_tooltips_as_text_only(page: str) -> None:
    ours = _parse(page).texts["script"][-1]
    assert "textContent" in ours
    assert "innerHTML" not in ours and "insertAdjacentHTML" not in ours and "eval(" not in ours


def test_title_is_escaped() -> None:
    page = render_html(network_from_rows([row(1, RUS, "meets", USA)]), title="<b>Net</b> & co")
    assert "<title>&lt;b&gt;Net&lt;/b&gt; &amp; co</title>" in page


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
