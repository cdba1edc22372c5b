"""Generate kg/relations/data/cameo.json, the trigger words of the seven relations, from the CAMEO
verb dictionary of PETRARCH2 (../shared/resources/petrarch2/CAMEO.2.0.txt, MIT licence).

    .venv/bin/python scripts/make_lexicon.py [CAMEO.2.0.txt] [-o kg/relations/data/cameo.json]

What is taken, and how a CAMEO code becomes one of our relations (the table of eval/FORMAT.md:
04x meets; 033x, 051-054, 07x supports; 057, 06x cooperates; 11x criticizes; 13x threatens;
163x sanctions; 18x, 19x except 191, 20x attacks):

* **verbs**: every verb of a block (with its irregular forms' lemma) whose code, the block's or
  its own, maps to a relation; multi-word verbs ("LASH_OUT") become phrasal verbs;
* **nouns**: the head nouns of the dictionary's patterns ("- * SANCTIONS [163]", "- * (FOR AID)
  [070]"). A noun is a trigger of a relation when most of the patterns it appears in, under at
  least two different verbs, code that relation: then it means that relation whatever verb
  governs it ("imposed SANCTIONS", "extended SANCTIONS", "announced SANCTIONS");

Words the project's curated lexicon (lexicon.json) already places, or excludes under
`cameo_exclusions`, keep the curated reading: the curated file wins everywhere.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "resources" / "petrarch2" / "CAMEO.2.0.txt"
TARGET = ROOT / "kg" / "relations" / "data" / "cameo.json"
ORIGIN = "openeventdata/petrarch2 @ 676801cd, petrarch2/data/dictionaries/CAMEO.2.0.txt"

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([^\]]*)\]")
_PATTERN_WORD = re.compile(r"[A-Z][A-Z_'-]*")
# words of a pattern that are not its head noun
_FUNCTION_WORDS = frozenset(
    [
        "A",
        "AN",
        "THE",
        "OF",
        "TO",
        "FOR",
        "WITH",
        "ON",
        "IN",
        "AT",
        "FROM",
        "BY",
        "INTO",
        "ONTO",
        "UPON",
        "AGAINST",
        "ABOUT",
        "OVER",
        "UNDER",
        "AS",
        "AND",
        "OR",
        "NOT",
        "NO",
        "ITS",
        "THEIR",
        "HIS",
        "HER",
        "OWN",
        "NEW",
        "OTHER",
        "MORE",
        "FURTHER",
        "SOME",
        "ANY",
        "ALL",
        "OUT",
        "OFF",
        "UP",
        "DOWN",
        "BACK",
    ]
)


def relation_of(code: str) -> str | None:
    """Our relation for a CAMEO code ("163", "0433", "042:043"), or None.

    >>> relation_of("163"), relation_of("042:043"), relation_of("191"), relation_of("---")
    ('sanctions', 'meets', None, None)
    >>> relation_of("0331"), relation_of("050"), relation_of("057"), relation_of("1822")
    ('supports', None, 'cooperates', 'attacks')
    """
    code = code.split(":")[0].strip()
    if not code.isdigit() or len(code) < 3:
        return None
    two, three = code[:2], code[:3]
    if two == "04":
        return "meets"
    if three == "033" or three in ("051", "052", "053", "054") or two == "07":
        return "supports"
    if three == "057" or two == "06":
        return "cooperates"
    if two == "11":
        return "criticizes"
    if two == "13":
        return "threatens"
    if three == "163":
        return "sanctions"
    if two in ("18", "20") or (two == "19" and three != "191"):
        return "attacks"
    return None


@dataclass
class Block:
    name: str
    code: str
    verbs: dict[str, str] = field(default_factory=dict)  # lemma -> its own code (or the block's)
    patterns: list[tuple[list[str], str]] = field(default_factory=list)  # words after *, code


def _lemma(entry: str) -> tuple[str, bool]:
    """A verb line's lemma ("+CORDON_OFF" -> "cordon off") and whether it is several words."""
    words = entry.replace("+", "").strip("_").lower().split("_")
    return " ".join(w for w in words if w), len([w for w in words if w]) > 1


