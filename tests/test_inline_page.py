"""kg.viz.inline: the network page as one iframe for notebooks, the page whole in `srcdoc` and
nothing of it, hostile labels included, able to end the attribute or the element."""

from __future__ import annotations

from html.parser import HTMLParser

import networkx as nx
import pytest

from kg.analysis.network import EdgeEvidence
from kg.errors import KGError
from kg.viz.inline import SANDBOX, inline_page
from kg.viz.page import render_html

HOSTILE = '"></iframe><script>window.irkgXss=1</script><img src=x onerror="window.irkgXss=2">'


class Elements(HTMLParser):
    """Every start tag with its attributes, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def network(label: str) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("https://w3id.org/irkg/id/country/USA", label="United States", kind="Country")
    graph.add_node("https://w3id.org/irkg/id/country/XEV", label=label, kind="Country")
    evidence = EdgeEvidence(
        doc_id="d1", sentence=f"{label} was sanctioned.", modality="Asserted", confidence=0.9,
        date="2020-01-03", title=label, url=None,
    )  # fmt: skip
    graph.add_edge(
        "https://w3id.org/irkg/id/country/USA",
        "https://w3id.org/irkg/id/country/XEV",
        relation="sanctions",
        evidence=(evidence,),
    )
    return graph


def parsed(element: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Elements()
    parser.feed(element)
    parser.close()
    return parser.tags


def test_the_page_travels_whole_in_srcdoc() -> None:
    graph = network(HOSTILE)
    frame = inline_page(graph, title=HOSTILE, height=500)
    ((tag, attributes),) = parsed(frame.html)  # one element: nothing ended the attribute
    assert tag == "iframe"
    assert attributes["srcdoc"] == render_html(graph, title=HOSTILE)
    assert attributes["title"] == HOSTILE
    assert attributes["sandbox"] == SANDBOX and "allow-same-origin" not in SANDBOX
    assert "height: 500px" in (attributes["style"] or "")
    assert frame.html.count("<") == 2 and frame.html.endswith("></iframe>")  # its own tags
    assert frame._repr_html_() == frame.html  # what Jupyter displays
    assert repr(frame).startswith("<InlinePage: ") and len(repr(frame)) < 100  # not the page


def test_the_page_inside_is_the_self_contained_page() -> None:
    srcdoc = parsed(inline_page(network("Evil")).html)[0][1]["srcdoc"] or ""
    assert srcdoc.startswith("<!DOCTYPE html>")
    assert "Content-Security-Policy" in srcdoc and "connect-src 'none'" in srcdoc
    assert 'src="http' not in srcdoc and 'href="http' not in srcdoc  # nothing fetched


def test_a_page_too_short_to_read_is_refused() -> None:
    with pytest.raises(KGError, match="height"):
        inline_page(network("Evil"), height=20)
