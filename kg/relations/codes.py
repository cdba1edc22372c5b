"""The event-data codes of the seven relations (`data/event_codes.json`): the CAMEO codes each
covers and the PLOVER event types that name it, so that event tables (`kg export events.csv`)
and the recall per PLOVER type of `kg evaluate --synthetic` read one table.

>>> event_codes()[Relation.SUPPORTS].cameo, event_codes()[Relation.SUPPORTS].plover_text
('033x, 051-054, 07x', 'SUPPORT|AID')
>>> plover_relations()["ASSAULT"]
<Relation.ATTACKS: 'attacks'>
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import DataError
from kg.types import Relation

__all__ = ["EVENT_CODES_FILE", "PLOVER_SEPARATOR", "EventCode", "event_codes", "plover_relations"]

EVENT_CODES_FILE = Path(__file__).parent / "data" / "event_codes.json"
# between the PLOVER types of a relation that has several ("SUPPORT|AID")
PLOVER_SEPARATOR = "|"
_PLOVER_TYPE = re.compile(r"^[A-Z]+$")


@dataclass(frozen=True, slots=True)
class EventCode:
    """What event data calls one relation: its CAMEO codes (as FORMAT.md writes them, "11x")
    and its PLOVER event types."""

    relation: Relation
    cameo: str
    plover: tuple[str, ...]

    @property
    def plover_text(self) -> str:
        """The PLOVER types in one cell: "ACCUSE", "SUPPORT|AID"."""
        return PLOVER_SEPARATOR.join(self.plover)


@functools.cache
def event_codes(path: Path = EVENT_CODES_FILE) -> dict[Relation, EventCode]:
    """Every relation's codes; DataError naming the file when it is malformed or leaves a
    relation out."""
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["relations"]
        table = {
            Relation(name): EventCode(
                Relation(name), str(entry["cameo"]), tuple(str(t) for t in entry["plover"])
            )
            for name, entry in entries.items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DataError(f"{path}: cannot read the event codes ({exc!r})") from exc
    missing = [relation.value for relation in Relation if relation not in table]
    if missing:
        raise DataError(f"{path}: no event codes for {', '.join(missing)}")
    bad = [
        f"{code.relation.value} {code.plover!r}"
        for code in table.values()
        if not code.cameo.strip()
        or not code.plover
        or not all(_PLOVER_TYPE.match(name) for name in code.plover)
    ]
    if bad:
        raise DataError(
            f"{path}: each relation needs CAMEO codes and upper-case PLOVER types: {'; '.join(bad)}"
        )
    return table


def plover_relations(path: Path = EVENT_CODES_FILE) -> dict[str, Relation]:
    """PLOVER event type -> the relation that reports it (the table read the other way)."""
    found: dict[str, Relation] = {}
    for code in event_codes(path).values():
        for name in code.plover:
            if found.setdefault(name, code.relation) is not code.relation:
                raise DataError(f"{path}: PLOVER type {name} is given to two relations")
    return found
