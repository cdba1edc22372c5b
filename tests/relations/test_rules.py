"""kg.relations.rules: every rule the frames can name has a confidence in the table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kg.relations.extract as extract_module
import kg.relations.frames as frames_module
from kg.errors import DataError
from kg.relations.rules import _resolved, resolved_ceiling, rule_confidence, rule_table
from kg.types import Document


def _rule_names_in(module: object) -> set[str]:
    """The rule names a module's source writes: literals assigned to or added to a rule, and
    the rule argument of a `Candidate(...)`."""
    source = Path(str(getattr(module, "__file__", ""))).read_text(encoding="utf-8")
    names = set(re.findall(r'rule \+?= "([^"]+)"', source))
    names |= set(re.findall(r'rule \+ "([^"]+)"', source))
    names |= set(re.findall(r'Candidate\([^()]*"([a-z+\-]+)"\)', source))
    return names


def test_every_rule_the_frames_name_is_in_the_table() -> None:
    names = _rule_names_in(frames_module) | _rule_names_in(extract_module)
    assert {"verb", "+prep", "noun+between", "accusation", "+intent-to-punish"} <= names
    parts = {part for name in names for part in name.split("+") if part}
    assert parts <= set(rule_table()), sorted(parts - set(rule_table()))


def test_a_rule_is_as_sure_as_its_least_sure_part() -> None:
    assert rule_confidence("verb") == 0.85
    assert rule_confidence("verb+pair") == rule_table()["pair"].confidence < 0.85
    assert rule_confidence("noun+governor+exchange") == 0.7
    with pytest.raises(DataError, match="'guess'"):
        rule_confidence("verb+guess")


def test_plain_readings_rank_above_guessed_ones() -> None:
    """The order the confidence bands rely on: a subject and object read in place are surer
    than a coordination paired up, an owner, or an actor found nearby."""
    assert rule_confidence("verb") > rule_confidence("verb+prep") > rule_confidence("verb+pair")
    assert rule_confidence("noun") > rule_confidence("noun+governor")
    assert rule_confidence("noun+governor") > rule_confidence("verb+nearby")


def test_readings_on_resolved_actors_stay_below_the_middle_band() -> None:
    """Pronouns, descriptions, quoted speakers and places are resolved, not read: a reading
    resting on one is held at the table's ceiling, under the 0.5 band edge."""
    assert resolved_ceiling("pronoun") == resolved_ceiling("description") < 0.5
    assert resolved_ceiling("name") == resolved_ceiling("official") == 1.0


def test_a_broken_ceiling_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "rules.json"
    bad.write_text('{"parts": {}, "resolved": {"ceiling": 2, "hows": []}}', encoding="utf-8")
    with pytest.raises(DataError, match="ceiling"):
        _resolved(bad)


@pytest.mark.model
@pytest.mark.parametrize("subject", ["It", "The country"])
def test_a_resolved_actor_s_reading_is_held_at_the_ceiling(extractor, subject: str) -> None:  # type: ignore[no-untyped-def]
    text = "Chile announced new measures on Monday. {} criticized Bolivia over the dispute."
    named, resolved = (
        extractor.read(Document(id=who, text=text.format(who))).interactions
        for who in ("Chile", subject)
    )
    assert [i.confidence for i in named] == [0.85]
    assert [i.confidence for i in resolved] == [resolved_ceiling("pronoun")]
