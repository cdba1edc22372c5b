"""Headlines in Title Case, read as prose: "Putin Slams Biden Over Ukraine Aid".

The statistical pipeline learned that a run of capitalised words is a name, so in a Title Case
headline it reads "Putin Slams Biden" as one person and misses the verb. Before parsing, such a
line is given sentence case for the words that are not names: function words ("Over", "After")
and the words our rules match ("Slams", "Talks"), found by `vocabulary` (the lexicon's lemmas
and their regular inflections). Only the case of letters changes, so every character keeps its
offset; after the parse, `with_text` puts the original text back on the Doc with the parse
unchanged. No library truecases with our vocabulary, and spaCy has no switch for this.

>>> vocabulary = frozenset({"slam", "meet", "talk"})
>>> headline_cased("Putin Slams Biden Over Ukraine Aid\\nHe said so.", vocabulary)
'Putin slams Biden over Ukraine Aid\\nHe said so.'
>>> headline_cased("Russia and Cuba met in Havana.", vocabulary)
'Russia and Cuba met in Havana.'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.relations.lemmas import regular_stems

__all__ = ["headline_cased", "is_headline", "with_text"]

MAX_HEADLINE_WORDS = 25
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_COPIED = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]


def is_headline(line: str) -> bool:
    """A short line, not ending as a sentence does, most of whose words are capitalised."""
    words = _WORD.findall(line)
    if not 3 <= len(words) <= MAX_HEADLINE_WORDS or line.rstrip().endswith("."):
        return False
    content = [w for w in words if w.lower() not in STOP_WORDS]
    capitalised = sum(w[0].isupper() for w in content)
    return len(content) >= 2 and capitalised >= 0.8 * len(content)


def headline_cased(
    text: str,
    vocabulary: frozenset[str],
    names: Callable[[str], set[int]] | None = None,
) -> str:
    """`text` with its Title Case lines in sentence case for the words that are not names;
    `names` gives the offsets, in a line, of the words that belong to a known name ("May" in
    "Theresa May", "Council" in "Security Council"), which stay as written."""
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        if is_headline(line):
            line = _cased_line(line, vocabulary, names(line) if names else set())
        out.append(line)
    return "".join(out)


def _cased_line(line: str, vocabulary: frozenset[str], kept: set[int]) -> str:
    chars = list(line)
    for number, match in enumerate(_WORD.finditer(line)):
        word = match.group()
        if number == 0 or not (word[0].isupper() and word[1:].islower()):
            continue  # the first word, "NATO", "McCain", "iPhone" stay as written
        if match.start() in kept:
            continue
        low = word.lower()
        if (
            low in STOP_WORDS
            or low in vocabulary
            or any(s in vocabulary for s in regular_stems(low))
        ):
            chars[match.start()] = low[0]
    return "".join(chars)


def with_text(doc: Doc, text: str) -> Doc:
    """A Doc of `text` (the same length as doc.text, letters differing in case only) with the
    parse, tags, lemmas and entities of `doc`."""
    words = [text[t.idx : t.idx + len(t.text)] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    out = Doc(doc.vocab, words=words, spaces=spaces)
    out.from_array(_COPIED, doc.to_array(_COPIED))  # type: ignore[arg-type]  # stubs say float
    out.tensor = doc.tensor  # Doc.from_docs joins the pieces' tensors too
    return out
