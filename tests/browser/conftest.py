"""Shared fixtures of the browser tests: Debian's chromium driven by Playwright.

The tests never download a browser: they launch /usr/bin/chromium (CI installs it with apt) and
are skipped, with the reason, when it is absent. `page` records console errors, page errors and
every request the page makes, so that a test can assert that nothing left the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

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


@dataclass
class PageLog:
    """What a page did: console errors, uncaught exceptions and requested URLs."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[str]:
        return self.console_errors + self.page_errors


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One chromium for the whole session (Debian's, launched by Playwright)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page_log() -> PageLog:
    return PageLog()


@pytest.fixture
def page(browser: Any, page_log: PageLog) -> Iterator[Any]:
    """A fresh page in its own context; `page_log` collects what it logs and requests."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    new_page = context.new_page()
    new_page.on(
        "console",
        lambda message: (
            page_log.console_errors.append(message.text) if message.type == "error" else None
        ),
    )
    new_page.on("pageerror", lambda error: page_log.page_errors.append(str(error)))
    new_page.on("request", lambda request: page_log.requests.append(request.url))
    try:
        yield new_page
    finally:
        context.close()
