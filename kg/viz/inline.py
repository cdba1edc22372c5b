"""The network page inside a notebook: one `<iframe srcdoc>` that carries the whole page.

A notebook output that is a bare HTML page would mix the page's styles and scripts with the
notebook's own, and a page written to a file needs a server (or a file beside the notebook)
that JupyterLab and VS Code do not give. The page of `render_html` needs neither: it is
self-contained, so it travels whole as the `srcdoc` attribute of an iframe, escaped with
`html.escape(..., quote=True)` so that nothing in it can end the attribute (the page's own
data is already escaped JSON inside it). The iframe is sandboxed to run scripts only: the page
cannot reach the notebook, and its Content-Security-Policy still forbids any fetch. This is
how folium shows its maps; it renders in JupyterLab, Jupyter Notebook and VS Code alike.

>>> import networkx as nx
>>> frame = inline_page(nx.MultiDiGraph(), title='<b>"Nothing"</b>')
>>> frame.html.startswith('<iframe title="&lt;b&gt;&quot;Nothing&quot;&lt;/b&gt;" srcdoc="')
True
>>> "<b>" in frame.html
False
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import networkx as nx

from kg.errors import KGError
from kg.viz.page import DEFAULT_MAX_ACTORS, render_html

__all__ = ["DEFAULT_HEIGHT", "SANDBOX", "InlinePage", "inline_page"]

DEFAULT_HEIGHT = 640  # pixels: the page's filters, the network and its side panel
SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox"  # links open a new tab


@dataclass(frozen=True, slots=True)
class InlinePage:
    """The iframe element (`html`); a notebook displays it as HTML (`_repr_html_`)."""

    html: str

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:  # the text a console shows instead of the page
        return f"<InlinePage: the network page in an iframe, {len(self.html):,} characters>"


def inline_page(
    graph: nx.MultiDiGraph,
    *,
    title: str = "IRKG network",
    height: int = DEFAULT_HEIGHT,
    max_actors: int = DEFAULT_MAX_ACTORS,
    focus: str | None = None,
) -> InlinePage:
    """The page of `render_html` (same `title`, `max_actors` and `focus`) as an iframe to
    show in a notebook: the last expression of a cell, or `display(inline_page(...))`."""
    if height < 100:
        raise KGError(f"height is in pixels and must be at least 100, got {height}")
    page = render_html(graph, title=title, max_actors=max_actors, focus=focus)
    element = (
        f'<iframe title="{html.escape(title, quote=True)}" srcdoc="{html.escape(page, quote=True)}"'
        f' sandbox="{SANDBOX}" referrerpolicy="no-referrer"'
        f' style="width: 100%; height: {int(height)}px; border: 1px solid #d0d0d0;"></iframe>'
    )
    return InlinePage(element)
