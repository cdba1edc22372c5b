"""One settings object, read once: the environment, the command's options over it, and the same
defaults in the library as on the command line."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from kg import evaluate, pipeline
from kg.settings import (
    DEFAULT_MIN_CONFIDENCE,
    DEFAULT_MODEL,
    DEFAULT_STORE,
    Settings,
    SettingsError,
)
from kg.store import open_store
from tests.conftest import SEED_TEXT


def test_the_environment_overrides_each_default() -> None:
    env = {
        "IRKG_MODEL": "en_core_web_md",
        "IRKG_STORE": "graphs/news",
        "IRKG_MIN_CONFIDENCE": "0.65",
    }
    assert Settings.from_env(env) == Settings(
        model="en_core_web_md", store=Path("graphs/news"), min_confidence=0.65
    )
    assert Settings.from_env({}) == Settings(DEFAULT_MODEL, DEFAULT_STORE)


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:7878/query",
        "https://example.org:8443/sparql?graph=a",
        "HTTP://localhost:7878/query",  # a scheme ignores case
    ],
)
def test_a_server_url_in_the_environment_stays_a_url(url: str) -> None:
    """A `Path` would squeeze `http://` to `http:/`; the URL is kept exactly as written."""
    assert Settings.from_env({"IRKG_STORE": url}).store == url
    assert Settings().with_options(store=f" {url} ").store == url


@pytest.mark.parametrize("value", ["abc", "1.5", "-0.1", "nan"])
def test_an_unusable_min_confidence_is_refused(value: str) -> None:
    with pytest.raises(SettingsError, match="IRKG_MIN_CONFIDENCE"):
        Settings.from_env({"IRKG_MIN_CONFIDENCE": value})


def test_an_option_overrides_the_environment_and_none_keeps_it() -> None:
    base = Settings.from_env({"IRKG_MIN_CONFIDENCE": "0.9", "IRKG_MODEL": "m"})
    assert base.with_options().min_confidence == 0.9
    assert base.with_options(min_confidence=0.0).min_confidence == 0.0
    assert base.with_options(model=None).model == "m"


def test_the_library_and_the_command_line_share_one_default() -> None:
    """`pipeline.build` and `evaluate.predict` default to the threshold `kg build` uses."""
    for function in (pipeline.build, evaluate.predict):
        default = inspect.signature(function).parameters["min_confidence"].default
        assert default == DEFAULT_MIN_CONFIDENCE, function.__qualname__
    assert Settings().min_confidence == DEFAULT_MIN_CONFIDENCE


def _interactions(store: Path) -> int:
    with open_store(store, read_only=True) as opened:
        return int(opened.counts()["interactions"])


@pytest.mark.model
def test_kg_build_honours_irkg_min_confidence(
    kg_cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No interaction is certain: at 1.0 nothing is stored; `--min-confidence` beats the
    environment; the default stores what a threshold of 0.4 keeps."""
    default, strict, overridden = (tmp_path / name for name in ("default", "strict", "over"))
    assert kg_cli("build", SEED_TEXT, "--store", default, "--no-progress").exit_code == 0
    monkeypatch.setenv("IRKG_MIN_CONFIDENCE", "1.0")
    assert kg_cli("build", SEED_TEXT, "--store", strict, "--no-progress").exit_code == 0
    options = ("--store", overridden, "--no-progress", "--min-confidence", "0.4")
    assert kg_cli("build", SEED_TEXT, *options).exit_code == 0
    assert _interactions(default) > 0
    assert _interactions(strict) == 0
    assert _interactions(overridden) == _interactions(default)


def test_a_bad_setting_stops_every_command_cleanly(
    kg_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IRKG_MIN_CONFIDENCE", "lots")
    result = kg_cli("stats")
    assert result.exit_code == 2
    assert "IRKG_MIN_CONFIDENCE='lots'" in result.stderr
    assert "Traceback" not in result.output


def test_a_server_url_from_the_environment_reaches_the_store_intact(
    kg_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Port 9 refuses connections: the error names the URL as it was given."""
    monkeypatch.setenv("IRKG_STORE", "http://127.0.0.1:9/sparql")
    result = kg_cli("query", "ASK { ?s ?p ?o }")
    assert result.exit_code == 2
    assert "http://127.0.0.1:9/sparql" in result.stderr
