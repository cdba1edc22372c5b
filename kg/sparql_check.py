"""What a SPARQL request asks for, decided on the parsed query, never on words in its text.

`inspect_query` bounds the text first (its length, and how deeply its brackets nest, so that
no parser recurses without end), then parses it with rdflib's SPARQL 1.1 grammar and reads
the parse tree: the query form, and whether any part of it calls another endpoint (`SERVICE`,
also inside sub-queries, `EXISTS`, `OPTIONAL` or `MINUS`). Text that is not a query but an
update is recognised by the update grammar. Callers decide what to refuse: the endpoint refuses
updates and `SERVICE`; `kg query` refuses updates only.

The bracket bound counts every `(`, `{` and `[`, those inside strings and IRIs too: it can
refuse a query too early (one with many unclosed brackets in a string), never too late.

Why a second parser: pyoxigraph does not expose its parse tree, nor a way to refuse federated
calls, and its parser overflows its stack on deep nesting. rdflib's grammar is a separate
implementation of the same standard; where the two could read one text differently, the
endpoint's query processes also have no network (`kg.server.sandbox`).

>>> inspect_query("SELECT * WHERE { ?s ?p ?o }").form
'select'
>>> inspect_query("ASK { { ?s ?p ?o } UNION { SERVICE <http://x/sparql> { ?a ?b ?c } } }").federated
True
>>> try:
...     inspect_query("SELECT ?x WHERE { ?x")
... except QueryRefused as refused:
...     print(refused.reason, "-", refused)
syntax - the query is not valid SPARQL 1.1: it stops making sense at line 1, column 19 ("?x")
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from pyparsing import ParseBaseException, ParseResults
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from kg.errors import QueryError

__all__ = [
    "MAX_DEPTH",
    "MAX_QUERY_CHARS",
    "QueryForm",
    "QueryRefused",
    "bracket_depth",
    "inspect_query",
    "query_tree",
]

MAX_QUERY_CHARS = 100_000
MAX_DEPTH = 64
# rdflib's parser recurses a few dozen frames per bracket; MAX_DEPTH brackets need this many
_PARSER_RECURSION = 20_000
_FORMS: dict[str, Literal["select", "ask", "construct", "describe"]] = {
    "SelectQuery": "select",
    "AskQuery": "ask",
    "ConstructQuery": "construct",
    "DescribeQuery": "describe",
}
_OPEN, _CLOSE = frozenset("({["), frozenset(")}]")

Reason = Literal["update", "too large", "too deep", "syntax"]


class QueryRefused(QueryError):
    """The text is not a query this caller runs; `reason` says why, the message what to do."""

    def __init__(self, reason: Reason, message: str) -> None:
        self.reason: Reason = reason
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class QueryForm:
    """What a parsed query is: its form, and whether it calls other endpoints (SERVICE)."""

    form: Literal["select", "ask", "construct", "describe"]
    federated: bool


def bracket_depth(text: str) -> int:
    """How deeply the brackets of `text` nest, counting every bracket (see the module doc).

    >>> bracket_depth("SELECT * { ?s ?p ?o FILTER((?o > 1)) }"), bracket_depth(")(")
    (3, 1)
    """
    depth = deepest = 0
    for char in text:
        if char in _OPEN:
            depth += 1
            deepest = max(deepest, depth)
        elif char in _CLOSE and depth:
            depth -= 1
    return deepest


def check_bounds(
    text: str, *, max_chars: int = MAX_QUERY_CHARS, max_depth: int = MAX_DEPTH
) -> None:
    """Raise QueryRefused when `text` is longer or nests deeper than a parser is given."""
    if len(text) > max_chars:
        raise QueryRefused(
            "too large",
            f"the query has {len(text):,} characters, over the limit of {max_chars:,}: "
            "shorten it (a VALUES block with fewer rows, fewer alternatives)",
        )
    depth = bracket_depth(text)
    if depth > max_depth:
        raise QueryRefused(
            "too deep",
            f"the query nests brackets {depth} deep, over the limit of {max_depth}: "
            "write it with fewer nested groups or parentheses",
        )


def inspect_query(
    text: str, *, max_chars: int = MAX_QUERY_CHARS, max_depth: int = MAX_DEPTH
) -> QueryForm:
    """The form of a SPARQL query, and whether it is federated; QueryRefused for an update,
    text over the bounds, or text the SPARQL 1.1 query grammar does not accept."""
    check_bounds(text, max_chars=max_chars, max_depth=max_depth)
    return _inspect(text)


@lru_cache(maxsize=256)
def _inspect(text: str) -> QueryForm:
    with _recursion_limit(_PARSER_RECURSION):
        try:
            tree = parseQuery(text)
        except ParseBaseException as exc:
            if _is_update(text):
                raise QueryRefused(
                    "update",
                    "updates are refused: this is read-only (change the graph with kg build)",
                ) from None
            raise QueryRefused("syntax", _syntax_message(text, exc)) from None
        except RecursionError:
            raise QueryRefused(
                "too deep", "the query nests too deeply to be read: write it with fewer groups"
            ) from None
    forms = [node.name for node in _nodes(tree) if node.name in _FORMS]
    if not forms:  # the grammar accepted it, so this cannot happen; refuse rather than guess
        raise QueryRefused("syntax", "the query has no SELECT, ASK, CONSTRUCT or DESCRIBE form")
    federated = any(node.name == "ServiceGraphPattern" for node in _nodes(tree))
    return QueryForm(_FORMS[forms[0]], federated)


def _syntax_message(text: str, error: ParseBaseException) -> str:
    """Where the parser stopped, in words: line, column and the text there."""
    rest = text[error.loc :].strip()
    where = f'"{rest[:30]}{"…" if len(rest) > 30 else ""}"' if rest else "the end"
    return (
        f"the query is not valid SPARQL 1.1: it stops making sense at line {error.lineno}, "
        f"column {error.col} ({where})"
    )


def _is_update(text: str) -> bool:
    try:
        parseUpdate(text)
    except (ParseBaseException, RecursionError):
        return False
    return True


def _nodes(tree: Any) -> Iterator[CompValue]:
    """Every node of rdflib's parse tree, without recursion (the tree can be deep)."""
    stack = [tree]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item
            stack.extend(item.values())
        elif isinstance(item, ParseResults | list | tuple):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())


