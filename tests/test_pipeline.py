"""kg.pipeline: documents -> extractor -> RDF -> store; idempotent rebuilds, replacements,
a failing document that does not stop the batch, SHACL conformance of what is built.

The texts are short sentences whose reading is part of the product ("Germany condemned Iran."
is a criticism); the assertions are about what the store holds, not about confidences or the
exact set of interactions the extractor finds in long articles.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef

from kg.errors import StoreError
from kg.evaluate import gold_documents, load_gold
from kg.extractor import Extractor
from kg.pipeline import BuildSummary, build
from kg.rdf.build import document_graph, shape_violations
from kg.rdf.namespace import IR
from kg.store import Store, Triple
from kg.types import ID_BASE, Actor, ActorKind, Document, Interaction, Modality, Relation

# rdflib's own parsers use its deprecated ConjunctiveGraph API internally
pytestmark = [
    pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
]

SEED_TEXT = Path(__file__).resolve().parents[1] / "samples" / "russia-cuba.txt"
GERMANY_IRAN = Document("a", "Germany condemned Iran.", title="A", date="2020-01-03")
CUBA = Document("b", "The United States imposed sanctions on Cuba.", title="B", date="2019-07-24")
DEU, IRN, USA, CUB = (URIRef(f"{ID_BASE}country/{code}") for code in ("DEU", "IRN", "USA", "CUB"))
DEU_CRITICIZES_IRN = (DEU, IR.criticizes, IRN)
USA_SANCTIONS_CUB = (USA, IR.sanctions, CUB)
HOSTILE = [
    'Germany condemned Iran. <script>alert("x")</script> "quoted" \\ text',
    'Germany condemned Iran <script>alert("x")</script> "quoted" \\ text.',
    '<script>alert(1)</script> "Germany condemned Iran \\ today," he said. \\"quoted\\" \\\\ end',
]
# VOA articles of ../shared/eval/voa-dev.jsonl with interactions of several modalities
VOA_IDS = ("voa-7638284", "voa-8005899", "voa-8008456", "voa-6203336")


def run(
    extractor: Extractor, store: Store, docs: Iterable[Document], *, min_confidence: float = 0.0
) -> BuildSummary:
    return build(list(docs), store=store, extractor=extractor, min_confidence=min_confidence)


def triples(store: Store) -> set[Triple]:
    return set(store.triples())


def evidence(store: Store, doc_id: str) -> set[str]:
    """The evidence sentences of the document's interactions."""
    rows = store.select(
        "SELECT ?ev ?id WHERE { ?i ir:evidence ?ev ; prov:wasDerivedFrom ?d . "
        "?d dcterms:identifier ?id }",
        {"id": doc_id},
    ).rows
    return {row["ev"] for row in rows}


# -- idempotence and replacement -----------------------------------------------------------------


@pytest.mark.model
def test_rebuilding_the_same_documents_changes_nothing(extractor: Extractor) -> None:
    with Store() as store:
        first = run(extractor, store, [GERMANY_IRAN, CUBA])
        before = triples(store)
        second = run(extractor, store, [GERMANY_IRAN, CUBA])
        assert (first.built, first.unchanged) == (2, 0)
        assert (second.read, second.built, second.unchanged) == (2, 0, 2)
        assert second.interactions == 0
        assert triples(store) == before


@pytest.mark.model
@pytest.mark.parametrize(
    "new_text",
    ["France criticized China.", "Nothing happened today."],
    ids=["other-relation", "no-relation"],
)
def test_a_changed_document_replaces_its_interactions(extractor: Extractor, new_text: str) -> None:
    changed = Document(GERMANY_IRAN.id, new_text, title="A", date=GERMANY_IRAN.date)
    with Store() as store:
        run(extractor, store, [GERMANY_IRAN, CUBA])
        other_before = evidence(store, CUBA.id)
        assert evidence(store, GERMANY_IRAN.id) == {GERMANY_IRAN.text}
        summary = run(extractor, store, [changed, CUBA])
        assert (summary.built, summary.unchanged) == (1, 1)
        new = evidence(store, changed.id)
        assert GERMANY_IRAN.text not in new
        assert new <= {new_text}
        assert DEU_CRITICIZES_IRN not in triples(store)
        assert evidence(store, CUBA.id) == other_before
        assert USA_SANCTIONS_CUB in triples(store)
        assert store.document_hash(changed.id) == changed.content_hash


