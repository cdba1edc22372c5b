"""The query page of `kg serve` in a real browser (Debian's chromium driven by Playwright):
typing a query, running it, reading the result table; the library's examples; hostile text; no
console error and no request leaving the server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kg.rdf.build import document_graph
from kg.server import ServerLimits, SparqlServer
from kg.store import Store
from kg.types import Actor, ActorKind, Document, Interaction, Modality, Relation

pytestmark = pytest.mark.browser

USA = Actor("country/USA", ActorKind.COUNTRY, "United States", code="USA")
CUB = Actor("country/CUB", ActorKind.COUNTRY, "Cuba", code="CUB")
RUS = Actor("country/RUS", ActorKind.COUNTRY, "Russia", code="RUS")
TRUMP = Actor("person/donald-trump", ActorKind.OFFICIAL, "Donald Trump", affiliation="country/USA")
HOSTILE = (
    'Russia criticized Washington <img src=x onerror="window.irkgXss=1"> '
    '<script>window.irkgXss=2</script> "quoted" & \\ text.'
)
TIMEOUT_MS = 10_000


def fill(store: Store) -> None:
    d1 = Document("d1", "Trump imposed sanctions on Cuba.", date="2019-07-24")
    d2 = Document("d2", HOSTILE, date="2019-07-25")
    for doc, fact in (
        (d1, Interaction("d1", TRUMP, Relation.SANCTIONS, CUB, Modality.ASSERTED, d1.text, 0,
                         len(d1.text), 0.8)),
        (d2, Interaction("d2", RUS, Relation.CRITICIZES, USA, Modality.ASSERTED, HOSTILE, 0,
                         len(HOSTILE), 0.7)),
    ):  # fmt: skip
        triples, direct = document_graph(doc, [fact], [USA])
        store.replace_document(doc, triples, direct=direct)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    path = tmp_path_factory.mktemp("page") / "store"
    with Store(path) as store:
        fill(store)
    running = SparqlServer(path, limits=ServerLimits(max_running=2))
    running.start()
    try:
        yield running
    finally:
        running.shutdown()


def open_page(page: Any, server: SparqlServer) -> None:
    page.goto(server.url)
    page.wait_for_selector("#examples[data-loaded]", state="attached", timeout=TIMEOUT_MS)


def run(page: Any, query: str | None = None) -> None:
    """Type the query (when given) and run it; wait for the answer."""
    editor = page.locator("#query")
    if query is not None:
        editor.fill("")
        editor.press_sequentially(query)
    page.click("#run")
    page.wait_for_function(
        "() => !document.getElementById('run').disabled && "
        "!document.getElementById('status').textContent.startsWith('Running')",
        timeout=TIMEOUT_MS,
    )


def table(page: Any) -> tuple[list[str], list[list[str]]]:
    head = page.locator("#results thead th").all_inner_texts()
    rows = [row.locator("td").all_inner_texts() for row in page.locator("#results tbody tr").all()]
    return head, rows


def assert_clean(page_log: Any, server: SparqlServer, allowed_errors: int = 0) -> None:
    """No console error (beyond those allowed) and no request to anywhere but the server."""
    assert len(page_log.errors) <= allowed_errors, page_log.errors
    strays = [u for u in page_log.requests if not u.startswith((server.url, "data:"))]
    assert strays == [], strays


def test_typing_a_query_and_reading_the_table(
    page: Any, page_log: Any, server: SparqlServer
) -> None:
    open_page(page, server)
    run(
        page,
        "SELECT ?who ?label WHERE { ?who ir:sanctions ?whom ; rdfs:label ?label } ORDER BY ?label",
    )
    head, rows = table(page)
    assert head == ["who", "label"]
    assert rows == [
        ["irkg:person/donald-trump", "Donald Trump"],
        ["irkg:country/USA", "United States"],
    ]
    assert page.locator("#status").inner_text().startswith("2 rows")
    full = page.locator("#results tbody td").first.get_attribute("title")
    assert full == "https://w3id.org/irkg/id/person/donald-trump"
    assert page.locator("#download-csv").get_attribute("href").startswith("/sparql?format=csv")
    assert_clean(page_log, server)


def test_an_example_from_the_library(page: Any, page_log: Any, server: SparqlServer) -> None:
    open_page(page, server)
    assert page.locator("#examples option").count() > 10
    page.select_option("#examples", "who-sanctions")
    assert "VALUES (?target)" in page.locator("#query").input_value()
    assert page.locator("#example-description").inner_text().startswith("The states")
    page.locator("#query").press("Control+Enter")
    page.wait_for_selector("#results", timeout=TIMEOUT_MS)
    head, rows = table(page)
    assert head[:4] == ["target", "who", "label", "kind"]
    assert [row[2] for row in rows] == ["Donald Trump", "United States"]
    assert_clean(page_log, server)


def test_hostile_text_stays_text(page: Any, page_log: Any, server: SparqlServer) -> None:
    open_page(page, server)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    run(
        page,
        "SELECT ?evidence WHERE { ?i ir:evidence ?evidence FILTER (CONTAINS(?evidence, 'img')) }",
    )
    _, rows = table(page)
    assert rows == [[HOSTILE]]
    assert page.evaluate("window.irkgXss") is None
    assert page.locator("#results img, #results script").count() == 0
    assert dialogs == []
    assert not [u for u in page_log.requests if u.endswith("/x")]
    assert_clean(page_log, server)


def test_ask_and_construct_answers(page: Any, page_log: Any, server: SparqlServer) -> None:
    open_page(page, server)
    run(page, "ASK { ?a ir:sanctions ?b }")
    assert page.locator("#output pre").inner_text() == "true"
    run(page, "CONSTRUCT { ?a ir:sanctions ?b } WHERE { ?a ir:sanctions ?b }")
    assert "ir:sanctions" in page.locator("#output pre").inner_text()
    assert_clean(page_log, server)


def test_a_malformed_query_shows_the_server_message(
    page: Any, page_log: Any, server: SparqlServer
) -> None:
    open_page(page, server)
    run(page, "SELECT ?x WHERE { ?x")
    status = page.locator("#status")
    assert "error" in (status.get_attribute("class") or "")
    assert status.inner_text().startswith("Error 400: the query is not valid SPARQL")
    # the only console message is chromium's own note of the 400 answer
    assert all("status of 400" in e for e in page_log.errors), page_log.errors
    assert_clean(page_log, server, allowed_errors=1)


@pytest.mark.parametrize("level", ["actor", "country"])
def test_the_network_view_is_served_offline(
    page: Any, page_log: Any, server: SparqlServer, level: str
) -> None:
    page.goto(f"{server.url}network?level={level}")
    page.wait_for_load_state("load")
    assert "IRKG network" in page.title()
    assert page.evaluate("window.irkgXss") is None
    assert_clean(page_log, server)
