"""The `GraphStore` contract: what every backend does, written once and run on each of them
(`graph_store` and `backend` in conftest.py: embedded on disk and in memory, remote with the
knowledge graph in the server's default graph and in a named graph).

Replacement semantics, shared facts, typed queries and bindings, limits and deadlines, counts,
closing and read-only stores, and exports in every format. Where a test compares with `mirror`,
the embedded in-memory store is the reference the others must equal. A known difference is
marked xfail (strict) on the backends that do not keep the contract yet.
"""

from __future__ import annotations

import io
import json
import time
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import QueryError, QueryTimeout, StoreError
from kg.query import load_library, run_named
from kg.rdf.build import clean_text, document_graph
from kg.rdf.namespace import ID, IR, document_iri, interaction_iri
from kg.store import GraphStore, SelectResult
from kg.store.layout import document_lines
from kg.types import Document, Interaction, Modality, Relation
from tests.store.store_helpers import (
    CUB,
    CUBA,
    HOSTILE_EVIDENCE,
    HOSTILE_TEXT,
    RDFLIB_FORMATS,
    RUS,
    STATES,
    TRUMP,
    USA,
    WHO_SANCTIONS_CUBA,
    Backend,
    big,
    doc,
    graphs_of,
    inter,
    mirror,
    plant_staging,
    put,
    same_graph,
    who,
)

# rdflib's own parsers use its deprecated ConjunctiveGraph API internally
pytestmark = [
    pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
]


# -- documents in: replacement semantics ----------------------------------------------------------


def test_trump_sanctions_cuba_answers_the_united_states(graph_store: GraphStore) -> None:
    """A direct triple is written for the official and for the state he serves."""
    d = doc("a")
    put(graph_store, d, inter(d))
    assert who(graph_store) == [str(ID["country/USA"]), str(ID["person/donald-trump"])]


@pytest.mark.parametrize("modality", [Modality.NEGATED, Modality.HYPOTHETICAL])
def test_non_factual_interaction_gives_no_direct_triple(
    graph_store: GraphStore, modality: Modality
) -> None:
    """A negated or hypothetical interaction is kept, but says nothing directly."""
    d = doc("a", "Trump did not impose sanctions on Cuba.")
    put(graph_store, d, inter(d, modality=modality))
    assert who(graph_store) == []
    assert graph_store.counts()["interactions"] == 1  # the interaction itself is kept


def test_a_document_gives_the_same_graph_as_the_embedded_store(graph_store: GraphStore) -> None:
    """A document with text that looks like SPARQL gives the reference graph, whole."""
    d = doc("a", HOSTILE_TEXT)
    interactions = [inter(d), inter(d, source=RUS, relation=Relation.CRITICIZES, target=USA)]
    put(graph_store, d, *interactions)
    assert same_graph(graph_store, mirror((d, interactions)))
    assert graph_store.document_hash("a") == d.content_hash
    assert graph_store.document_hash("missing") is None
    assert sorted(r["who"] for r in graph_store.select(WHO_SANCTIONS_CUBA)) == [
        USA.iri,
        TRUMP.iri,
    ]
    evidence = graph_store.select("SELECT ?e WHERE { ?i ir:evidence ?e }").column("e")
    assert HOSTILE_TEXT.replace("\n", " ") in [" ".join(e.split("\n")) for e in evidence if e]


def test_rebuilding_the_same_document_changes_nothing(graph_store: GraphStore) -> None:
    """Storing an unchanged document again adds nothing and removes nothing (idempotent)."""
    d, interactions = big("a", 20)
    put(graph_store, d, *interactions)
    before = sorted(graph_store.graph())
    put(graph_store, d, *interactions)
    assert sorted(graph_store.graph()) == before
    assert len(graph_store) == len(before)
    assert same_graph(graph_store, mirror((d, interactions)))


def test_document_hash(graph_store: GraphStore) -> None:
    """The stored content hash is None before, the document's after, the new one's after a
    change."""
    d = doc("a")
    assert graph_store.document_hash("a") is None
    put(graph_store, d, inter(d))
    assert graph_store.document_hash("a") == d.content_hash
    changed = doc("a", "Something else.")
    put(graph_store, changed)
    assert graph_store.document_hash("a") == changed.content_hash


