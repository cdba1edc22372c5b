"""SPARQL text for servers that only take text: terms and VALUES blocks, escaped by construction;
the `INSERT DATA` text that writes triples; the check a query and its bindings pass before they
leave (the embedded store's own check, so that both stores refuse the same requests).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from kg.errors import QueryError, StoreError
from kg.rdf.namespace import PREFIXES
from kg.sparql_check import inspect_query, select_projection
from kg.store.terms import RDF_STRING, Triple

__all__ = ["sparql_keywords", "sparql_term", "with_values"]

_IRI_TEXT = re.compile(r'[^<>"{}|^`\\\x00-\x20]+')
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]+(-[A-Za-z0-9]+)*$")
_VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ECHAR = str.maketrans(
    {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
)
# what the search for the WHERE group skips (comments, strings, IRIs, variables, prefixed
# names), the braces it counts and the keywords it looks for
_SPARQL_TOKEN = re.compile(
    r"""
    (?P<skip>
        \#[^\n\r]*
      | '''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
      | \"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
      | '(?:[^'\\\n\r]|\\.)*'
      | "(?:[^"\\\n\r]|\\.)*"
      | <[^<>"{}|^`\\\x00-\x20]*>
      | [?$]\w+
      | (?:[A-Za-z][\w.-]*)?:[\w.%:-]*
    )
    | (?P<brace>[{}])
    | (?P<word>[A-Za-z]+)
    """,
    re.VERBOSE | re.DOTALL,
)
_QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})


def sparql_term(term: Identifier) -> str:
    """An IRI or literal in SPARQL syntax, escaped so that no text can end it early.

    >>> sparql_term(Literal('x" } ; DROP ALL ; #'))
    '"x\\\\" } ; DROP ALL ; #"'
    >>> sparql_term(URIRef("https://w3id.org/irkg/id/country/CUB"))
    '<https://w3id.org/irkg/id/country/CUB>'
    """
    if isinstance(term, URIRef):
        return f"<{checked_iri(str(term))}>"
    if isinstance(term, Literal):
        quoted = '"' + str(term).translate(_ECHAR) + '"'
        if term.language:
            if not _LANGUAGE_TAG.fullmatch(term.language):
                raise StoreError(f"not a language tag: {term.language!r}")
            return f"{quoted}@{term.language}"
        if term.datatype is not None and str(term.datatype) != RDF_STRING:
            return f"{quoted}^^<{checked_iri(str(term.datatype))}>"
        return quoted
    if isinstance(term, BNode):
        raise StoreError(
            "a blank node cannot be sent to a SPARQL server (it would be a new node in every "
            "request): give the resource an IRI"
        )
    raise StoreError(f"cannot write {term!r} as a SPARQL term")


def checked_iri(iri: str) -> str:
    if not _IRI_TEXT.fullmatch(iri):
        raise StoreError(
            f"not a valid IRI: {iri!r} (spaces, quotes and <>{{}}|^`\\ must be encoded)"
        )
    return iri


def with_values(query: str, bindings: Mapping[str, Identifier]) -> str:
    """The query with a `VALUES` block binding `bindings` at the start of its WHERE group.

    This is how a parameter reaches a server that only takes text: each value is one escaped
    SPARQL term (`sparql_term`), so it can never be read as syntax.

    >>> with_values("SELECT ?who WHERE { ?who ir:sanctions ?whom }", {"whom": URIRef("urn:x:CUB")})
    'SELECT ?who WHERE {\\n  VALUES (?whom) { (<urn:x:CUB>) }\\n ?who ir:sanctions ?whom }'
    """
    if not bindings:
        return query
    for name in bindings:
        if not _VARIABLE_NAME.fullmatch(name):
            raise QueryError(f"not a SPARQL variable name: {name!r}")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(sparql_term(term) for term in bindings.values())
    block = f"VALUES ({names}) {{ ({values}) }}"
    at = _where_group(query)
    if at is None:  # `CONSTRUCT WHERE { triples }` takes no VALUES inside: one at the end joins
        return f"{query}\n{block}"
    return f"{query[:at]}\n  {block}\n {query[at:].lstrip(' ')}"


def sparql_keywords(text: str) -> Iterator[str]:
    """The bare words of SPARQL text, upper-cased, outside comments, strings, IRIs, variables
    and prefixed names.

    >>> list(sparql_keywords('PREFIX s: <http://x#> # SERVICE\\nSELECT ?service { s:p "SERVICE" }'))
    ['PREFIX', 'SELECT']
    """
    for match in _SPARQL_TOKEN.finditer(text):
        if match.lastgroup == "word":
            yield match.group().upper()


def _where_group(query: str) -> int | None:
    """Where the query's WHERE group opens (just after its `{`); None for `CONSTRUCT WHERE`."""
    form: str | None = None
    template = False  # inside or before a CONSTRUCT template
    first_after_form = False
    depth = 0
    for match in _SPARQL_TOKEN.finditer(query):
        kind, text = match.lastgroup, match.group()
        if kind == "skip":
            continue
        if form is None:
            if kind == "word" and text.upper() in _QUERY_FORMS:
                form = text.upper()
                template = first_after_form = form == "CONSTRUCT"
            continue
        if first_after_form:
            first_after_form = False
            if kind == "word" and text.upper() == "WHERE":
                return None
        if kind != "brace":
            continue
        if text == "{":
            if depth == 0 and not template:
                return match.end()
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                template = False
    raise QueryError("cannot bind parameters: the query has no WHERE group (write `WHERE { ... }`)")


def with_prefixes(query: str) -> str:
    """The query with the standard prefixes it does not declare itself prepended."""
    declared = {m.lower() for m in re.findall(r"(?i)\bPREFIX\s+([\w.-]*):", query)}
    missing = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p.lower() not in declared]
    return "\n".join([*missing, query]) if missing else query


_SYNTAX_CHECKER = ox.Store()


def check_syntax(query: str, substitutions: dict[ox.Variable, Any] | None = None) -> None:
    """Parse the query so that a malformed one never leaves: with rdflib's grammar
    (`inspect_query`), then with pyoxigraph's against an empty store, its bindings given as the
    embedded store gives them (`ox_substitutions`), so that what the embedded store refuses (a
    bound variable outside a SELECT's projection) is refused here too, in the same words.

    A federated query is left to the server: pyoxigraph would call its SERVICE from here. Its
    bindings are checked against the projection in rdflib's parse tree instead.
    """
    if inspect_query(query).federated:
        _check_projection(query, [variable.value for variable in substitutions or {}])
        return
    try:
        _SYNTAX_CHECKER.query(query, prefixes=PREFIXES, substitutions=substitutions)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL: {exc}") from exc
    except RuntimeError as exc:
        raise QueryError(f"the query cannot run: {exc}") from exc


def _check_projection(query: str, names: list[str]) -> None:
    """Refuse a bound variable that a SELECT does not project (`SELECT *` projects them all).

    The query already passed `inspect_query` (its size and nesting bounded, the grammar
    satisfied), so parsing it again under the same recursion limit cannot fail.
    """
    if not names:
        return
    projected = select_projection(query)
    if projected is None:
        return
    for name in names:
        if name not in projected:
            raise QueryError(
                f"the query cannot run: the variable ?{name} is bound but not in the SELECT "
                "projection: select it, or bind a variable the query selects"
            )


def triple_text(triple: Triple) -> str:
    subject, predicate, obj = triple
    if isinstance(subject, Literal) or not isinstance(predicate, URIRef):
        raise StoreError(f"not a valid RDF triple: {triple!r}")
    if not all(isinstance(term, Identifier) for term in triple):
        raise StoreError(f"not a valid RDF triple: {triple!r}")
    return " ".join(sparql_term(term) for term in (subject, predicate, obj)) + " ."  # type: ignore[arg-type]


def insert_data(lines: list[str], graphs: list[str]) -> str:
    """`INSERT DATA` of the lines into each graph ("" is the default graph)."""
    body = "\n".join(lines)
    parts = [f"GRAPH {g} {{\n{body}\n}}" if g else body for g in graphs]
    return "INSERT DATA {\n" + "\n".join(parts) + "\n}"
