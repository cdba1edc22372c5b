"""Query bindings written into the query as constants, where that means what binding them means.

Oxigraph plans a query before it applies the bindings (`substitutions=`, and a leading VALUES
block alike), so a parameterised query scans what its twin with the value written in looks up:
`relations-between` ran 15x faster with the two actors in its text, at 100k triples. A binding
follows SEP-0007, the semantics of pyoxigraph's `substitutions`: the variable is the value
wherever the WHERE pattern uses it, and keeps the value in the answer. `inline_bindings`
writes exactly that:

* in the WHERE group, each `?name` becomes the value as one escaped SPARQL term
  (`sparql_term`: an IRI checked, a literal escaped), so that no value is ever read as syntax;
* in the projection, `?name` becomes `(<term> AS ?name)`; in an aggregate query the variable is
  a GROUP BY key instead, written `GROUP BY (<term> AS ?name)`, and the projection keeps it;
* HAVING and ORDER BY keep `?name`, which the above binds.

>>> from rdflib import URIRef
>>> print(inline_bindings("SELECT ?who ?whom WHERE { ?who <urn:p> ?whom }",
...                       {"whom": URIRef("urn:x:CUB")}))
SELECT ?who (<urn:x:CUB> AS ?whom) WHERE { ?who <urn:p> <urn:x:CUB> }

Where the variable sits in the text comes from its tokens (`kg.sparql_tokens`), what the query
does with it from rdflib's parse tree (`kg.sparql_check.query_tree`). A query where writing the
value in could mean something else gets None, and the store binds as before: the variable in a
sub-query (another scope), MINUS (whose shared variables decide), VALUES, a BIND target,
BOUND(), SERVICE, or an expression of the projection or GROUP BY; an aggregate query where it
is no GROUP BY key; SELECT *; forms other than SELECT and ASK; a blank node value; text with
codepoint escapes (read before the tokens). Each template is checked once against the parse of
its result: the query with a marker IRI in every slot must parse, every marker must be a term
of that parse, the variable must be gone from the WHERE pattern, and no other variable may
appear or disappear.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pyparsing import ParseResults
from rdflib import BNode, URIRef, Variable
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Identifier

from kg.errors import QueryError, StoreError
from kg.sparql_check import query_tree
from kg.sparql_tokens import has_codepoint_escapes, tokenize
from kg.store.sparql_text import sparql_term

__all__ = ["inline_bindings"]

log = logging.getLogger(__name__)

# parse nodes inside which a variable is not simply the value (see the module doc)
_OTHER_MEANING = frozenset(
    {"SubSelect", "MinusGraphPattern", "InlineData", "ServiceGraphPattern", "Builtin_BOUND"}
)
_MODIFIERS = frozenset({"GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "VALUES"})
_MARKER = "urn:x-irkg-slot:"


@dataclass(frozen=True, slots=True)
class _Template:
    """The query cut at each slot: `pieces[0] slot pieces[1] slot ... pieces[-1]`."""

    pieces: tuple[str, ...]
    names: tuple[str, ...]  # the variable of each slot
    projected: tuple[bool, ...]  # a slot written `(term AS ?name)`

    def fill(self, terms: Sequence[str]) -> str:
        """The query with `terms[i]` (SPARQL text of one term) in slot i."""
        out = [self.pieces[0]]
        for name, projected, term, piece in zip(
            self.names, self.projected, terms, self.pieces[1:], strict=True
        ):
            out.append(f"({term} AS ?{name})" if projected else term)
            out.append(piece)
        return "".join(out)


def inline_bindings(query: str, bindings: Mapping[str, Identifier]) -> str | None:
    """The query with each bound variable written as its value (see the module doc), or None
    when the query must be bound by the store instead; unchanged without bindings."""
    if not bindings:
        return query
    if any(isinstance(value, BNode) for value in bindings.values()):
        return None  # `_:b` in a query is a new variable, not the bound node
    template = _template(query, frozenset(bindings))
    if template is None:
        return None
    try:
        terms = {name: sparql_term(value) for name, value in bindings.items()}
    except StoreError:
        return None  # the store's own conversion says what is wrong with the value
    return template.fill([terms[name] for name in template.names])


@lru_cache(maxsize=256)
def _template(query: str, names: frozenset[str]) -> _Template | None:
    if has_codepoint_escapes(query):
        return None
    try:
        tree = query_tree(query)
    except QueryError:
        return None  # the store's parser has the last word (and the better message)
    form = tree[-1]
    if form.name not in ("SelectQuery", "AskQuery"):
        return None
    aggregate = _aggregates(form)
    if not all(_writable(form, Variable(name), aggregate=aggregate) for name in names):
        return None
    template = _cut(query, names, aggregate=aggregate)
    if template is None or not _checked(form, template, names):
        log.debug("bindings of %s left to the store: the template did not check", sorted(names))
        return None
    return template


def _writable(form: CompValue, var: Variable, *, aggregate: bool) -> bool:
    """Whether writing the value for `var` means what binding it means (the module doc)."""
    for place in _uses(_part(form, "where"), var):
        if "Bind.var" in place or any(p.split(".")[0] in _OTHER_MEANING for p in place):
            return False
    if any(_uses(_part(form, "valuesClause"), var)):
        return False
    if form.name == "AskQuery":
        return not any(_uses([_part(form, k) for k in ("groupby", "having", "orderby")], var))
    if "projection" not in form:
        return False  # SELECT *
    projection = list(form["projection"])
    if not any(_part(item, "var") == var for item in projection) or any(
        _part(item, "evar") == var or any(_uses(_part(item, "expr"), var)) for item in projection
    ):
        return False
    conditions = list(form["groupby"]["condition"]) if "groupby" in form else []
    if aggregate:
        if var not in conditions or any(
            any(_uses(c, var)) for c in conditions if not isinstance(c, Variable)
        ):
            return False
        inside = [p for k in ("having", "orderby") for p in _uses(_part(form, k), var)]
        return not any(p.startswith("Aggregate_") for place in inside for p in place)
    return True


def _part(node: CompValue, key: str) -> Any:
    """A part of a parse node, None when it has none (rdflib's `get` answers the key)."""
    return node[key] if key in node else None  # noqa: SIM401 (CompValue.get answers the key)


def _cut(query: str, names: frozenset[str], *, aggregate: bool) -> _Template | None:
    """The slots of `names` in the text: the projection's bare variables (unless the query
    aggregates), every use in the WHERE group, and GROUP BY's bare variables."""
    section, clause = "head", ""
    braces = parens = 0
    cuts: list[tuple[int, int, str, bool]] = []
    for token in tokenize(query):
        if token.kind == "comment":
            continue
        if token.kind == "punct":
            parens += {"(": 1, ")": -1}.get(token.text, 0)
            if token.text == "{":
                braces += 1
                if section in ("head", "projection") and braces == 1 and parens == 0:
                    section = "where"
            elif token.text == "}":
                braces -= 1
                if section == "where" and braces == 0:
                    section = "modifiers"
            continue
        if section == "head" and token.is_word("SELECT"):
            section = "projection"
        elif section == "modifiers" and braces == 0 and parens == 0 and token.is_word(*_MODIFIERS):
            clause = token.text.upper()
        name = token.variable
        if name is None or name not in names:
            continue
        if section == "where":
            cuts.append((token.start, token.end, name, False))
        elif parens == 0 and (
            (section == "projection" and not aggregate)
            or (section == "modifiers" and clause == "GROUP")
        ):
            cuts.append((token.start, token.end, name, True))
    if not cuts or {name for _, _, name, _ in cuts} != names:
        return None
    pieces, at = [], 0
    for start, end, _name, _projected in cuts:
        pieces.append(query[at:start])
        at = end
    pieces.append(query[at:])
    return _Template(tuple(pieces), tuple(c[2] for c in cuts), tuple(c[3] for c in cuts))


def _checked(form: CompValue, template: _Template, names: frozenset[str]) -> bool:
    """The template read back by rdflib with a marker IRI in each slot: every marker is a term,
    the bound variables are gone from the WHERE pattern, no other variable came or went."""
    markers = [f"{_MARKER}{n}" for n in range(len(template.names))]
    try:
        probe = query_tree(template.fill([f"<{m}>" for m in markers]))[-1]
    except QueryError:
        return False
    iris = {str(term) for term in _leaves(probe) if isinstance(term, URIRef)}
    if not iris.issuperset(markers) or probe.name != form.name:
        return False
    if any(any(_uses(_part(probe, "where"), Variable(name))) for name in names):
        return False
    gone = {Variable(name) for name in names} if form.name == "AskQuery" else set()
    return _variables(probe) == _variables(form) - gone


def _uses(node: Any, var: Variable) -> Iterator[tuple[str, ...]]:
    """Each place `var` appears under a parse node: the path of `Node.key` steps down to it."""
    stack: list[tuple[Any, tuple[str, ...]]] = [(node, ())]
    while stack:
        item, path = stack.pop()
        if isinstance(item, Variable):
            if item == var:
                yield path
        elif isinstance(item, CompValue):
            stack.extend((value, (*path, f"{item.name}.{key}")) for key, value in item.items())
        elif isinstance(item, ParseResults | list | tuple):
            stack.extend((child, path) for child in item)


def _leaves(node: Any) -> Iterator[Any]:
    """Every value that is no parse node or list: the terms of the parse."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            stack.extend(item.values())
        elif isinstance(item, ParseResults | list | tuple):
            stack.extend(item)
        else:
            yield item


def _variables(node: Any) -> set[Variable]:
    return {leaf for leaf in _leaves(node) if isinstance(leaf, Variable)}


def _aggregates(form: CompValue) -> bool:
    """Whether the query groups: GROUP BY, or an aggregate outside the WHERE pattern."""
    if "groupby" in form:
        return True
    stack: list[Any] = [_part(form, k) for k in ("projection", "having", "orderby")]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            if item.name.startswith("Aggregate_"):
                return True
            stack.extend(item.values())
        elif isinstance(item, ParseResults | list | tuple):
            stack.extend(item)
    return False