def test_changed_document_replaces_its_interactions(graph_store: GraphStore) -> None:
    """A new version drops the old interactions and every triple only they supported."""
    old = doc("a")
    put(graph_store, old, inter(old))
    new = doc("a", "Russia met Cuba.")
    put(graph_store, new, inter(new, source=RUS, relation=Relation.MEETS))
    old_node = interaction_iri(inter(old))
    assert not graph_store.ask(f"ASK {{ <{old_node}> ?p ?o }}")
    assert who(graph_store) == []  # the direct triples only the old version supported are gone
    assert graph_store.ask(f"ASK {{ <{RUS.iri}> ir:meets <{CUBA}> }}")
    assert graph_store.counts()["interactions"] == 1
    # Trump is no longer mentioned by any document: his description goes too
    assert not graph_store.ask(f"ASK {{ <{TRUMP.iri}> ?p ?o }}")


def test_direct_triple_stays_while_another_document_supports_it(graph_store: GraphStore) -> None:
    """A triple two documents say is there once, and goes with the last one that says it."""
    a, b = doc("a"), doc("b", "Trump sanctioned Cuba again.")
    put(graph_store, a, inter(a))
    put(graph_store, b, inter(b))
    assert who(graph_store) == [str(ID["country/USA"]), str(ID["person/donald-trump"])]  # once
    put(graph_store, doc("a", "Nothing happened."))
    assert who(graph_store) == [str(ID["country/USA"]), str(ID["person/donald-trump"])]
    put(graph_store, doc("b", "Nothing happened either."))
    assert who(graph_store) == []


def test_replacing_an_own_graph_keeps_what_documents_support(graph_store: GraphStore) -> None:
    """IRKG's own graph of derived facts (the events) is replaced whole, atomically; a triple a
    document also supports stays when the graph lets go of it."""
    from kg.store.layout import EVENTS_GRAPH
    from kg.store.sparql_text import triple_text

    a = doc("a")
    put(graph_store, a, inter(a))
    said = (URIRef(USA.iri), IR.sanctions, URIRef(CUBA))  # a's direct triple
    first = (URIRef(RUS.iri), IR.meets, URIRef(CUBA))
    second = (URIRef(RUS.iri), IR.criticizes, URIRef(CUBA))
    graph_store.replace_graph(EVENTS_GRAPH, [triple_text(first), triple_text(said)])
    assert graph_store.ask(f"ASK {{ <{RUS.iri}> ir:meets <{CUBA}> }}")
    graph_store.replace_graph(EVENTS_GRAPH, [triple_text(second)])
    assert not graph_store.ask(f"ASK {{ <{RUS.iri}> ir:meets <{CUBA}> }}")
    assert graph_store.ask(f"ASK {{ <{RUS.iri}> ir:criticizes <{CUBA}> }}")
    assert graph_store.ask(f"ASK {{ <{USA.iri}> ir:sanctions <{CUBA}> }}")  # a still says it
    graph_store.replace_graph(EVENTS_GRAPH, [])
    assert not graph_store.ask(f"ASK {{ <{RUS.iri}> ir:criticizes <{CUBA}> }}")
    assert graph_store.document_hash("a") == a.content_hash


def test_a_leftover_staging_graph_supports_nothing(graph_store: GraphStore) -> None:
    """A staging graph a crash left behind (here document b's, holding a triple only a's old
    version said) does not keep that triple in the knowledge graph when a is replaced."""
    a, b = doc("a"), doc("b", "Russia met Cuba.")
    put(graph_store, a, inter(a))
    put(graph_store, b, inter(b, source=RUS, relation=Relation.MEETS))
    plant_staging(graph_store, "b", [(URIRef(USA.iri), IR.sanctions, URIRef(CUBA))])
    put(graph_store, doc("a", "Nothing happened."))
    assert who(graph_store) == []
    assert graph_store.ask(f"ASK {{ <{RUS.iri}> ir:meets <{CUBA}> }}")  # b's own triples stay


def test_remove_document(graph_store: GraphStore) -> None:
    """Removing a document removes its hash and the triples only it supported."""
    a, b = doc("a"), doc("b")
    put(graph_store, a, inter(a))
    put(graph_store, b, inter(b, relation=Relation.CRITICIZES))
    graph_store.remove_document("a")
    assert graph_store.document_hash("a") is None
    assert who(graph_store) == []
    assert graph_store.counts()["documents"] == 1


