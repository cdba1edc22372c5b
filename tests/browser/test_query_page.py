"""The query page of `kg serve` in a real browser (Debian's chromium driven by Playwright): the
vendored SPARQL editor (highlighting, completion of prefixes, ontology terms and actors), the
query library with parameter fields, the result table with labels and links into the network
view; hostile text; no console error and no request leaving the server (every request is routed
through a check that refuses any other host)."""

from __future__ import annotations

import urllib.parse
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
EVIL_LABEL = '<img src=x onerror="window.irkgXss=3">Evil Org'
EVIL = Actor("org/EVIL", ActorKind.ORGANIZATION, EVIL_LABEL, code="EVIL")
HOSTILE = (
    'Russia criticized Washington <img src=x onerror="window.irkgXss=1"> '
    '<script>window.irkgXss=2</script> "quoted" & \\ text.'
)
ID = "https://w3id.org/irkg/id/"
TIMEOUT_MS = 10_000


def fill(store: Store) -> None:
    d1 = Document("d1", "Trump imposed sanctions on Cuba.", date="2019-07-24")
    d2 = Document("d2", HOSTILE, date="2019-07-25")
    d3 = Document("d3", "Russia criticized the organisation.", date="2019-07-26")
    for doc, fact in (
        (d1, Interaction("d1", TRUMP, Relation.SANCTIONS, CUB, Modality.ASSERTED, d1.text, 0,
                         len(d1.text), 0.8)),
        (d2, Interaction("d2", RUS, Relation.CRITICIZES, USA, Modality.ASSERTED, HOSTILE, 0,
                         len(HOSTILE), 0.7)),
        (d3, Interaction("d3", RUS, Relation.CRITICIZES, EVIL, Modality.ASSERTED, d3.text, 0,
                         len(d3.text), 0.6)),
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


@pytest.fixture
def refused(page: Any, server: SparqlServer) -> list[str]:
    """Every request the page makes goes through this route: one to anywhere but the server
    (or a data: URL) is aborted and recorded."""
    aborted: list[str] = []

    def check(route: Any) -> None:
        url = route.request.url
        if url.startswith((server.url, "data:")):
            route.continue_()
        else:
            aborted.append(url)
            route.abort()

    page.route("**/*", check)
    return aborted


def open_page(page: Any, server: SparqlServer) -> None:
    page.goto(server.url)
    page.wait_for_selector("#examples[data-loaded]", state="attached", timeout=TIMEOUT_MS)
    page.wait_for_selector("#query[data-vocabulary]", state="attached", timeout=TIMEOUT_MS)


def editor_text(page: Any) -> str:
    return str(page.evaluate("window.irkgQuery.editor.getValue()"))


def set_query(page: Any, query: str) -> None:
    page.evaluate("(text) => window.irkgQuery.editor.setValue(text)", query)


def type_in_editor(page: Any, text: str) -> None:
    """Type at the end of the editor, key by key, as a person would."""
    page.locator(".CodeMirror").click()
    page.keyboard.press("Control+End")
    page.keyboard.type(text)


def hints(page: Any) -> list[str]:
    page.wait_for_selector(".CodeMirror-hints li", timeout=TIMEOUT_MS)
    return [str(text) for text in page.locator(".CodeMirror-hints li").all_inner_texts()]


def runs(page: Any) -> int:
    """How many runs the page has finished (each sets `body[data-runs]` when it is shown)."""
    return int(page.evaluate("Number(document.body.dataset.runs || 0)"))


def wait_for_answer(page: Any, before: int) -> None:
    """Wait until the run after the `before`-th has shown its answer (and its labels)."""
    page.wait_for_function(
        "(before) => Number(document.body.dataset.runs || 0) > before && "
        "(!document.getElementById('results') || "
        " document.getElementById('results').dataset.labelled === 'true')",
        arg=before,
        timeout=TIMEOUT_MS,
    )


def run(page: Any, query: str | None = None) -> None:
    """Set the query (when given) and run it; wait for the answer and its labels."""
    if query is not None:
        set_query(page, query)
    before = runs(page)
    page.click("#run")
    wait_for_answer(page, before)


def table(page: Any) -> tuple[list[str], list[list[str]]]:
    head = page.locator("#results thead th").all_inner_texts()
    rows = [
        [" ".join(text.split()) for text in row.locator("td").all_inner_texts()]
        for row in page.locator("#results tbody tr").all()
    ]
    return head, rows


def assert_clean(
    page_log: Any, server: SparqlServer, refused: list[str], allowed_errors: int = 0
) -> None:
    """No console error (beyond those allowed) and no request to anywhere but the server."""
    assert len(page_log.errors) <= allowed_errors, page_log.errors
    assert refused == []
    strays = [u for u in page_log.requests if not u.startswith((server.url, "data:"))]
    assert strays == [], strays


# ---------------------------------------------------------------------------- the editor


def test_typing_a_query_highlights_it_and_reads_the_table(
    page: Any, page_log: Any, server: SparqlServer, refused: list[str]
) -> None:
    open_page(page, server)
    set_query(page, "")
    type_in_editor(page, "SELECT ?who ?label WHERE { ?who ir:sanctions ?whom ; rdfs:label ?label }")
    type_in_editor(page, " ORDER BY ?label ")
    text = editor_text(page)
    # typing a standard prefix declared it, as YASQE does, from the graph's own prefixes
    assert "PREFIX ir: <https://w3id.org/irkg/ontology#>" in text
    assert "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>" in text
    tokens = page.locator(".CodeMirror-code span[class^='cm-']").evaluate_all(
        "spans => spans.map(s => [s.className, s.textContent])"
    )
    assert ["cm-keyword", "SELECT"] in tokens and ["cm-keyword", "ORDER"] in tokens
    assert ["cm-atom", "?who"] in tokens and ["cm-string-2", "ir:sanctions"] in tokens
    assert page.locator(".parseErrorIcon").count() == 0  # the editor's own syntax check
    before = runs(page)
    page.keyboard.press("Control+Enter")  # in the editor
    wait_for_answer(page, before)
    head, rows = table(page)
    assert head == ["who", "label"]
    assert rows == [
        ["Donald Trump irkg:person/donald-trump", "Donald Trump"],
        ["United States irkg:country/USA", "United States"],
    ]
    assert page.locator("#status").inner_text().startswith("2 rows")
    first = page.locator("#results tbody td").first
    assert first.get_attribute("title") == ID + "person/donald-trump"
    assert page.locator("#download-csv").get_attribute("href").startswith("/sparql?format=csv")
    assert_clean(page_log, server, refused)


def test_completion_offers_ontology_terms_and_actors(
    page: Any, page_log: Any, server: SparqlServer, refused: list[str]
) -> None:
    open_page(page, server)
    set_query(page, "")
    type_in_editor(page, "SELECT ?x WHERE { ?x ir:sanc")
    assert hints(page) == ["ir:sanctions  —  property: sanctions"]
    page.keyboard.press("Enter")
    type_in_editor(page, " irkg:cub")
    assert hints(page) == ["irkg:country\\/CUB  —  Cuba (Country)"]
    page.keyboard.press("Enter")
    type_in_editor(page, " }")
    text = editor_text(page)
    assert text.endswith("SELECT ?x WHERE { ?x ir:sanctions irkg:country\\/CUB }")
    assert "PREFIX irkg: <https://w3id.org/irkg/id/>" in text
    run(page)  # the completed names are SPARQL that runs
    assert [row[0].split()[0] for row in table(page)[1]] == ["Donald", "United"]
    # classes and named values of the ontology too, and prefixes after PREFIX (Ctrl+Space)
    set_query(page, "")
    type_in_editor(page, "SELECT ?x WHERE { ?x a ir:Offi")
    assert hints(page) == ["ir:Official  —  class: Official"]
    set_query(page, "")
    type_in_editor(page, "PREFIX pro")
    page.keyboard.press("Control+Space")
    assert hints(page) == ["prov: <http://www.w3.org/ns/prov#>"]
    assert_clean(page_log, server, refused)


# ---------------------------------------------------------------------------- the library


def test_a_library_query_with_its_parameter_fields(
    page: Any, page_log: Any, server: SparqlServer, refused: list[str]
) -> None:
    open_page(page, server)
    assert page.locator("#examples option").count() > 10
    page.select_option("#examples", "who-sanctions")
    assert page.locator("#example-description").inner_text().startswith("The states")
    field = page.locator("#param-target")
    assert field.input_value() == "CUB" and field.get_attribute("list") == "actor-names"
    assert f"<{ID}country/CUB>" in editor_text(page)  # the default, written in by the server
    field.fill("Russia")  # a label: the server resolves it
    field.press("Enter")
    page.wait_for_function("() => window.irkgQuery.editor.getValue().includes('country/RUS')")
    run(page)
    assert page.locator("#status").inner_text().startswith("0 rows")
    field.fill("Cuba")
    run(page)  # the change binds first, then the query runs
    assert f"<{ID}country/CUB>" in editor_text(page)
    head, rows = table(page)
    assert head[:4] == ["target", "who", "label", "kind"]
    assert [row[2] for row in rows] == ["Donald Trump", "United States"]
    assert rows[0][0] == "Cuba irkg:country/CUB"  # the bound parameter, labelled
    field.fill("Atlantis")
    run(page)
    status = page.locator("#status")
    assert "error" in (status.get_attribute("class") or "")
    assert status.inner_text().startswith("The parameters do not fit: no actor 'Atlantis'")
    # the only console message is chromium's own note of the 400 answer
    assert all("status of 400" in e for e in page_log.errors), page_log.errors
    assert_clean(page_log, server, refused, allowed_errors=1)


def test_an_actor_in_the_results_opens_the_network_view_on_it(
    page: Any, page_log: Any, server: SparqlServer, refused: list[str]
) -> None:
    open_page(page, server)
    run(page, "SELECT ?who WHERE { ?who ir:sanctions <https://w3id.org/irkg/id/country/CUB> }")
    link = page.locator("#results a.actor", has_text="Donald Trump")
    focus = urllib.parse.quote(ID + "person/donald-trump", safe="")
    assert link.get_attribute("href") == f"/network?focus={focus}"
    run(page, "SELECT ?i WHERE { ?i a ir:Interaction } LIMIT 1")
    assert page.locator("#results a").count() == 0  # only actors link to the network
    run(page, "SELECT ?who WHERE { ?who ir:sanctions <https://w3id.org/irkg/id/country/CUB> }")
    page.locator("#results a.actor", has_text="Donald Trump").click()
    page.wait_for_url(f"**/network?focus={focus}", timeout=TIMEOUT_MS)
    panel = page.locator("#irkg-panel")
    panel.wait_for(state="visible", timeout=TIMEOUT_MS)
    assert panel.locator("h2").inner_text() == "Donald Trump"
    assert page.evaluate("window.irkg.network.getSelectedNodes()") == [
        page.evaluate("window.irkg.nodes.get().find(n => n.label === 'Donald Trump').id")
    ]
    assert_clean(page_log, server, refused)


# ---------------------------------------------------------------------------- hostile text


def test_hostile_text_stays_text(
    page: Any, page_log: Any, server: SparqlServer, refused: list[str]
) -> None:
    open_page(page, server)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    run(
        page,
        "SELECT ?evidence WHERE { ?i ir:evidence ?evidence FILTER (CONTAINS(?evidence, 'img')) }",
    )
    assert table(page)[1] == [[" ".join(HOSTILE.split())]]
    # a hostile label: in the result table, as a link's text, and in the completion list
    run(page, "SELECT ?whom WHERE { ?who ir:criticizes ?whom } ORDER BY ?whom")
    assert page.locator("#results a.actor .label").all_inner_texts() == [
        "United States",  # country/USA before org/EVIL
        EVIL_LABEL,
    ]
    set_query(page, "")
    type_in_editor(page, "SELECT ?x WHERE { ?x ir:criticizes irkg:org")
    assert hints(page) == [f"irkg:org\\/EVIL  —  {EVIL_LABEL} (Organization)"]
    assert page.evaluate("window.irkgXss") is None
    assert page.locator("img").count() == 0 and page.locator("#results script").count() == 0
    assert dialogs == []
    assert not [u for u in page_log.requests if u.endswith("/x")]
    assert_clean(page_log, server, refused)


# ---------------------------------------------------------------------------- other answers


def test_ask_and_construct_answers(
    page: Any, page_log: Any, server: SparqlServer, refused: list[str]
) -> None:
    open_page(page, server)
    run(page, "ASK { ?a ir:sanctions ?b }")
    assert page.locator("#output pre").inner_text() == "true"
    run(page, "CONSTRUCT { ?a ir:sanctions ?b } WHERE { ?a ir:sanctions ?b }")
    assert "ir:sanctions" in page.locator("#output pre").inner_text()
    assert_clean(page_log, server, refused)


def test_a_malformed_query_shows_the_server_message(
    page: Any, page_log: Any, server: SparqlServer, refused: list[str]
) -> None:
    open_page(page, server)
    run(page, "SELECT ?x WHERE { ?x ?p ?o } }")
    status = page.locator("#status")
    assert "error" in (status.get_attribute("class") or "")
    assert status.inner_text().startswith("Error 400: the query is not valid SPARQL")
    # the editor marks the line before it runs, and says what it expected there
    page.hover(".parseErrorIcon")
    assert page.locator(".yasqe_tooltip").inner_text().startswith("This line is invalid. Expected:")
    underline = "getComputedStyle(document.querySelector('.yasqe_tooltip strong')).textDecoration"
    assert page.evaluate(underline).startswith("underline")
    # chromium's own note of the 400 answer, and the page policy refusing the inline style
    # YASQE gives the expected tokens (query.css underlines them instead)
    notes = [e for e in page_log.errors if "status of 400" not in e]
    assert notes and all("Applying inline style violates" in e for e in notes), notes
    page_log.console_errors.clear()
    assert_clean(page_log, server, refused)


@pytest.mark.parametrize("level", ["actor", "country"])
def test_the_network_view_is_served_offline(
    page: Any, page_log: Any, server: SparqlServer, refused: list[str], level: str
) -> None:
    page.goto(f"{server.url}network?level={level}")
    page.wait_for_load_state("load")
    assert "IRKG network" in page.title()
    assert page.evaluate("window.irkgXss") is None
    assert_clean(page_log, server, refused)
