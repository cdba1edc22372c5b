"""kg.analysis: networkx views of a store, metrics, signed network, time series, exports, and the
`kg viz` / `kg stats` commands (a store built from hand-made interactions: no spaCy)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from typer.testing import Result

import kg.analysis.metrics
import kg.analysis.network
import kg.analysis.signed
import kg.viz.page
from kg.analysis import (
    ALL_MODALITIES,
    Balance,
    centrality,
    collapse,
    communities,
    country_projection,
    dyad_time_series,
    ego_network,
    filter_network,
    find_actor,
    format_headline,
    headline,
    interactions_table,
    keep_most_active,
    load_network,
    modularity,
    relation_counts_over_time,
    signed_network,
    structural_balance,
    write_csv,
    write_gexf,
    write_graphml,
)
from kg.errors import KGError
from kg.rdf.build import document_graph
from kg.store import Store
from kg.types import ID_BASE, Actor, ActorKind, Document, Interaction, Modality, Relation

Kg = Callable[..., Result]

USA = Actor("country/USA", ActorKind.COUNTRY, "United States", code="USA")
CUB = Actor("country/CUB", ActorKind.COUNTRY, "Cuba", code="CUB")
RUS = Actor("country/RUS", ActorKind.COUNTRY, "Russia", code="RUS")
CHN = Actor("country/CHN", ActorKind.COUNTRY, "China", code="CHN")
UN = Actor("org/UN", ActorKind.ORGANIZATION, "United Nations", code="UN")
UNSC = Actor("org/UNSC", ActorKind.ORGANIZATION, "UN Security Council", affiliation="org/UN")
TRUMP = Actor("person/donald-trump", ActorKind.OFFICIAL, "Donald Trump", affiliation="country/USA")
LAVROV = Actor(
    "person/sergey-lavrov", ActorKind.OFFICIAL, "Sergey Lavrov", affiliation="country/RUS"
)
SERVES = {TRUMP.key: USA, LAVROV.key: RUS, UNSC.key: UN}
ASSERTED, INTENDED = Modality.ASSERTED, Modality.INTENDED
NEGATED, HYPOTHETICAL = Modality.NEGATED, Modality.HYPOTHETICAL

DATES = {
    "d1": "2019-01-10",
    "d2": "2019-02-05",
    "d3": "2019-03-15",
    "d4": "2019-05-01",
    "d5": "2019-05-20",
    "d6": None,
    "d7": "2019-04-02",
}
FACTS = [  # document, source, relation, target, modality, evidence
    ("d1", TRUMP, Relation.SANCTIONS, CUB, ASSERTED, "Trump imposed sanctions on Cuba."),
    ("d1", USA, Relation.THREATENS, CUB, INTENDED, "The United States will punish Cuba, it said."),
    ("d2", RUS, Relation.SUPPORTS, CUB, ASSERTED, "Russia backed Cuba."),
    ("d2", LAVROV, Relation.MEETS, CUB, ASSERTED, 'Lavrov met Cuban leaders, "warmly", in Havana.'),
    ("d3", RUS, Relation.CRITICIZES, USA, ASSERTED, "Russia criticised Washington."),
    ("d3", CHN, Relation.COOPERATES, RUS, ASSERTED, "China and Russia signed a deal."),
    ("d4", CHN, Relation.CRITICIZES, USA, ASSERTED, "China condemned the United States."),
    ("d4", UNSC, Relation.SUPPORTS, CUB, ASSERTED, "The Security Council backed Cuba."),
    ("d5", USA, Relation.ATTACKS, CHN, NEGATED, "The US did not attack China."),
    ("d5", TRUMP, Relation.MEETS, LAVROV, HYPOTHETICAL, "Trump could meet Lavrov."),
    ("d6", CUB, Relation.CRITICIZES, USA, ASSERTED, "Cuba condemned the embargo."),
    ("d7", USA, Relation.SANCTIONS, CUB, ASSERTED, "Washington tightened the embargo on Cuba."),
]
FACTUAL = sum(1 for fact in FACTS if fact[4].factual)


def iri(actor: Actor) -> str:
    return ID_BASE + actor.key


def fill(store: Store) -> None:
    """Store FACTS as kg build would (document, actors, interactions, direct triples)."""
    for doc_id, date in DATES.items():
        facts = [f for f in FACTS if f[0] == doc_id]
        text = " ".join(f[5] for f in facts)
        doc = Document(
            doc_id, text, title=f"Report {doc_id}", date=date, url=f"https://news.example/{doc_id}"
        )
        interactions = []
        for _, source, relation, target, modality, sentence in facts:
            start = text.index(sentence)
            interactions.append(
                Interaction(
                    doc_id,
                    source,
                    relation,
                    target,
                    modality,
                    sentence,
                    start,
                    start + len(sentence),
                    0.9,
                )
            )
        triples, direct = document_graph(doc, interactions, list(SERVES.values()))
        store.replace_document(doc, triples, direct=direct)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("analysis") / "store"
    with Store(path) as store:
        fill(store)
    return path


@pytest.fixture(scope="module")
def actors(store_path: Path) -> nx.MultiDiGraph:
    """The actor-level network, every modality."""
    with Store(store_path, read_only=True) as store:
        return load_network(store, modalities=ALL_MODALITIES)


@pytest.fixture(scope="module")
def countries(store_path: Path) -> nx.MultiDiGraph:
    """The country-level network, Asserted and Intended."""
    with Store(store_path, read_only=True) as store:
        return load_network(store, level="country")


# ---------------------------------------------------------------------------- the networks


def test_load_network_reads_the_store(actors: nx.MultiDiGraph, countries: nx.MultiDiGraph) -> None:
    assert actors.number_of_edges() == len(FACTS)
    assert set(actors) == {iri(a) for a in (USA, CUB, RUS, CHN, UNSC, TRUMP, LAVROV)}
    assert actors.nodes[iri(TRUMP)]["affiliation_label"] == "United States"
    assert countries.number_of_edges() == FACTUAL
    assert set(countries) == {iri(a) for a in (USA, CUB, RUS, CHN, UN)}
    assert countries.nodes[iri(USA)]["members"] == ("Donald Trump",)
    assert countries.graph["level"] == "country"


def test_country_projection_folds_officials_and_weighs_pairs(actors: nx.MultiDiGraph) -> None:
    factual = filter_network(actors, modalities=["Asserted", "Intended"])
    projection = country_projection(factual)
    assert isinstance(projection, nx.DiGraph) and not projection.is_multigraph()
    edge = projection.edges[iri(USA), iri(CUB)]
    assert edge["weight"] == 3
    assert edge["relations"] == {"sanctions": 2, "threatens": 1}
    assert (edge["cooperative"], edge["conflictual"]) == (0, 3)
    assert projection.edges[iri(UN), iri(CUB)]["relations"] == {"supports": 1}
    assert projection.nodes[iri(UN)]["label"] == "United Nations"
    assert projection.nodes[iri(RUS)]["members"] == ("Sergey Lavrov",)
    assert sum(w for _, _, w in projection.edges(data="weight")) == FACTUAL


def test_country_projection_of_a_country_network_only_aggregates(
    countries: nx.MultiDiGraph,
) -> None:
    projection = country_projection(countries)
    assert set(projection) == set(countries)
    assert projection.edges[iri(RUS), iri(CUB)]["relations"] == {"supports": 1, "meets": 1}


# ---------------------------------------------------------------------------- views


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"since": "2019-02-05", "until": "2019-03-15"}, 4),  # inclusive bounds
        ({"since": "2019-05-01"}, 4),
        ({"until": "2019-01-10"}, 2),  # the undated d6 goes as soon as a bound is set
        ({"relations": ["sanctions", "ir:supports"]}, 4),
        ({"modalities": ["Negated", "Hypothetical"]}, 2),
        ({"kinds": ["Country"]}, 8),
        ({"kinds": ["country", "official"]}, 11),
        ({}, len(FACTS)),
    ],
)
def test_filter_network(actors: nx.MultiDiGraph, options: dict[str, object], expected: int) -> None:
    kept = filter_network(actors, **options)  # type: ignore[arg-type]
    assert kept.number_of_edges() == expected
    assert all(kept.degree(n) > 0 for n in kept)
    assert actors.number_of_edges() == len(FACTS)  # the input is left alone


def test_filter_network_on_a_collapsed_graph_recounts_weights(countries: nx.MultiDiGraph) -> None:
    collapsed = collapse(countries)
    assert collapsed.edges[iri(USA), iri(CUB), "sanctions"]["weight"] == 2
    kept = filter_network(collapsed, until="2019-01-31")
    assert kept.edges[iri(USA), iri(CUB), "sanctions"]["weight"] == 1
    assert [e.date for e in kept.edges[iri(USA), iri(CUB), "sanctions"]["evidence"]] == [
        "2019-01-10"
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"since": "last week"}, "--since 'last week' is not a date"),
        ({"since": "2019-05-01", "until": "2019-01-01"}, "after --until"),
        ({"relations": ["sanctions", "praises"]}, "unknown relation.*praises"),
        ({"modalities": ["Rumoured"]}, "unknown modality"),
        ({"kinds": ["Rebel"]}, "unknown actor type"),
    ],
)
def test_filter_network_refuses_bad_options(
    actors: nx.MultiDiGraph, options: dict[str, object], message: str
) -> None:
    with pytest.raises(KGError, match=message):
        filter_network(actors, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "level", "expected"),
    [
        ("CUB", "country", CUB),
        ("cub", "country", CUB),
        ("country/CUB", "country", CUB),
        (ID_BASE + "country/CUB", "country", CUB),
        ("Cuba", "country", CUB),
        ("united nations", "country", UN),
        ("Sergey Lavrov", "country", RUS),  # folded into Russia at country level
        ("sergey-lavrov", "actor", LAVROV),
        ("Sergey Lavrov", "actor", LAVROV),
    ],
)
def test_find_actor(
    actors: nx.MultiDiGraph,
    countries: nx.MultiDiGraph,
    name: str,
    level: str,
    expected: Actor,
) -> None:
    assert find_actor(countries if level == "country" else actors, name) == iri(expected)


def test_find_actor_says_what_is_there(countries: nx.MultiDiGraph) -> None:
    with pytest.raises(KGError, match="did you mean Cuba"):
        find_actor(countries, "cu")
    with pytest.raises(KGError, match="give a code"):
        find_actor(countries, "Atlantis")
    twins = nx.MultiDiGraph()
    twins.add_node("urn:a", label="Georgia")
    twins.add_node("urn:b", label="Georgia")
    with pytest.raises(KGError, match="names 2 actors"):
        find_actor(twins, "georgia")


@pytest.mark.parametrize(
    ("depth", "expected"),
    [(0, {CHN}), (1, {CHN, RUS, USA}), (2, {CHN, RUS, USA, CUB})],
)
def test_ego_network(countries: nx.MultiDiGraph, depth: int, expected: set[Actor]) -> None:
    ego = ego_network(countries, "China", depth=depth)
    assert set(ego) == {iri(a) for a in expected}
    assert ego.graph["focus"] == iri(CHN) and ego.graph["level"] == "country"
    if depth == 1:  # ties among the neighbours come too
        assert ego.has_edge(iri(RUS), iri(USA))


def test_keep_most_active(countries: nx.MultiDiGraph) -> None:
    kept, selection = keep_most_active(countries, 2)
    assert set(kept) == {iri(CUB), iri(USA)}  # 7 and 6 interactions
    assert (selection.shown_actors, selection.total_actors) == (2, 5)
    assert (selection.shown_interactions, selection.total_interactions) == (4, FACTUAL)
    assert selection.hidden_actors == 3 and selection.hidden_interactions == FACTUAL - 4
    kept, _ = keep_most_active(countries, 2, keep=[iri(CHN)])
    assert set(kept) == {iri(CUB), iri(USA), iri(CHN)}
    everything, selection = keep_most_active(countries, 0)
    assert everything is countries and selection.hidden_actors == 0


# ---------------------------------------------------------------------------- metrics


def star_and_cliques() -> nx.MultiDiGraph:
    """Two triangles joined through a broker: a-b-c, x-y-z, c - hub - x."""
    graph = nx.MultiDiGraph()
    for u, v in [
        ("a", "b"),
        ("b", "c"),
        ("a", "c"),
        ("x", "y"),
        ("y", "z"),
        ("x", "z"),
        ("c", "hub"),
        ("hub", "x"),
    ]:
        graph.add_edge(u, v, relation="cooperates")
    graph.add_edge("a", "b", relation="meets")
    for node in graph:
        graph.nodes[node].update(label=node.upper(), kind="Country")
    return graph


def test_centrality_table() -> None:
    table = centrality(star_and_cliques())
    assert list(table.columns) == list(kg.analysis.metrics.CENTRALITY_COLUMNS)
    assert table.index[0] in {"a", "b", "c", "x"}  # 3 interactions each, ties by label
    assert table.loc["hub", "betweenness"] == table["betweenness"].max()
    assert table.loc["hub", "betweenness"] > table.loc["c", "betweenness"] > 0
    assert table.loc["a", "betweenness"] == 0
    assert table.loc["a", "interactions"] == 3 and table.loc["a", "partners"] == 2
    assert table.loc["a", "as_source"] == 3 and table.loc["b", "as_target"] == 2
    assert table.loc["hub", "degree"] == pytest.approx(2 / 6)
    assert table["eigenvector"].between(0, 1).all()
    assert table.loc["a", "eigenvector"] > table.loc["z", "eigenvector"]  # a's tie to b is double


def test_centrality_of_an_empty_or_edgeless_network() -> None:
    assert centrality(nx.MultiDiGraph()).empty
    lonely = nx.MultiDiGraph()
    lonely.add_node("a", label="A", kind="Country")
    assert centrality(lonely).loc["a"].tolist()[2:] == [0, 0, 0, 0, 0.0, 0.0, 0.0]


def test_communities_split_two_cliques_and_are_stable() -> None:
    graph = star_and_cliques()
    groups = communities(graph)
    assert {"a", "b", "c"} <= groups[0] | groups[1] and len(groups) == 2
    assert {frozenset({"a", "b", "c"}), frozenset({"x", "y", "z"})} <= {g - {"hub"} for g in groups}
    assert communities(graph) == groups
    assert modularity(graph, groups) > 0.3
    assert communities(nx.MultiDiGraph()) == []


# ---------------------------------------------------------------------------- signed network


def triangle(relations: tuple[str, str, str]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for (u, v), relation in zip([("a", "b"), ("b", "c"), ("c", "a")], relations, strict=True):
        graph.add_edge(u, v, relation=relation)
    return graph


@pytest.mark.parametrize(
    ("relations", "census_key", "balanced", "weak"),
    [
        (("meets", "supports", "cooperates"), "+++", True, True),
        (("supports", "supports", "attacks"), "++-", False, False),
        (("supports", "sanctions", "criticizes"), "+--", True, True),
        (("attacks", "threatens", "criticizes"), "---", False, True),
    ],
)
def test_structural_balance_of_one_triangle(
    relations: tuple[str, str, str], census_key: str, balanced: bool, weak: bool
) -> None:
    balance = structural_balance(signed_network(triangle(relations)))
    assert balance.triangles == 1 and balance.census[census_key] == 1
    assert balance.ratio == (1.0 if balanced else 0.0)
    assert balance.weak_ratio == (1.0 if weak else 0.0)


def test_signed_network_signs_by_majority_and_leaves_ties_out() -> None:
    graph = nx.MultiDiGraph()
    graph.add_edge("a", "b", relation="supports")
    graph.add_edge("b", "a", relation="criticizes", weight=3)  # a collapsed edge counts 3
    graph.add_edge("a", "c", relation="meets")
    graph.add_edge("c", "a", relation="sanctions")
    signed = signed_network(graph)
    assert signed.edges["a", "b"] == {"positive": 1, "negative": 3, "sign": -1}
    assert not signed.has_edge("a", "c") and signed.graph["ties_left_out"] == 1


def test_balance_of_the_store(countries: nx.MultiDiGraph) -> None:
    signed = signed_network(countries)
    assert signed.edges[iri(USA), iri(CUB)]["sign"] == -1
    assert signed.edges[iri(RUS), iri(CUB)]["sign"] == 1
    balance = structural_balance(signed)
    # Russia-Cuba-US and China-Russia-US: one friendship, two enmities each
    assert balance == Balance(2, {"+++": 0, "++-": 0, "+--": 2, "---": 0})
    assert balance.ratio == 1.0
    assert structural_balance(nx.Graph()).ratio is None


# ---------------------------------------------------------------------------- time


def test_relation_counts_over_time(countries: nx.MultiDiGraph) -> None:
    table = relation_counts_over_time(countries)
    assert list(table.columns) == kg.analysis.timeline.TIMELINE_COLUMNS
    assert table["interactions"].sum() == FACTUAL - 1  # the undated one is left out
    january = table[table["period"] == "2019-01"]
    assert sorted(
        zip(
            january["source_label"],
            january["relation"],
            january["target_label"],
            january["interactions"],
            strict=True,
        )
    ) == [
        ("United States", "sanctions", "Cuba", 1),
        ("United States", "threatens", "Cuba", 1),
    ]
    meets = table[table["relation"] == "meets"]  # symmetric: smaller IRI first
    assert meets[["source", "target"]].values.tolist() == [[iri(CUB), iri(RUS)]]
    yearly = relation_counts_over_time(countries, freq="year", directed=False)
    assert set(yearly["period"]) == {"2019"}
    assert relation_counts_over_time(nx.MultiDiGraph()).empty


def test_dyad_time_series_fills_the_gaps(countries: nx.MultiDiGraph) -> None:
    series = dyad_time_series(countries, "CUB", "United States")
    assert series.index.tolist() == ["2019-01", "2019-02", "2019-03", "2019-04"]
    assert series.columns.tolist() == ["threatens", "sanctions"]  # in the order of Relation
    assert series["sanctions"].tolist() == [1, 0, 0, 1]
    assert series["threatens"].tolist() == [1, 0, 0, 0]
    assert dyad_time_series(countries, "CHN", "CUB").empty


def test_time_series_refuse_an_unknown_period(countries: nx.MultiDiGraph) -> None:
    with pytest.raises(KGError, match="unknown period 'fortnight'"):
        relation_counts_over_time(countries, freq="fortnight")


# ---------------------------------------------------------------------------- headline


def test_headline(countries: nx.MultiDiGraph) -> None:
    h = headline(countries, top_n=3)
    assert h.level == "country" and h.actors == {"Country": 4, "Organization": 1}
    assert h.interactions == FACTUAL and h.documents == 6  # d5 holds no factual one
    assert h.relations["sanctions"] == 2 and "attacks" not in h.relations
    assert h.modalities == {"Asserted": FACTUAL - 1, "Intended": 1}
    assert (h.first_date, h.last_date) == ("2019-01-10", "2019-05-01")
    assert h.components == 1 and h.largest_component == 5 and h.dyads == 6
    assert h.central["interactions"][0] == ("Cuba", 7.0)
    assert len(h.central["betweenness"]) == 3
    text = format_headline(h)
    for expected in (
        "network: country level",
        "actors: 5 (Country 4, Organization 1)",
        f"interactions: {FACTUAL} from 6 document(s), 2019-01-10 to 2019-05-01",
        "most active: Cuba 7, United States 6",
        "2 triangle(s), 100% balanced",
    ):
        assert expected in text


# ---------------------------------------------------------------------------- exports


def test_graphml_round_trips(countries: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = write_graphml(countries, tmp_path / "out" / "net.graphml")
    back = nx.read_graphml(path)
    assert set(back) == set(countries)
    assert back.nodes[iri(USA)]["label"] == "United States"
    assert back.nodes[iri(USA)]["members"] == "Donald Trump"
    sanctions = [d for u, v, d in back.edges(data=True) if d["relation"] == "sanctions"]
    assert sanctions == [
        {
            "relation": "sanctions",
            "label": "sanctions",
            "weight": 2,
            "sign": -1,
            "documents": 2,
            "first_date": "2019-01-10",
            "last_date": "2019-04-02",
        }
    ]


def test_gexf_carries_time_for_gephi(countries: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = write_gexf(countries, tmp_path / "net.gexf")
    root = ET.parse(path).getroot()
    ns = {"g": root.tag[1:].split("}")[0]}
    graph = root.find("g:graph", ns)
    assert graph is not None
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    spells = {
        (e.get("source"), e.get("label")): [s.get("start") for s in e.iterfind(".//g:spell", ns)]
        for e in graph.iterfind(".//g:edge", ns)
    }
    assert spells[(iri(USA), "sanctions")] == ["2019-01-10", "2019-04-02"]
    assert spells[(iri(CUB), "criticizes")] == []  # undated: always there
    starts = {n.get("label"): n.get("start") for n in graph.iterfind(".//g:node", ns)}
    assert starts["China"] == "2019-03-15" and starts["Cuba"] == "2019-01-10"
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == 5


def test_csv_tables(actors: nx.MultiDiGraph, tmp_path: Path) -> None:
    written = write_csv(actors, tmp_path / "csv")
    assert [p.name for p in written] == list(kg.analysis.export.CSV_FILES)
    table = pd.read_csv(tmp_path / "csv" / "interactions.csv", keep_default_na=False)
    assert len(table) == len(FACTS)
    quoted = table[table["doc_id"] == "d2"]["evidence"].tolist()
    assert 'Lavrov met Cuban leaders, "warmly", in Havana.' in quoted
    actor_rows = pd.read_csv(tmp_path / "csv" / "actors.csv")
    assert set(actor_rows["actor"]) == set(actors)
    assert {"betweenness", "eigenvector", "community"} <= set(actor_rows.columns)
    relations = pd.read_csv(tmp_path / "csv" / "relations.csv")
    assert relations["weight"].sum() == len(FACTS)
    assert len(interactions_table(actors)) == len(FACTS)


def test_export_to_an_unwritable_place_says_so(countries: nx.MultiDiGraph, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(KGError, match="cannot"):
        write_graphml(countries, blocker / "net.graphml")
    with pytest.raises(KGError, match="cannot"):
        write_csv(countries, blocker / "csv")


# ---------------------------------------------------------------------------- the commands


def page_data(path: Path) -> dict[str, object]:
    found = re.search(
        r'<script type="application/json" id="irkg-data">(.*?)</script>',
        path.read_text(encoding="utf-8"),
        re.S,
    )
    assert found
    data: dict[str, object] = json.loads(found.group(1))
    return data


def labels(data: dict[str, object]) -> set[str]:
    return {a["label"] for a in data["actors"]}  # type: ignore[attr-defined]


def test_kg_viz_writes_the_page(kg_cli: Kg, store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    result = kg_cli("viz", "--store", store_path, "-o", out)
    assert result.exit_code == 0, result.output
    # every modality goes in (the page shows Asserted and Intended until the reader asks)
    assert f"wrote the network view to {out} (5 actors, {len(FACTS)} interactions)" in (
        result.stdout
    )
    data = page_data(out)
    assert labels(data) == {"United States", "Cuba", "Russia", "China", "United Nations"}
    assert "<title>IRKG network (country level)</title>" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("options", "expected", "interactions"),
    [
        (["--focus", "CHN"], {"China", "Russia", "United States"}, 5),
        (["--focus", "China", "--depth", "0", "--level", "actor"], {"China"}, 0),
        (
            ["--level", "actor", "--relations", "meets"],
            {"Sergey Lavrov", "Cuba", "Donald Trump"},
            2,
        ),
        (
            ["--since", "2019-05-01", "--until", "2019-05-31"],
            {"China", "United States", "Cuba", "United Nations", "Russia"},
            4,
        ),
        (["--top", "2"], {"United States", "Cuba"}, 4),
    ],
)
def test_kg_viz_options(
    kg_cli: Kg,
    store_path: Path,
    tmp_path: Path,
    options: list[str],
    expected: set[str],
    interactions: int,
) -> None:
    out = tmp_path / "graph.html"
    result = kg_cli("viz", "--store", store_path, "-o", out, *options)
    assert result.exit_code == 0, result.output
    if not expected - {"China"} and interactions == 0:  # depth 0: China alone, nothing to draw
        assert "No interactions to show" in out.read_text(encoding="utf-8")
        return
    data = page_data(out)
    assert labels(data) == expected
    assert len(data["interactions"]) == interactions  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--focus", "Atlantis"], "no actor 'Atlantis'"),
        (["--relations", "praises"], "unknown relation"),
        (["--since", "yesterday"], "is not a date"),
        (["--level", "region"], "unknown network level"),
    ],
)
def test_kg_viz_errors_exit_2(
    kg_cli: Kg, store_path: Path, tmp_path: Path, options: list[str], message: str
) -> None:
    result = kg_cli("viz", "--store", store_path, "-o", tmp_path / "g.html", *options)
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (tmp_path / "g.html").exists()


def test_kg_viz_draws_the_page_default_of_actors() -> None:
    import inspect

    from kg.cli.views import viz
    from kg.viz import DEFAULT_MAX_ACTORS

    assert inspect.signature(viz).parameters["top"].default == DEFAULT_MAX_ACTORS


def test_kg_viz_without_a_store_exits_2(kg_cli: Kg, tmp_path: Path) -> None:
    result = kg_cli("viz", "--store", tmp_path / "nowhere", "-o", tmp_path / "g.html")
    assert result.exit_code == 2 and "no store" in result.stderr


def test_kg_stats_prints_and_exports(kg_cli: Kg, store_path: Path, tmp_path: Path) -> None:
    result = kg_cli(
        "stats",
        "--store",
        store_path,
        "--graphml",
        tmp_path / "n.graphml",
        "--gexf",
        tmp_path / "n.gexf",
        "--csv",
        tmp_path / "csv",
    )
    assert result.exit_code == 0, result.output
    assert "actors: 5 (Country 4, Organization 1)" in result.stdout
    assert "2 triangle(s), 100% balanced" in result.stdout
    assert (tmp_path / "n.graphml").is_file() and (tmp_path / "n.gexf").is_file()
    assert {p.name for p in (tmp_path / "csv").iterdir()} == set(kg.analysis.export.CSV_FILES)


def test_kg_stats_actor_level_with_every_modality(kg_cli: Kg, store_path: Path) -> None:
    result = kg_cli(
        "stats",
        "--store",
        store_path,
        "--level",
        "actor",
        "--modalities",
        "Asserted,Intended,Negated,Hypothetical",
        "--relations",
        "meets",
    )
    assert result.exit_code == 0, result.output
    assert "interactions: 2 from 2 document(s)" in result.stdout
    assert "modalities: Asserted 1, Hypothetical 1" in result.stdout