def test_replacement_semantics_match_the_embedded_store(graph_store: GraphStore) -> None:
    """Storing, replacing and removing documents gives the reference graph at every step."""
    a, b = doc("a"), doc("b", "Trump sanctioned Cuba again.")
    steps = [(a, [inter(a)]), (b, [inter(b)])]
    for d, interactions in steps:
        put(graph_store, d, *interactions)
    new_a = doc("a", "Russia met Cuba.")
    steps.append((new_a, [inter(new_a, source=RUS, relation=Relation.MEETS)]))
    put(graph_store, new_a, *steps[-1][1])
    assert same_graph(graph_store, mirror(*steps))
    assert sorted(r["who"] for r in graph_store.select(WHO_SANCTIONS_CUBA)) == [
        USA.iri,
        TRUMP.iri,
    ]
    graph_store.remove_document("b")
    assert graph_store.select(WHO_SANCTIONS_CUBA).rows == []  # the last support went
    assert graph_store.counts()["documents"] == 1
    assert graph_store.ask(f"ASK {{ <{RUS.iri}> ir:meets <{CUB.iri}> }}")


def test_shared_facts_are_never_collected(graph_store: GraphStore) -> None:
    """Facts added with `add_triples` outlive every document; what only a document said goes."""
    graph_store.add_triples([(ID["country/CUB"], IR.code, Literal("CUB"))])
    d = doc("a")
    put(graph_store, d, inter(d))
    put(graph_store, doc("a", "Nothing."))
    assert graph_store.ask(f'ASK {{ <{CUBA}> ir:code "CUB" }}')
    assert not graph_store.ask(f'ASK {{ <{CUBA}> rdfs:label "Cuba" }}')  # only the document said
    counts = graph_store.counts()
    assert counts["interactions"] == 0
    assert counts["triples"] == len(graph_store)


def test_triples_are_visible_without_a_graph_clause_and_counted_once(
    graph_store: GraphStore,
) -> None:
    """Plain SPARQL sees a triple two documents support once, not once per graph."""
    a, b = doc("a"), doc("b")
    put(graph_store, a, inter(a))
    put(graph_store, b, inter(b))
    rows = graph_store.select(f"SELECT ?label WHERE {{ <{CUBA}> rdfs:label ?label }}").rows
    assert rows == [{"label": "Cuba"}]


def test_an_invalid_triple_is_refused_before_anything_is_written(graph_store: GraphStore) -> None:
    """A literal subject is a StoreError, and the previous version stays."""
    d = doc("a")
    put(graph_store, d, inter(d))
    before = len(graph_store)
    bad = [(Literal("not a subject"), IR.code, Literal("x"))]
    with pytest.raises(StoreError):
        graph_store.replace_document(doc("a", "other"), bad, direct=[])
    assert len(graph_store) == before and graph_store.document_hash("a") == d.content_hash


def lines_of(d: Document, *interactions: Interaction) -> list[str]:
    triples, direct = document_graph(d, list(interactions), STATES)
    return document_lines(d, triples, direct)


def test_a_batch_of_documents_is_what_storing_them_one_by_one_gives(
    graph_store: GraphStore,
) -> None:
    """`add_documents` with new documents, a changed one and one given twice in the batch (the
    last version wins) equals `replace_document` in order on the embedded reference."""
    first, second, third = doc("a"), doc("b", "Russia met Cuba."), doc("c")
    put(graph_store, first, inter(first))
    changed = doc("a", "Trump threatened Cuba.")
    again = doc("b", "Russia backed Cuba.")
    meets = inter(second, source=RUS, relation=Relation.MEETS)
    threat = inter(changed, relation=Relation.THREATENS)
    backs = inter(again, source=RUS, relation=Relation.SUPPORTS)
    graph_store.add_documents(
        [
            (second, lines_of(second, meets)),
            (changed, lines_of(changed, threat)),
            (third, lines_of(third, inter(third))),
            (again, lines_of(again, backs)),
        ]
    )
    reference = mirror(
        (first, [inter(first)]),
        (second, [meets]),
        (changed, [threat]),
        (third, [inter(third)]),
        (again, [backs]),
    )
    assert same_graph(graph_store, reference)
    assert graph_store.document_hash("b") == again.content_hash
    assert graph_store.counts()["interactions"] == 3


