"""Content negotiation for the endpoint, and answers rendered in the chosen media type.

SELECT and ASK answer in SPARQL JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE in Turtle,
N-Triples, JSON-LD or RDF/XML; by the `Accept` header or a `format`/`output` parameter (as
SPARQLWrapper and Virtuoso send it). An answer cut at the row limit says so inside the body, in
the way each format allows (a member in JSON, a `link` and a comment in XML, a last `#` line in
CSV, TSV, Turtle and N-Triples), besides the `X-SPARQL-MaxRows` header.
"""

from __future__ import annotations

import json

from kg.query import QueryOutcome, format_result

__all__ = ["FORMAT_NAMES", "GRAPH_TYPES", "RESULT_TYPES", "negotiate", "render"]

# media types offered for each kind of answer, the default first
RESULT_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
    "application/x-turtle": "turtle",
    "text/plain": "nt",
    "application/json": "json-ld",
}
# `format=` / `output=` values (SPARQLWrapper, Virtuoso): the media type for rows, for graphs
FORMAT_NAMES: dict[str, tuple[str | None, str | None]] = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None),
    "tsv": ("text/tab-separated-values", None),
    "turtle": (None, "text/turtle"),
    "ttl": (None, "text/turtle"),
    "n3": (None, "text/turtle"),
    "nt": (None, "application/n-triples"),
    "ntriples": (None, "application/n-triples"),
    "n-triples": (None, "application/n-triples"),
    "json-ld": (None, "application/ld+json"),
    "jsonld": (None, "application/ld+json"),
    "rdf": (None, "application/rdf+xml"),
    "rdf+xml": (None, "application/rdf+xml"),
}
CUT_LINK = "urn:irkg:answer-cut-at-max-rows"


def offered(kind: str) -> list[str]:
    """The media types offered for a "select", "ask" or "construct" answer, the default first."""
    return list(GRAPH_TYPES if kind == "construct" else RESULT_TYPES)


def negotiate(kind: str, accept: str | None, formats: list[str] | None = None) -> str | None:
    """The media type to answer a `kind` ("select", "ask" or "construct") query in, or None.

    A known `format`/`output` value wins; then the best match of the Accept header (q-values,
    `type/*`, `*/*`); no Accept header means the default (SPARQL JSON, or Turtle for graphs).

    >>> negotiate("select", "text/csv;q=0.5, application/sparql-results+xml")
    'application/sparql-results+xml'
    >>> negotiate("construct", "*/*"), negotiate("ask", None, ["json"])
    ('text/turtle', 'application/sparql-results+json')
    >>> negotiate("select", "image/png") is None
    True
    """
    media_types = offered(kind)
    for value in formats or []:
        value = value.strip().lower()
        if value in media_types:
            return value
        pair = FORMAT_NAMES.get(value)
        if pair is not None and pair[kind == "construct"] is not None:
            return pair[kind == "construct"]
    if not accept or not accept.strip():
        return media_types[0]
    ranges = _accept_ranges(accept)
    best, best_q = None, 0.0
    for media in media_types:
        q = _quality(media, ranges)
        if q > best_q:
            best, best_q = media, q
    return best


def _accept_ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for item in accept.split(","):
        media, *params = (part.strip() for part in item.split(";"))
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media:
            ranges.append((media.lower(), q))
    return ranges


def _quality(media: str, ranges: list[tuple[str, float]]) -> float:
    """The q of the most specific range that matches `media` (0 when none does)."""
    kind = media.split("/")[0]
    best_specificity, q = -1, 0.0
    for pattern, value in ranges:
        specificity = {media: 2, f"{kind}/*": 1, "*/*": 0}.get(pattern, -1)
        if specificity > best_specificity:
            best_specificity, q = specificity, value
    return q


def render(outcome: QueryOutcome, media: str, *, cut_at: int | None = None) -> bytes:
    """The answer in the negotiated media type; `cut_at` (the row limit) when it was cut.

    >>> from kg.store import SelectResult
    >>> table = SelectResult(["x"], [{"x": "1"}], [])
    >>> body = render(QueryOutcome("select", table=table), "text/csv", cut_at=1).decode()
    >>> body.splitlines()[-1].startswith("# answer cut at 1 rows")
    True
    """
    note = (
        f"answer cut at {cut_at} rows (the server's row limit): narrow the query or page it "
        "with LIMIT and OFFSET"
        if cut_at is not None
        else None
    )
    if outcome.graph is not None:
        name = GRAPH_TYPES[media]
        if name == "json-ld":
            text = format_result(outcome, "json")
            return _json_note(text, note).encode("utf-8")
        serialized = outcome.graph.serialize(format=name)
        text = serialized if isinstance(serialized, str) else serialized.decode("utf-8")
        if note is not None:
            text = _xml_note(text, note) if name == "xml" else f"{text.rstrip()}\n# {note}\n"
        return text.encode("utf-8")
    name = RESULT_TYPES[media]
    text = format_result(outcome, name)
    if note is not None:
        if name == "json":
            text = _json_note(text, note)
        elif name == "xml":
            text = _xml_note(text, note, link=True)
        else:
            text = f"{text.rstrip()}\n# {note}\n"
    return text.encode("utf-8")


def _json_note(text: str, note: str | None) -> str:
    """A JSON answer with a top-level `truncated` member (clients ignore unknown members)."""
    if note is None:
        return text
    data = json.loads(text)
    if isinstance(data, list):  # JSON-LD without a context
        data = {"@graph": data}
    data["truncated"] = note
    return json.dumps(data, ensure_ascii=False, indent=2)


def _xml_note(text: str, note: str, *, link: bool = False) -> str:
    """An XML answer with a comment after the declaration (and, for results, a `link` last in
    the head, where the results format puts links)."""
    declaration_end = text.index("?>") + 2 if text.startswith("<?xml") else 0
    text = f"{text[:declaration_end]}\n<!-- {note.replace('--', '- -')} -->{text[declaration_end:]}"
    if link:
        text = text.replace("</head>", f'  <link href="{CUT_LINK}"/>\n</head>', 1)
    return text
