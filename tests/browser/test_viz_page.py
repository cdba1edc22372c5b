"""The network page of `kg viz` in a real browser (Debian's chromium driven by Playwright): it
loads with no console error and no request leaving the file, the filters and the search change
what is drawn, tooltips and the side panel show the evidence, and hostile text stays inert."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.analysis import ALL_MODALITIES, load_network, network_from_rows
from kg.analysis.grouping import regroup_events
from kg.rdf.build import document_graph
from kg.store import Store
from kg.types import Actor, ActorKind, Document, Interaction, Modality, Relation
from kg.viz import KIND_STYLES, write_html

pytestmark = pytest.mark.browser

USA = Actor("country/USA", ActorKind.COUNTRY, "United States", code="USA")
CUB = Actor("country/CUB", ActorKind.COUNTRY, "Cuba", code="CUB")
RUS = Actor("country/RUS", ActorKind.COUNTRY, "Russia", code="RUS")
CHN = Actor("country/CHN", ActorKind.COUNTRY, "China", code="CHN")
UN = Actor("org/UN", ActorKind.ORGANIZATION, "United Nations", code="UN")
TRUMP = Actor("person/donald-trump", ActorKind.OFFICIAL, "Donald Trump", affiliation="country/USA")
SERVES = {TRUMP.key: USA}
PAYLOADS = (
    '<img src=x onerror="window.irkgXss=1">',
    "<script>window.irkgXss=2</script>",
    "</script><script>window.irkgXss=3</script>",
    "\"quoted\" 'single' & \\ <b>bold</b>",
)
HOSTILE = "Russia criticised Washington " + " ".join(PAYLOADS)
EVIL = Actor("country/XEV", ActorKind.COUNTRY, '<img src=x onerror="window.irkgXss=4">Evil')
ASSERTED, INTENDED, NEGATED = Modality.ASSERTED, Modality.INTENDED, Modality.NEGATED
DATES = {
    "d1": "2019-01-10",
    "d2": "2019-03-02",
    "d3": "2019-05-20",
    "d4": "2019-06-01",
    "d5": "2019-07-04",
    "x1": "2019-08-08",
}
FACTS = [  # document, source, relation, target, modality, evidence
    ("d1", TRUMP, Relation.SANCTIONS, CUB, ASSERTED, "Trump imposed sanctions on Cuba."),
    ("d1", USA, Relation.SANCTIONS, CUB, ASSERTED, "Trump imposed sanctions on Cuba."),  # again
    ("d2", USA, Relation.SANCTIONS, CUB, ASSERTED, "Washington tightened the embargo on Cuba."),
    ("d2", RUS, Relation.SUPPORTS, CUB, ASSERTED, "Russia backed Cuba."),
    ("d3", RUS, Relation.MEETS, CUB, ASSERTED, "Russia met Cuba."),
    ("d3", CUB, Relation.MEETS, RUS, ASSERTED, "Cuba met Russia again."),
    ("d4", CHN, Relation.COOPERATES, RUS, INTENDED, "China will cooperate with Russia."),
    ("d4", USA, Relation.ATTACKS, CHN, NEGATED, "The US did not attack China."),
    ("d5", UN, Relation.SUPPORTS, CUB, ASSERTED, "The UN backed Cuba."),
    ("x1", RUS, Relation.CRITICIZES, USA, ASSERTED, HOSTILE),
    ("x1", EVIL, Relation.THREATENS, USA, ASSERTED, HOSTILE),
]
TITLES = {"x1": PAYLOADS[0] + " title"}
URLS = {"d1": "https://news.example/d1", "x1": "javascript:window.irkgXss=5"}
TIMEOUT_MS = 15_000
KIND_COUNTRY = KIND_STYLES[ActorKind.COUNTRY][0]


def _store(path: Path) -> Path:
    with Store(path) as store:
        for doc_id, date in DATES.items():
            facts = [f for f in FACTS if f[0] == doc_id]
            text = " ".join(dict.fromkeys(f[5] for f in facts))
            doc = Document(
                doc_id,
                text,
                title=TITLES.get(doc_id, f"Report {doc_id}"),
                date=date,
                url=URLS.get(doc_id),
            )
            interactions = [
                Interaction(
                    doc_id, s, rel, t, mod, ev, text.index(ev), text.index(ev) + len(ev), 0.9
                )
                for _, s, rel, t, mod, ev in facts
            ]
            triples, direct = document_graph(doc, interactions, list(SERVES.values()))
            store.replace_document(doc, triples, direct=direct)
        regroup_events(store)  # as kg build does: the page counts events too
    return path


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The actor-level page (every modality in it) and the country-level page of the store."""
    folder = tmp_path_factory.mktemp("viz-page")
    with Store(_store(folder / "store"), read_only=True) as store:
        actors = load_network(store, modalities=ALL_MODALITIES)
        countries = load_network(store, level="country", modalities=ALL_MODALITIES)
    return {
        "actor": write_html(actors, folder / "actors.html", title="Actors"),
        "country": write_html(countries, folder / "countries.html", title="Countries"),
    }