def test_a_batch_with_a_broken_line_stores_none_of_its_new_documents(
    graph_store: GraphStore,
) -> None:
    """A line that is not N-Triples fails the write; no new document of it is half stored."""
    d = doc("new")
    broken = [*lines_of(d, inter(d))[:-1], '<https://x/s> <https://x/p> "unterminated .']
    with pytest.raises(StoreError):
        graph_store.add_documents([(d, broken)])
    assert graph_store.document_hash("new") is None
    assert len(graph_store) == 0


# -- the graph: triples, len, graph(), counts -----------------------------------------------------


def test_triples_len_and_graph_agree(graph_store: GraphStore) -> None:
    """An empty store has nothing; a filled one gives the same triples by every accessor."""
    assert len(graph_store) == 0
    assert list(graph_store.triples()) == []
    assert len(graph_store.graph()) == 0
    d = doc("a")
    put(graph_store, d, inter(d))
    triples = list(graph_store.triples())
    assert len(triples) == len(set(triples)) == len(graph_store) > 0
    assert set(triples) == set(graph_store.graph())


def test_counts(graph_store: GraphStore) -> None:
    """Documents, actors by class, interactions by relation and modality, and triples."""
    a = doc("a")
    put(
        graph_store,
        a,
        inter(a),
        inter(a, modality=Modality.NEGATED, relation=Relation.ATTACKS),
    )
    counts = graph_store.counts()
    assert counts["documents"] == 1
    assert counts["actors"] == {"Country": 2, "Organization": 0, "Official": 1}
    assert counts["interactions"] == 2
    assert counts["relations"] == {"attacks": 1, "sanctions": 1}
    assert counts["modalities"] == {"Asserted": 1, "Negated": 1}
    assert counts["triples"] == len(graph_store)


# -- queries and bindings -------------------------------------------------------------------------


def test_injection_attempt_in_a_binding_finds_nothing_and_harms_nothing(
    graph_store: GraphStore,
) -> None:
    """A binding is a value, never query text: as a string or a Literal, it matches nothing
    and deletes nothing."""
    d = doc("a")
    put(graph_store, d, inter(d))
    before = len(graph_store)
    query = "SELECT ?label ?name WHERE { ?a rdfs:label ?label FILTER (?label = ?name) }"
    whom = "SELECT ?who ?whom WHERE { ?who ir:sanctions ?whom }"
    for attack in ('x" } ; DROP ALL ; #', "x' } DROP ALL", '""" } DROP ALL #'):
        assert graph_store.select(query, {"name": attack}).rows == []
        assert graph_store.select(query, {"name": Literal(attack)}).rows == []
        assert graph_store.select(whom, {"whom": attack}).rows == []
    assert len(graph_store) == before


def test_bindings_accept_terms_and_iri_strings(graph_store: GraphStore) -> None:
    """An IRI string or a URIRef binds an IRI; any other string is a plain literal."""
    d = doc("a")
    put(graph_store, d, inter(d))
    query = "SELECT ?who ?whom WHERE { ?who ir:sanctions ?whom }"
    for value in (CUBA, URIRef(CUBA)):
        rows = graph_store.select(query, {"whom": value}).rows
        assert sorted(r["who"] for r in rows) == [USA.iri, TRUMP.iri]
    assert graph_store.select(query, {"whom": "Cuba"}).rows == []  # a plain string is a literal
    assert graph_store.ask("ASK { ?who ir:sanctions ?whom }", {"whom": CUBA})


def test_unknown_binding_name_is_an_error(graph_store: GraphStore) -> None:
    """Binding a variable the query does not have is a QueryError, not a silent no-op."""
    with pytest.raises(QueryError, match="no variable"):
        graph_store.select("SELECT ?s WHERE { ?s ?p ?o }", {"nope": "x"})
    with pytest.raises(QueryError, match="no variable"):
        graph_store.select("SELECT ?who ?whom WHERE { ?who ir:sanctions ?whom }", {"nope": "x"})


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?s WHERE { ?s ir:code ?code }",
        "SELECT (?code AS ?c) WHERE { ?s ir:code ?code }",
        "SELECT ?s WHERE { { SELECT ?s ?code WHERE { ?s ir:code ?code } } }",  # an inner SELECT
        "SELECT ?s # ?code\nWHERE { ?s ir:code ?code }",
    ],
)
def test_binding_outside_the_projection_is_explained(graph_store: GraphStore, query: str) -> None:
    """`GraphStore.query`: a bound variable of a SELECT must be in its projection (the outer
    SELECT's, whatever the text around it says)."""
    with pytest.raises(QueryError, match="projection"):
        graph_store.select(query, {"code": "CUB"})


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?s ir:code ?code }",
        "SELECT ?s ?code WHERE { ?s ir:code ?code }",
        "SELECT ?s (?code AS ?c) ?code WHERE { ?s ir:code ?code }",
    ],
)
def test_binding_inside_the_projection_binds(graph_store: GraphStore, query: str) -> None:
    graph_store.add_triples([(ID["country/CUB"], IR.code, Literal("CUB"))])
    rows = graph_store.select(query, {"code": "CUB"}).rows
    assert [row["s"] for row in rows] == [CUBA]


