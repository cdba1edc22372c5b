"""Generate the officials and places the project takes from the Phoenix actor dictionaries of
PETRARCH2 (../shared/resources/petrarch2/Phoenix.Countries.actors.txt, MIT licence):

    .venv/bin/python scripts/make_phoenix.py [Phoenix.Countries.actors.txt]

* `kg/actors/data/phoenix_officials.json` (the format of officials.json): every person the
  dictionary gives a dated role in a state's government or military ("[UKRGOV 911205-940719]"),
  with those dates, for the states of ISO 3166-1. Elite roles ("[UKRELI]": party figures,
  opposition leaders, businessmen) are not offices of the state and are left out, and so is
  anyone the dictionary places in two states, or whose name two entries share (no way to tell
  them apart). The roles say which branch, not which office, so the position is the branch
  ("Government", "Defence", "Judiciary"); `officials.json`, curated with exact offices, wins
  over every person it names.
* `kg/actors/data/phoenix_places.json`: the other names the dictionary gives each state, most
  of them its cities and regions ("KHARKIV", "DONBAS", "CRIMEA") and spellings; the gazetteer
  reads a city as its state only where the NER agrees it is a place, and only as the place a
  relation is directed at, never as an actor doing something.

Dates are YYMMDD; a year above 15 is 19YY (the dictionary was made in 2014). "<YYMMDD" is a role
held until then (from an unknown start, written 1900-01-01), ">YYMMDD" one held since, with no
known end.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "resources" / "petrarch2" / "Phoenix.Countries.actors.txt"
DATA = ROOT / "kg" / "actors" / "data"
ORIGIN = (
    "openeventdata/petrarch2 @ 676801cd, petrarch2/data/dictionaries/Phoenix.Countries.actors.txt"
)
LICENCE = (
    "The MIT License (MIT). Copyright (c) 2014 Open Event Data Alliance. Permission is hereby "
    "granted, free of charge, to any person obtaining a copy of this software and associated "
    "documentation files, to deal in them without restriction, subject to including this "
    "notice; they are provided 'as is', without warranty of any kind."
)
_ROLE = re.compile(r"\[([A-Z]{3})([A-Z]*)(?:\s+([<>]?)(\d{6})(?:-(\d{6}))?)?\]")
# the branch of government a role names -> the position written for it
BRANCHES = {
    "GOV": "Government",
    "MIL": "Defence",
    "GOVMIL": "Defence",
    "GOVJUD": "Judiciary",
    "GOVLEG": "Legislature",
    "GOVCOP": "Police",
    "GOVSPY": "Intelligence",
    "SPY": "Intelligence",
}
# CAMEO sector codes that follow a state's code for groups of people, not regions
_SECTORS = frozenset(
    {
        "GOV", "MIL", "ELI", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "BUS", "MED",
        "EDU", "CVL", "REF", "LAB", "AGR", "HLH", "CRM", "IGO", "NGO", "MNC", "REL", "UAF",
        "INS", "SEP", "ENV", "HRI", "RAD", "MOD",
    }
)  # fmt: skip
# states whose people bear two surnames, the father's first ("Augusto Pinochet Ugarte")
SPANISH_NAMES = frozenset(
    [
        "ESP",
        "MEX",
        "ARG",
        "CHL",
        "COL",
        "PER",
        "VEN",
        "ECU",
        "BOL",
        "PRY",
        "URY",
        "CUB",
        "DOM",
        "GTM",
        "HND",
        "SLV",
        "NIC",
        "CRI",
        "PAN",
        "GNQ",
    ]
)
_TITLE_WORDS = frozenset(
    [
        "PRESIDENT",
        "PRIME",
        "MINISTER",
        "KING",
        "QUEEN",
        "PRINCE",
        "SHEIKH",
        "SHEIK",
        "EMIR",
        "GENERAL",
        "GEN",
        "SECRETARY",
        "CHANCELLOR",
        "PREMIER",
        "DR",
        "MR",
        "MRS",
        "MS",
        "SIR",
        "LORD",
        "FOREIGN",
        "DEFENSE",
        "DEFENCE",
        "VICE",
        "DEPUTY",
        "COLONEL",
        "AMBASSADOR",
        "SENATOR",
        "GOVERNOR",
        "CHAIRMAN",
        "LEADER",
    ]
)


@dataclass
class Entry:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[tuple[str, str, str, str | None]] = field(
        default_factory=list
    )  # iso, position, start, end


def _year(yy: str) -> int:
    year = int(yy)
    return 2000 + year if year <= 15 else 1900 + year


def _date(text: str) -> str:
    return f"{_year(text[:2])}-{text[2:4]}-{text[4:6]}"


def _words(raw: str) -> str:
    """A dictionary form in words: "+PRESIDENT_LEONID_KUCHMA" -> "Leonid Kuchma"."""
    words = [w for w in raw.strip().lstrip("+").strip("_").split("_") if w]
    while words and words[0] in _TITLE_WORDS:
        words = words[1:]
    return " ".join(w.capitalize() if not w.isdigit() else w for w in words)


def _valid_date(text: str) -> bool:
    month, day = int(text[2:4]), int(text[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31


def parse(text: str, iso: set[str]) -> tuple[dict[str, list[str]], list[Entry]]:
    """The places of each state and the people with roles, in the order of the file.

    An entry is a line of forms ("LEONID_KRAVCHUK_", "UKRAINE_ [UKR]") with its "+" forms and
    its role lines. A state's own entry has roles without a branch ("[UKR >911221]"); a person's
    have one ("[UKRGOV 911205-940719]").
    """
    places: dict[str, list[str]] = defaultdict(list)
    people: list[Entry] = []
    blocks: list[tuple[list[str], list[tuple[str, ...]]]] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        roles = [m.groups() for m in _ROLE.finditer(line)]
        if line.startswith(("\t", " ")):
            if blocks:
                blocks[-1][1].extend(roles)
        elif line.startswith("+"):
            if blocks:
                blocks[-1][0].append(line)
        else:
            blocks.append(([line.split("[", 1)[0].strip()], roles))
    for forms, roles in blocks:
        states = [code + branch for code, branch, *_ in roles if code + branch in iso]
        # a region of a state ("GAZA_ [PSEGZA]"): the state's code and a code that is neither
        # a branch of government nor a state of its own (a territory has its own entry)
        states += [
            code
            for code, branch, _, first, _ in roles
            if code in iso and first is None and _is_region(branch, iso)
        ]
        if states:
            # a state's entry: its forms are its names; the last state it belongs to counts
            places[states[-1]].extend(forms)
            continue
        entry = Entry(_words(forms[0]), [_words(f) for f in forms[1:]])
        for code, branch, marker, first, second in roles:
            if code not in iso or branch not in BRANCHES:
                continue
            if (first and not _valid_date(first)) or (second and not _valid_date(second)):
                continue
            if first is None:
                start, end = "1900-01-01", None
            elif marker == "<":
                start, end = "1900-01-01", _date(first)
            elif marker == ">" or second is None:
                start, end = _date(first), None
            else:
                start, end = _date(first), _date(second)
            entry.roles.append((code, BRANCHES[branch], start, end))
        people.append(entry)
    return dict(places), people


def _is_region(branch: str, iso: set[str]) -> bool:
    """Whether a role's code after the state's names a region of it.

    >>> iso = {"PSE", "GUM"}
    >>> _is_region("GZA", iso), _is_region("GUM", iso), _is_region("GOV", iso)
    (True, False, False)
    """
    known = iso | BRANCHES.keys() | _SECTORS
    return len(branch) == 3 and branch not in known


def _merged(roles: list[tuple[str, str, str, str | None]]) -> list[dict[str, str | None]]:
    """One office per branch and stretch of time: overlapping or touching ranges joined."""
    by_branch: dict[tuple[str, str], list[tuple[str, str | None]]] = defaultdict(list)
    for iso, position, start, end in roles:
        by_branch[(iso, position)].append((start, end))
    offices = []
    for (iso, position), spans in by_branch.items():
        spans.sort(key=lambda span: (span[0], span[1] or "9999"))
        merged: list[list[str | None]] = []
        for start, end in spans:
            if merged and (merged[-1][1] is None or start <= str(merged[-1][1])):
                if merged[-1][1] is not None and (end is None or end > str(merged[-1][1])):
                    merged[-1][1] = end
                continue
            merged.append([start, end])
        offices += [
            {"org": iso, "position": position, "start": s, "end": e} for s, e in merged if s
        ]
    return sorted(offices, key=lambda o: (str(o["start"]), str(o["position"])))


def generate(text: str, curated_names: set[str]) -> tuple[dict[str, object], dict[str, object]]:
    iso = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    places, entries = parse(text, iso)
    named: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        if entry.roles and entry.name:
            named[entry.name.lower()].append(entry)
    people = []
    for key, group in sorted(named.items()):
        states = {role[0] for e in group for role in e.roles}
        if len(group) != 1 or len(states) != 1 or key in curated_names:
            continue  # two people of one name, or one in two states: no way to tell
        entry = group[0]
        words = entry.name.split()
        if len(words) < 2:
            continue  # a single name ("SUHARTO") matches too much text
        aliases = sorted({a for a in entry.aliases if a and a != entry.name and len(a.split()) > 1})
        person: dict[str, object] = {
            "name": entry.name, "aliases": aliases, "surname": words[-1],
            "offices": _merged(entry.roles),
        }  # fmt: skip
        if len(words) >= 3 and states & SPANISH_NAMES:
            # "Augusto Pinochet Ugarte" is "Pinochet": the father's surname comes first
            person["surname"], person["surname_variants"] = words[-2], [words[-1]]
        people.append(person)
    officials = {
        "sources": [f"Generated by scripts/make_phoenix.py from {ORIGIN}; do not edit by hand."],
        "licence": LICENCE,
        "as_of": "2014-01",
        "people": people,
    }
    place_table = {
        code: sorted({_words(p) for p in forms if _words(p)})
        for code, forms in sorted(places.items())
    }
    place_file = {
        "about": (
            f"Generated by scripts/make_phoenix.py from {ORIGIN}; do not edit by hand. Other "
            "names of each state, mostly its cities and regions."
        ),
        "licence": LICENCE,
        "places": place_table,
    }
    return officials, place_file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=SOURCE)
    args = parser.parse_args()
    curated = json.loads((DATA / "officials.json").read_text(encoding="utf-8"))
    names = {n.lower() for p in curated["people"] for n in [p["name"], *p.get("aliases", [])]}
    officials, places = generate(args.source.read_text(encoding="latin-1"), names)
    for name, data in (("phoenix_officials.json", officials), ("phoenix_places.json", places)):
        path = DATA / name
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = len(officials["people"]), sum(len(v) for v in places["places"].values())  # type: ignore[arg-type, union-attr]
    print(f"wrote {counts[0]} officials and {counts[1]} place names to {DATA}")


if __name__ == "__main__":
    main()
