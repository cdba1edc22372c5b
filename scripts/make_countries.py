"""Generate kg/actors/data/countries.json from pycountry and the hand-curated surface forms.

Every ISO 3166-1 entry of pycountry becomes one record; the curated file
(kg/actors/data/countries_curated.json) adds the forms news actually uses (short names,
demonyms, capitals, metonyms), the ambiguous forms and the blocker phrases, and Kosovo (XKX),
which ISO 3166-1 does not list. The output is sorted by code and byte-for-byte deterministic
for a given pycountry release:

    python scripts/make_countries.py            # rewrite countries.json
    python scripts/make_countries.py --check    # exit 1 if countries.json is out of date

The script is standalone (it does not import `kg`); `build()` and `render()` are what the
tests call.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pycountry

log = logging.getLogger("make_countries")

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "kg" / "actors" / "data"
CURATED = DATA_DIR / "countries_curated.json"
OUTPUT = DATA_DIR / "countries.json"

# the four lists of surface forms, in the order in which a form is claimed by a list
FORM_LISTS = ("names", "demonyms", "capitals", "metonyms")
CURATED_KEYS = frozenset({"name", "sovereign", *FORM_LISTS, "ambiguous", "blockers", "exclude"})
CODE = re.compile(r"^[A-Z]{3}$")
# pycountry attributes, best first: the first one present gives the default label
PYCOUNTRY_FIELDS = ("common_name", "name", "official_name")
PARENTHESIS = re.compile(r"\s*\([^)]*\)")
# the tail of an inverted name: "Korea, Republic of", "Virgin Islands, British"
INVERTED_TAIL = re.compile(r"^(?:\S+|.* of(?: the)?)$")
LEADING_ARTICLE = re.compile(r"^[Tt]he\s+")
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'"})


class CuratedError(ValueError):
    """The curated file is malformed or contradicts itself; the message says where."""


def fold(text: str) -> str:
    """Drop accents and straighten apostrophes (the same folding as kg.actors.gazetteer.fold)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def dedupe(items: Iterable[str]) -> list[str]:
    """The items in first-seen order, without repeats."""
    return list(dict.fromkeys(items))


def clean_pycountry_name(raw: str) -> str:
    """ "Korea, Republic of" -> "Republic of Korea"; drop "(...)" and a leading "the"."""
    text = PARENTHESIS.sub("", raw).strip()
    head, sep, tail = text.partition(", ")
    if sep and INVERTED_TAIL.match(tail):
        text = f"{tail} {head}"
    return LEADING_ARTICLE.sub("", text)


def pycountry_names(country: Any) -> list[str]:
    """The cleaned names pycountry knows for one country, best first."""
    raw = (getattr(country, field, None) for field in PYCOUNTRY_FIELDS)
    return dedupe(clean_pycountry_name(value) for value in raw if value)


