"""The notebook form of the network page (kg.viz.inline) in a real browser: the iframe of
`inline_page`, put in a host page as Jupyter puts an HTML output, draws the network with no
error and no request, and a hostile label stays text, in the frame and in the host."""

from __future__ import annotations

from typing import Any

import pytest

from kg.viz.inline import inline_page
from tests.test_inline_page import HOSTILE, network

pytestmark = pytest.mark.browser

TIMEOUT_MS = 15_000
HOST = '<!DOCTYPE html><html><body><div class="output_html">{}</div></body></html>'


def test_the_inline_page_draws_in_its_frame(page: Any, page_log: Any) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.set_content(HOST.format(inline_page(network(HOSTILE), title=HOSTILE).html))
    frame = page.frame_locator("iframe")
    frame.locator("#irkg-network canvas").wait_for(timeout=TIMEOUT_MS)
    inner = next(f for f in page.frames if f is not page.main_frame)
    inner.wait_for_function("window.irkgReady === true", timeout=TIMEOUT_MS)
    labels = inner.evaluate("() => window.irkg.nodes.get().map(n => n.label).sort()")
    assert labels == sorted(["United States", HOSTILE])
    assert frame.locator("h1").inner_text() == HOSTILE  # the title, as text
    assert page.locator("iframe").count() == 1 and page.locator("script, img").count() == 0
    assert frame.locator("img").count() == 0
    box = page.locator("iframe").bounding_box()
    assert box is not None and box["height"] >= 600
    page.wait_for_timeout(200)
    assert page.evaluate("window.irkgXss") is None
    assert inner.evaluate("window.irkgXss") is None
    assert dialogs == [] and page_log.errors == []
    assert all(url in ("about:blank", "about:srcdoc") for url in page_log.requests), (
        page_log.requests
    )
