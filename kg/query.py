"""SPARQL over the store: run a query, format its answer, hand it to pandas; the query library.

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
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from typing import Literal as TypingLiteral
from xml.sax.saxutils import escape, quoteattr

import pandas as pd
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from kg import resources
from kg.errors import QueryError
from kg.rdf.namespace import IR_BASE, PREFIXES
from kg.sparql_check import QueryRefused, check_bounds, inspect_query
from kg.store import GraphStore, SelectResult, jsonld_context
from kg.types import ID_BASE, Relation

__all__ = [
    "NamedQuery",
    "Parameter",
    "QueryOutcome",
    "bind_parameters",
    "format_library",
    "format_result",
    "library_dir",
    "load_library",
    "load_query_file",
    "named_query",
    "parameter_term",
    "parse_named_query",
    "query_frame",
    "resolve_actor",
    "run_named",
    "run_query",
    "shorten",
    "to_dataframe",
]

Format = TypingLiteral["table", "csv", "tsv", "json", "xml"]
FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json", "xml")

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
    store: GraphStore,
    text: str,
    *,
    bindings: dict[str, Identifier | str] | None = None,
    limit: int | None = None,
    deadline: float | None = None,
) -> QueryOutcome:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query; malformed SPARQL raises QueryError.

    `limit` stops reading after that many rows (triples); past `deadline` (a `time.monotonic()`
    value) the answer stops being read and QueryTimeout is raised.
    """
    if not text.strip():
        raise QueryError("the query is empty: give a SPARQL SELECT, ASK or CONSTRUCT query")
    check_bounds(text)  # pyoxigraph's parser overflows its stack on deep nesting
    try:
        answer = store.query(text, bindings, limit=limit, deadline=deadline)
    except QueryError as exc:
        if isinstance(exc.__cause__, SyntaxError):
            _refuse_update(text)
        raise
    if isinstance(answer, SelectResult):
        return QueryOutcome("select", table=answer)
    if isinstance(answer, bool):
        return QueryOutcome("ask", boolean=answer)
    return QueryOutcome("construct", graph=answer)


def _refuse_update(text: str) -> None:
    """Raise QueryRefused("update") when text the query parser refused is an update."""
    try:
        inspect_query(text)
    except QueryRefused as refused:
        if refused.reason == "update":
            raise refused from None


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
    `csv`, `tsv`, `json`, `xml`. ASK answers print as true/false (JSON and XML: the boolean
    form); CONSTRUCT graphs print as Turtle (`table`) or JSON-LD with the local context (`json`).
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
    if fmt == "xml":
        return _format_xml(outcome.table)
    return json.dumps(_sparql_json(outcome.table), ensure_ascii=False, indent=2)


def _format_boolean(value: bool, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value})
    if fmt == "xml":
        return (
            _XML_HEAD + f"<head/>\n<boolean>{'true' if value else 'false'}</boolean>\n</sparql>\n"
        )
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
        return list(table.terms)
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


_XML_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
)
# characters XML 1.0 cannot carry at all, even escaped
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _format_xml(table: SelectResult) -> str:
    """The SPARQL Query Results XML Format."""
    lines = [_XML_HEAD + "<head>"]
    lines += [f"  <variable name={_xml_attr(c)}/>" for c in table.columns]
    lines.append("</head>\n<results>")
    for row in _terms(table):
        lines.append("  <result>")
        for name, term in row.items():
            lines.append(f"    <binding name={_xml_attr(name)}>{_xml_term(term)}</binding>")
        lines.append("  </result>")
    lines.append("</results>\n</sparql>\n")
    return "\n".join(lines)


def _xml_attr(text: str) -> str:
    return quoteattr(_NOT_XML.sub("\ufffd", text))


def _xml_term(term: Identifier) -> str:
    text = escape(_NOT_XML.sub("\ufffd", str(term)))
    if isinstance(term, URIRef):
        return f"<uri>{text}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{text}</bnode>"
    assert isinstance(term, Literal)
    if term.language:
        return f"<literal xml:lang={_xml_attr(term.language)}>{text}</literal>"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"<literal datatype={_xml_attr(str(term.datatype))}>{text}</literal>"
    return f"<literal>{text}</literal>"


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


# ---------------------------------------------------------------------------------------------
# the query library: `samples/queries/*.rq`, each with a comment header
#
#   # Who sanctions a given actor?                       <- the title
#   #
#   # The states, organisations and officials ...        <- the description
#   #
#   # Parameters:
#   #   target  actor  the actor sanctioned (default: CUB)   <- name, kind, text, default
#
# A parameter is bound as an RDF term (one escaped term in the text, or a store binding, never raw
# text: `kg.store.inlining`); one without a default is optional: left unbound, it matches anything.