@pytest.mark.model
def test_a_replacement_leaves_what_a_fresh_build_would(extractor: Extractor) -> None:
    """Replace one of two documents: the store equals one built from the new versions only,
    and holds every triple the untouched document gives on its own."""
    shared = Document("c", "Germany met Iran.", title="C")  # shares actors with `a`
    changed = Document(GERMANY_IRAN.id, "France criticized China.", title="A")
    with Store() as replaced, Store() as fresh, Store() as alone:
        run(extractor, replaced, [GERMANY_IRAN, shared, CUBA])
        run(extractor, replaced, [changed, shared, CUBA])
        run(extractor, fresh, [changed, shared, CUBA])
        run(extractor, alone, [shared])
        assert triples(replaced) == triples(fresh)
        assert triples(alone) <= triples(replaced)


@pytest.mark.model
def test_min_confidence_keeps_only_confident_interactions(extractor: Extractor) -> None:
    seed = Document("seed", SEED_TEXT.read_text(encoding="utf-8"))
    with Store() as everything, Store() as confident:
        run(extractor, everything, [seed])
        summary = run(extractor, confident, [seed], min_confidence=0.8)
        values = confident.select("SELECT ?c WHERE { ?i ir:confidence ?c }").column("c")
        assert all(float(v or 0) >= 0.8 for v in values)
        assert summary.interactions == len(values)
        assert len(values) <= everything.counts()["interactions"]


# -- a failing document ----------------------------------------------------------------------------


class FailingStore(Store):
    """An in-memory store that cannot store a write holding the document with id "a"."""

    def add_documents(self, items: Iterable[tuple[Document, list[str]]]) -> None:
        items = list(items)
        if any(doc.id == "a" for doc, _lines in items):
            raise StoreError("disk full (simulated)")
        super().add_documents(items)


@pytest.mark.model
def test_a_document_that_cannot_be_stored_does_not_stop_the_batch(extractor: Extractor) -> None:
    seen: list[str] = []
    other = Document("c", "France criticized China.")
    with FailingStore() as store:
        summary = build(
            [GERMANY_IRAN, CUBA, other],
            store=store,
            extractor=extractor,
            on_document=lambda d: seen.append(d.id),
        )
        assert (summary.read, summary.built, summary.failed) == (3, 2, 1)
        assert [p.where for p in summary.problems] == ["a"]
        assert "disk full" in summary.problems[0].message
        assert seen == ["a", "b", "c"]
        assert store.document_hash("a") is None
        assert store.document_hash("b") == CUBA.content_hash
        assert store.document_hash("c") == other.content_hash


