"""How the network page copes with a large graph: 2,000 actors and 20,000 interactions.

A synthetic network (a few busy states, a long tail, officials serving states, regional blocs,
dates over two years) is turned into rows of `kg.viz.INTERACTIONS_QUERY`, then into the network,
then into the page; Debian's chromium (through Playwright) opens the page and reports when it is
interactive, how long a filter change takes (also with the busiest actor's panel open), a move
of the time slider and a search. A small baseline graph is measured in the same run, so the
ratios, not the absolute times, are what to compare across machines:

    .venv/bin/python benchmarks/viz_large.py [--actors 2000] [--interactions 20000] [--top 150]
        [--screenshot docs/network-large.png]

`--screenshot` also draws the 300 most active actors and writes the picture the README shows.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.analysis import ALL_MODALITIES, network_from_rows
from kg.viz import DEFAULT_MAX_ACTORS, render_html

IR = "https://w3id.org/irkg/ontology#"
ID = "https://w3id.org/irkg/id/"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
RELATIONS = ["meets", "supports", "cooperates", "criticizes", "threatens", "sanctions", "attacks"]
MODALITIES = ["Asserted"] * 14 + ["Intended"] * 3 + ["Negated", "Hypothetical"]
WORDS = [
    "talks",
    "aid",
    "embargo",
    "troops",
    "minister",
    "summit",
    "border",
    "trade",
    "deal",
    "visit",
    "accused",
    "ties",
]


BLOCS = 8  # regional blocs: most of an actor's partners are in its own


def synthetic_rows(actors: int, interactions: int, *, seed: int = 1) -> list[dict[str, str]]:
    """Rows as the store would return them: actor activity follows a power law, a tenth of
    the actors are officials serving a state, one in twenty an organisation, and two thirds of
    the interactions stay inside one of BLOCS regional blocs (so communities are there to find)."""
    rng = random.Random(seed)
    people = actors // 10
    orgs = actors // 20
    states = actors - people - orgs
    table: list[tuple[str, str, str, str | None]] = []  # iri, label, kind, affiliation
    bloc: list[int] = []
    for n in range(states):
        table.append((f"{ID}country/C{n:04d}", f"State {n}", "Country", None))
        bloc.append(n % BLOCS)
    for n in range(orgs):
        table.append((f"{ID}org/O{n:03d}", f"Organisation {n}", "Organization", None))
        bloc.append(n % BLOCS)
    for n in range(people):
        served = min(int(rng.paretovariate(1.2)) - 1, states - 1)
        table.append((f"{ID}person/p{n:04d}", f"Official {n}", "Official", table[served][0]))
        bloc.append(bloc[served])
    labels = {iri: label for iri, label, _, _ in table}
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(table))]
    members = [[n for n in range(len(table)) if bloc[n] == b] for b in range(BLOCS)]
    everyone = range(len(table))
    every_sum = list(itertools.accumulate(weights))
    bloc_sum = [list(itertools.accumulate(weights[m] for m in group)) for group in members]
    rows = []
    for n in range(interactions):
        (s,) = rng.choices(everyone, cum_weights=every_sum)
        if rng.random() < 2 / 3:
            (t,) = rng.choices(members[bloc[s]], cum_weights=bloc_sum[bloc[s]])
        else:
            (t,) = rng.choices(everyone, cum_weights=every_sum)
        while t == s:
            t = rng.randrange(len(table))
        source, target = table[s], table[t]
        doc = rng.randrange(interactions // 4)
        day = f"20{22 + doc % 2}-{1 + doc % 12:02d}-{1 + doc % 28:02d}"
        row = {
            "i": f"{ID}interaction/{n:06d}",
            "rel": IR + rng.choice(RELATIONS),
            "mod": IR + rng.choice(MODALITIES),
            "ev": " ".join(rng.choices(WORDS, k=18)).capitalize() + ".",
            "conf": f"{rng.uniform(0.4, 1):.2f}",
            "date": day,
            "doc": f"{ID}doc/d{doc}",
            "docid": f"d{doc}",
            "title": f"Report {doc}",
            "url": f"https://news.example/d{doc}",
        }
        for prefix, (iri, label, kind, serves) in (("s", source), ("t", target)):
            row.update({prefix: iri, f"{prefix}l": label, f"{prefix}type": IR + kind})
            if serves:
                row.update(
                    {
                        f"{prefix}aff": serves,
                        f"{prefix}affl": labels[serves],
                        f"{prefix}afftype": IR + "Country",
                    }
                )
        rows.append(row)
    return rows


@dataclass
class Measure:
    name: str
    network_s: float
    page_s: float
    page_mb: float
    interactive_s: float
    filter_ms: float
    slider_ms: float
    panel_filter_ms: float
    search_ms: float
    drawn_actors: int
    drawn_edges: int


def measure(
    name: str,
    rows: list[dict[str, str]],
    *,
    top: int,
    browser: Any,
    repeat: int,
    screenshot: Path | None = None,
) -> Measure:
    """Build the network and the page `repeat` times (best of), then time it in chromium."""
    network_times, page_times = [], []
    page = ""
    for _ in range(repeat):
        start = time.perf_counter()
        graph = network_from_rows(rows, modalities=ALL_MODALITIES)
        network_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        page = render_html(graph, title=name, max_actors=top)
        page_times.append(time.perf_counter() - start)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "graph.html"
        path.write_text(page, encoding="utf-8")
        found = [_in_browser(browser, path) for _ in range(repeat)]
        if screenshot:
            _screenshot(browser, path, screenshot)
    return Measure(
        name,
        min(network_times),
        min(page_times),
        len(page.encode("utf-8")) / 1e6,
        *(min(f[key] for f in found) for key in TIMED),
        int(found[-1]["actors"]),
        int(found[-1]["edges"]),
    )


TIMED = ("interactive", "filter", "slider", "panel_filter", "search")

# Each change is timed from the input event until the next frame is painted (two animation
# frames later), so vis-network's own redraw of the actors counts as well as the page script's.
BROWSER_SCRIPT = """async () => {
    const frame = () => new Promise(done =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))));
    const fire = (element) => element.dispatchEvent(new Event("input", {bubbles: true}));
    const meets = document.querySelector('input[name="relation"][value="meets"]');
    await frame();
    let t = performance.now();
    meets.click();
    await frame();
    const filter = performance.now() - t;
    meets.click();
    await frame();
    const handle = document.getElementById("irkg-from");
    t = performance.now();
    handle.value = String(Math.round(Number(handle.max) / 2));
    fire(handle);
    await frame();
    const slider = performance.now() - t;
    document.getElementById("irkg-reset").click();
    await frame();
    const degree = window.irkg.view().degree;
    const hub = degree.indexOf(Math.max(...degree));
    window.irkg.openNode(hub);
    await frame();
    t = performance.now();
    meets.click();
    await frame();
    const panel_filter = performance.now() - t;
    meets.click();
    await frame();
    const label = window.irkg.nodes.get({filter: n => !n.hidden})[0].label;
    t = performance.now();
    window.irkg.focusActor(label);
    const search = performance.now() - t;
    const shown = window.irkg.nodes.get({filter: n => !n.hidden}).length;
    return {filter, slider, panel_filter, search, actors: shown, edges: window.irkg.edges.length};
}"""


def _open(browser: Any, path: Path, *, height: int = 900) -> tuple[Any, Any, list[str], float]:
    context = browser.new_context(viewport={"width": 1400, "height": height})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("window.irkgReady === true", timeout=120_000)
    return context, page, errors, time.perf_counter() - start


def _in_browser(browser: Any, path: Path) -> dict[str, float]:
    """Time to interactive (navigation to the first drawing, all data processed), a filter
    change (untick `meets`), a move of the time slider (its first handle to the middle), the
    same filter change with the busiest actor's panel open, and a search (until its panel is
    open)."""
    context, page, errors, interactive = _open(browser, path)
    found = page.evaluate(BROWSER_SCRIPT)
    context.close()
    if errors:
        raise RuntimeError(f"the page of {path} raised: {errors}")
    return {"interactive": interactive, **found}


def _screenshot(browser: Any, path: Path, out: Path) -> None:
    """The page as it opens (coloured by community, the most central actors labelled)."""
    context, page, errors, _ = _open(browser, path, height=1200)  # tall enough for the legend
    page.wait_for_timeout(300)
    out.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(out))
    context.close()
    if errors:
        raise RuntimeError(f"the page of {path} raised: {errors}")


def _report(measures: list[Measure]) -> str:
    base = measures[0]
    lines = [
        f"{'graph':<36}{'network':>8}{'page':>7}{'size':>8}{'interactive':>12}{'filter':>8}"
        f"{'slider':>8}{'+panel':>8}{'search':>8}  drawn",
    ]
    for m in measures:
        lines.append(
            f"{m.name:<36}{m.network_s:>7.2f}s{m.page_s:>6.2f}s{m.page_mb:>6.2f}MB"
            f"{m.interactive_s:>11.2f}s{m.filter_ms:>6.0f}ms{m.slider_ms:>6.0f}ms"
            f"{m.panel_filter_ms:>6.0f}ms{m.search_ms:>6.0f}ms"
            f"  {m.drawn_actors} actors, {m.drawn_edges} edges"
        )
    lines.append("")
    for m in measures[1:]:
        lines.append(
            f"{m.name}: page build {m.page_s / base.page_s:.1f}x, interactive "
            f"{m.interactive_s / base.interactive_s:.1f}x, filter "
            f"{m.filter_ms / max(base.filter_ms, 1):.1f}x, slider "
            f"{m.slider_ms / max(base.slider_ms, 1):.1f}x, filter with a panel open "
            f"{m.panel_filter_ms / max(base.panel_filter_ms, 1):.1f}x the small baseline"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--interactions", type=int, default=20000)
    parser.add_argument("--top", type=int, default=DEFAULT_MAX_ACTORS)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-all", action="store_true", help="skip the page drawing every actor")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="also write a picture of the page drawing the 300 most active actors",
    )
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} is absent: install Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    large = synthetic_rows(args.actors, args.interactions)
    cases: list[tuple[str, list[dict[str, str]], int, Path | None]] = [
        ("small: 50 actors, 200 interactions", synthetic_rows(50, 200), args.top, None),
        (f"large: {args.actors:,} actors, {args.interactions:,} int.", large, args.top, None),
    ]
    if args.screenshot:
        cases.append(("large, --top 300", large, 300, args.screenshot))
    if not args.no_all:
        cases.append(("large, --top 0 (every actor drawn)", large, 0, None))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            measures = [
                measure(name, rows, top=top, browser=browser, repeat=args.repeat, screenshot=shot)
                for name, rows, top, shot in cases
            ]
        finally:
            browser.close()
    print(f"best of {args.repeat}; default --top {args.top}; chromium {CHROMIUM}")
    print(_report(measures))
    print(f"median interactive time: {statistics.median(m.interactive_s for m in measures):.2f}s")


if __name__ == "__main__":
    main()
