"""SPARQL over the store: run a query, format its answer, hand it to pandas.

The standard prefixes (ir:, irkg:, prov:, dcterms:, skos:, rdfs:, owl:, xsd:, rdf:) are
declared for every query unless it declares them itself:

>>> from kg.store import Store
>>> with Store() as store:
...     outcome = run_query(store, "ASK { ?who ir:sanctions ?whom }")
>>> format_result(outcome, "json")
'{"head": {}, "boolean": false}'
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from typing import Literal as TypingLiteral

import pandas as pd
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from kg.errors import QueryError
from kg.rdf.namespace import PREFIXES
from kg.store import SelectResult, Store, jsonld_context

__all__ = [
    "QueryOutcome",
    "format_result",
    "load_query_file",
    "run_query",
    "shorten",
    "to_dataframe",
]

Format = TypingLiteral["table", "csv", "tsv", "json"]
FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json")

_INTEGER_TYPES = {
    XSD.integer,
    XSD.int,
    XSD.long,
    XSD.short,
    XSD.nonNegativeInteger,
    XSD.positiveInteger,
}
_FLOAT_TYPES = {XSD.decimal, XSD.double, XSD.float}
# Turtle's bare numbers, which the TSV results format may write without quotes
_BARE_NUMBER = {
    XSD.integer: re.compile(r"^[+-]?\d+$"),
    XSD.decimal: re.compile(r"^[+-]?\d*\.\d+$"),
    XSD.double: re.compile(r"^[+-]?(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+$"),
}
# longest namespace first, so that a more specific prefix wins
_SHORTENING = sorted(PREFIXES.items(), key=lambda item: len(item[1]), reverse=True)


@dataclass(frozen=True)
class QueryOutcome:
    """What a query gave: rows (SELECT), a boolean (ASK) or a graph (CONSTRUCT, DESCRIBE)."""

    kind: TypingLiteral["select", "ask", "construct"]
    table: SelectResult | None = None
    boolean: bool | None = None
    graph: Graph | None = None


def run_query(
    store: Store, text: str, *, bindings: dict[str, Identifier | str] | None = None
) -> QueryOutcome:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query; malformed SPARQL raises QueryError."""
    if not text.strip():
        raise QueryError("the query is empty: give a SPARQL SELECT, ASK or CONSTRUCT query")
    answer = store.query(text, bindings)
    if isinstance(answer, SelectResult):
        return QueryOutcome("select", table=answer)
    if isinstance(answer, bool):
        return QueryOutcome("ask", boolean=answer)
    return QueryOutcome("construct", graph=answer)


def load_query_file(path: Path | str) -> str:
    """The text of a saved query (`.rq` / `.sparql` file)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise QueryError(f"{path}: no such query file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot read the query file ({exc})") from exc
    if not text.strip():
        raise QueryError(f"{path}: the query file is empty")
    return text


def shorten(iri: str) -> str:
    """An IRI written with the standard prefixes where one fits (for people, not for parsers).

    >>> shorten("https://w3id.org/irkg/id/country/CUB"), shorten("https://w3id.org/irkg/ontology#meets")
    ('irkg:country/CUB', 'ir:meets')
    """
    for prefix, namespace in _SHORTENING:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


# ---------------------------------------------------------------------------------------------
# formatting


def format_result(
    result: QueryOutcome | SelectResult, fmt: Format | str = "table", *, max_width: int = 60
) -> str:
    """The answer as text: an aligned `table` for terminals, or the SPARQL 1.1 results formats
    `csv`, `tsv`, `json`. ASK answers print as true/false (JSON: the boolean form); CONSTRUCT
    graphs print as Turtle (`table`) or JSON-LD with the local context (`json`).
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown result format {fmt!r}: use one of {', '.join(FORMATS)}")
    outcome = result if isinstance(result, QueryOutcome) else QueryOutcome("select", table=result)
    if outcome.boolean is not None:
        return _format_boolean(outcome.boolean, fmt)
    if outcome.graph is not None:
        return _format_graph(outcome.graph, fmt)
    assert outcome.table is not None
    if fmt == "table":
        return _format_table(outcome.table, max_width=max_width)
    if fmt == "csv":
        return _format_csv(outcome.table)
    if fmt == "tsv":
        return _format_tsv(outcome.table)
    return json.dumps(_sparql_json(outcome.table), ensure_ascii=False, indent=2)


