"""kg.query: running queries, the SPARQL 1.1 result formats, DataFrames, query files."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as rns

from kg.errors import QueryError
from kg.query import (
    QueryOutcome,
    format_result,
    load_query_file,
    run_query,
    shorten,
    to_dataframe,
)
from kg.rdf.build import document_graph
from kg.store import SelectResult, Store
from kg.types import Actor, ActorKind, Document, Interaction, Modality, Relation

# rdflib's JSON-LD parser uses its deprecated ConjunctiveGraph API internally
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

USA = Actor("country/USA", ActorKind.COUNTRY, "United States", code="USA")
CUB = Actor("country/CUB", ActorKind.COUNTRY, "Cuba", code="CUB")
TRUMP = Actor("person/donald-trump", ActorKind.OFFICIAL, "Donald Trump", affiliation="country/USA")
DOC = Document("a", "Trump imposed sanctions on Cuba.", date="2019-07-24")
EVIDENCE = 'Trump said, "sanctions\ton\tCuba",\nnow.'
SANCTIONS = "SELECT ?who WHERE { ?who ir:sanctions <https://w3id.org/irkg/id/country/CUB> }"


@pytest.fixture
def store() -> Iterator[Store]:
    inter = Interaction(
        "a", TRUMP, Relation.SANCTIONS, CUB, Modality.ASSERTED, EVIDENCE, 0, 31, 0.75
    )
    triples, direct = document_graph(DOC, [inter], [USA])
    with Store() as s:
        s.replace_document(DOC, triples, direct=direct)
        yield s


def table(columns: list[str], *rows: dict[str, object]) -> SelectResult:
    """A hand-built result with typed terms."""
    terms = [{k: v for k, v in row.items() if v is not None} for row in rows]
    plain = [{k: str(v) for k, v in row.items()} for row in terms]
    return SelectResult(columns=columns, rows=plain, terms=terms)  # type: ignore[arg-type]


MIXED = table(
    ["s", "n", "text"],
    {"s": URIRef("https://w3id.org/irkg/id/country/CUB"), "n": Literal(3), "text": Literal("a,b")},
    {"s": BNode("b0"), "n": Literal("0.5", datatype=rns.XSD.decimal), "text": Literal('say "x"')},
    {"s": URIRef("http://example.org/x"), "text": Literal("hola", lang="es")},
)


# -- running -----------------------------------------------------------------------------------


def test_select_with_automatic_prefixes(store: Store) -> None:
    outcome = run_query(store, SANCTIONS)
    assert outcome.kind == "select" and outcome.table is not None
    assert sorted(row["who"] for row in outcome.table) == sorted([USA.iri, TRUMP.iri])


def test_a_query_may_declare_its_own_prefixes(store: Store) -> None:
    text = "PREFIX ir: <https://w3id.org/irkg/ontology#>\n" + SANCTIONS
    outcome = run_query(store, text)
    assert outcome.table is not None and len(outcome.table) == 2
    other = "PREFIX ir: <http://example.org/other#>\n" + SANCTIONS
    assert run_query(store, other).table == SelectResult(["who"], [], [])


def test_ask_and_construct(store: Store) -> None:
    ask = run_query(store, "ASK { ?a ir:sanctions ?b }")
    assert ask.kind == "ask" and ask.boolean is True
    built = run_query(store, "CONSTRUCT { ?a ir:sanctions ?b } WHERE { ?a ir:sanctions ?b }")
    assert built.kind == "construct" and built.graph is not None and len(built.graph) == 2


def test_bindings_pass_through(store: Store) -> None:
    outcome = run_query(
        store,
        "SELECT ?who ?whom WHERE { ?who ir:sanctions ?whom }",
        bindings={"whom": "https://w3id.org/irkg/id/country/USA"},
    )
    assert outcome.table is not None and outcome.table.rows == []


@pytest.mark.parametrize(
    "text", ["SELECT ?x WHERE { ?x }", "ASK {", "SELECT * WHERE { ?s nope:p ?o }"]
)
def test_malformed_sparql_raises_query_error_with_the_parser_message(
    store: Store, text: str
) -> None:
    with pytest.raises(QueryError) as caught:
        run_query(store, text)
    assert str(caught.value).startswith("malformed SPARQL:") and len(str(caught.value)) > 20


@pytest.mark.parametrize(
    "text",
    ["DROP ALL", "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "LOAD <http://x/>"],
)
def test_an_update_is_refused_as_an_update(store: Store, text: str) -> None:
    with pytest.raises(QueryError, match="^updates are refused"):
        run_query(store, text)


def test_deep_nesting_never_reaches_the_parser(store: Store) -> None:
    deep = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 10_000 + "1" + ")" * 10_000 + ") }"
    with pytest.raises(QueryError, match="nests brackets 10002 deep"):
        run_query(store, deep)


def test_empty_query(store: Store) -> None:
    with pytest.raises(QueryError, match="empty"):
        run_query(store, "  \n")


# -- formats -----------------------------------------------------------------------------------


def test_table_is_aligned_and_shortens_iris() -> None:
    text = format_result(MIXED, "table")
    lines = text.splitlines()
    assert lines[0].split() == ["s", "n", "text"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[2].startswith("irkg:country/CUB")
    assert lines[3].startswith("_:b0")
    assert lines[-1] == "(3 rows)"
    column = lines[0].index("n")
    assert lines[2][column] == "3" and lines[3][column : column + 3] == "0.5"


def test_table_keeps_rows_on_one_line_and_truncates(store: Store) -> None:
    result = run_query(store, "SELECT ?e WHERE { ?i ir:evidence ?e }")
    lines = format_result(result, "table", max_width=20).splitlines()
    assert len(lines) == 4
    assert lines[2] == 'Trump said, "sancti…'


def test_csv_follows_the_sparql_csv_format() -> None:
    text = format_result(MIXED, "csv")
    assert text.startswith("s,n,text\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == ["https://w3id.org/irkg/id/country/CUB", "3", "a,b"]
    assert rows[2] == ["_:b0", "0.5", 'say "x"']
    assert rows[3] == ["http://example.org/x", "", "hola"]


def test_tsv_follows_the_sparql_tsv_format(store: Store) -> None:
    text = format_result(MIXED, "tsv")
    lines = text.split("\n")
    assert lines[0] == "?s\t?n\t?text"
    assert lines[1] == '<https://w3id.org/irkg/id/country/CUB>\t3\t"a,b"'
    assert lines[2] == '_:b0\t0.5\t"say \\"x\\""'
    assert lines[3] == '<http://example.org/x>\t\t"hola"@es'
    evidence = format_result(run_query(store, "SELECT ?e WHERE { ?i ir:evidence ?e }"), "tsv")
    assert evidence.count("\n") == 2  # tabs and newlines of the literal are escaped
    assert "\\t" in evidence and "\\n" in evidence


def test_tsv_writes_typed_literals_in_full() -> None:
    result = table(["d"], {"d": Literal("2019-07-24", datatype=rns.XSD.date)})
    assert format_result(result, "tsv").split("\n")[1] == (
        '"2019-07-24"^^<http://www.w3.org/2001/XMLSchema#date>'
    )


def test_json_follows_the_sparql_json_format() -> None:
    document = json.loads(format_result(MIXED, "json"))
    assert document["head"] == {"vars": ["s", "n", "text"]}
    first, second, third = document["results"]["bindings"]
    assert first["s"] == {"type": "uri", "value": "https://w3id.org/irkg/id/country/CUB"}
    assert first["n"] == {
        "type": "literal",
        "value": "3",
        "datatype": "http://www.w3.org/2001/XMLSchema#integer",
    }
    assert first["text"] == {"type": "literal", "value": "a,b"}
    assert second["s"] == {"type": "bnode", "value": "b0"}
    assert "n" not in third
    assert third["text"] == {"type": "literal", "value": "hola", "xml:lang": "es"}


def test_ask_formats(store: Store) -> None:
    outcome = run_query(store, "ASK { ?a ir:attacks ?b }")
    assert json.loads(format_result(outcome, "json")) == {"head": {}, "boolean": False}
    assert format_result(outcome, "table") == "false"


def test_construct_formats(store: Store) -> None:
    outcome = run_query(store, "CONSTRUCT { ?a ir:sanctions ?b } WHERE { ?a ir:sanctions ?b }")
    turtle = format_result(outcome, "table")
    assert len(Graph().parse(data=turtle, format="turtle")) == 2
    jsonld = format_result(outcome, "json")
    assert isinstance(json.loads(jsonld)["@context"], dict)
    assert len(Graph().parse(data=jsonld, format="json-ld")) == 2
    with pytest.raises(QueryError, match="graph"):
        format_result(outcome, "csv")


def test_unknown_format() -> None:
    with pytest.raises(QueryError, match="unknown result format"):
        format_result(MIXED, "yaml")


def test_xml_follows_the_sparql_xml_format() -> None:
    import pyoxigraph

    text = format_result(MIXED, "xml")
    parsed = list(pyoxigraph.parse_query_results(text, pyoxigraph.QueryResultsFormat.XML))
    assert [str(s["s"]) for s in parsed] == [
        "<https://w3id.org/irkg/id/country/CUB>",
        "_:b0",
        "<http://example.org/x>",
    ]
    assert parsed[0]["n"] == pyoxigraph.Literal(
        "3", datatype=pyoxigraph.NamedNode(str(rns.XSD.integer))
    )
    assert parsed[2]["n"] is None
    assert parsed[2]["text"] == pyoxigraph.Literal("hola", language="es")
    assert parsed[1]["text"].value == 'say "x"'


def test_xml_escapes_markup_and_drops_what_xml_cannot_carry() -> None:
    import pyoxigraph

    hostile = table(["e"], {"e": Literal('</literal><uri>x</uri> & \x01 "q"')})
    text = format_result(hostile, "xml")
    assert "</literal><uri>" not in text
    (solution,) = pyoxigraph.parse_query_results(text, pyoxigraph.QueryResultsFormat.XML)
    assert solution["e"].value == '</literal><uri>x</uri> & \ufffd "q"'


def test_ask_in_xml() -> None:
    import pyoxigraph

    for value in (True, False):
        text = format_result(QueryOutcome("ask", boolean=value), "xml")
        assert (
            bool(pyoxigraph.parse_query_results(text, pyoxigraph.QueryResultsFormat.XML)) is value
        )


def test_limit_and_deadline_bound_the_answer(store: Store) -> None:
    import time

    from kg.errors import QueryTimeout

    everything = "SELECT * WHERE { ?s ?p ?o }"
    outcome = run_query(store, everything, limit=3)
    assert outcome.table is not None and len(outcome.table) == 3
    graph = run_query(store, "CONSTRUCT WHERE { ?s ?p ?o }", limit=4).graph
    assert graph is not None and len(graph) == 4
    with pytest.raises(QueryTimeout, match="time limit"):
        run_query(store, everything, deadline=time.monotonic() - 1)


def test_results_with_plain_rows_only_still_format() -> None:
    plain = SelectResult(columns=["a", "b"], rows=[{"a": "x"}, {"a": "y", "b": "z"}])
    assert format_result(plain, "csv") == "a,b\r\nx,\r\ny,z\r\n"
    assert "(2 rows)" in format_result(plain, "table")


# -- pandas ------------------------------------------------------------------------------------


def test_to_dataframe(store: Store) -> None:
    outcome = run_query(
        store,
        "SELECT ?who ?confidence ?start WHERE { ?i ir:source ?who ; ir:confidence ?confidence ;"
        " ir:evidenceStart ?start }",
    )
    frame = to_dataframe(outcome)
    assert list(frame.columns) == ["who", "confidence", "start"]
    assert frame.loc[0, "who"] == TRUMP.iri
    assert frame.loc[0, "confidence"] == pytest.approx(0.75)
    assert frame.loc[0, "start"] == 0


def test_to_dataframe_keeps_unbound_as_none() -> None:
    frame = to_dataframe(MIXED)
    assert frame.shape == (3, 3)
    assert pd.isna(frame.loc[2, "n"])


def test_to_dataframe_of_a_graph_and_of_ask(store: Store) -> None:
    built = run_query(store, "CONSTRUCT { ?a ir:sanctions ?b } WHERE { ?a ir:sanctions ?b }")
    assert list(to_dataframe(built).columns) == ["subject", "predicate", "object"]
    with pytest.raises(QueryError):
        to_dataframe(QueryOutcome("ask", boolean=True))


# -- files and helpers -------------------------------------------------------------------------


def test_load_query_file(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "who.rq"
    path.write_text(SANCTIONS + "\n", encoding="utf-8")
    assert load_query_file(path).strip() == SANCTIONS
    assert run_query(store, load_query_file(path)).table is not None


@pytest.mark.parametrize(("name", "content"), [("missing.rq", None), ("empty.rq", "  \n")])
def test_load_query_file_errors(tmp_path: Path, name: str, content: str | None) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(QueryError, match=name):
        load_query_file(path)


@pytest.mark.parametrize(
    ("iri", "short"),
    [
        ("https://w3id.org/irkg/ontology#sanctions", "ir:sanctions"),
        ("https://w3id.org/irkg/id/person/donald-trump", "irkg:person/donald-trump"),
        ("http://www.w3.org/2001/XMLSchema#date", "xsd:date"),
        ("http://example.org/x", "http://example.org/x"),
        ("https://w3id.org/irkg/ontology#", "https://w3id.org/irkg/ontology#"),
    ],
)
def test_shorten(iri: str, short: str) -> None:
    assert shorten(iri) == short
