"""Take the README's picture of the query page (docs/query-page.png) the way a person would get it.

Builds a store from the dev documents (or opens `--store`), serves it with `kg.server`, opens the
page in Debian's chromium (Playwright, /usr/bin/chromium), chooses a library query, types its
parameter, runs it, and screenshots the editor and the labelled result table. A second picture
(docs/query-completion.png) shows the editor completing an actor by its label.

    .venv/bin/python scripts/screenshot_query_page.py
    .venv/bin/python scripts/screenshot_query_page.py --store out/store --query who-criticizes \\
        --param target=Israel
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from kg.server import ServerLimits, SparqlServer

REPO = Path(__file__).resolve().parents[1]
DEV = [REPO.parent / "shared" / "eval" / name for name in ("voa-dev.jsonl", "plover-dev.jsonl")]
CHROMIUM = "/usr/bin/chromium"
TIMEOUT_MS = 20_000


def build(inputs: list[Path], store: Path) -> None:
    command = [sys.executable, "-m", "kg", "build", *map(str, inputs), "--store", str(store)]
    subprocess.run([*command, "--no-progress"], check=True)


def run_library_query(page: Page, url: str, name: str, params: dict[str, str]) -> None:
    page.goto(url)
    page.wait_for_selector("#query[data-vocabulary]", state="attached", timeout=TIMEOUT_MS)
    page.wait_for_selector("#examples[data-loaded]", state="attached", timeout=TIMEOUT_MS)
    page.select_option("#examples", name)
    for key, value in params.items():
        page.fill(f"#param-{key}", value)
    page.click("#run")
    page.wait_for_selector("#results[data-labelled]", timeout=TIMEOUT_MS)
    page.mouse.move(0, 0)


def show_completion(page: Page, typed: str) -> None:
    page.evaluate("window.irkgQuery.editor.setValue('')")
    page.locator(".CodeMirror").click()
    page.keyboard.type(typed)
    page.wait_for_selector(".CodeMirror-hints li", timeout=TIMEOUT_MS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="an existing store (default: build the dev set)")
    parser.add_argument("--query", default="who-criticizes")
    parser.add_argument("--param", action="append", help="NAME=VALUE (default: target=Israel)")
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    args = parser.parse_args()
    params = dict(item.split("=", 1) for item in args.param or ["target=Israel"])
    with tempfile.TemporaryDirectory() as scratch:
        store = args.store
        if store is None:
            store = Path(scratch) / "store"
            build([p for p in DEV if p.exists()] or [REPO / "samples"], store)
        server = SparqlServer(store, limits=ServerLimits(max_running=1))
        server.start()
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=CHROMIUM, args=["--no-sandbox"]
                )
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                run_library_query(page, server.url, args.query, params)
                page.screenshot(path=str(args.out / "query-page.png"))
                show_completion(page, "SELECT ?who WHERE { ?who ir:criticizes irkg:isr")
                page.screenshot(
                    path=str(args.out / "query-completion.png"),
                    clip={"x": 0, "y": 0, "width": 1280, "height": 480},
                )
                browser.close()
        finally:
            server.shutdown()
    print(f"wrote {args.out / 'query-page.png'} and {args.out / 'query-completion.png'}")


if __name__ == "__main__":
    main()