def _format_boolean(value: bool, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value})
    return "true" if value else "false"


def _format_graph(graph: Graph, fmt: str) -> str:
    if fmt == "table":
        return graph.serialize(format="turtle")
    if fmt == "json":
        return graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
    raise QueryError(
        f"a CONSTRUCT answer is a graph, not rows: format it as table (Turtle) or json, not {fmt}"
    )


def _cell(term: Identifier, max_width: int) -> str:
    text = shorten(str(term)) if isinstance(term, URIRef) else str(term)
    if isinstance(term, BNode):
        text = f"_:{term}"
    text = " ".join(text.split())  # newlines and tabs would break the columns
    if len(text) > max_width:
        text = text[: max(max_width - 1, 1)] + "…"
    return text


def _format_table(table: SelectResult, *, max_width: int) -> str:
    cells = [
        [_cell(row[c], max_width) if c in row else "" for c in table.columns]
        for row in _terms(table)
    ]
    widths = [max([len(c), *(len(line[i]) for line in cells)]) for i, c in enumerate(table.columns)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(table.columns, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines.extend(
        "  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip() for line in cells
    )
    count = len(cells)
    lines.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(lines)


def _terms(table: SelectResult) -> list[dict[str, Identifier]]:
    """The rows as RDF terms (results built by hand may only have the plain strings)."""
    if table.terms or not table.rows:
        return table.terms
    return [{name: Literal(value) for name, value in row.items()} for row in table.rows]


def _format_csv(table: SelectResult) -> str:
    """SPARQL 1.1 CSV: bare IRIs and lexical forms, `_:` blank nodes, CRLF, RFC 4180 quoting."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in _terms(table):
        writer.writerow([_csv_value(row[c]) if c in row else "" for c in table.columns])
    return out.getvalue()


def _csv_value(term: Identifier) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _format_tsv(table: SelectResult) -> str:
    """SPARQL 1.1 TSV: `?var` header, terms in SPARQL/Turtle syntax, LF line ends."""
    lines = ["\t".join(f"?{c}" for c in table.columns)]
    for row in _terms(table):
        lines.append("\t".join(_tsv_value(row[c]) if c in row else "" for c in table.columns))
    return "\n".join(lines) + "\n"


def _tsv_value(term: Identifier) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    assert isinstance(term, Literal)
    pattern = _BARE_NUMBER.get(term.datatype) if term.datatype else None
    if pattern is not None and pattern.match(str(term)):
        return str(term)
    quoted = '"' + _escape(str(term)) + '"'
    if term.language:
        return f"{quoted}@{term.language}"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"{quoted}^^<{term.datatype}>"
    return quoted


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )


def _sparql_json(table: SelectResult) -> dict[str, Any]:
    """The SPARQL 1.1 Query Results JSON Format."""
    bindings = [{name: _json_term(term) for name, term in row.items()} for row in _terms(table)]
    return {"head": {"vars": list(table.columns)}, "results": {"bindings": bindings}}


def _json_term(term: Identifier) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    value: dict[str, str] = {"type": "literal", "value": str(term)}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        value["datatype"] = str(term.datatype)
    return value


# ---------------------------------------------------------------------------------------------
# pandas


def to_dataframe(result: QueryOutcome | SelectResult) -> pd.DataFrame:
    """A DataFrame of the rows (SELECT) or of subject/predicate/object (CONSTRUCT).

    IRIs and text are strings, numbers are numbers, unbound values are None.
    """
    outcome = result if isinstance(result, QueryOutcome) else QueryOutcome("select", table=result)
    if outcome.graph is not None:
        rows = sorted((str(s), str(p), _python_value(o)) for s, p, o in outcome.graph)
        return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
    if outcome.table is None:
        raise QueryError("an ASK answer is a single boolean, not a table")
    table = outcome.table
    records = [
        {c: _python_value(row[c]) if c in row else None for c in table.columns}
        for row in _terms(table)
    ]
    return pd.DataFrame.from_records(records, columns=table.columns)


def _python_value(term: Any) -> Any:
    if isinstance(term, Literal) and term.datatype is not None:
        try:
            if term.datatype in _INTEGER_TYPES:
                return int(str(term))
            if term.datatype in _FLOAT_TYPES:
                return float(str(term))
            if term.datatype == XSD.boolean:
                return str(term) in ("true", "1")
        except ValueError:
            return str(term)
    return str(term)