def parse(text: str) -> tuple[dict[str, list[str]], list[Block]]:
    """The synsets (&NAME -> words) and the verb blocks of the dictionary."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_synset: str | None = None
    in_verbs = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("&"):
            current_synset = line.strip()
            synsets[current_synset] = []
            continue
        if line.startswith("+") and current_synset is not None and not in_verbs:
            synsets[current_synset].append(line[1:].strip().lower().replace("_", " "))
            continue
        block = _BLOCK.match(line)
        if block:
            in_verbs, current_synset = True, None
            blocks.append(Block(block.group(1), block.group(2)))
            continue
        if not in_verbs or not blocks:
            continue
        if line.startswith("-"):
            code = _CODE.findall(line)
            body = _CODE.sub("", line[1:])
            after = body.split("*", 1)[1] if "*" in body else ""
            blocks[-1].patterns.append((after.split(), code[-1] if code else "---"))
        elif line.startswith("~"):
            continue
        else:
            own = _CODE.search(line.split("}", 1)[-1])
            entry = _CODE.sub("", line.split("{", 1)[0]).strip()
            if entry:
                blocks[-1].verbs[entry] = own.group(1) if own else blocks[-1].code
    return synsets, blocks


def _head_nouns(words: list[str], synsets: dict[str, list[str]]) -> list[str]:
    """The head noun of the verb's object in a pattern: "SANCTIONS", "{FINANCIAL AID}" -> "aid",
    "&FOOD" -> each food word; a pattern that starts with a prepositional phrase or anything else
    gives none (its noun is not what the verb does)."""
    text = " ".join(words).strip()
    if not text or text[0] in "($%^+":
        return []
    if text.startswith("{"):
        inside = text[1 : text.find("}")] if "}" in text else ""
        words = inside.split()
        head = words[-1] if words else ""
    else:
        head = text.split()[0]
    if head.startswith("&"):
        return [s.split()[-1] for s in synsets.get(head, [])]
    if not _PATTERN_WORD.fullmatch(head) or head in _FUNCTION_WORDS:
        return []
    return [head.lower().replace("_", " ")]


def _singular(noun: str) -> str:
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and len(noun) > 3:
        return noun[:-1]
    return noun


def generate(text: str) -> dict[str, object]:
    synsets, blocks = parse(text)
    verbs: dict[str, set[str]] = defaultdict(set)
    phrasal: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    votes: dict[str, Counter[str | None]] = defaultdict(Counter)
    governors: dict[tuple[str, str], set[str]] = defaultdict(set)
    for block in blocks:
        for entry, code in block.verbs.items():
            lemma, several = _lemma(entry)
            relation = relation_of(code)
            if relation is None:
                continue
            if several:
                phrasal[relation].add(tuple(lemma.split()))
            else:
                verbs[relation].add(lemma)
        for words, code in block.patterns:
            relation = relation_of(code)
            for noun in {_singular(n) for n in _head_nouns(words, synsets)}:
                votes[noun][relation] += 1
                if relation is not None:
                    governors[(noun, relation)].add(block.name)
    nouns: dict[str, set[str]] = defaultdict(set)
    for noun, counts in votes.items():
        relation, count = max(
            ((r, c) for r, c in counts.items() if r is not None), key=lambda rc: rc[1],
            default=(None, 0),
        )  # fmt: skip
        if relation is None or " " in noun or len(noun) < 3:
            continue
        if count / sum(counts.values()) >= 0.7 and len(governors[(noun, relation)]) >= 3:
            nouns[relation].add(noun)
    return {
        "about": (
            "Generated by scripts/make_lexicon.py from the CAMEO verb dictionary of PETRARCH2 "
            f"({ORIGIN}); do not edit by hand. CAMEO codes map to relations as in eval/FORMAT.md. "
            "The curated lexicon.json wins over every entry here."
        ),
        "licence": (
            "The MIT License (MIT). The CAMEO verb dictionary: Copyright (c) Philip A. Schrodt, "
            "John Beieler, Clayton Norris and the Open Event Data Alliance contributors "
            "(PETRARCH2, https://github.com/openeventdata/petrarch2). Permission is hereby "
            "granted, free of charge, to any person obtaining a copy of this software and "
            "associated documentation files, to deal in them without restriction, subject to "
            "including this notice; they are provided 'as is', without warranty of any kind."
        ),
        "verbs": {r: sorted(v) for r, v in sorted(verbs.items())},
        "phrasal_verbs": {r: sorted(list(p) for p in v) for r, v in sorted(phrasal.items())},
        "nouns": {r: sorted(v) for r, v in sorted(nouns.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=SOURCE)
    parser.add_argument("-o", "--output", type=Path, default=TARGET)
    args = parser.parse_args()
    data = generate(args.source.read_text(encoding="latin-1"))
    args.output.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {key: sum(len(v) for v in data[key].values()) for key in ("verbs", "nouns")}  # type: ignore[attr-defined]
    print(f"wrote {args.output}: {counts['verbs']} verbs, {counts['nouns']} nouns")


if __name__ == "__main__":
    main()