class TickingClock:
    """A clock that moves one second each time it is read: a document's reading time is the
    number of time checks it makes (one per sentence), whatever the machine's speed."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


@pytest.mark.model
def test_a_document_past_its_time_budget_is_skipped_and_the_batch_goes_on(
    extractor: Extractor,
) -> None:
    budgeted = Extractor(extractor.nlp, time_budget=8.0, clock=TickingClock())
    long = Document("long", " ".join(["Germany condemned Iran."] * 20), origin="long.txt")
    seen: list[str] = []
    with Store() as store:
        build([GERMANY_IRAN], store=store, extractor=extractor)
        old_hash = store.document_hash("a")
        changed_a = Document("a", GERMANY_IRAN.text + " " + long.text, origin="a.txt")
        summary = build([CUBA, long, changed_a], store=store, extractor=budgeted,
                        on_document=lambda d: seen.append(d.id))  # fmt: skip
        assert (summary.read, summary.built, summary.failed) == (3, 1, 2)
        assert [p.where for p in summary.problems] == ["long.txt", "a.txt"]
        assert "longer than 8 s" in summary.problems[0].message
        assert seen == ["b", "long", "a"]
        assert store.document_hash("b") == CUBA.content_hash
        assert store.document_hash("long") is None
        assert store.document_hash("a") == old_hash  # what was stored of it stays


@pytest.mark.model
def test_an_error_reading_one_document_does_not_stop_the_batch(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = Extractor(extractor.nlp)
    original = reader.recognizer.recognize

    def recognize(doc, *, date=None):  # type: ignore[no-untyped-def]
        if "Cuba" in doc.text:
            raise ValueError("a bug of ours (simulated)")
        return original(doc, date=date)

    monkeypatch.setattr(reader.recognizer, "recognize", recognize)
    with Store() as store:
        summary = build([CUBA, GERMANY_IRAN], store=store, extractor=reader)
        assert (summary.built, summary.failed) == (1, 1)
        assert "a bug of ours" in summary.problems[0].message
        assert store.ask("ASK { ?a ir:criticizes ?b }")


# -- hostile text ---------------------------------------------------------------------------------


@pytest.mark.model
def test_hostile_evidence_round_trips_through_store_and_export(
    extractor: Extractor, tmp_path: Path
) -> None:
    docs = [Document(f"h{n}", text, title='<b>"t"</b> \\') for n, text in enumerate(HOSTILE)]
    with Store(tmp_path / "store") as store:
        summary = run(extractor, store, docs)
        assert summary.built == len(docs) and not summary.problems
        rows = store.select(
            "SELECT ?ev ?start ?end ?id WHERE { ?i ir:evidence ?ev ; ir:evidenceStart ?start ; "
            "ir:evidenceEnd ?end ; prov:wasDerivedFrom/dcterms:identifier ?id }"
        ).rows
        store.export(tmp_path / "g.nt")
        store.export(tmp_path / "g.trig")
    texts = {d.id: d.text for d in docs}
    stored = {row["ev"] for row in rows}
    assert {row["id"] for row in rows} == set(texts), "every hostile document gives a criticism"
    for row in rows:
        assert texts[row["id"]][int(row["start"]) : int(row["end"])].strip() == row["ev"]
    assert any('<script>alert("x")</script> "quoted" \\ text' in ev for ev in stored)
    exported_nt = {str(o) for o in Graph().parse(tmp_path / "g.nt").objects(None, IR.evidence)}
    dataset = Dataset()
    dataset.parse(tmp_path / "g.trig", format="trig")
    exported_trig = {str(q[2]) for q in dataset.quads((None, IR.evidence, None, None))}
    assert exported_nt == exported_trig == stored


# -- SHACL ----------------------------------------------------------------------------------------


@pytest.mark.model
def test_voa_articles_conform_to_the_shapes(extractor: Extractor, shared_eval: Path) -> None:
    gold = [d for d in load_gold(shared_eval / "voa-dev.jsonl") if d.id in VOA_IDS]
    assert len(gold) == len(VOA_IDS), f"update VOA_IDS: some of {VOA_IDS} left voa-dev.jsonl"
    with Store() as store:
        summary = run(extractor, store, gold_documents(gold))
        assert summary.built == len(VOA_IDS)
        assert summary.interactions > 0
        assert shape_violations(store.graph()) == []


def test_the_shapes_catch_an_interaction_without_evidence() -> None:
    """The SHACL tests above are not vacuous: a missing ir:evidence is a violation."""
    usa = Actor("country/USA", ActorKind.COUNTRY, "United States", code="USA")
    cub = Actor("country/CUB", ActorKind.COUNTRY, "Cuba", code="CUB")
    doc = Document("d", "The United States imposed sanctions on Cuba.", title="t")
    inter = Interaction(
        "d", usa, Relation.SANCTIONS, cub, Modality.ASSERTED, doc.text, 0, len(doc.text), 0.9
    )
    built = document_graph(doc, [inter], [usa, cub])
    assert shape_violations(built) == []
    broken = [t for t in built.all if t[1] != IR.evidence]
    assert any("evidence" in v for v in shape_violations(broken))