PARAMETER_KINDS: tuple[str, ...] = ("actor", "relation", "string", "iri", "date", "integer")
_PARAMETER_LINE = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s+(?P<kind>[a-z]+)\s+(?P<text>.*?)"
    r"(?:\s*\(default:\s*(?P<default>[^)]*)\))?\s*$"
)
_RELATION_NAMES = frozenset(r.value for r in Relation)
_ABSOLUTE_IRI = re.compile(r"^(https?|urn):\S+$")
_ACTOR_BY_NAME = """
SELECT ?actor ?via ?name WHERE {
  VALUES ?via { ir:code rdfs:label skos:altLabel }
  ?actor ?via ?known .
  FILTER (LCASE(STR(?known)) = LCASE(STR(?name)))
}
"""
_VIA_RANK = {f"{IR_BASE}code": 0, f"{PREFIXES['rdfs']}label": 1}


@dataclass(frozen=True)
class Parameter:
    """A parameter of a library query: a variable of the query and the kind of value it takes."""

    name: str
    kind: str
    description: str = ""
    default: str | None = None


@dataclass(frozen=True)
class NamedQuery:
    """A query of the library: its name (the file name), header and text."""

    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str
    path: Path | None = None

    def parameter(self, name: str) -> Parameter:
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        known = ", ".join(p.name for p in self.parameters) or "none"
        raise QueryError(f"{self.name} has no parameter {name!r} (its parameters: {known})")


def library_dir() -> Path:
    """The folder of the query library (`kg.resources`)."""
    return resources.library_dir()


def parse_named_query(text: str, *, name: str, path: Path | None = None) -> NamedQuery:
    """A library query from the text of its `.rq` file (header comments, then SPARQL).

    >>> q = parse_named_query("# Who?\\n#\\n# Parameters:\\n#   whom  actor  it (default: CUB)\\n"
    ...                       "SELECT ?who ?whom WHERE { ?who ir:sanctions ?whom }", name="who")
    >>> q.title, q.parameters
    ('Who?', (Parameter(name='whom', kind='actor', description='it', default='CUB'),))
    """
    header: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line[1:].strip())
    title = next((line for line in header if line), name)
    description: list[str] = []
    parameters: list[Parameter] = []
    in_parameters = False
    for line in header[header.index(title) + 1 :] if title in header else []:
        if line.lower().rstrip(":") == "parameters":
            in_parameters = True
        elif in_parameters and line:
            parameters.append(_parse_parameter(line, name))
        elif not in_parameters:
            description.append(line)
    query = NamedQuery(
        name=name,
        title=title,
        description=" ".join(" ".join(description).split()),
        parameters=tuple(parameters),
        text=text,
        path=path,
    )
    for parameter in query.parameters:
        if not re.search(rf"[?$]{parameter.name}\b", text.split("\n", len(header))[-1]):
            raise QueryError(f"{path or name}: the parameter {parameter.name} is not a variable")
    return query


def _parse_parameter(line: str, where: str) -> Parameter:
    match = _PARAMETER_LINE.match(line)
    if match is None or match["kind"] not in PARAMETER_KINDS:
        raise QueryError(
            f"{where}: cannot read the parameter line {line!r}: write `name kind description "
            f"(default: value)` with kind one of {', '.join(PARAMETER_KINDS)}"
        )
    default = match["default"].strip() if match["default"] else None
    return Parameter(match["name"], match["kind"], match["text"].strip(), default or None)


def load_library(folder: Path | None = None) -> dict[str, NamedQuery]:
    """Every `.rq` file of the folder (by default the query library), by name."""
    folder = library_dir() if folder is None else Path(folder)
    if not folder.is_dir():
        raise QueryError(f"no query library at {folder}")
    return {
        path.stem: parse_named_query(load_query_file(path), name=path.stem, path=path)
        for path in sorted(folder.glob("*.rq"))
    }


def named_query(name: str, *, folder: Path | None = None) -> NamedQuery:
    """One query of the library, by name (`who-sanctions`)."""
    library = load_library(folder)
    if name not in library:
        raise QueryError(
            f"no query named {name!r} in the library: use one of {', '.join(library)} "
            "(kg query --list)"
        )
    return library[name]


def run_named(
    store: GraphStore,
    query: NamedQuery | str,
    params: Mapping[str, str] | None = None,
    *,
    folder: Path | None = None,
    keep_parameters: bool = False,
) -> QueryOutcome:
    """Run a library query with `params` (text values, as on the command line) bound as RDF
    terms; missing ones take their defaults. The columns of bound parameters (the same on
    every row) are left out unless `keep_parameters`.
    """
    if isinstance(query, str):
        query = named_query(query, folder=folder)
    bindings = bind_parameters(store, query, params or {})
    outcome = run_query(store, query.text, bindings=dict(bindings))
    if outcome.table is None or keep_parameters or not bindings:
        return outcome
    table = outcome.table
    columns = [c for c in table.columns if c not in bindings]
    return QueryOutcome(
        "select",
        table=SelectResult(
            columns=columns,
            rows=[{k: v for k, v in row.items() if k in columns} for row in table.rows],
            terms=[{k: v for k, v in row.items() if k in columns} for row in table.terms],
        ),
    )


