"""The notebooks: committed without outputs, free of logic of their own, with a parameter cell,
and running top to bottom on the bundled samples (nbclient, the `python3` kernel of this
virtualenv): their plots are PNG images, the network page is an iframe that carries the whole
page, tables show labels instead of IRIs, and the temporary folder is gone at the end."""

from __future__ import annotations

import ast
import base64
import os
import struct
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import nbformat
import pytest

from kg.store import Store
from kg.workspace import PREFIX

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = ["01_quickstart", "02_sparql", "03_network_analysis"]
CELL_TIMEOUT_S = 180
PARAMETERS = {"STORE", "INPUTS", "OUTPUT"}
IRI = "https://w3id.org/irkg/"
EXPECTED = {  # text in the outputs, and how many plots and inline pages each notebook shows
    "01_quickstart": (["document(s) built", "problems: []", "network: country level"], 1, 1),
    "02_sparql": (["who-sanctions", "United States", "Russia"], 0, 0),
    "03_network_analysis": (["modularity", "focus.html", "countries.gexf", "timeline.csv"], 4, 1),
}


def load(name: str) -> Any:
    return nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)


def code_cells(notebook: Any) -> list[Any]:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def outputs(notebook: Any) -> list[Any]:
    return [output for cell in code_cells(notebook) for output in cell.outputs]


