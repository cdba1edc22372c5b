"""Take the README's picture of the network view (docs/graph-view.png) as a person would.

Builds a store from the dev documents (or opens `--store`), writes the network page at country
level with `kg viz`, opens it in Debian's chromium (Playwright, /usr/bin/chromium), waits until
it is drawn, clicks the busiest edge (the most evidence sentences, then interactions) so that
its evidence fills the side panel, fits the network to the space left, and screenshots the page.

    .venv/bin/python scripts/screenshot_network_page.py
    .venv/bin/python scripts/screenshot_network_page.py --store out/store --out /tmp/graph.png \\
        --size 1400x900
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, sync_playwright

REPO = Path(__file__).resolve().parents[1]
DEV = [REPO.parent / "shared" / "eval" / name for name in ("voa-dev.jsonl", "plover-dev.jsonl")]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu"]
TITLE = "IRKG: VOA and PLOVER dev documents (country level)"
TIMEOUT_MS = 20_000


def build(inputs: list[Path], store: Path) -> None:
    command = [sys.executable, "-m", "kg", "build", *map(str, inputs), "--store", str(store)]
    subprocess.run([*command, "--no-progress"], check=True)


def write_page(store: Path, page: Path, title: str) -> None:
    command = [sys.executable, "-m", "kg", "viz", "--store", str(store), "--output", str(page)]
    subprocess.run([*command, "--level", "country", "--title", title], check=True)


def wait_until(page: Page, predicate: str) -> None:
    """Poll `predicate` (a JS function) from Python: the page's Content-Security-Policy forbids
    the eval that Playwright's wait_for_function polls with."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while time.monotonic() < deadline:
        if page.evaluate(predicate):
            return
        page.wait_for_timeout(50)
    raise TimeoutError(f"still false after {TIMEOUT_MS} ms: {predicate}")


def busiest_edge(page: Page) -> str:
    """The id of the drawn edge with the most evidence: distinct sentences, then interactions."""
    found: str = page.evaluate(
        """() => {
            const rows = JSON.parse(document.getElementById("irkg-data").textContent).interactions;
            const score = e => [new Set(e.rows.map(i => rows[i][7])).size, e.rows.length];
            const better = (a, b) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
            let best = null, bestScore = null;
            for (const edge of window.irkg.view().edges) {
                const s = score(edge);
                if (best === null || better(s, bestScore)) { best = edge; bestScore = s; }
            }
            return best.id;
        }"""
    )
    return found


def point_on_edge(page: Page, edge_id: str) -> dict[str, float] | None:
    """A point of the page where the page finds the edge (on its curve, off any actor)."""
    point: dict[str, float] | None = page.evaluate(
        """(id) => {
            const net = window.irkg.network;
            const edge = window.irkg.edges.get(id);
            const pos = net.getPositions([edge.from, edge.to]);
            const a = net.canvasToDOM(pos[edge.from]), b = net.canvasToDOM(pos[edge.to]);
            const box = document.getElementById("irkg-network").getBoundingClientRect();
            const dx = b.x - a.x, dy = b.y - a.y, length = Math.hypot(dx, dy);
            for (const along of [0.5, 0.4, 0.6, 0.3, 0.7]) {
                const hits = [];
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
    return point


def open_busiest_edge(page: Page) -> str:
    """Click the busiest edge as a reader would (or open its panel through the page's API when
    no free pixel shows it); return the panel's heading."""
    edge = busiest_edge(page)
    point = point_on_edge(page, edge)
    if point is not None:
        page.mouse.click(point["x"], point["y"])
    else:
        page.evaluate("(id) => window.irkg.openEdge(id)", edge)
    page.locator("#irkg-panel").wait_for(state="visible", timeout=TIMEOUT_MS)
    page.mouse.move(0, 0)  # no tooltip over the picture
    page.evaluate("window.irkg.network.fit({animation: false})")  # the panel narrowed the view
    page.wait_for_timeout(300)
    heading: str = page.locator("#irkg-panel h2").inner_text()
    return heading


def screenshot(html: Path, out: Path, size: tuple[int, int]) -> dict[str, Any]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": size[0], "height": size[1]})
        page.goto(html.as_uri())
        wait_until(page, "() => window.irkgReady === true")
        heading = open_busiest_edge(page)
        summary = page.locator("#irkg-summary").inner_text()
        page.screenshot(path=str(out))
        browser.close()
    return {"panel": heading, "summary": summary}


def parse_size(text: str) -> tuple[int, int]:
    width, height = text.lower().split("x", 1)
    return int(width), int(height)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="an existing store (default: build the dev set)")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "graph-view.png")
    parser.add_argument("--size", type=parse_size, default=(1400, 900), help="WIDTHxHEIGHT")
    parser.add_argument("--title", default=TITLE)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        store = args.store
        if store is None:
            store = Path(scratch) / "store"
            build([p for p in DEV if p.exists()] or [REPO / "samples"], store)
        html = Path(scratch) / "graph.html"
        write_page(store, html, args.title)
        shown = screenshot(html, args.out, args.size)
    print(f"wrote {args.out}: {shown['summary']}; panel: {shown['panel']}")


if __name__ == "__main__":
    main()