@lru_cache(maxsize=256)
def query_tree(text: str) -> Any:
    """rdflib's parse tree of a query (`[prologue, query]`), read once per text: QueryRefused
    when the text is over the bounds or not a SPARQL 1.1 query. The tree is shared between
    callers: read it, never change it."""
    check_bounds(text)
    with _recursion_limit(_PARSER_RECURSION):
        try:
            return parseQuery(text)
        except ParseBaseException as exc:
            raise QueryRefused("syntax", _syntax_message(text, exc)) from None
        except RecursionError:
            raise QueryRefused(
                "too deep", "the query nests too deeply to be read: write it with fewer groups"
            ) from None


def select_projection(query: str) -> frozenset[str] | None:
    """The variables a SELECT projects; None when it projects them all (`SELECT *`) or is no
    SELECT. The query must have passed `inspect_query` (bounded, valid).

    >>> sorted(select_projection("SELECT ?a (1 AS ?b) WHERE { ?a ?p ?o }"))
    ['a', 'b']
    >>> select_projection("SELECT * WHERE { ?s ?p ?o }") is None
    True
    """
    with _recursion_limit(_PARSER_RECURSION):
        form = parseQuery(query)[-1]
    if form.name != "SelectQuery" or "projection" not in form:
        return None
    return frozenset(
        str(item["var"] if "var" in item else item["evar"]) for item in form.projection
    )


class _recursion_limit:
    """Raise the interpreter's recursion limit for the parse, and put it back after."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.saved = sys.getrecursionlimit()

    def __enter__(self) -> None:
        self.saved = sys.getrecursionlimit()
        sys.setrecursionlimit(max(self.saved, self.limit))

    def __exit__(self, *_: object) -> None:
        sys.setrecursionlimit(self.saved)