def test_the_three_notebooks_are_there() -> None:
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb")) == NAMES


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.stem)
def test_committed_notebooks_have_no_outputs(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    for index, cell in enumerate(code_cells(notebook)):
        where = f"{path.name}, code cell {index + 1}"
        assert cell.outputs == [], f"{where} has outputs: clear them before committing"
        assert cell.execution_count is None, f"{where} has an execution count: clear it"
    assert notebook.metadata.kernelspec.name == "python3"


@pytest.mark.parametrize("name", NAMES)
def test_notebooks_use_kg_and_define_no_logic(name: str) -> None:
    source = "\n".join(cell.source for cell in code_cells(load(name)))
    tree = ast.parse(source.replace("display(", "print("))
    defined = [
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda)
        and not isinstance(node, ast.Lambda)
    ]
    assert defined == [], f"{name} defines {defined}: put logic in kg, not in the notebook"
    loops = [n for n in ast.walk(tree) if isinstance(n, ast.For | ast.While)]
    assert loops == [], f"{name} has loops: a notebook shows kg's results, it does not compute"
    imported = {
        node.module.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert "kg" in imported


@pytest.mark.parametrize("name", NAMES)
def test_the_first_code_cell_holds_the_parameters(name: str) -> None:
    """papermill's convention: one cell tagged `parameters`, plain assignments of literals."""
    cells = code_cells(load(name))
    tagged = [cell for cell in cells if "parameters" in cell.metadata.get("tags", [])]
    assert tagged == [cells[0]], f"{name}: the first code cell, and only it, is `parameters`"
    assignments = ast.parse(cells[0].source).body
    assert all(isinstance(node, ast.Assign) for node in assignments)
    values = {
        node.targets[0].id: ast.literal_eval(node.value)  # type: ignore[attr-defined]
        for node in assignments
    }
    assert set(values) >= PARAMETERS and all(values[p] is None for p in PARAMETERS)


# ---------------------------------------------------------------------------- executed


class Tags(HTMLParser):
    """The start tags of an HTML fragment, with their attributes, as a browser reads them."""

    def __init__(self, fragment: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(fragment)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def execute(notebook: Any, tmp: Path) -> Any:
    """Run a notebook in a kernel of this interpreter (jupyter_client starts `python3` kernels
    with sys.executable, so it sees the same kg and spaCy pipeline), `$TMPDIR` set to `tmp`."""
    from nbclient import NotebookClient

    before = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = str(tmp)
    try:
        NotebookClient(
            notebook,
            kernel_name="python3",
            timeout=CELL_TIMEOUT_S,
            resources={"metadata": {"path": str(tmp)}},
        ).execute()
    finally:
        if before is None:
            del os.environ["TMPDIR"]
        else:
            os.environ["TMPDIR"] = before
    errors = [o for o in outputs(notebook) if o.output_type == "error"]
    assert errors == [], errors
    return notebook


@pytest.fixture(scope="module", params=NAMES)
def executed(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Any, Path]]:
    """Each notebook run once on the bundled samples; the tests read its outputs."""
    tmp = tmp_path_factory.mktemp(request.param)
    yield request.param, execute(load(request.param), tmp), tmp


def _text(output: Any) -> str:
    data = output.get("data", {})
    return "\n".join(
        [output.get("text", ""), data.get("text/plain", ""), data.get("text/html", "")]
    )


def _pages(notebook: Any) -> list[str]:
    return [
        o.data["text/html"]
        for o in outputs(notebook)
        if o.get("data", {}).get("text/html", "").startswith("<iframe")
    ]


@pytest.mark.model
def test_notebook_runs_top_to_bottom_and_cleans_up(executed: tuple[str, Any, Path]) -> None:
    name, notebook, tmp = executed
    text = "\n".join(_text(o) for o in outputs(notebook))
    for fragment in EXPECTED[name][0]:
        assert fragment in text, f"{name}: {fragment!r} not in the outputs"
    assert f"store: {tmp}/{PREFIX}" in text  # the notebook's store went into $TMPDIR ...
    assert list(tmp.glob(f"{PREFIX}*")) == []  # ... and was removed at the end
    assert "removed" in notebook.cells[-1].outputs[-1].text


@pytest.mark.model
def test_notebook_plots_are_png_images(executed: tuple[str, Any, Path]) -> None:
    name, notebook, _ = executed
    images = [o.data["image/png"] for o in outputs(notebook) if "image/png" in o.get("data", {})]
    assert len(images) == EXPECTED[name][1], f"{name}: {len(images)} plot(s)"
    for image in images:
        png = base64.b64decode(image)
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk
        assert width >= 400 and height >= 300


@pytest.mark.model
def test_the_network_page_is_inline_and_self_contained(executed: tuple[str, Any, Path]) -> None:
    name, notebook, _ = executed
    pages = _pages(notebook)
    assert len(pages) == EXPECTED[name][2]
    for page in pages:
        ((tag, attributes),) = Tags(page).tags  # one element: the page is inside the attribute
        srcdoc = attributes["srcdoc"] or ""
        assert tag == "iframe" and srcdoc.startswith("<!DOCTYPE html>")
        assert "allow-same-origin" not in (attributes["sandbox"] or "allow-same-origin")
        assert "vis.Network" in srcdoc or "vis-network" in srcdoc  # the library is inlined
        assert 'src="http' not in srcdoc and 'href="http' not in srcdoc  # nothing to fetch
        assert "src" not in attributes  # no file beside the notebook


@pytest.mark.model
def test_tables_show_labels_not_iris(executed: tuple[str, Any, Path]) -> None:
    name, notebook, _ = executed
    tables = [o for o in outputs(notebook) if 'class="dataframe"' in _text(o)]
    assert tables, f"{name} shows no table"
    pages = set(_pages(notebook))
    for output in outputs(notebook):
        if output.get("data", {}).get("text/html") in pages:
            continue  # the page's own data names actors by IRI, for its links
        assert IRI not in _text(output), f"{name}: an IRI in {_text(output)[:300]!r}"


@pytest.mark.model
def test_the_parameters_point_at_your_own_store(seed_store: Path, tmp_path: Path) -> None:
    """STORE set as papermill sets it: the store is read, not rebuilt, and never deleted."""
    notebook = load("02_sparql")
    code_cells(notebook)[0].source += f"\nSTORE = {str(seed_store)!r}\n"
    with Store(seed_store, read_only=True) as store:
        before = store.counts()
    text = "\n".join(_text(o) for o in outputs(execute(notebook, tmp_path)))
    assert f"store: {seed_store} (read-only)" in text
    assert "document(s) built" not in text
    assert "United States" in text  # who sanctions Cuba, in the seed article
    with Store(seed_store, read_only=True) as store:
        assert store.counts() == before
    assert list(tmp_path.glob(f"{PREFIX}*")) == []
