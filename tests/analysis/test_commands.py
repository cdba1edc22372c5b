"""The `kg viz` and `kg stats` commands (kg/cli/views.py) over kg.analysis.
(a store built from hand-made interactions in tests/analysis/facts.py: no spaCy)"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import kg.analysis.metrics
import kg.analysis.network
import kg.analysis.signed
import kg.viz.page
from tests.analysis.facts import FACTS, Kg


def page_data(path: Path) -> dict[str, object]:
    found = re.search(
        r'<script type="application/json" id="irkg-data">(.*?)</script>',
        path.read_text(encoding="utf-8"),
        re.S,
    )
    assert found
    data: dict[str, object] = json.loads(found.group(1))
    return data


def labels(data: dict[str, object]) -> set[str]:
    return {a["label"] for a in data["actors"]}  # type: ignore[attr-defined]


def test_kg_viz_writes_the_page(kg_cli: Kg, store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    result = kg_cli("viz", "--store", store_path, "-o", out)
    assert result.exit_code == 0, result.output
    # every modality goes in (the page shows Asserted and Intended until the reader asks)
    assert f"wrote the network view to {out} (5 actors, {len(FACTS)} interactions)" in (
        result.stdout
    )
    data = page_data(out)
    assert labels(data) == {"United States", "Cuba", "Russia", "China", "United Nations"}
    assert "<title>IRKG network (country level)</title>" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("options", "expected", "interactions"),
    [
        (["--focus", "CHN"], {"China", "Russia", "United States"}, 5),
        (["--focus", "China", "--depth", "0", "--level", "actor"], {"China"}, 0),
        (
            ["--level", "actor", "--relations", "meets"],
            {"Sergey Lavrov", "Cuba", "Donald Trump"},
            2,
        ),
        (
            ["--since", "2019-05-01", "--until", "2019-05-31"],
            {"China", "United States", "Cuba", "United Nations", "Russia"},
            4,
        ),
        (["--top", "2"], {"United States", "Cuba"}, 4),
    ],
)
def test_kg_viz_options(
    kg_cli: Kg,
    store_path: Path,
    tmp_path: Path,
    options: list[str],
    expected: set[str],
    interactions: int,
) -> None:
    out = tmp_path / "graph.html"
    result = kg_cli("viz", "--store", store_path, "-o", out, *options)
    assert result.exit_code == 0, result.output
    if not expected - {"China"} and interactions == 0:  # depth 0: China alone, nothing to draw
        assert "No interactions to show" in out.read_text(encoding="utf-8")
        return
    data = page_data(out)
    assert labels(data) == expected
    assert len(data["interactions"]) == interactions  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--focus", "Atlantis"], "no actor 'Atlantis'"),
        (["--relations", "praises"], "unknown relation"),
        (["--since", "yesterday"], "is not a date"),
        (["--level", "region"], "unknown network level"),
    ],
)
def test_kg_viz_errors_exit_2(
    kg_cli: Kg, store_path: Path, tmp_path: Path, options: list[str], message: str
) -> None:
    result = kg_cli("viz", "--store", store_path, "-o", tmp_path / "g.html", *options)
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (tmp_path / "g.html").exists()


def test_kg_viz_draws_the_page_default_of_actors() -> None:
    import inspect

    from kg.cli.views import viz
    from kg.viz import DEFAULT_MAX_ACTORS

    assert inspect.signature(viz).parameters["top"].default == DEFAULT_MAX_ACTORS


def test_kg_viz_without_a_store_exits_2(kg_cli: Kg, tmp_path: Path) -> None:
    result = kg_cli("viz", "--store", tmp_path / "nowhere", "-o", tmp_path / "g.html")
    assert result.exit_code == 2 and "no store" in result.stderr


def test_kg_stats_prints_and_exports(kg_cli: Kg, store_path: Path, tmp_path: Path) -> None:
    result = kg_cli(
        "stats",
        "--store",
        store_path,
        "--graphml",
        tmp_path / "n.graphml",
        "--gexf",
        tmp_path / "n.gexf",
        "--csv",
        tmp_path / "csv",
    )
    assert result.exit_code == 0, result.output
    assert "actors: 5 (Country 4, Organization 1)" in result.stdout
    assert "2 triangle(s), 100% balanced" in result.stdout
    assert (tmp_path / "n.graphml").is_file() and (tmp_path / "n.gexf").is_file()
    assert {p.name for p in (tmp_path / "csv").iterdir()} == set(kg.analysis.export.CSV_FILES)


def test_kg_stats_actor_level_with_every_modality(kg_cli: Kg, store_path: Path) -> None:
    result = kg_cli(
        "stats",
        "--store",
        store_path,
        "--level",
        "actor",
        "--modalities",
        "Asserted,Intended,Negated,Hypothetical",
        "--relations",
        "meets",
    )
    assert result.exit_code == 0, result.output
    assert "interactions: 2 from 2 document(s)" in result.stdout
    assert "modalities: Asserted 1, Hypothetical 1" in result.stdout
