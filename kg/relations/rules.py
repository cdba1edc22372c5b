"""The rule table (`data/rules.json`): every reading rule of the frames and its confidence.

The frames name the rule they read a candidate by; the confidence comes from this table, not
from the code, so that `kg explain`, calibration and the README read one source. A rule name is
a base and modifiers joined by "+"; its confidence is the lowest of its parts'.

>>> rule_confidence("verb"), rule_confidence("verb+prep+complement")
(0.85, 0.65)

A reading whose actor was found by resolution (a pronoun, "the country") is held below the
table's `resolved` ceiling, whatever its rule:

>>> resolved_ceiling("pronoun"), resolved_ceiling("name")
(0.49, 1.0)
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from kg.errors import DataError

__all__ = ["RULES_FILE", "Rule", "resolved_ceiling", "rule_confidence", "rule_table"]

RULES_FILE = Path(__file__).parent / "data" / "rules.json"


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    confidence: float
    reads: str


@functools.cache
def rule_table(path: Path = RULES_FILE) -> dict[str, Rule]:
    """The parts of rule names, by name; DataError naming the file when it is malformed."""
    try:
        parts = json.loads(path.read_text(encoding="utf-8"))["parts"]
        table = {
            name: Rule(name, float(part["confidence"]), str(part["reads"]))
            for name, part in parts.items()
        }
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataError(f"{path}: cannot read the rule table ({exc!r})") from exc
    bad = [rule.name for rule in table.values() if not 0.0 < rule.confidence <= 1.0]
    if bad:
        raise DataError(f"{path}: confidences must be in (0, 1]: {', '.join(bad)}")
    return table


def rule_confidence(rule: str) -> float:
    """The confidence of a reading by `rule` ("noun+governor+exchange")."""
    table = rule_table()
    try:
        return min(table[part].confidence for part in rule.split("+"))
    except KeyError as exc:
        raise DataError(f"rule part {exc.args[0]!r} of {rule!r} is not in {RULES_FILE}") from None


@functools.cache
def _resolved(path: Path = RULES_FILE) -> tuple[float, frozenset[str]]:
    try:
        section = json.loads(path.read_text(encoding="utf-8"))["resolved"]
        ceiling, hows = float(section["ceiling"]), frozenset(map(str, section["hows"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataError(f"{path}: cannot read the ceiling of resolved actors ({exc!r})") from exc
    if not 0.0 < ceiling <= 1.0:
        raise DataError(f"{path}: the ceiling of resolved actors must be in (0, 1]")
    return ceiling, hows


def resolved_ceiling(how: str) -> float:
    """The most a reading resting on an actor found this way (`Arg.how`) can be trusted."""
    ceiling, hows = _resolved()
    return ceiling if how in hows else 1.0
