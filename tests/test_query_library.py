"""The query library (samples/queries/*.rq): headers, parameters bound as RDF terms, answers on a
small hand-built graph, DataFrames, and `kg query --name/--param/--list`."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd
import pytest
from rdflib import Literal, URIRef
from typer.testing import Result

from kg.errors import QueryError
from kg.query import (
    PARAMETER_KINDS,
    NamedQuery,
    bind_parameters,
    format_library,
    library_dir,
    load_library,
    named_query,
    parameter_term,
    parse_named_query,
    query_frame,
    resolve_actor,
    run_named,
)
from kg.rdf.build import document_graph
from kg.rdf.namespace import IR
from kg.store import Store, embedded
from kg.store.inlining import inline_bindings
from kg.types import Actor, ActorKind, Document, Interaction, Modality, Relation

ID = "https://w3id.org/irkg/id/"
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
USA = Actor("country/USA", ActorKind.COUNTRY, "United States", code="USA")
CUB = Actor("country/CUB", ActorKind.COUNTRY, "Cuba", code="CUB", alt_labels=("Havana",))
RUS = Actor("country/RUS", ActorKind.COUNTRY, "Russia", code="RUS")
UKR = Actor("country/UKR", ActorKind.COUNTRY, "Ukraine", code="UKR")
TRUMP = Actor(
    "person/donald-trump", ActorKind.OFFICIAL, "Donald Trump", affiliation="country/USA",
    position="President",
)  # fmt: skip
LAVROV = Actor(
    "person/sergey-lavrov", ActorKind.OFFICIAL, "Sergey Lavrov", affiliation="country/RUS",
    position="Foreign Minister",
)  # fmt: skip
RODRIGUEZ = Actor(
    "person/bruno-rodriguez", ActorKind.OFFICIAL, "Bruno Rodriguez", affiliation="country/CUB",
    position="Foreign Minister",
)  # fmt: skip
STATES = {a.key: a for a in (USA, CUB, RUS, UKR)}
EXPECTED_QUERIES = {  # the issue's list, by file
    "who-sanctions", "who-supports", "who-criticizes", "who-acts-on", "relations-between",
    "meetings", "officials", "documents-behind", "top-dyads", "dyad-balance",
    "actors-by-degree", "modality-summary", "evidence-search",
}  # fmt: skip
ATTACKS = [
    'x" } ; DROP ALL ; #',
    "x' } ; DROP ALL ; #",
    '""" } DROP ALL #',
    "\\u0022 } ; DROP ALL",
    "?x ?y ?z",
    "> } ; CLEAR DEFAULT ; <",
]


def fact(
    doc: Document,
    source: Actor,
    relation: Relation,
    target: Actor,
    evidence: str,
    modality: Modality = Modality.ASSERTED,
) -> Interaction:
    start = doc.text.index(evidence)
    return Interaction(
        doc.id, source, relation, target, modality, evidence, start, start + len(evidence), 0.8
    )


def sample_documents() -> list[tuple[Document, list[Interaction]]]:
    """Three small articles: sanctions on Cuba, a visit to Havana, a war."""
    d1 = Document("d1", "Trump imposed sanctions on Cuba. The U.S. embargo goes on.", "Cuba",
                  "2019-06-04", "https://example.org/d1")  # fmt: skip
    d2 = Document("d2", "Lavrov met Rodriguez in Havana. Russia will support Cuba. Lavrov "
                  "criticized Washington.", "Havana talks", "2019-07-24")  # fmt: skip
    d3 = Document("d3", "Russia attacked Ukraine. Washington threatened Moscow with sanctions. "
                  "The US did not lift its embargo on Cuba.", "War", "2022-02-24")  # fmt: skip
    return [
        (d1, [fact(d1, TRUMP, Relation.SANCTIONS, CUB, "Trump imposed sanctions on Cuba."),
              fact(d1, USA, Relation.SANCTIONS, CUB, "The U.S. embargo goes on.")]),
        (d2, [fact(d2, LAVROV, Relation.MEETS, RODRIGUEZ, "Lavrov met Rodriguez in Havana."),
              fact(d2, RUS, Relation.SUPPORTS, CUB, "Russia will support Cuba.",
                   Modality.INTENDED),
              fact(d2, LAVROV, Relation.CRITICIZES, USA, "Lavrov criticized Washington.")]),
        (d3, [fact(d3, RUS, Relation.ATTACKS, UKR, "Russia attacked Ukraine."),
              fact(d3, USA, Relation.THREATENS, RUS,
                   "Washington threatened Moscow with sanctions."),
              fact(d3, USA, Relation.SANCTIONS, CUB, "The US did not lift its embargo on Cuba.",
                   Modality.NEGATED)]),
    ]  # fmt: skip


