"""kg.viz.plots: what each plot draws (bars, their heights and colours, tie styles, labels),
on networks of hand-made interactions (tests/analysis/facts.py: no spaCy)."""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import matplotlib
import networkx as nx
import pytest
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from kg.analysis import centrality, load_network, relation_counts_over_time, signed_network
from kg.errors import KGError
from kg.rdf.build import document_graph
from kg.store import Store
from kg.types import Actor, ActorKind, Document, Interaction, Modality, Relation
from kg.viz import plots
from kg.viz.page import RELATION_COLOURS
from tests.analysis.facts import CUB, USA, fill

matplotlib.use("Agg")

IRN = Actor("country/IRN", ActorKind.COUNTRY, "Iran", code="IRN")
DOLLARS = Actor("country/XDL", ActorKind.COUNTRY, "$5bn {Fund} ^_^ $x^{")  # mathtext if unescaped


@pytest.fixture(scope="module")
def countries(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    path = tmp_path_factory.mktemp("plots") / "store"
    with Store(path) as store:
        fill(store)
    with Store(path, read_only=True) as store:
        return load_network(store, level="country")


def _network(tmp_path: Path, facts: list[tuple[str, Actor, Relation, Actor]]) -> nx.MultiDiGraph:
    """A country-level network of (date, source, relation, target), one document per fact."""
    with Store(tmp_path / "store") as store:
        for n, (date, source, relation, target) in enumerate(facts):
            text = f"{source.label} and {target.label}, fact {n}."
            doc = Document(f"doc{n}", text, title=f"Report {n}", date=date or None)
            found = Interaction(
                doc.id, source, relation, target, Modality.ASSERTED, text, 0, len(text), 0.9
            )
            triples, direct = document_graph(doc, [found], [])
            store.replace_document(doc, triples, direct=direct)
        return load_network(store, level="country")


@pytest.fixture
def ax() -> Iterator[Axes]:
    figure = Figure()
    yield figure.add_subplot()


def bars(ax: Axes) -> dict[str, dict[str, float]]:
    """Colour -> period -> bar height, as drawn."""
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    found: dict[str, dict[str, float]] = defaultdict(dict)
    for patch in ax.patches:
        x = patch.get_x() + patch.get_width() / 2  # type: ignore[attr-defined]
        period = ticks[round(x)]
        found[to_hex(patch.get_facecolor())][period] = patch.get_height()  # type: ignore[attr-defined]
    return dict(found)


def legend(ax: Axes) -> list[str]:
    drawn = ax.get_legend()
    assert drawn is not None
    return [text.get_text() for text in drawn.get_texts()]


# ---------------------------------------------------------------------------- over time


def test_relations_over_time_stacks_each_relation_in_its_colour(
    countries: nx.MultiDiGraph, ax: Axes
) -> None:
    assert plots.relations_over_time(countries, freq="month", ax=ax) is ax
    table = relation_counts_over_time(countries, freq="month")
    expected: dict[str, dict[str, float]] = defaultdict(dict)
    for (period, relation), count in (
        table.groupby(["period", "relation"])["interactions"].sum().items()
    ):
        expected[RELATION_COLOURS[Relation(relation)]][period] = count
    drawn = bars(ax)
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "2019-01", "2019-02", "2019-03", "2019-04", "2019-05"
    ]  # fmt: skip
    assert {c: {p: h for p, h in by.items() if h} for c, by in drawn.items()} == expected
    assert legend(ax) == [r.value for r in Relation if RELATION_COLOURS[r] in expected]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("month", "interactions")
    assert ax.get_title() == "Interactions per month, by relation"


def test_bars_are_stacked_not_overlaid(countries: nx.MultiDiGraph, ax: Axes) -> None:
    plots.relations_over_time(countries, freq="year", ax=ax)
    (year,) = [t.get_text() for t in ax.get_xticklabels()]
    tops = sorted(p.get_y() + p.get_height() for p in ax.patches)  # type: ignore[attr-defined]
    total = relation_counts_over_time(countries, freq="year")["interactions"].sum()
    assert year == "2019" and tops[-1] == total


def test_empty_periods_are_drawn_as_gaps(tmp_path: Path, ax: Axes) -> None:
    graph = _network(
        tmp_path,
        [
            ("2015-07-14", USA, Relation.COOPERATES, IRN),
            ("2018-05-08", USA, Relation.SANCTIONS, IRN),
            ("2018-05-09", IRN, Relation.CRITICIZES, USA),
        ],
    )
    plots.relations_over_time(graph, ax=ax)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2015", "2016", "2017", "2018"]
    drawn = bars(ax)
    assert drawn[RELATION_COLOURS[Relation.SANCTIONS]] == {
        "2015": 0, "2016": 0, "2017": 0, "2018": 1
    }  # fmt: skip
    assert drawn[RELATION_COLOURS[Relation.COOPERATES]]["2015"] == 1


def test_without_dates_the_plot_says_so(tmp_path: Path, ax: Axes) -> None:
    graph = _network(tmp_path, [("", USA, Relation.SANCTIONS, CUB)])
    plots.relations_over_time(graph, ax=ax)
    assert len(ax.patches) == 0
    assert [t.get_text() for t in ax.texts] == [plots.NO_DATES]


