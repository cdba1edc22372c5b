"""Lemma repair: the lemmatizer of the small pipeline gets some inflections of our own words
wrong ("hopes" -> "hop"), and every rule of the relation stage
matches lemmas. A token whose lemma is no word of the lexicon, but one of whose regular stems
is, takes that stem as its lemma; any other token is left alone, so that a word the lexicon does
not know keeps the lemmatizer's reading.

No library does this: it is a check of the lemmatizer's answer against our own vocabulary.

>>> regular_stems("hopes")
('hope', 'hop')
>>> regular_stems("bombed")
('bombe', 'bomb')
>>> regular_stems("slamming")
('slamme', 'slamm', 'slam')
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

__all__ = ["regular_stems", "repair_lemmas"]

_REPAIRED_POS = frozenset({"VERB", "NOUN", "AUX"})
_VOWELS = frozenset("aeiou")


def regular_stems(word: str) -> tuple[str, ...]:
    """The stems a regular inflection of `word` may come from, the likelier first."""
    stems: list[str] = []
    if word.endswith("ies") and len(word) > 4:
        stems.append(word[:-3] + "y")
    if word.endswith("s") and not word.endswith("ss"):
        stems += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    for ending in ("ed", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            base = word[: -len(ending)]
            stems += [base + "e", base]
            if len(base) > 2 and base[-1] == base[-2] and base[-1] not in _VOWELS:
                stems.append(base[:-1])  # "slammed" -> "slam"
            if ending == "ed" and base.endswith("i"):
                stems.append(base[:-1] + "y")  # "allied" -> "ally"
    return tuple(s for s in dict.fromkeys(stems) if len(s) > 1)


def repair_lemmas(doc: Doc, vocabulary: Iterable[str] | frozenset[str]) -> int:
    """Give every verb or noun whose lemma is not in `vocabulary` the first of its regular
    stems that is; returns how many lemmas changed."""
    known = vocabulary if isinstance(vocabulary, frozenset) else frozenset(vocabulary)
    changed = 0
    for token in doc:
        if token.pos_ not in _REPAIRED_POS or not token.is_alpha:
            continue
        if token.lemma_.lower() in known:
            continue
        for stem in regular_stems(token.lower_):
            if stem in known:
                token.lemma_ = stem
                changed += 1
                break
    return changed