def open_page(page: Any, path: Path) -> None:
    page.goto(path.as_uri())
    page.wait_for_function("window.irkgReady === true", timeout=TIMEOUT_MS)


def wait_until(page: Any, predicate: str) -> None:
    """Poll `predicate` (a JS function) from here: the page's CSP forbids the eval that
    Playwright's wait_for_function polls with once the condition is not met at once."""
    for _ in range(TIMEOUT_MS // 50):
        if page.evaluate(predicate):
            return
        page.wait_for_timeout(50)
    raise AssertionError(f"still false after {TIMEOUT_MS} ms: {predicate}")


def drawn(page: Any) -> dict[str, Any]:
    """What vis-network draws now: visible actor labels and edges as (from, relation, to)."""
    found: dict[str, Any] = page.evaluate(
        """() => {
            const nodes = window.irkg.nodes.get({filter: n => !n.hidden});
            const label = id => window.irkg.nodes.get(id).label;
            const edges = window.irkg.edges.get().map(e => [label(e.from), e.relation, label(e.to),
                e.weight, e.dashes !== false, e.arrows.to.enabled, e.color.color]);
            return {actors: nodes.map(n => n.label).sort(), edges: edges.sort()};
        }"""
    )
    return found


def assert_clean(page: Any, page_log: Any, path: Path) -> None:
    assert page_log.errors == []
    assert set(page_log.requests) <= {path.as_uri()}, page_log.requests
    assert page.evaluate("window.irkgXss") is None


def point_on_edge(page: Any, edge_id: str) -> dict[str, float]:
    """A point of the page where vis-network finds the edge (its curve, not its chord)."""
    point: dict[str, float] | None = page.evaluate(
        """(id) => {
            const net = window.irkg.network;
            const edge = window.irkg.edges.get(id);
            const pos = net.getPositions([edge.from, edge.to]);
            const a = net.canvasToDOM(pos[edge.from]), b = net.canvasToDOM(pos[edge.to]);
            const box = document.getElementById("irkg-network").getBoundingClientRect();
            const dx = b.x - a.x, dy = b.y - a.y, length = Math.hypot(dx, dy);
            for (const along of [0.5, 0.4, 0.6, 0.3, 0.7]) {
                const hits = [];  // whole pixels, as the mouse moves
                for (let off = -80; off <= 80; off += 1) {
                    const x = Math.round(a.x + dx * along - dy / length * off);
                    const y = Math.round(a.y + dy * along + dx / length * off);
                    const inside = x > 0 && y > 0 && x < box.width && y < box.height;
                    const onEdge = window.irkg.edgeAt({x, y}) === id;
                    if (inside && onEdge && net.getNodeAt({x, y}) === undefined) {
                        hits.push({x: x + box.left, y: y + box.top});
                    }
                }
                if (hits.length) { return hits[Math.floor(hits.length / 2)]; }
            }
            return null;
        }""",
        edge_id,
    )
    assert point, f"no point of the page shows edge {edge_id}"
    return point


def edge_id(page: Any, source: str, relation: str, target: str) -> str:
    found: str = page.evaluate(
        """([s, r, t]) => window.irkg.edges.get().find(e => e.relation === r
            && window.irkg.nodes.get(e.from).label === s
            && window.irkg.nodes.get(e.to).label === t).id""",
        [source, relation, target],
    )
    return found


# ---------------------------------------------------------------------------- loading


def test_page_loads_offline_and_draws_the_factual_network(
    page: Any, page_log: Any, pages: dict[str, Path]
) -> None:
    open_page(page, pages["country"])
    shown = drawn(page)
    assert shown["actors"] == sorted(
        ["China", "Cuba", "Russia", "United Nations", "United States", EVIL.label]
    )
    edges = {(s, r, t): rest for s, r, t, *rest in shown["edges"]}
    # parallel interactions make one weighted edge; meets is one edge whatever the direction
    assert edges["United States", "sanctions", "Cuba"] == [3, True, True, "#c92a2a"]
    assert edges["Cuba", "meets", "Russia"] == [2, False, False, "#3b82c4"]
    assert edges["Russia", "supports", "Cuba"] == [1, False, True, "#2f9e44"]
    assert ("United States", "attacks", "China") not in edges  # negated: hidden by default
    assert (
        page.locator("#irkg-summary").inner_text()
        == "6 actors, 7 edges, 10 interactions (7 events) shown"
    )
    page.screenshot()  # forces a full paint: still no error
    assert_clean(page, page_log, pages["country"])


# ---------------------------------------------------------------------------- filters


@pytest.mark.parametrize(
    ("action", "absent", "present"),
    [
        (
            "uncheck relation=sanctions",
            ("United States", "sanctions", "Cuba"),
            ("Russia", "supports", "Cuba"),
        ),
        ("check modality=Negated", None, ("United States", "attacks", "China")),
        (
            "uncheck modality=Intended",
            ("China", "cooperates", "Russia"),
            ("Cuba", "meets", "Russia"),
        ),
        (
            "uncheck kind=Organization",
            ("United Nations", "supports", "Cuba"),
            ("Russia", "supports", "Cuba"),
        ),
        ("since 2019-05-01", ("United States", "sanctions", "Cuba"), ("Cuba", "meets", "Russia")),
        ("until 2019-03-31", ("Cuba", "meets", "Russia"), ("United States", "sanctions", "Cuba")),
        ("min 2", ("Russia", "supports", "Cuba"), ("United States", "sanctions", "Cuba")),
    ],
)
def test_filters_change_what_is_drawn(
    page: Any,
    page_log: Any,
    pages: dict[str, Path],
    action: str,
    absent: tuple[str, str, str] | None,
    present: tuple[str, str, str],
) -> None:
    open_page(page, pages["country"])
    before = {tuple(e[:3]) for e in drawn(page)["edges"]}
    verb, _, value = action.partition(" ")
    if verb in ("check", "uncheck"):
        name, _, box = value.partition("=")
        getattr(page.locator(f'input[name="{name}"][value="{box}"]'), verb)()
    else:
        page.fill({"since": "#irkg-since", "until": "#irkg-until", "min": "#irkg-min"}[verb], value)
    after = {tuple(e[:3]) for e in drawn(page)["edges"]}
    assert present in after
    if absent:
        assert absent in before and absent not in after
    else:
        assert after > before
    page.click("#irkg-reset")
    assert {tuple(e[:3]) for e in drawn(page)["edges"]} == before
    assert_clean(page, page_log, pages["country"])


def test_actors_left_without_edges_disappear(page: Any, pages: dict[str, Path]) -> None:
    open_page(page, pages["country"])
    for relation in ("meets", "supports", "cooperates", "criticizes", "threatens"):
        page.uncheck(f'input[name="relation"][value="{relation}"]')
    assert drawn(page)["actors"] == ["Cuba", "United States"]
    assert (
        page.locator("#irkg-summary").inner_text()
        == "2 actors, 1 edge, 3 interactions (2 events) shown"
    )


# ---------------------------------------------------------------------------- search, tips, panel


def test_search_focuses_an_actor_and_opens_its_panel(
    page: Any, page_log: Any, pages: dict[str, Path]
) -> None:
    open_page(page, pages["country"])
    page.fill("#irkg-search", "cuba")
    page.press("#irkg-search", "Enter")
    panel = page.locator("#irkg-panel")
    panel.wait_for(state="visible", timeout=TIMEOUT_MS)
    assert panel.locator("h2").inner_text() == "Cuba"
    assert page.evaluate("window.irkg.network.getSelectedNodes()") == [
        page.evaluate("window.irkg.nodes.get().find(n => n.label === 'Cuba').id")
    ]
    assert "includes" not in panel.inner_text()
    buttons = panel.locator(".irkg-edge-button").all_inner_texts()
    assert buttons[:2] == ["United States sanctions Cuba (3)", "Cuba meets Russia (2)"]
    panel.locator(".irkg-edge-button", has_text="Russia supports Cuba").click()
    assert panel.locator("h2").inner_text() == "Russia supports Cuba"
    page.uncheck('input[name="kind"][value="Country"]')
    page.fill("#irkg-search", "Russia")
    page.press("#irkg-search", "Enter")
    assert page.locator("#irkg-status").inner_text() == "Russia is hidden by the filters."
    page.fill("#irkg-search", "Atlantis")
    page.press("#irkg-search", "Enter")
    assert page.locator("#irkg-status").inner_text() == "No actor matches “Atlantis”."
    assert_clean(page, page_log, pages["country"])


def test_hovering_an_edge_lists_its_evidence_and_clicking_opens_the_documents(
    page: Any, page_log: Any, pages: dict[str, Path]
) -> None:
    open_page(page, pages["country"])
    point = point_on_edge(page, edge_id(page, "United States", "sanctions", "Cuba"))
    page.mouse.move(point["x"], point["y"])
    tip = page.locator("#irkg-tip")
    tip.wait_for(state="visible", timeout=TIMEOUT_MS)
    assert tip.locator(".irkg-head").inner_text() == "United States sanctions Cuba"
    assert (
        tip.locator(".irkg-line").inner_text() == "3 interactions (2 events)"
    )  # d1 twice, on one day: one event
    assert tip.locator(".irkg-sentence").all_inner_texts() == [
        "Trump imposed sanctions on Cuba.",  # oldest first, once for its two interactions
        "Washington tightened the embargo on Cuba.",
    ]
    assert tip.locator(".irkg-meta").all_inner_texts() == [
        "Report d1 (d1) · 2019-01-10 · confidence 0.90 · 2 interactions read here",
        "Report d2 (d2) · 2019-03-02 · confidence 0.90",
    ]
    page.mouse.click(point["x"], point["y"])
    panel = page.locator("#irkg-panel")
    panel.wait_for(state="visible", timeout=TIMEOUT_MS)
    assert panel.locator("h2").inner_text() == "United States sanctions Cuba"
    links = panel.locator("a.irkg-doc-link")
    assert links.count() == 1  # d2 has no URL
    assert links.get_attribute("href") == "https://news.example/d1"
    assert links.get_attribute("rel") == "noopener noreferrer"
    page.click("#irkg-panel-close")
    assert panel.is_hidden()
    assert_clean(page, page_log, pages["country"])


def test_hovering_an_actor_shows_who_it_is(page: Any, pages: dict[str, Path]) -> None:
    open_page(page, pages["actor"])
    centre = page.evaluate(
        """() => {
            const net = window.irkg.network;
            const id = window.irkg.nodes.get().find(n => n.label === "Donald Trump").id;
            const p = net.canvasToDOM(net.getPositions([id])[id]);
            const box = document.getElementById("irkg-network").getBoundingClientRect();
            return {x: p.x + box.left, y: p.y + box.top};
        }"""
    )
    page.mouse.move(centre["x"], centre["y"])
    tip = page.locator("#irkg-tip")
    tip.wait_for(state="visible", timeout=TIMEOUT_MS)
    assert tip.inner_text().splitlines()[:3] == [
        "Donald Trump",
        "Official of United States",
        "1 interaction (1 as source, 0 as target)",
    ]


# ---------------------------------------------------------------------------- hostile text


def test_hostile_text_stays_text(page: Any, page_log: Any, pages: dict[str, Path]) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_page(page, pages["country"])
    evil = EVIL.label
    assert evil in drawn(page)["actors"]
    page.fill("#irkg-search", "evil")
    page.press("#irkg-search", "Enter")
    panel = page.locator("#irkg-panel")
    assert panel.locator("h2").inner_text() == evil
    assert PAYLOADS[0] + " title" in panel.inner_text()  # the document title, as text
    panel.locator(".irkg-edge-button").first.click()
    sentence = panel.locator(".irkg-sentence").first.inner_text()
    assert sentence == HOSTILE
    page.evaluate("window.irkg.network.fit({animation: false})")  # the panel narrowed the view
    point = point_on_edge(page, edge_id(page, "Russia", "criticizes", "United States"))
    page.mouse.move(point["x"], point["y"])
    page.locator("#irkg-tip").wait_for(state="visible", timeout=TIMEOUT_MS)
    assert page.locator("#irkg-tip .irkg-sentence").inner_text() == HOSTILE
    # nothing was parsed as markup: no image, no injected script, no bold, no javascript: link
    assert page.locator("#irkg-panel img, #irkg-tip img, #irkg-panel b, #irkg-tip b").count() == 0
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 3
    hrefs = page.eval_on_selector_all("a", "links => links.map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h and not h.startswith("https://")]
    page.wait_for_timeout(200)
    assert dialogs == []
    assert_clean(page, page_log, pages["country"])


def test_long_evidence_lists_are_cut_in_the_tooltip(
    page: Any, page_log: Any, tmp_path: Path
) -> None:
    rows = [
        {"i": f"urn:i{n:02d}", "s": "urn:a", "t": "urn:b", "rel": "ir:criticizes",
         "mod": "ir:Asserted", "ev": f"A criticised B, time {n}.", "doc": f"urn:d{n}",
         "docid": f"d{n}", "date": f"2020-01-{n + 1:02d}", "sl": "A", "stype": "ir:Country",
         "tl": "B", "ttype": "ir:Country"}
        for n in range(20)
    ]  # fmt: skip
    path = write_html(network_from_rows(rows), tmp_path / "long.html")
    open_page(page, path)
    point = point_on_edge(page, edge_id(page, "A", "criticizes", "B"))
    page.mouse.move(point["x"], point["y"])
    tip = page.locator("#irkg-tip")
    tip.wait_for(state="visible", timeout=TIMEOUT_MS)
    assert tip.locator(".irkg-line").inner_text() == "20 interactions"
    assert tip.locator(".irkg-sentence").count() == 8
    assert tip.locator(".irkg-more").inner_text() == "… and 12 more sentences"
    page.mouse.click(point["x"], point["y"])
    assert page.locator("#irkg-panel .irkg-sentence").count() == 20  # the panel lists them all
    assert_clean(page, page_log, path)


# ---------------------------------------------------------------------------- many actors

HUB = '<img src=x onerror="window.irkgXss=7">Hub'
BLOCS = 6


def _row(n: int, source: int, relation: str, target: int, day: str | None) -> dict[str, Any]:
    def name(actor: int) -> str:
        return HUB if actor == 0 else f"S{actor:03d}"

    found: dict[str, Any] = {
        "i": f"urn:i{n:05d}", "s": f"urn:a{source:03d}", "t": f"urn:a{target:03d}",
        "rel": f"ir:{relation}", "mod": "ir:Asserted", "ev": f"{name(source)} and {name(target)}.",
        "doc": f"urn:d{n}", "docid": f"d{n}", "sl": name(source), "stype": "ir:Country",
        "tl": name(target), "ttype": "ir:Country",
    }  # fmt: skip
    if day:
        found["date"] = day
    return found


def crowd_rows(actors: int = 300) -> list[dict[str, Any]]:
    """`actors` states in BLOCS blocs (each meets the next two of its bloc), the first ten
    busier (each criticises a state of every bloc), dated over 2020; the first actor's name is
    hostile."""
    rows: list[dict[str, Any]] = []
    for a in range(actors):
        for step in (BLOCS, 2 * BLOCS):
            day = f"2020-{1 + len(rows) % 12:02d}-{1 + len(rows) % 28:02d}"
            rows.append(_row(len(rows), a, "meets", (a + step) % actors, day))
    for hub in range(10):
        for target in range(10 + hub, actors, 5):
            rows.append(_row(len(rows), hub, "criticizes", target, "2020-06-15"))
    return rows


@pytest.fixture(scope="module")
def crowd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    graph = network_from_rows(crowd_rows())
    return write_html(graph, tmp_path_factory.mktemp("crowd") / "crowd.html", max_actors=0)


LABELS = """() => {
    const ranks = JSON.parse(document.getElementById("irkg-data").textContent)
        .actors.map(a => a.rank);
    return window.irkg.labels().map(l => ({...l, rank: ranks[l.actor]}));
}"""


def _apart(labels: list[dict[str, Any]]) -> bool:
    return not any(
        a["left"] < b["right"]
        and b["left"] < a["right"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
        for i, a in enumerate(labels)
        for b in labels[i + 1 :]
    )


def test_labels_are_culled_at_the_opening_zoom_and_appear_when_zooming_in(
    page: Any, page_log: Any, crowd: Path
) -> None:
    open_page(page, crowd)
    opening = page.evaluate(LABELS)
    assert 0 < len(opening) <= 30  # LABELS_AT_FIT of 300 actors
    assert all(label["rank"] < 30 for label in opening)
    assert 0 in {label["rank"] for label in opening} and _apart(opening)
    page.evaluate("""() => { const net = window.irkg.network;
        net.moveTo({scale: net.getScale() * 3, animation: false}); }""")
    wait_until(page, f"() => window.irkg.labels().length > {len(opening)}")
    zoomed = page.evaluate(LABELS)
    assert max(label["rank"] for label in zoomed) >= 30 and _apart(zoomed)
    # an actor without a label shows it while hovered
    quiet = page.evaluate(
        """() => {
            const net = window.irkg.network;
            const box = document.getElementById("irkg-network").getBoundingClientRect();
            const labelled = new Set(window.irkg.labelled());
            for (const node of window.irkg.nodes.get({filter: n => !n.hidden})) {
                const p = net.canvasToDOM({x: node.x, y: node.y});
                if (!labelled.has(node.id) && p.x > 40 && p.y > 40 && p.x < box.width - 40
                    && p.y < box.height - 40 && net.getNodeAt(p) === node.id) {
                    return {id: node.id, x: p.x + box.left, y: p.y + box.top};
                }
            }
            return null;
        }"""
    )
    assert quiet
    page.mouse.move(quiet["x"], quiet["y"])
    wait_until(page, f"() => window.irkg.labelled().includes({quiet['id']})")
    assert_clean(page, page_log, crowd)


COLOURS = "() => window.irkg.nodes.get().map(n => [n.community, n.color.background])"


def test_community_colours_are_present_and_deterministic(
    page: Any, page_log: Any, crowd: Path
) -> None:
    open_page(page, crowd)
    assert page.is_checked('input[name="colour"][value="community"]')  # 300 actors
    coloured = page.evaluate(COLOURS)
    by_community: dict[int, set[str]] = {}
    for community, colour in coloured:
        by_community.setdefault(community, set()).add(colour)
    assert all(len(colours) == 1 for colours in by_community.values())
    assert len({colour for colours in by_community.values() for colour in colours}) >= BLOCS
    legend = page.locator("#irkg-communities")
    assert legend.is_visible() and legend.locator("li").count() >= BLOCS
    page.check('input[name="colour"][value="kind"]')
    assert {c for _, c in page.evaluate(COLOURS)} == {KIND_COUNTRY}
    assert legend.is_hidden()
    page.check('input[name="colour"][value="community"]')
    assert page.evaluate(COLOURS) == coloured
    page.reload()
    wait_until(page, "() => window.irkgReady === true")
    assert page.evaluate(COLOURS) == coloured  # the same page, the same colours
    assert_clean(page, page_log, crowd)


def test_hostile_actor_names_stay_text_in_labels_and_legend(
    page: Any, page_log: Any, crowd: Path
) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_page(page, crowd)
    hub = page.evaluate(f"window.irkg.nodes.get().find(n => n.label === {HUB!r}).id")
    assert hub in page.evaluate("window.irkg.labelled()")  # the most central: labelled
    assert HUB in page.locator("#irkg-communities").inner_text()
    page.fill("#irkg-search", "Hub")
    page.press("#irkg-search", "Enter")
    assert page.locator("#irkg-panel h2").inner_text() == HUB
    page.wait_for_timeout(200)
    assert page.locator("img").count() == 0 and dialogs == []
    assert_clean(page, page_log, crowd)


# ---------------------------------------------------------------------------- the time slider


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Actor n criticises actor n + 1 on 2020-01-0n (n = 1..9), and 1 meets 9 undated."""
    rows = [_row(n, n, "criticizes", n + 1, f"2020-01-{n:02d}") for n in range(1, 10)]
    rows.append(_row(10, 1, "meets", 9, None))
    return write_html(network_from_rows(rows), tmp_path_factory.mktemp("dated") / "dated.html")


def _slide(page: Any, handle: str, value: int) -> None:
    page.evaluate(
        """([id, value]) => { const handle = document.getElementById(id);
            handle.value = String(value);
            handle.dispatchEvent(new Event("input", {bubbles: true})); }""",
        [handle, value],
    )


def _edges(page: Any) -> set[tuple[str, str, str]]:
    return {(s, r, t) for s, r, t, *_ in drawn(page)["edges"]}


def test_the_time_slider_filters_edges_by_date_and_undated_are_explicit(
    page: Any, page_log: Any, dated: Path
) -> None:
    open_page(page, dated)
    assert page.get_attribute("#irkg-to", "max") == "8"  # 2020-01-01 .. 2020-01-09
    assert len(_edges(page)) == 10
    _slide(page, "irkg-from", 4)
    assert page.input_value("#irkg-since") == "2020-01-05"
    assert _edges(page) == {
        ("S001", "meets", "S009"),  # undated: kept while "include undated" is ticked
        *{(f"S{n:03d}", "criticizes", f"S{n + 1:03d}") for n in range(5, 10)},
    }
    _slide(page, "irkg-to", 5)
    assert page.input_value("#irkg-until") == "2020-01-06"
    assert {e for e in _edges(page) if e[1] == "criticizes"} == {
        ("S005", "criticizes", "S006"),
        ("S006", "criticizes", "S007"),
    }
    _slide(page, "irkg-to", 2)  # below the first handle: it pushes the first handle down
    assert page.input_value("#irkg-from") == "2" and page.input_value("#irkg-since") == "2020-01-03"
    page.uncheck("#irkg-undated")
    assert _edges(page) == {("S003", "criticizes", "S004")}
    page.fill("#irkg-since", "2020-01-08")  # typing a date moves the handle
    assert page.input_value("#irkg-from") == "7"
    page.click("#irkg-reset")
    assert len(_edges(page)) == 10 and page.input_value("#irkg-to") == "8"
    assert page.is_checked("#irkg-undated")
    assert_clean(page, page_log, dated)


# ---------------------------------------------------------------------------- panels and filters


def test_filters_stay_correct_with_a_panel_open(
    page: Any, page_log: Any, pages: dict[str, Path]
) -> None:
    open_page(page, pages["country"])
    page.fill("#irkg-search", "cuba")
    page.press("#irkg-search", "Enter")
    panel = page.locator("#irkg-panel")
    buttons = panel.locator(".irkg-edge-button")
    assert "United States sanctions Cuba (3)" in buttons.all_inner_texts()
    page.uncheck('input[name="relation"][value="sanctions"]')
    assert panel.locator("h2").inner_text() == "Cuba"  # still open, its content refreshed
    assert not [t for t in buttons.all_inner_texts() if "sanctions" in t]
    assert ("United States", "sanctions", "Cuba") not in _edges(page)
    page.check('input[name="relation"][value="sanctions"]')
    assert "United States sanctions Cuba (3)" in buttons.all_inner_texts()
    buttons.filter(has_text="United States sanctions Cuba").click()
    assert panel.locator("h2").inner_text() == "United States sanctions Cuba"
    assert page.evaluate("window.irkg.selectedEdge()") == edge_id(
        page, "United States", "sanctions", "Cuba"
    )
    page.uncheck('input[name="relation"][value="sanctions"]')  # its edge is gone: panel closes
    assert panel.is_hidden() and page.evaluate("window.irkg.selectedEdge()") is None
    assert_clean(page, page_log, pages["country"])