def fill(store: Store) -> Store:
    for doc, interactions in sample_documents():
        triples, direct = document_graph(doc, interactions, list(STATES.values()))
        store.replace_document(doc, triples, direct=direct)
    return store


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with Store() as s:
        yield fill(s)


@pytest.fixture(scope="module")
def library() -> dict[str, NamedQuery]:
    return load_library()


def column(store: Store, name: str, key: str, **params: str) -> list[str]:
    outcome = run_named(store, name, params)
    assert outcome.table is not None
    return [row.get(key, "") for row in outcome.table.rows]


# -- the library itself ------------------------------------------------------------------------


def test_the_library_has_the_questions_of_the_issue(library: dict[str, NamedQuery]) -> None:
    assert set(library) >= EXPECTED_QUERIES
    checkout = Path(__file__).resolve().parents[1] / "samples" / "queries"
    assert library_dir().resolve() == checkout.resolve()  # one source: the link into kg/


@pytest.mark.parametrize("name", sorted(EXPECTED_QUERIES))
def test_every_query_has_a_header(library: dict[str, NamedQuery], name: str) -> None:
    query = library[name]
    assert query.title.endswith("?"), query.title  # a question
    assert len(query.description) > 40
    for parameter in query.parameters:
        assert parameter.kind in PARAMETER_KINDS
        assert parameter.description
        assert f"?{parameter.name}" in query.text


@pytest.mark.parametrize("name", sorted(EXPECTED_QUERIES))
def test_every_query_runs_with_its_defaults(store: Store, name: str) -> None:
    outcome = run_named(store, name)
    assert outcome.table is not None and outcome.table.rows, f"{name} found nothing"


def test_parse_named_query_reads_title_description_and_parameters() -> None:
    text = (
        "# Who acts?\n#\n# A description\n# on two lines.\n#\n# Parameters:\n"
        "#   target  actor     the target (default: CUB)\n"
        "#   since   date      from this day\n"
        "SELECT ?who ?target ?since WHERE { ?who ?p ?target . ?who ?q ?since }\n"
    )
    query = parse_named_query(text, name="who")
    assert query.title == "Who acts?"
    assert query.description == "A description on two lines."
    assert [(p.name, p.kind, p.default) for p in query.parameters] == [
        ("target", "actor", "CUB"),
        ("since", "date", None),
    ]


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("# T?\n# Parameters:\n#   target  colour  x\n", "cannot read the parameter line"),
        ("# T?\n# Parameters:\n#   missing  actor  x\n", "not a variable"),
    ],
)
def test_bad_headers_are_explained(header: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_named_query(header + "SELECT ?target WHERE { ?target ?p ?o }", name="bad")


def test_unknown_names_are_explained(store: Store) -> None:
    with pytest.raises(QueryError, match="no query named 'nope'.*who-sanctions"):
        named_query("nope")
    with pytest.raises(QueryError, match="no parameter 'colour'.*target"):
        run_named(store, "who-sanctions", {"colour": "red"})


def test_format_library_lists_names_and_parameters(library: dict[str, NamedQuery]) -> None:
    text = format_library(library)
    assert "who-sanctions\n    Who sanctions a given actor?" in text
    assert "--param target=<actor>" in text and "(default: CUB)" in text
    assert "--param state=<actor>" in text and "(optional)" in text


# -- parameters are RDF terms ------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["CUB", "cub", "Cuba", "cuba", "Havana", "country/CUB", "irkg:country/CUB", f"{ID}country/CUB"],
)
def test_an_actor_is_named_by_code_label_key_or_iri(store: Store, value: str) -> None:
    assert resolve_actor(store, value) == URIRef(f"{ID}country/CUB")


