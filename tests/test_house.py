"""The rules of the package's layout, read from its import statements (parsed, not grepped):

* a `kg/cli/` command module imports the shared `kg.cli._util` and the library, never another
  command module;
* the library never imports the command line (only `kg/__main__.py` does);
* no module imports a private (`_name`) from another module.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kg"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> Iterator[tuple[str, list[str]]]:
    """(absolute module, imported names) for every import in the file, at any depth."""
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path.parent)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            yield base, [alias.name for alias in node.names]


MODULES = sorted(PACKAGE.rglob("*.py"))
COMMANDS = sorted(p for p in (PACKAGE / "cli").glob("*.py") if not p.name.startswith("_"))


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: p.name)
def test_a_command_module_imports_no_other_command_module(path: Path) -> None:
    for module, names in _imports(path):
        if module == "kg.cli":
            pytest.fail(f"{path.name} imports {names} from kg.cli")
        if module.startswith("kg.cli.") and module != "kg.cli._util":
            pytest.fail(f"{path.name} imports {module}")


def test_the_library_never_imports_the_command_line() -> None:
    offenders = [
        f"{_module_name(path)} imports {module}"
        for path in MODULES
        if not path.is_relative_to(PACKAGE / "cli") and path.name != "__main__.py"
        for module, _names in _imports(path)
        if module == "kg.cli" or module.startswith("kg.cli.")
    ]
    assert offenders == []


def test_no_module_imports_another_modules_private_names() -> None:
    offenders = [
        f"{_module_name(path)}: {name} from {module}"
        for path in MODULES
        for module, names in _imports(path)
        if module.startswith("kg")
        for name in names
        if name.startswith("_") and not name.startswith("__")
    ]
    assert offenders == []


def test_the_rules_see_imports_at_every_depth() -> None:
    """The reader finds a relative import inside a function, so the rules above can fail."""
    sample = PACKAGE / "cli" / "build.py"
    found = {module for module, _names in _imports(sample)}
    assert "kg.cli._util" in found
    assert "kg.pipeline" in found  # imported inside the command function