@pytest.mark.parametrize(
    "text",
    ["SELEC ?s WHERE { ?s ?p ?o }", "SELECT ?s WHERE { ?s ?p }", "SELECT ?x WHERE { ?x"],
)
def test_malformed_sparql_is_a_query_error(
    backend: Backend, graph_store: GraphStore, text: str
) -> None:
    """Malformed SPARQL is a QueryError (the remote store checks it before sending it, with
    rdflib's grammar: its message says so)."""
    message = "not valid SPARQL" if backend.remote else "malformed SPARQL"
    with pytest.raises(QueryError, match=message):
        graph_store.select(text)


def test_query_kinds_are_checked(graph_store: GraphStore) -> None:
    """select, ask and construct refuse the other kinds of query."""
    with pytest.raises(QueryError):
        graph_store.select("ASK { ?s ?p ?o }")
    with pytest.raises(QueryError):
        graph_store.ask("SELECT ?s WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError):
        graph_store.construct("ASK { ?s ?p ?o }")


def test_select_result_leaves_unbound_out(graph_store: GraphStore) -> None:
    """A row has only its bound variables; the ontology is not loaded (no inference)."""
    d = doc("a")
    put(graph_store, d, inter(d))
    result = graph_store.select(
        "SELECT ?a ?code WHERE { ?a a ir:Actor . OPTIONAL { ?a ir:code ?code } } ORDER BY ?a",
        None,
    )
    assert isinstance(result, SelectResult) and result.columns == ["a", "code"]
    # the ontology is not loaded, so no instance is an ir:Actor by inference
    assert result.rows == []
    result = graph_store.select(
        "SELECT ?a ?code WHERE { ?a a ?t . OPTIONAL { ?a ir:code ?code } "
        "FILTER (?t IN (ir:Country, ir:Official)) } ORDER BY ?a"
    )
    assert {"a": TRUMP.iri} in result.rows
    assert {"a": CUBA, "code": "CUB"} in result.rows


def test_construct_returns_an_rdflib_graph(graph_store: GraphStore) -> None:
    d = doc("a")
    put(graph_store, d, inter(d))
    graph = graph_store.construct("CONSTRUCT { ?s ir:sanctions ?o } WHERE { ?s ir:sanctions ?o }")
    assert isinstance(graph, Graph) and len(graph) == 2


def test_a_limit_stops_reading(graph_store: GraphStore) -> None:
    """`limit` caps the rows of a SELECT and the triples of a CONSTRUCT."""
    d = doc("a")
    put(graph_store, d, inter(d))
    limited = graph_store.query("SELECT * WHERE { ?s ?p ?o }", limit=5)
    assert isinstance(limited, SelectResult) and len(limited) == 5
    graph = graph_store.query("CONSTRUCT WHERE { ?s ?p ?o }", limit=3)
    assert isinstance(graph, Graph) and len(graph) == 3


def test_a_passed_deadline_is_a_timeout(graph_store: GraphStore) -> None:
    """A SELECT whose deadline has passed raises QueryTimeout instead of answering."""
    d = doc("a")
    put(graph_store, d, inter(d))
    with pytest.raises(QueryTimeout):
        graph_store.query("SELECT * WHERE { ?s ?p ?o }", deadline=time.monotonic() - 1)


@pytest.mark.parametrize("name", sorted(load_library()))
def test_every_library_query_answers_as_on_the_embedded_store(
    graph_store: GraphStore, name: str
) -> None:
    """Each query of the library gives the reference store's table, row for row."""
    a, b = doc("a"), doc("b", "Russia met Cuba. The embargo on Cuba is wrong.")
    steps = [
        (a, [inter(a)]),
        (b, [inter(b, source=RUS, relation=Relation.MEETS, evidence="Russia met Cuba."),
             inter(b, source=RUS, relation=Relation.CRITICIZES, target=USA,
                   evidence="The embargo on Cuba is wrong.")]),
    ]  # fmt: skip
    for d, interactions in steps:
        put(graph_store, d, *interactions)
    ours = run_named(graph_store, name)
    theirs = run_named(mirror(*steps), name)
    assert ours.table is not None and theirs.table is not None
    assert ours.table.columns == theirs.table.columns
    assert ours.table.rows == theirs.table.rows


# -- opening and closing --------------------------------------------------------------------------


def test_a_closed_store_says_so(backend: Backend) -> None:
    """close() may be called twice; a closed store refuses every call, and leaving a `with`
    block closes it."""
    store = backend.open()
    store.close()
    store.close()  # twice is fine
    with pytest.raises(StoreError, match="closed"):
        len(store)
    with backend.open() as store:
        assert len(store) == 0
    with pytest.raises(StoreError, match="closed"):
        store.ask("ASK { ?s ?p ?o }")


def test_a_read_only_store_reads_and_refuses_every_change(backend: Backend) -> None:
    """Opened read-only, a store answers queries and refuses every change with a StoreError."""
    if backend.name == "embedded-memory":
        pytest.skip("an in-memory store cannot be read-only (test_embedded.py)")
    d = doc("a")
    with backend.open() as writable:  # closed: the store on disk is locked while writable
        put(writable, d, inter(d))
        size = len(writable)
    with backend.open(read_only=True) as store:
        assert store.read_only
        assert who(store) == [USA.iri, TRUMP.iri]
        assert store.document_hash("a") == d.content_hash
        with pytest.raises(StoreError, match="read-only"):
            store.check_writable()
        with pytest.raises(StoreError, match="read-only"):
            put(store, doc("b"), inter(doc("b")))
        with pytest.raises(StoreError, match="read-only"):
            store.remove_document("a")
        with pytest.raises(StoreError, match="read-only"):
            store.add_triples([(ID["country/CUB"], IR.code, Literal("CUB"))])
        assert len(store) == size


def test_a_writable_store_passes_check_writable(graph_store: GraphStore) -> None:
    assert not graph_store.read_only
    graph_store.check_writable()


# -- export ---------------------------------------------------------------------------------------


@pytest.fixture
def filled(graph_store: GraphStore) -> GraphStore:
    """Two documents (one id with a slash and a space, hostile evidence) and a shared fact."""
    a, b = doc("a/1 x"), doc("b")
    put(graph_store, a, inter(a, evidence=HOSTILE_EVIDENCE))
    put(graph_store, b, inter(b, source=RUS, relation=Relation.MEETS))
    graph_store.add_triples([(ID["country/CUB"], IR.code, Literal("CUB"))])
    return graph_store


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld"])
def test_triple_exports_round_trip(filled: GraphStore, tmp_path: Path, suffix: str) -> None:
    """Turtle, N-Triples and JSON-LD hold the knowledge graph, every triple counted."""
    path = tmp_path / f"graph{suffix}"
    written = filled.export(path)
    parsed = Graph().parse(path, format=RDFLIB_FORMATS[suffix])
    assert written == len(filled) == len(parsed)
    assert isomorphic(parsed, filled.graph())


@pytest.mark.parametrize("suffix", [".nq", ".trig"])
def test_dataset_exports_round_trip(filled: GraphStore, tmp_path: Path, suffix: str) -> None:
    """N-Quads and TriG hold the knowledge graph and each support graph, no staging graph."""
    path = tmp_path / f"graph{suffix}"
    written = filled.export(path)
    dataset = Dataset()
    dataset.parse(path, format=RDFLIB_FORMATS[suffix])
    assert isomorphic(dataset.default_graph, filled.graph())
    named = {str(g.identifier): g for g in dataset.graphs() if g != dataset.default_graph}
    assert set(named) == {
        str(document_iri("a/1 x")),
        str(document_iri("b")),
        str(ID["graph/shared"]),
    }
    assert written == len(filled) + sum(len(g) for g in named.values())
    b_graph = named[str(document_iri("b"))]
    assert (URIRef(RUS.iri), IR.meets, URIRef(CUBA)) in b_graph


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "nquads", "trig"])
def test_serialize_writes_to_a_stream(filled: GraphStore, tmp_path: Path, fmt: str) -> None:
    """`serialize` writes bytes and counts the statements as `export` does."""
    out = io.BytesIO()
    written = filled.serialize(out, fmt)
    assert written == filled.export(tmp_path / "g", fmt=fmt) > 0
    assert out.getvalue()