def test_an_unknown_actor(store: Store) -> None:
    assert resolve_actor(store, "NOR") == URIRef(f"{ID}country/NOR")  # an ISO code not yet seen
    with pytest.raises(QueryError, match="no actor 'Atlantis'"):
        resolve_actor(store, "Atlantis")


@pytest.mark.parametrize(
    ("kind", "value", "term"),
    [
        ("relation", "sanctions", IR.sanctions),
        ("relation", "ir:meets", IR.meets),
        ("string", " two words ", Literal(" two words ")),
        ("date", "2019-07-24", Literal("2019-07-24", datatype=XSD_DATE)),
        ("integer", "42", Literal(42)),
        ("iri", "http://example.org/x", URIRef("http://example.org/x")),
        ("iri", "ir:Country", IR.Country),
    ],
)
def test_parameter_terms(store: Store, kind: str, value: str, term: object) -> None:
    assert parameter_term(store, kind, value) == term


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        ("relation", "likes", "unknown relation"),
        ("date", "24/07/2019", "ISO date"),
        ("integer", "many", "not an integer"),
        ("iri", "not an iri", "not an IRI"),
        ("colour", "red", "unknown parameter kind"),
    ],
)
def test_bad_parameter_values(store: Store, kind: str, value: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parameter_term(store, kind, value)


@pytest.mark.parametrize("attack", ATTACKS)
def test_a_parameter_is_a_term_never_syntax(attack: str) -> None:
    """The injection test: hostile text bound to a string parameter finds nothing and changes
    nothing; the same text as evidence is found, as text."""
    with Store() as s:
        fill(s)
        size = len(s)
        assert column(s, "evidence-search", "evidence", text=attack) == []
        assert len(s) == size
        doc = Document("evil", f"Russia criticized Ukraine: {attack}.")
        inter = fact(doc, RUS, Relation.CRITICIZES, UKR, doc.text)
        triples, direct = document_graph(doc, [inter], list(STATES.values()))
        s.replace_document(doc, triples, direct=direct)
        assert column(s, "evidence-search", "evidence", text=attack) == [doc.text]


# -- answers on the sample graph ---------------------------------------------------------------


def test_who_sanctions(store: Store) -> None:
    outcome = run_named(store, "who-sanctions", {"target": "CUB"})
    assert outcome.table is not None
    assert outcome.table.columns == ["who", "label", "kind", "interactions"]  # target left out
    rows = {row["label"]: int(row["interactions"]) for row in outcome.table.rows}
    assert rows == {"United States": 2, "Donald Trump": 1}  # the negated one does not count
    kept = run_named(store, "who-sanctions", {"target": "CUB"}, keep_parameters=True)
    assert kept.table is not None and kept.table.columns[0] == "target"


@pytest.mark.parametrize(
    ("name", "params", "key", "expected"),
    [
        ("who-supports", {"target": "Cuba"}, "label", ["Russia"]),
        ("who-criticizes", {"target": "USA"}, "label", ["Russia", "Sergey Lavrov"]),
        ("who-acts-on", {"relation": "attacks", "target": "UKR"}, "label", ["Russia"]),
        ("who-acts-on", {"relation": "threatens", "target": "RUS"}, "label", ["United States"]),
        ("who-acts-on", {"relation": "meets", "target": "CUB"}, "label", ["Russia"]),
        ("meetings", {"actor": "RUS"}, "with", ["Bruno Rodriguez"]),
        ("meetings", {"actor": "person/bruno-rodriguez"}, "with", ["Sergey Lavrov"]),
        ("officials", {"state": "RUS"}, "name", ["Sergey Lavrov"]),
        ("officials", {}, "name", ["Bruno Rodriguez", "Sergey Lavrov", "Donald Trump"]),
        ("documents-behind", {}, "doc", ["d1"]),
        ("documents-behind", {"source": "RUS", "relation": "supports", "target": "CUB"}, "doc",
         ["d2"]),
        ("top-dyads", {"relation": "sanctions"}, "interactions", ["2"]),
        ("evidence-search", {"text": "EMBARGO"}, "doc", ["d1", "d3"]),
    ],
)  # fmt: skip
def test_library_answers(
    store: Store, name: str, params: dict[str, str], key: str, expected: list[str]
) -> None:
    assert column(store, name, key, **params) == expected


def test_relations_between_two_actors_either_way(store: Store) -> None:
    outcome = run_named(store, "relations-between", {"a": "USA", "b": "RUS"})
    assert outcome.table is not None
    assert [(r["source"], r["relation"], r["target"]) for r in outcome.table.rows] == [
        ("Sergey Lavrov", str(IR.criticizes), "United States"),
        ("United States", str(IR.threatens), "Russia"),
    ]
    assert {r["doc"] for r in outcome.table.rows} == {"d2", "d3"}


def test_dyad_balance(store: Store) -> None:
    frame = query_frame(store, "dyad-balance")
    rows = {(r.one, r.other): (r.cooperation, r.conflict, r.balance) for r in frame.itertuples()}
    assert rows[("Cuba", "United States")] == (0, 2, -1.0)
    assert rows[("Cuba", "Russia")] == (2, 0, 1.0)
    assert rows[("Russia", "United States")] == (0, 2, -1.0)


def test_actors_by_degree(store: Store) -> None:
    frame = query_frame(store, "actors-by-degree")
    degree = dict(zip(frame["label"], frame["degree"], strict=True))
    assert degree["Russia"] == 3  # Cuba, Ukraine, and the United States that threatens it
    assert degree["Cuba"] == 3  # the United States, Donald Trump, Russia
    assert frame["degree"].is_monotonic_decreasing


def test_query_frame_gives_typed_columns(store: Store) -> None:
    frame = query_frame(store, "who-sanctions", {"target": "CUB"})
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["who", "label", "kind", "interactions"]
    assert frame["interactions"].dtype.kind == "i"
    assert frame.loc[0, "who"] == f"{ID}country/USA"


# -- the command line --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("library") / "store"
    with Store(path) as s:
        fill(s)
    return path


def test_kg_query_list(kg_cli: Callable[..., Result]) -> None:
    result = kg_cli("query", "--list")
    assert result.exit_code == 0, result.output
    for name in EXPECTED_QUERIES:
        assert f"\n{name}\n" in f"\n{result.stdout}"


def test_kg_query_name_and_params(kg_cli: Callable[..., Result], disk_store: Path) -> None:
    result = kg_cli(
        "query", "--store", disk_store, "--name", "who-sanctions", "--param", "target=CUB",
        "--format", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["head"]["vars"] == ["who", "label", "kind", "interactions"]
    assert [b["label"]["value"] for b in answer["results"]["bindings"]] == [
        "United States",
        "Donald Trump",
    ]
    table = kg_cli("query", "--store", disk_store, "--name", "who-sanctions")
    assert table.stdout.endswith("(2 rows)\n")


def test_kg_query_file_takes_params(kg_cli: Callable[..., Result], disk_store: Path) -> None:
    path = library_dir() / "officials.rq"
    result = kg_cli("query", path, "--store", disk_store, "--param", "state=USA", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == [
        f"United States,{ID}person/donald-trump,Donald Trump,President"
    ]


def test_kg_query_binds_params_of_a_plain_query(
    kg_cli: Callable[..., Result], disk_store: Path
) -> None:
    query = "SELECT ?who ?whom WHERE { ?who ir:attacks ?whom }"
    found = kg_cli("query", query, "--store", disk_store, "--param", f"whom={ID}country/UKR")
    assert found.exit_code == 0 and "irkg:country/RUS" in found.stdout
    attack = kg_cli("query", query, "--store", disk_store, "--param", f"whom={ATTACKS[0]}")
    assert attack.exit_code == 0 and "(0 rows)" in attack.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--name", "nope"], "no query named"),
        (["--name", "who-sanctions", "--param", "colour=red"], "no parameter"),
        (["--name", "who-sanctions", "--param", "target"], "NAME=VALUE"),
        (["--name", "who-sanctions", "--param", "target=Atlantis"], "no actor"),
        (["SELECT * { ?s ?p ?o }", "--name", "who-sanctions"], "not both"),
        ([], "--name"),
    ],
)
def test_kg_query_mistakes_exit_2(
    kg_cli: Callable[..., Result], disk_store: Path, args: list[str], message: str
) -> None:
    result = kg_cli("query", "--store", disk_store, *args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr


# -- inlined parameters, and the planner-led rewrites ------------------------------------------

# more parameters than the defaults: each endpoint kind, officials, both directions, no answer
MORE_PARAMETERS: dict[str, list[dict[str, str]]] = {
    "who-sanctions": [{"target": "RUS"}, {"target": "person/bruno-rodriguez"}],
    "who-supports": [{"target": "UKR"}],
    "who-criticizes": [{"target": "person/donald-trump"}, {"target": "CUB"}],
    "who-acts-on": [{"relation": "meets", "target": "CUB"},
                    {"relation": "threatens", "target": "RUS"},
                    {"relation": "meets", "target": "person/sergey-lavrov"}],
    "relations-between": [{"a": "USA", "b": "RUS"}, {"a": "CUB", "b": "RUS"},
                          {"a": "USA", "b": "USA"}, {"a": "person/sergey-lavrov", "b": "CUB"}],
    "meetings": [{"actor": "CUB"}, {"actor": "person/sergey-lavrov"}, {"actor": "UKR"}],
    "documents-behind": [{"source": "RUS", "relation": "supports", "target": "CUB"},
                         {"source": "RUS", "relation": "meets", "target": "CUB"},
                         {"source": "person/donald-trump", "relation": "sanctions",
                          "target": "CUB"}],
    "evidence-search": [{"text": "EMBARGO"}, {"text": "met"}, {"text": ""}],
    "officials": [{"state": "USA"}],
    "top-dyads": [{"relation": "attacks"}],
}  # fmt: skip
REFERENCES = Path(__file__).parent / "data" / "reference_queries"


def _cases() -> list[tuple[str, dict[str, str]]]:
    return [(name, params) for name in sorted(load_library())
            for params in [{}, *MORE_PARAMETERS.get(name, [])]]  # fmt: skip


def _rows(outcome: object) -> tuple[list[str], list[tuple[tuple[str, str], ...]]]:
    table = getattr(outcome, "table", None)
    assert table is not None
    return table.columns, sorted(tuple(sorted(row.items())) for row in table.rows)


@pytest.mark.parametrize(("name", "params"), _cases())
def test_inlined_parameters_answer_as_bound_ones(
    store: Store, name: str, params: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every library query, its parameters written in as constants (what the store does) or
    given as pyoxigraph bindings (what it did): the same answer. And the constants are written:
    no library query falls back to the slow bindings."""
    query = load_library()[name]
    bindings = bind_parameters(store, query, params)
    if bindings:
        assert inline_bindings(query.text, bindings) is not None
    inlined = run_named(store, query, params, keep_parameters=True)
    monkeypatch.setattr(embedded, "inline_bindings", lambda _query, _bindings: None)
    bound = run_named(store, query, params, keep_parameters=True)
    assert _rows(inlined) == _rows(bound)


@pytest.mark.parametrize(
    ("name", "params"), [c for c in _cases() if (REFERENCES / f"{c[0]}.rq").exists()]
)
def test_the_rewritten_queries_answer_as_their_plain_versions(
    store: Store, name: str, params: dict[str, str]
) -> None:
    plain = load_library(REFERENCES)[name]
    assert _rows(run_named(store, name, params)) == _rows(run_named(store, plain, params))
