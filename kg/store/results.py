"""What a query answers: a `SelectResult` for SELECT, a bool for ASK, an rdflib Graph for
CONSTRUCT and DESCRIBE; read from pyoxigraph's solutions with an optional limit and deadline.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

import pyoxigraph as ox
from rdflib import Graph
from rdflib.term import Identifier

from kg.errors import QueryTimeout
from kg.rdf.namespace import bind_prefixes
from kg.store.terms import from_ox

__all__ = ["QueryAnswer", "SelectResult"]

_T = TypeVar("_T")


@dataclass
class SelectResult:
    """The rows of a SELECT query: plain strings, unbound variables left out of a row.

    `terms` holds the same rows as RDF terms, for formats that need types (SPARQL JSON, TSV).
    """

    columns: list[str]
    rows: list[dict[str, str]]
    terms: Sequence[dict[str, Identifier]] = field(default_factory=list, repr=False)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, str]]:
        return iter(self.rows)

    def column(self, name: str) -> list[str | None]:
        """One column's values, None where unbound."""
        return [row.get(name) for row in self.rows]


QueryAnswer = SelectResult | bool | Graph


class LazyTerms(Sequence[dict[str, Identifier]]):
    """A SELECT's rows as rdflib terms, converted from pyoxigraph's on first use: most readers
    want only the strings, and converting every cell costs more than the query on large
    answers (the network's)."""

    def __init__(self, columns: Sequence[str], raw: list[tuple[Any, ...]]) -> None:
        self._columns = columns
        self._raw = raw  # each solution's terms in the order of `columns`, None where unbound
        self._terms: list[dict[str, Identifier]] | None = None

    def _converted(self) -> list[dict[str, Identifier]]:
        if self._terms is None:
            columns = self._columns
            self._terms = [
                {k: from_ox(v) for k, v in zip(columns, row, strict=True) if v is not None}
                for row in self._raw
            ]
            self._raw = []
        return self._terms

    @overload
    def __getitem__(self, index: int) -> dict[str, Identifier]: ...
    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Identifier]]: ...
    def __getitem__(
        self, index: int | slice
    ) -> dict[str, Identifier] | list[dict[str, Identifier]]:
        return self._converted()[index]

    def __len__(self) -> int:
        return len(self._terms) if self._terms is not None else len(self._raw)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def select_result(
    solutions: ox.QuerySolutions, *, limit: int | None = None, deadline: float | None = None
) -> SelectResult:
    columns = [variable.value for variable in solutions.variables]
    rows: list[dict[str, str]] = []
    raw: list[tuple[Any, ...]] = []
    for solution in _bounded(solutions, limit, deadline):
        # a solution iterates its values in the order of `variables`: faster than by name;
        # kept as a tuple (a dict of terms per row cost 0.1-0.3 s on the network's 37,000)
        terms = tuple(solution)
        raw.append(terms)
        rows.append(
            {
                name: term.value
                for name, term in zip(columns, terms, strict=True)
                if term is not None
            }
        )
    return SelectResult(columns=columns, rows=rows, terms=LazyTerms(columns, raw))


def construct_result(
    triples: Iterable[ox.Triple], *, limit: int | None = None, deadline: float | None = None
) -> Graph:
    graph = bind_prefixes(Graph())
    for triple in _bounded(triples, None, deadline):
        graph.add((from_ox(triple.subject), from_ox(triple.predicate), from_ox(triple.object)))
        if limit is not None and len(graph) >= limit:
            break
    return graph


def _bounded(items: Iterable[_T], limit: int | None, deadline: float | None) -> Iterator[_T]:
    """At most `limit` items; QueryTimeout once `deadline` (time.monotonic()) has passed."""
    for count, item in enumerate(items):
        if limit is not None and count >= limit:
            return
        if deadline is not None and time.monotonic() > deadline:
            raise QueryTimeout("the query ran past its time limit: narrow it or add a LIMIT")
        yield item