def read_curated(path: Path = CURATED) -> dict[str, dict[str, Any]]:
    """The curated entries by code, checked for shape (keys starting with "_" are comments)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise CuratedError(f"{path}: expected an object keyed by ISO alpha-3 code")
    entries = {code: entry for code, entry in data.items() if not code.startswith("_")}
    for code, entry in entries.items():
        check_curated_entry(path, code, entry)
    return entries


def check_curated_entry(path: Path, code: str, entry: Any) -> None:
    """Raise CuratedError unless `entry` is a well-formed curated record."""
    where = f"{path}: {code}"
    if not CODE.match(code):
        raise CuratedError(f"{where}: keys must be ISO 3166-1 alpha-3 codes (three capitals)")
    if not isinstance(entry, dict):
        raise CuratedError(f"{where}: expected an object")
    unknown = set(entry) - CURATED_KEYS
    if unknown:
        raise CuratedError(
            f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(CURATED_KEYS)}"
        )
    if not isinstance(entry.get("name", ""), str):
        raise CuratedError(f"{where}: 'name' must be a string")
    if not isinstance(entry.get("sovereign", True), bool):
        raise CuratedError(f"{where}: 'sovereign' must be true or false")
    for key in (*FORM_LISTS, "ambiguous", "blockers", "exclude"):
        for form in entry.get(key, []):
            check_form(where, key, form)


def check_form(where: str, key: str, form: Any) -> None:
    """A surface form is a trimmed, non-empty string without a leading lower-case "the"."""
    if not isinstance(form, str) or not form or form != form.strip():
        raise CuratedError(f"{where}: '{key}' holds {form!r}; use trimmed, non-empty strings")
    if form.startswith("the "):
        raise CuratedError(f"{where}: '{key}' holds {form!r}; store it without the leading 'the'")


def merge(code: str, known: Sequence[str], curated: dict[str, Any] | None) -> dict[str, Any]:
    """One output record from pycountry's names and the curated entry (None if not curated)."""
    entry = curated or {}
    known = [form for form in known if form not in entry.get("exclude", [])]
    if not (entry.get("name") or known):
        raise CuratedError(
            f"{code}: no name left from pycountry; give it a 'name' in the curated file"
        )
    label = entry.get("name") or known[0]
    lists: dict[str, list[str]] = {}
    claimed: set[str] = set()
    for key in FORM_LISTS:
        forms = [label, *entry.get(key, []), *known] if key == "names" else entry.get(key, [])
        lists[key] = [form for form in dedupe(forms) if form not in claimed]
        claimed.update(lists[key])
    ambiguous = dedupe(entry.get("ambiguous", []))
    stray = [form for form in ambiguous if form not in claimed]
    if stray:
        raise CuratedError(f"{code}: 'ambiguous' lists {stray}, which are not among its forms")
    return {
        "code": code,
        "name": label,
        "sovereign": bool(entry.get("sovereign", True)) if curated is not None else False,
        **lists,
        "ambiguous": ambiguous,
        "blockers": dedupe(entry.get("blockers", [])),
    }


def all_forms(record: dict[str, Any]) -> list[str]:
    """Every surface form of an output record."""
    return [form for key in FORM_LISTS for form in record[key]]


def check_collisions(records: Sequence[dict[str, Any]]) -> None:
    """A form (accents and apostrophes folded) shared by two countries must be ambiguous in both;
    a blocker must not be anyone's surface form."""
    owners: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for record in records:
        flagged = {fold(form) for form in record["ambiguous"]}
        for folded in dedupe(fold(form) for form in all_forms(record)):
            owners[folded].append((record["code"], folded in flagged))
    clashes = [
        f"{form!r} ({', '.join(code for code, _ in who)})"
        for form, who in sorted(owners.items())
        if len(who) > 1 and not all(flag for _, flag in who)
    ]
    if clashes:
        raise CuratedError(
            "forms shared by several countries must be listed as 'ambiguous' in each of them: "
            + "; ".join(clashes)
        )
    blocked = sorted({b for r in records for b in r["blockers"] if fold(b) in owners})
    if blocked:
        raise CuratedError(f"blockers that are surface forms of a country (remove them): {blocked}")


def build(curated_path: Path = CURATED) -> list[dict[str, Any]]:
    """The country records, sorted by code: every pycountry entry plus curated-only codes."""
    curated = read_curated(curated_path)
    known = {country.alpha_3: pycountry_names(country) for country in pycountry.countries}
    records = [
        merge(code, known.get(code, []), curated.get(code)) for code in sorted({*known, *curated})
    ]
    check_collisions(records)
    return records


def render(records: Sequence[dict[str, Any]]) -> str:
    """The JSON text of countries.json (stable: same records, same bytes)."""
    return json.dumps(list(records), ensure_ascii=False, indent=2) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write countries.json, or with --check report whether it is up to date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--curated", type=Path, default=CURATED, help="the hand-curated forms")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="the file to write")
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if stale")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    text = render(build(args.curated))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            log.error("%s is out of date: run python scripts/make_countries.py", args.output)
            return 1
        log.info("%s is up to date", args.output)
        return 0
    args.output.write_text(text, encoding="utf-8")
    log.info("wrote %s (%d countries)", args.output, text.count('"code":'))
    return 0


if __name__ == "__main__":
    sys.exit(main())