def test_turtle_binds_the_standard_prefixes(filled: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "g.ttl"
    filled.export(path)
    text = path.read_text(encoding="utf-8")
    for prefix in ("ir", "prov", "dcterms", "skos", "rdfs", "owl", "xsd"):
        assert f"@prefix {prefix}: <" in text


def test_jsonld_uses_the_local_context(filled: GraphStore, tmp_path: Path) -> None:
    """The JSON-LD context is embedded in the file, never a URL to fetch."""
    path = tmp_path / "g.jsonld"
    filled.export(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    context = document["@context"]
    assert isinstance(context, dict)  # embedded, not a URL to fetch
    assert not any(isinstance(c, str) and c.startswith("http") for c in [context])
    assert context["ir"] == str(IR)


@pytest.mark.parametrize("suffix", sorted(RDFLIB_FORMATS))
def test_hostile_evidence_round_trips(filled: GraphStore, tmp_path: Path, suffix: str) -> None:
    """Evidence with quotes, backslashes, control characters and a NUL reads back cleaned,
    in every export format."""
    path = tmp_path / f"g{suffix}"
    filled.export(path)
    dataset = Dataset()
    dataset.parse(path, format=RDFLIB_FORMATS[suffix])
    evidence = {str(o) for _, _, o, _ in dataset.quads((None, IR.evidence, None, None))}
    assert clean_text(HOSTILE_EVIDENCE) in evidence
    assert "\x00" not in clean_text(HOSTILE_EVIDENCE)


def test_hostile_evidence_survives_the_store(filled: GraphStore) -> None:
    rows = filled.select("SELECT ?e WHERE { ?i ir:evidence ?e }").rows
    assert {"e": clean_text(HOSTILE_EVIDENCE)} in rows


def test_export_format_override_and_unknown_extension(filled: GraphStore, tmp_path: Path) -> None:
    """`fmt` overrides the extension; an unknown extension or format writes nothing."""
    assert filled.export(tmp_path / "graph.txt", fmt="nt") == len(filled)
    with pytest.raises(StoreError, match="export format"):
        filled.export(tmp_path / "graph.xml")
    with pytest.raises(StoreError, match="unknown export format"):
        filled.export(tmp_path / "graph.ttl", fmt="rdfxml")
    assert not (tmp_path / "graph.xml").exists()


def test_export_replaces_the_file_whole(filled: GraphStore, tmp_path: Path) -> None:
    """An export replaces the old file and leaves no temporary file."""
    path = tmp_path / "g.nt"
    path.write_text("old content that is not N-Triples\n" * 1000)
    filled.export(path)
    assert "old content" not in path.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["g.nt"]  # no temporary file left


def test_document_replaced_then_exported_has_no_trace_of_the_old_version(
    graph_store: GraphStore, tmp_path: Path
) -> None:
    """Not in the knowledge graph, not in a support graph."""
    old = doc("a")
    put(graph_store, old, inter(old, evidence="OLD SENTENCE"))
    new = replace(old, text="New text.")
    put(graph_store, new, inter(new, evidence="NEW SENTENCE"))
    graph_store.export(tmp_path / "g.nq")
    text = (tmp_path / "g.nq").read_text(encoding="utf-8")
    assert "NEW SENTENCE" in text and "OLD SENTENCE" not in text


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".nq", ".trig", ".jsonld"])
def test_exports_match_the_embedded_store(
    graph_store: GraphStore, tmp_path: Path, suffix: str
) -> None:
    """Every export format counts and holds what the reference store's export does."""
    steps = [
        (doc("a"), [inter(doc("a"))]),
        (doc("b", HOSTILE_TEXT), [inter(doc("b", HOSTILE_TEXT))]),
    ]
    for d, interactions in steps:
        put(graph_store, d, *interactions)
    local = mirror(*steps)
    ours, theirs = tmp_path / f"store{suffix}", tmp_path / f"reference{suffix}"
    assert graph_store.export(ours) == local.export(theirs)
    ours_data, reference_data = Dataset(), Dataset()
    ours_data.parse(ours, format=RDFLIB_FORMATS[suffix])
    reference_data.parse(theirs, format=RDFLIB_FORMATS[suffix])
    assert graphs_of(ours_data) == graphs_of(reference_data)