def query_frame(
    store: GraphStore, query: NamedQuery | str, params: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """A library query's answer as a pandas DataFrame: `query_frame(store, "who-sanctions",
    {"target": "CUB"})`."""
    return to_dataframe(run_named(store, query, params))


def bind_parameters(
    store: GraphStore, query: NamedQuery, values: Mapping[str, str]
) -> dict[str, Identifier]:
    """The RDF term of each parameter that has a value (given, or its default)."""
    for name in values:
        query.parameter(name)  # an unknown name is an error
    bindings: dict[str, Identifier] = {}
    for parameter in query.parameters:
        value = values.get(parameter.name, parameter.default)
        if value is not None:
            bindings[parameter.name] = parameter_term(store, parameter.kind, value)
    return bindings


def parameter_term(store: GraphStore, kind: str, value: str) -> Identifier:
    """The RDF term for a parameter value written as text.

    `actor`: a code (CUB, UN), a key (country/CUB), a label (Cuba), `irkg:...` or an IRI;
    `relation`: sanctions or ir:sanctions; `string`; `iri`; `date` (ISO); `integer`.
    """
    text = value.strip()
    if kind == "actor":
        return resolve_actor(store, text)
    if kind == "relation":
        local = text.removeprefix("ir:").removeprefix(IR_BASE)
        if local not in _RELATION_NAMES:
            raise QueryError(f"unknown relation {value!r}: use one of {', '.join(Relation)}")
        return URIRef(IR_BASE + local)
    if kind == "string":
        return Literal(value)
    if kind == "iri":
        return _iri(text)
    if kind == "date":
        try:
            return Literal(date.fromisoformat(text).isoformat(), datatype=XSD.date)
        except ValueError:
            raise QueryError(f"not an ISO date: {value!r} (write 2019-07-24)") from None
    if kind == "integer":
        try:
            return Literal(int(text))
        except ValueError:
            raise QueryError(f"not an integer: {value!r}") from None
    raise QueryError(f"unknown parameter kind {kind!r}: use one of {', '.join(PARAMETER_KINDS)}")


def resolve_actor(store: GraphStore, value: str) -> URIRef:
    """The IRI of an actor named by code, key, label, prefixed name or IRI.

    Codes and labels are looked up in the store (a code first, then a label, then another name);
    an ISO 3166-1 alpha-3 code not in the store still names its country.
    """
    text = value.strip()
    if not text:
        raise QueryError("an empty actor: give a code (CUB), a key (country/CUB) or an IRI")
    if _ABSOLUTE_IRI.match(text) or ":" in text:
        return _iri(text)
    if "/" in text:
        return _iri(ID_BASE + text)
    rows = store.select(_ACTOR_BY_NAME, {"name": Literal(text)}).terms
    if rows:
        best = min(rows, key=lambda row: (_VIA_RANK.get(str(row["via"]), 2), str(row["actor"])))
        return URIRef(str(best["actor"]))
    if re.fullmatch(r"[A-Za-z]{3}", text):
        return URIRef(f"{ID_BASE}country/{text.upper()}")
    raise QueryError(
        f"no actor {value!r} in the graph: give a code (CUB), a key (country/CUB, "
        "person/sergey-lavrov), a label (Cuba) or an IRI"
    )


def _iri(text: str) -> URIRef:
    prefix, _, local = text.partition(":")
    if not _ABSOLUTE_IRI.match(text) and prefix in PREFIXES:
        text = PREFIXES[prefix] + local
    if not _ABSOLUTE_IRI.match(text):
        raise QueryError(f"not an IRI: {text!r} (write https://..., or irkg:country/CUB)")
    try:
        ox.NamedNode(text)  # the store's own IRI parser
    except ValueError as exc:
        raise QueryError(f"not a valid IRI: {text!r} ({exc})") from None
    return URIRef(text)


def format_library(library: Mapping[str, NamedQuery]) -> str:
    """The library as text for `kg query --list`: name, title, parameters."""
    lines: list[str] = []
    for query in library.values():
        lines.append(f"{query.name}\n    {query.title}")
        for p in query.parameters:
            default = f" (default: {p.default})" if p.default else " (optional)"
            lines.append(f"    --param {p.name}=<{p.kind}>  {p.description}{default}")
    return "\n".join(lines) + "\n"
