"""SPARQL text as tokens, by the lexical grammar of SPARQL 1.1 (its terminals, section 19.8):
what is a variable, and what only looks like one inside a string, an IRI, a comment or a
prefixed name.

>>> [(t.kind, t.text) for t in tokenize('{ ?x <urn:?y> "?z" } # ?w')][1:-1]
[('var', '?x'), ('iri', '<urn:?y>'), ('string', '"?z"'), ('punct', '}')]

Why hand-written: code that writes a value into a query (`kg.store.inlining`) needs where each
variable sits in the text, and neither parser the project has says so. pyoxigraph exposes no
parse tree; rdflib's grammar turns terms into rdflib objects without their offsets and expands
`;` and `,` lists, so its tree cannot be mapped back onto the text. The patterns below are the
standard's terminals, transcribed one by one (names as in the grammar), tried in the order that
gives its longest-match reading: long strings before short ones, an IRI before `<`, a prefixed
name before a keyword, a variable before the `?` of a property path. Text the grammar has no
terminal for becomes a one-character `punct` token: the tokenizer never refuses, the parser
does. Callers that rewrite a query check the result against rdflib's parse of it.

Codepoint escapes (`\\u0022`) are not decoded: the standard reads them before tokenizing, so
text containing `\\u` or `\\U` may not be what these tokens say; `has_codepoint_escapes` tells
callers to leave such text alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

__all__ = ["Token", "TokenKind", "has_codepoint_escapes", "tokenize"]

TokenKind = Literal[
    "comment", "string", "iri", "var", "bnode", "pname", "langtag", "number", "word", "punct"
]

# the character classes of the grammar (productions 164-172)
_PN_CHARS_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_PN_CHARS_U = _PN_CHARS_BASE + "_"
_PN_CHARS = _PN_CHARS_U + "\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_VARNAME = f"[{_PN_CHARS_U}0-9][{_PN_CHARS_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*"
_PLX = r"(?:%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])"
_PN_PREFIX = f"[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"
_PN_LOCAL = (
    f"(?:[{_PN_CHARS_U}:0-9]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?"
)
_ECHAR = r"\\[tbnrf\\\"']"

_TOKEN = re.compile(
    rf"""
      (?P<space>[\x20\t\r\n]+)
    | (?P<comment>\#[^\r\n]*)
    | (?P<string>
          '''(?:(?:'|'')?(?:[^'\\]|{_ECHAR}))*'''
        | \"\"\"(?:(?:"|"")?(?:[^"\\]|{_ECHAR}))*\"\"\"
        | '(?:[^'\\\n\r]|{_ECHAR})*'
        | "(?:[^"\\\n\r]|{_ECHAR})*"
      )
    | (?P<iri><[^<>"{{}}|^`\\\x00-\x20]*>)
    | (?P<var>[?$]{_VARNAME})
    | (?P<bnode>_:[{_PN_CHARS_U}0-9](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)
    | (?P<pname>(?:{_PN_PREFIX})?:(?:{_PN_LOCAL})?)
    | (?P<langtag>@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)
    | (?P<number>[0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.?[0-9]+[eE][+-]?[0-9]+|[0-9]*\.[0-9]+|[0-9]+)
    | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
    | (?P<punct>\^\^|\|\||&&|!=|<=|>=|.)
    """,
    re.VERBOSE | re.DOTALL,
)
_CODEPOINT_ESCAPE = re.compile(r"\\[uU]")


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its kind, its text, and where it is in the query (`query[start:end]`)."""

    kind: TokenKind
    text: str
    start: int
    end: int

    def is_word(self, *words: str) -> bool:
        """A keyword among `words` (SPARQL keywords are case-insensitive)."""
        return self.kind == "word" and self.text.upper() in words

    @property
    def variable(self) -> str | None:
        """The variable's name (`?x` and `$x` are both `x`), None for any other token."""
        return self.text[1:] if self.kind == "var" else None


def tokenize(text: str) -> Iterator[Token]:
    """The tokens of SPARQL text, comments included, whitespace left out."""
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind != "space":
            yield Token(kind, match.group(), match.start(), match.end())  # type: ignore[arg-type]


def has_codepoint_escapes(text: str) -> bool:
    """Whether the text holds `\\u` or `\\U`, which SPARQL decodes before reading tokens."""
    return _CODEPOINT_ESCAPE.search(text) is not None
