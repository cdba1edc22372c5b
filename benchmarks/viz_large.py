"""How the network page copes with a large graph: 2,000 actors and 20,000 interactions.

A synthetic network (a few busy states, a long tail, officials serving states, dates over two
years) is turned into rows of `kg.viz.INTERACTIONS_QUERY`, then into the network, then into the
page; Debian's chromium (through Playwright) opens the page and reports when it is interactive
and how long a filter change takes. A small baseline graph is measured in the same run, so the
ratios, not the absolute times, are what to compare across machines:

    .venv/bin/python benchmarks/viz_large.py [--actors 2000] [--interactions 20000] [--top 150]
"""

from __future__ import annotations

import argparse
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


def synthetic_rows(actors: int, interactions: int, *, seed: int = 1) -> list[dict[str, str]]:
    """Rows as the store would return them: actor activity follows a power law, a tenth of
    the actors are officials serving a state, one in twenty an organisation."""
    rng = random.Random(seed)
    people = actors // 10
    orgs = actors // 20
    states = actors - people - orgs
    table: list[tuple[str, str, str, str | None]] = []  # iri, label, kind, affiliation
    for n in range(states):
        table.append((f"{ID}country/C{n:04d}", f"State {n}", "Country", None))
    for n in range(orgs):
        table.append((f"{ID}org/O{n:03d}", f"Organisation {n}", "Organization", None))
    for n in range(people):
        serves = table[min(int(rng.paretovariate(1.2)) - 1, states - 1)][0]
        table.append((f"{ID}person/p{n:04d}", f"Official {n}", "Official", serves))
    labels = {iri: label for iri, label, _, _ in table}
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(table))]
    rows = []
    for n in range(interactions):
        source, target = rng.choices(table, weights=weights, k=2)
        while target[0] == source[0]:
            target = rng.choice(table)
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
    search_ms: float
    drawn_actors: int
    drawn_edges: int


def _best(values: list[float]) -> float:
    return min(values)


def measure(
    name: str, rows: list[dict[str, str]], *, top: int, browser: Any, repeat: int
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
        interactive, filtering, search, drawn = [], [], [], (0, 0)
        for _ in range(repeat):
            found = _in_browser(browser, path)
            interactive.append(found["interactive"])
            filtering.append(found["filter"])
            search.append(found["search"])
            drawn = (found["actors"], found["edges"])
    return Measure(
        name,
        _best(network_times),
        _best(page_times),
        len(page.encode("utf-8")) / 1e6,
        _best(interactive),
        _best(filtering),
        _best(search),
        *drawn,
    )


def _in_browser(browser: Any, path: Path) -> dict[str, float]:
    """Time to interactive (navigation to the first drawing, all data processed), a filter
    change (untick `meets`, until redrawn) and a search (until the actor's panel is open)."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("window.irkgReady === true", timeout=120_000)
    interactive = time.perf_counter() - start
    found = page.evaluate(
        """async () => {
            const redrawn = () =>
                new Promise(done => window.irkg.network.once("afterDrawing", done));
            let t = performance.now();
            document.querySelector('input[name="relation"][value="meets"]').click();
            await redrawn();
            const filter = performance.now() - t;
            const label = window.irkg.nodes.get({filter: n => !n.hidden})[0].label;
            t = performance.now();
            window.irkg.focusActor(label);
            const search = performance.now() - t;
            const shown = window.irkg.nodes.get({filter: n => !n.hidden}).length;
            return {filter, search, actors: shown, edges: window.irkg.edges.length};
        }"""
    )
    context.close()
    if errors:
        raise RuntimeError(f"the page of {path} raised: {errors}")
    return {"interactive": interactive, **found}


def _report(measures: list[Measure]) -> str:
    base = measures[0]
    lines = [
        f"{'graph':<34}{'network':>9}{'page':>8}{'size':>9}{'interactive':>13}{'filter':>9}"
        f"{'search':>9}  drawn",
    ]
    for m in measures:
        lines.append(
            f"{m.name:<34}{m.network_s:>8.2f}s{m.page_s:>7.2f}s{m.page_mb:>7.2f}MB"
            f"{m.interactive_s:>12.2f}s{m.filter_ms:>7.0f}ms{m.search_ms:>7.0f}ms"
            f"  {m.drawn_actors} actors, {m.drawn_edges} edges"
        )
    lines.append("")
    for m in measures[1:]:
        lines.append(
            f"{m.name}: page build {m.page_s / base.page_s:.1f}x, interactive "
            f"{m.interactive_s / base.interactive_s:.1f}x, filter "
            f"{m.filter_ms / max(base.filter_ms, 1):.1f}x the small baseline"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--interactions", type=int, default=20000)
    parser.add_argument("--top", type=int, default=DEFAULT_MAX_ACTORS)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-all", action="store_true", help="skip the page drawing every actor")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} is absent: install Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    cases = [
        ("small: 50 actors, 200 interactions", synthetic_rows(50, 200), args.top),
        (
            f"large: {args.actors:,} actors, {args.interactions:,} int.",
            synthetic_rows(args.actors, args.interactions),
            args.top,
        ),
    ]
    if not args.no_all:
        cases.append(("large, --top 0 (every actor drawn)", cases[1][1], 0))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            measures = [
                measure(name, rows, top=top, browser=browser, repeat=args.repeat)
                for name, rows, top in cases
            ]
        finally:
            browser.close()
    print(f"best of {args.repeat}; default --top {args.top}; chromium {CHROMIUM}")
    print(_report(measures))
    print(f"median interactive time: {statistics.median(m.interactive_s for m in measures):.2f}s")


if __name__ == "__main__":
    main()
