"""The notebooks: committed without outputs, free of logic of their own, and running top to
bottom on the bundled samples (nbclient, the `python3` kernel of this virtualenv)."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = ["01_quickstart", "02_sparql", "03_network_analysis"]
CELL_TIMEOUT_S = 180


def load(name: str) -> Any:
    return nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)


def code_cells(notebook: Any) -> list[Any]:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


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


def _text_outputs(notebook: Any) -> str:
    parts = []
    for cell in code_cells(notebook):
        for output in cell.outputs:
            parts.append(output.get("text", ""))
            parts.append(output.get("data", {}).get("text/plain", ""))
    return "\n".join(parts)


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "01_quickstart",
            ["document(s) built", "problems: []", "network: country level", "graph.html"],
        ),
        ("02_sparql", ["who-sanctions", "United States"]),
        ("03_network_analysis", ["modularity", "cuba.html", "countries.gexf", "timeline.csv"]),
    ],
)
def test_notebook_runs_top_to_bottom(
    name: str, expected: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs in a kernel of this interpreter (jupyter_client starts `python3` kernels with
    sys.executable), so the notebook sees the same kg and the same spaCy pipeline; its
    temporary folder (store, page, exports) goes into the test's."""
    from nbclient import NotebookClient

    monkeypatch.setenv("TMPDIR", str(tmp_path))

    notebook = load(name)
    client = NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=CELL_TIMEOUT_S,
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()
    errors = [
        output
        for cell in code_cells(notebook)
        for output in cell.outputs
        if output.output_type == "error"
    ]
    assert errors == []
    text = _text_outputs(notebook)
    for fragment in expected:
        assert fragment in text, f"{name}: {fragment!r} not in the outputs"
    assert list(tmp_path.glob("irkg-notebook-*/store"))  # the notebook's store went there
