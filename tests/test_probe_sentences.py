"""benchmarks/probe_sentences.py: the scorer of our own sentences, and its data file."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "probe_sentences.py"


@pytest.fixture(scope="module")
def probe() -> ModuleType:
    spec = importlib.util.spec_from_file_location("probe_sentences", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_every_line_of_the_data_parses(probe: ModuleType) -> None:
    lines = probe.SENTENCES.read_text(encoding="utf-8").splitlines()
    texts = [line.partition("\t")[0] for line in lines]
    assert len(lines) >= 300 and len(set(texts)) == len(texts)
    expected = [e for line in lines for e in probe.parse_expected(line.partition("\t")[2])]
    assert {e.modalities <= {"A", "I", "N", "H"} for e in expected} == {True}
    assert sum(not line.partition("\t")[2].strip() for line in lines) >= 30  # no relation


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_the_fresh_sets_parse_and_split_in_two_halves(probe: ModuleType, index: int) -> None:
    lines = probe.FRESH[index].read_text(encoding="utf-8").splitlines()
    texts = [line.partition("\t")[0] for line in lines]
    assert len(lines) >= 190 and len(set(texts)) == len(texts)
    for line in lines:
        probe.parse_expected(line.partition("\t")[2])
    halves = [probe.half(text) for text in texts]
    assert 0.35 < halves.count("check") / len(halves) < 0.65
    # the rule of ../shared/eval/split.py: sha1 of "check:" + the text, first byte odd
    assert (probe.half("Russia supports Cuba."), probe.half("Iran threatened Israel.")) == (
        "tune",
        "check",
    )


def test_expected_readings_with_alternatives_and_options(probe: ModuleType) -> None:
    (first, second) = probe.parse_expected("CHN meets BRA A; ?USA supports|cooperates UKR A/I")
    assert (first.source, set(first.relations), first.target, first.optional) == (
        "CHN",
        {"meets"},
        "BRA",
        False,
    )
    assert second.optional and second.relations == {"supports", "cooperates"}
    assert second.modalities == {"A", "I"}


def test_scoring_counts_each_kind_of_error(probe: ModuleType) -> None:
    expected = probe.parse_expected("RUS criticizes UKR A; CHN meets BRA A; IRN threatens ISR H")
    readings = [
        ("BRA", "meets", "CHN", "A"),  # order-free: right
        ("UKR", "criticizes", "RUS", "A"),  # reversed
        ("IRN", "threatens", "ISR", "A"),  # another modality
        ("FRA", "attacks", "DEU", "A"),  # invented
    ]
    counts = probe.score(readings, expected)
    assert counts == {
        "expected": 3,
        "right": 1,
        "direction": 1,
        "modality": 1,
        "false_alarms": 1,
    }
    assert probe.score([], probe.parse_expected("?RUS meets CUB A")) == {}
