"""Shared fixtures. The trained pipeline is loaded lazily, once per session, by the tests that
need it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    """The extractor on the configured spaCy pipeline (tests using it are marked `model`)."""
    from kg.extractor import Extractor
    from kg.settings import Settings

    return Extractor.from_model(Settings.from_env().model)


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    path = SHARED / "eval"
    if not path.is_dir():
        pytest.skip("../shared/eval is not next to the repository")
    return path


# -- the command line, in-process ----------------------------------------------------------------

SEED_TEXT = REPO / "samples" / "russia-cuba.txt"


@pytest.fixture
def kg_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run `kg ARGS...` in-process with typer's CliRunner; returns the click `Result`
    (`exit_code`, `stdout`, `stderr`). `$IRKG_STORE` points into `tmp_path`, so that a test
    that forgets `--store` never writes into the working tree."""
    from typer.testing import CliRunner

    from kg.cli import app

    monkeypatch.setenv("IRKG_STORE", str(tmp_path / "default-store"))
    runner = CliRunner()

    def run(*args: str | Path, input: str | None = None) -> Result:
        return runner.invoke(app, [str(arg) for arg in args], input=input)

    return run


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory, extractor: object) -> Path:
    """A store built by `kg build samples/russia-cuba.txt`, once per session. Open it read-only."""
    from typer.testing import CliRunner

    from kg.cli import app

    path = tmp_path_factory.mktemp("seed") / "store"
    args = ["build", str(SEED_TEXT), "--store", str(path), "--no-progress"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return path