def test_dyad_over_time_draws_one_pair(countries: nx.MultiDiGraph, ax: Axes) -> None:
    plots.dyad_over_time(countries, "USA", "Cuba", freq="month", ax=ax)
    assert ax.get_title() == "United States and Cuba, per month"
    drawn = bars(ax)
    assert {c: {p: h for p, h in by.items() if h} for c, by in drawn.items()} == {
        RELATION_COLOURS[Relation.THREATENS]: {"2019-01": 1},
        RELATION_COLOURS[Relation.SANCTIONS]: {"2019-01": 1, "2019-04": 1},
    }
    with pytest.raises(KGError, match="freq|period"):
        plots.dyad_over_time(countries, "USA", "Cuba", freq="fortnight", ax=ax)


# ---------------------------------------------------------------------------- centrality


def test_centrality_bars_rank_the_actors_by_label(countries: nx.MultiDiGraph, ax: Axes) -> None:
    table = centrality(countries)
    plots.centrality_bars(table, measure="interactions", n=3, ax=ax)
    ranked = table.sort_values(["interactions", "label"], ascending=[False, True]).head(3)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    widths = [p.get_width() for p in ax.patches]  # type: ignore[attr-defined]
    assert labels == list(ranked["label"])[::-1]  # the highest on top
    assert widths == [float(v) for v in ranked["interactions"]][::-1]
    assert ax.get_xlabel() == "interactions"
    assert not any(label.startswith("http") for label in labels)


@pytest.mark.parametrize(("measure", "n"), [("charisma", 5), ("degree", 0)])
def test_centrality_bars_refuse_what_they_cannot_draw(
    countries: nx.MultiDiGraph, ax: Axes, measure: str, n: int
) -> None:
    with pytest.raises(KGError):
        plots.centrality_bars(centrality(countries), measure=measure, n=n, ax=ax)


# ---------------------------------------------------------------------------- signed network


def test_signed_network_draws_positive_solid_and_negative_dashed(
    countries: nx.MultiDiGraph, ax: Axes
) -> None:
    signed = signed_network(countries)
    plots.signed_network_plot(signed, ax=ax)
    lines = [c for c in ax.collections if isinstance(c, LineCollection)]
    by_colour = {to_hex(c.get_colors()[0]): c for c in lines}
    positive = sum(1 for _, _, s in signed.edges(data="sign") if s > 0)
    negative = signed.number_of_edges() - positive
    assert positive and negative
    assert len(by_colour[plots.POSITIVE_COLOUR].get_segments()) == positive
    assert len(by_colour[plots.NEGATIVE_COLOUR].get_segments()) == negative
    solid, dashed = by_colour[plots.POSITIVE_COLOUR], by_colour[plots.NEGATIVE_COLOUR]
    assert solid.get_linestyle()[0][1] is None
    assert dashed.get_linestyle()[0][1] is not None  # a dash pattern
    tied = {n for edge in signed.edges for n in edge}
    assert sorted(t.get_text() for t in ax.texts) == sorted(signed.nodes[n]["label"] for n in tied)
    assert legend(ax) == ["cooperative (+)", "conflictual (-)"]
    assert ax.get_title() == f"Signed network: {positive} positive, {negative} negative ties"


def test_signed_network_without_ties_says_so(ax: Axes) -> None:
    plots.signed_network_plot(nx.Graph(), ax=ax)
    assert [t.get_text() for t in ax.texts] == [plots.NO_TIES]


def test_labels_from_articles_are_text_not_mathtext(tmp_path: Path) -> None:
    graph = _network(
        tmp_path,
        [
            ("2020-01-03", USA, Relation.ATTACKS, DOLLARS),
            ("2020-01-04", DOLLARS, Relation.ATTACKS, USA),
        ],
    )
    figure = Figure()
    first, second = figure.subplots(1, 2)
    plots.signed_network_plot(signed_network(graph), ax=first)
    plots.centrality_bars(centrality(graph), ax=second, title="$ and ^")
    figure.canvas.draw()  # unbalanced $...^{ would raise here if read as mathtext
    shown = [t.get_text() for t in first.texts] + [t.get_text() for t in second.get_yticklabels()]
    assert r"\$5bn {Fund} ^_^ \$x^{" in shown
    assert second.get_title() == r"\$ and ^"


# ---------------------------------------------------------------------------- pyplot


def test_without_axes_a_pyplot_figure_is_made(countries: nx.MultiDiGraph) -> None:
    pyplot = plots.pyplot()
    before = set(pyplot.get_fignums())
    ax = plots.relations_over_time(countries)
    try:
        assert ax.figure.number not in before  # type: ignore[union-attr]
        assert ax.figure in [pyplot.figure(n) for n in pyplot.get_fignums()]
    finally:
        pyplot.close("all")


def test_without_matplotlib_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)  # import fails
    with pytest.raises(KGError, match=r"irkg\[notebooks\]"):
        plots.pyplot()
