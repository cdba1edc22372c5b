"""kg.store: replacement semantics, safe bindings, persistence, locking, exports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import QueryError, StoreError
from kg.rdf.build import clean_text, document_graph
from kg.rdf.namespace import ID, IR, document_iri, interaction_iri
from kg.store import SelectResult, Store
from kg.types import Actor, ActorKind, Document, Interaction, Modality, Relation

# rdflib's own parsers use its deprecated ConjunctiveGraph API internally
pytestmark = [
    pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
]

REPO = Path(__file__).resolve().parents[1]
RDFLIB_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
}

USA = Actor("country/USA", ActorKind.COUNTRY, "United States", code="USA")
CUB = Actor("country/CUB", ActorKind.COUNTRY, "Cuba", code="CUB")
RUS = Actor("country/RUS", ActorKind.COUNTRY, "Russia", code="RUS")
TRUMP = Actor("person/donald-trump", ActorKind.OFFICIAL, "Donald Trump", affiliation="country/USA")
SERVES = {TRUMP.key: USA}
CUBA = "https://w3id.org/irkg/id/country/CUB"
WHO_SANCTIONS_CUBA = f"SELECT ?who WHERE {{ ?who ir:sanctions <{CUBA}> }}"
HOSTILE = 'He said "no" \\ back\\slash\nnew """line""" </script> \x00nul \t tab\r é 😀 \'single\''


def doc(doc_id: str, text: str = "Trump imposed sanctions on Cuba.") -> Document:
    return Document(doc_id, text, title="t", date="2019-07-24")


def inter(
    d: Document,
    source: Actor = TRUMP,
    relation: Relation = Relation.SANCTIONS,
    target: Actor = CUB,
    modality: Modality = Modality.ASSERTED,
    evidence: str | None = None,
) -> Interaction:
    text = d.text if evidence is None else evidence
    return Interaction(d.id, source, relation, target, modality, text, 0, len(d.text), 0.8)


def put(store: Store, d: Document, *interactions: Interaction) -> None:
    triples, direct = document_graph(d, interactions, list(SERVES.values()))
    store.replace_document(d, triples, direct=direct)


def who(store: Store) -> list[str]:
    return sorted(row["who"] for row in store.select(WHO_SANCTIONS_CUBA).rows)


@pytest.fixture
def store() -> Iterator[Store]:
    with Store() as s:
        yield s


# -- replacement semantics --------------------------------------------------------------------


def test_trump_sanctions_cuba_answers_the_united_states(store: Store) -> None:
    d = doc("a")
    put(store, d, inter(d))
    assert who(store) == [str(ID["country/USA"]), str(ID["person/donald-trump"])]


@pytest.mark.parametrize("modality", [Modality.NEGATED, Modality.HYPOTHETICAL])
def test_non_factual_interaction_gives_no_direct_triple(store: Store, modality: Modality) -> None:
    d = doc("a", "Trump did not impose sanctions on Cuba.")
    put(store, d, inter(d, modality=modality))
    assert who(store) == []
    assert store.counts()["interactions"] == 1  # the interaction itself is kept


def test_building_the_same_document_twice_adds_nothing(store: Store) -> None:
    d = doc("a")
    put(store, d, inter(d))
    before = sorted(store.graph())
    put(store, d, inter(d))
    assert sorted(store.graph()) == before
    assert len(store) == len(before)


def test_document_hash(store: Store) -> None:
    d = doc("a")
    assert store.document_hash("a") is None
    put(store, d, inter(d))
    assert store.document_hash("a") == d.content_hash
    changed = doc("a", "Something else.")
    put(store, changed)
    assert store.document_hash("a") == changed.content_hash


def test_changed_document_replaces_its_interactions(store: Store) -> None:
    old = doc("a")
    put(store, old, inter(old))
    new = doc("a", "Russia met Cuba.")
    put(store, new, inter(new, source=RUS, relation=Relation.MEETS))
    old_node = interaction_iri(inter(old))
    assert not store.ask(f"ASK {{ <{old_node}> ?p ?o }}")
    assert who(store) == []  # the direct triples only the old version supported are gone
    assert store.ask(f"ASK {{ <{RUS.iri}> ir:meets <{CUBA}> }}")
    assert store.counts()["interactions"] == 1
    # Trump is no longer mentioned by any document: his description goes too
    assert not store.ask(f"ASK {{ <{TRUMP.iri}> ?p ?o }}")


def test_direct_triple_stays_while_another_document_supports_it(store: Store) -> None:
    a, b = doc("a"), doc("b", "Trump sanctioned Cuba again.")
    put(store, a, inter(a))
    put(store, b, inter(b))
    assert who(store) == [str(ID["country/USA"]), str(ID["person/donald-trump"])]  # once each
    put(store, doc("a", "Nothing happened."))
    assert who(store) == [str(ID["country/USA"]), str(ID["person/donald-trump"])]
    put(store, doc("b", "Nothing happened either."))
    assert who(store) == []


def test_remove_document(store: Store) -> None:
    a, b = doc("a"), doc("b")
    put(store, a, inter(a))
    put(store, b, inter(b, relation=Relation.CRITICIZES))
    store.remove_document("a")
    assert store.document_hash("a") is None
    assert who(store) == []
    assert store.counts()["documents"] == 1


def test_shared_facts_are_never_collected(store: Store) -> None:
    store.add_triples([(ID["country/CUB"], IR.code, Literal("CUB"))])
    d = doc("a")
    put(store, d, inter(d))
    put(store, doc("a", "Nothing."))
    assert store.ask(f'ASK {{ <{CUBA}> ir:code "CUB" }}')
    assert not store.ask(f'ASK {{ <{CUBA}> rdfs:label "Cuba" }}')  # only the document said it


def test_triples_are_visible_without_a_graph_clause_and_counted_once(store: Store) -> None:
    a, b = doc("a"), doc("b")
    put(store, a, inter(a))
    put(store, b, inter(b))
    rows = store.select(f"SELECT ?label WHERE {{ <{CUBA}> rdfs:label ?label }}").rows
    assert rows == [{"label": "Cuba"}]


def test_a_failed_replacement_leaves_the_old_version(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = doc("a")
    put(store, old, inter(old))
    before = sorted(store.graph())
    real = store._db  # fault injection into the swap step

    class Failing:
        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

        def update(self, text: str) -> None:
            if "INSERT" in text:
                raise OSError("disk full")
            real.update(text)

    monkeypatch.setattr(store, "_ox", Failing())
    new = doc("a", "Russia met Cuba.")
    with pytest.raises(StoreError, match="disk full"):
        put(store, new, inter(new, source=RUS, relation=Relation.MEETS))
    monkeypatch.setattr(store, "_ox", real)
    assert sorted(store.graph()) == before
    assert store.document_hash("a") == old.content_hash
    assert list(real.named_graphs()) == [pyoxigraph.NamedNode(str(document_iri("a")))]


def test_an_invalid_triple_is_refused_before_anything_is_written(store: Store) -> None:
    d = doc("a")
    put(store, d, inter(d))
    before = len(store)
    bad = [(Literal("not a subject"), IR.code, Literal("x"))]
    with pytest.raises(StoreError):
        store.replace_document(doc("a", "other"), bad, direct=[])
    assert len(store) == before and store.document_hash("a") == d.content_hash


# -- queries and bindings ---------------------------------------------------------------------


def test_injection_attempt_in_a_binding_finds_nothing_and_harms_nothing(store: Store) -> None:
    d = doc("a")
    put(store, d, inter(d))
    before = len(store)
    attack = 'x" } ; DROP ALL ; #'
    query = "SELECT ?label ?name WHERE { ?a rdfs:label ?label FILTER (?label = ?name) }"
    assert store.select(query, {"name": attack}).rows == []
    assert store.select(query, {"name": Literal(attack)}).rows == []
    assert len(store) == before


def test_bindings_accept_terms_and_iri_strings(store: Store) -> None:
    d = doc("a")
    put(store, d, inter(d))
    query = "SELECT ?who ?whom WHERE { ?who ir:sanctions ?whom }"
    for value in (CUBA, URIRef(CUBA)):
        rows = store.select(query, {"whom": value}).rows
        assert sorted(r["who"] for r in rows) == [USA.iri, TRUMP.iri]
    assert store.select(query, {"whom": "Cuba"}).rows == []  # a plain string is a literal
    assert store.ask("ASK { ?who ir:sanctions ?whom }", {"whom": CUBA})


def test_unknown_binding_name_is_an_error(store: Store) -> None:
    with pytest.raises(QueryError, match="no variable"):
        store.select("SELECT ?s WHERE { ?s ?p ?o }", {"nope": "x"})


def test_binding_outside_the_projection_is_explained(store: Store) -> None:
    with pytest.raises(QueryError, match="projection"):
        store.select("SELECT ?s WHERE { ?s ir:code ?code }", {"code": "CUB"})


@pytest.mark.parametrize("text", ["SELEC ?s WHERE { ?s ?p ?o }", "SELECT ?s WHERE { ?s ?p }"])
def test_malformed_sparql_is_a_query_error(store: Store, text: str) -> None:
    with pytest.raises(QueryError, match="malformed SPARQL"):
        store.select(text)


def test_query_kinds_are_checked(store: Store) -> None:
    with pytest.raises(QueryError):
        store.select("ASK { ?s ?p ?o }")
    with pytest.raises(QueryError):
        store.ask("SELECT ?s WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError):
        store.construct("ASK { ?s ?p ?o }")


def test_select_result_leaves_unbound_out(store: Store) -> None:
    d = doc("a")
    put(store, d, inter(d))
    result = store.select(
        "SELECT ?a ?code WHERE { ?a a ir:Actor . OPTIONAL { ?a ir:code ?code } } ORDER BY ?a",
        None,
    )
    assert isinstance(result, SelectResult) and result.columns == ["a", "code"]
    # the ontology is not loaded, so no instance is an ir:Actor by inference
    assert result.rows == []
    result = store.select(
        "SELECT ?a ?code WHERE { ?a a ?t . OPTIONAL { ?a ir:code ?code } "
        "FILTER (?t IN (ir:Country, ir:Official)) } ORDER BY ?a"
    )
    assert {"a": TRUMP.iri} in result.rows
    assert {"a": CUBA, "code": "CUB"} in result.rows


def test_construct_returns_an_rdflib_graph(store: Store) -> None:
    d = doc("a")
    put(store, d, inter(d))
    graph = store.construct("CONSTRUCT { ?s ir:sanctions ?o } WHERE { ?s ir:sanctions ?o }")
    assert isinstance(graph, Graph) and len(graph) == 2


def test_counts(store: Store) -> None:
    a = doc("a")
    put(store, a, inter(a), inter(a, modality=Modality.NEGATED, relation=Relation.ATTACKS))
    counts = store.counts()
    assert counts["documents"] == 1
    assert counts["actors"] == {"Country": 2, "Organization": 0, "Official": 1}
    assert counts["interactions"] == 2
    assert counts["relations"] == {"attacks": 1, "sanctions": 1}
    assert counts["modalities"] == {"Asserted": 1, "Negated": 1}
    assert counts["triples"] == len(store)


# -- on disk ----------------------------------------------------------------------------------


def test_on_disk_store_survives_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "store"
    d = doc("a")
    with Store(path) as s:
        put(s, d, inter(d))
        size = len(s)
    with Store(path) as s:
        assert len(s) == size
        assert s.document_hash("a") == d.content_hash
    with Store(path, read_only=True) as s:
        assert who(s) == [USA.iri, TRUMP.iri]
        with pytest.raises(StoreError, match="read-only"):
            s.add_triples([(ID["country/CUB"], IR.code, Literal("CUB"))])


def test_missing_parent_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / ".irkg" / "deep" / "store"
    with Store(path) as s:
        s.add_triples([(ID["country/CUB"], IR.code, Literal("CUB"))])
    with Store(path, read_only=True) as s:
        assert len(s) == 1


def _other_process(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )


def test_a_second_process_gets_a_clear_error_or_reads(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Store(path) as s:
        d = doc("a")
        put(s, d, inter(d))
        writer = _other_process(
            "from kg.store import Store\nfrom kg.errors import StoreError\n"
            f"try:\n    Store({str(path)!r})\n"
            "except StoreError as e:\n    print('StoreError:', e)\n"
        )
        assert "StoreError:" in writer.stdout, writer.stderr
        assert "in use by another process" in writer.stdout and str(path) in writer.stdout
        reader = _other_process(
            f"from kg.store import Store\nprint(len(Store({str(path)!r}, read_only=True)))"
        )
        assert reader.returncode == 0, reader.stderr
        assert int(reader.stdout) == len(s)


def test_opening_the_same_path_twice_in_one_process_is_an_error(tmp_path: Path) -> None:
    with Store(tmp_path / "s"), pytest.raises(StoreError, match="in use"):
        Store(tmp_path / "s")


def test_a_folder_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("my notes")
    with pytest.raises(StoreError, match="not an IRKG store") as caught:
        Store(tmp_path)
    assert str(tmp_path) in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # nothing written


def test_a_corrupt_store_is_refused_with_its_path(tmp_path: Path) -> None:
    (tmp_path / "CURRENT").write_text("garbage\n")
    with pytest.raises(StoreError) as caught:
        Store(tmp_path)
    assert str(tmp_path) in str(caught.value)


def test_a_file_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        Store(path)


def test_read_only_needs_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "missing", read_only=True)
    assert not (tmp_path / "missing").exists()


def test_a_closed_store_says_so() -> None:
    s = Store()
    s.close()
    s.close()  # twice is fine
    with pytest.raises(StoreError, match="closed"):
        len(s)


def test_leftover_staging_graphs_are_dropped_on_open(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Store(path) as s:
        staging = pyoxigraph.NamedNode(str(ID["graph/staging/x"]))
        s._db.add(  # what a crash between the two steps leaves
            pyoxigraph.Quad(
                pyoxigraph.NamedNode(CUBA),
                pyoxigraph.NamedNode(str(IR.code)),
                pyoxigraph.Literal("X"),
                staging,
            )
        )
    with Store(path) as s:
        assert list(s._db.named_graphs()) == []


# -- export -----------------------------------------------------------------------------------


@pytest.fixture
def filled(store: Store) -> Store:
    a, b = doc("a/1 x"), doc("b")
    put(store, a, inter(a, evidence=HOSTILE))
    put(store, b, inter(b, source=RUS, relation=Relation.MEETS))
    store.add_triples([(ID["country/CUB"], IR.code, Literal("CUB"))])
    return store


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld"])
def test_triple_exports_round_trip(filled: Store, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"graph{suffix}"
    written = filled.export(path)
    parsed = Graph().parse(path, format=RDFLIB_FORMATS[suffix])
    assert written == len(filled) == len(parsed)
    assert isomorphic(parsed, filled.graph())


@pytest.mark.parametrize("suffix", [".nq", ".trig"])
def test_dataset_exports_round_trip(filled: Store, tmp_path: Path, suffix: str) -> None:
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


def test_turtle_binds_the_standard_prefixes(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "g.ttl"
    filled.export(path)
    text = path.read_text(encoding="utf-8")
    for prefix in ("ir", "prov", "dcterms", "skos", "rdfs", "owl", "xsd"):
        assert f"@prefix {prefix}: <" in text


def test_jsonld_uses_the_local_context(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "g.jsonld"
    filled.export(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    context = document["@context"]
    assert isinstance(context, dict)  # embedded, not a URL to fetch
    assert not any(isinstance(c, str) and c.startswith("http") for c in [context])
    assert context["ir"] == str(IR)


@pytest.mark.parametrize("suffix", sorted(RDFLIB_FORMATS))
def test_hostile_evidence_round_trips(filled: Store, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"g{suffix}"
    filled.export(path)
    dataset = Dataset()
    dataset.parse(path, format=RDFLIB_FORMATS[suffix])
    evidence = {str(o) for _, _, o, _ in dataset.quads((None, IR.evidence, None, None))}
    assert clean_text(HOSTILE) in evidence
    assert "\x00" not in clean_text(HOSTILE)


def test_hostile_evidence_survives_the_store(filled: Store) -> None:
    rows = filled.select("SELECT ?e WHERE { ?i ir:evidence ?e }").rows
    assert {"e": clean_text(HOSTILE)} in rows


def test_export_format_override_and_unknown_extension(filled: Store, tmp_path: Path) -> None:
    assert filled.export(tmp_path / "graph.txt", fmt="nt") == len(filled)
    with pytest.raises(StoreError, match="export format"):
        filled.export(tmp_path / "graph.xml")
    with pytest.raises(StoreError, match="unknown export format"):
        filled.export(tmp_path / "graph.ttl", fmt="rdfxml")
    assert not (tmp_path / "graph.xml").exists()


def test_export_replaces_the_file_whole(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "g.nt"
    path.write_text("old content that is not N-Triples\n" * 1000)
    filled.export(path)
    assert "old content" not in path.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["g.nt"]  # no temporary file left


def test_document_replaced_then_exported_has_no_trace_of_the_old_version(
    store: Store, tmp_path: Path
) -> None:
    old = doc("a")
    put(store, old, inter(old, evidence="OLD SENTENCE"))
    new = replace(old, text="New text.")
    put(store, new, inter(new, evidence="NEW SENTENCE"))
    store.export(tmp_path / "g.nq")
    text = (tmp_path / "g.nq").read_text(encoding="utf-8")
    assert "NEW SENTENCE" in text and "OLD SENTENCE" not in text
