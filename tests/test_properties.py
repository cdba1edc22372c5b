"""Properties that hold for any input (hypothesis, with bounded examples): the readers never
fail on bytes, whatever the extractor reads builds a graph that conforms to the shapes, and no
parameter value changes a query's shape."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyparsing import ParseResults
from rdflib import Literal, URIRef
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from kg.documents import Problem, read_inputs
from kg.errors import KGError, QueryError
from kg.extractor import Extractor
from kg.pipeline import build
from kg.query import bind_parameters, load_library
from kg.rdf.build import shape_violations
from kg.store import Store, with_values
from kg.store.inlining import inline_bindings
from kg.types import Document

BOUNDED = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# -- the readers -----------------------------------------------------------------------------


@BOUNDED
@given(data=st.binary(max_size=2_000), suffix=st.sampled_from([".txt", ".jsonl"]))
def test_any_bytes_in_a_file_give_documents_or_named_problems(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("bytes") / f"input{suffix}"
    path.write_bytes(data)
    problems: list[Problem] = []
    docs = list(read_inputs([path], max_chars=500, on_problem=problems.append))
    for doc in docs:
        assert doc.text.strip() and len(doc.text) <= 500
        assert "\x00" not in doc.text
    for problem in problems:
        assert problem.where.startswith(str(path))
    assert docs or problems


JSON_LINES = st.lists(
    st.one_of(
        st.fixed_dictionaries(
            {"id": st.text(max_size=20), "text": st.text(max_size=200)},
            optional={"date": st.text(max_size=12), "title": st.text(max_size=30),
                      "extra": st.integers()},
        ).map(lambda record: __import__("json").dumps(record)),
        st.text(max_size=60),
    ),
    max_size=8,
)  # fmt: skip


@BOUNDED
@given(lines=JSON_LINES)
def test_any_jsonl_on_stdin_gives_documents_or_problems_with_a_line(lines: list[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("\n".join(lines).encode("utf-8", "surrogatepass")),
                             encoding="utf-8")  # fmt: skip
    problems: list[Problem] = []
    docs = list(read_inputs(["-"], max_chars=300, on_problem=problems.append, stdin=stdin))
    assert all(d.text.strip() and d.id.strip() for d in docs)
    assert all(p.where.startswith("<stdin>") for p in problems)


# -- the extractor: every graph it builds conforms ------------------------------------------

STATES = ["Russia", "Cuba", "the United States", "China", "France", "Iran", "Israel", "Ukraine",
          "Moscow", "Washington", "Beijing", "the European Union", "NATO",
          "the UN Security Council"]  # fmt: skip
PEOPLE = [
    "Sergey Lavrov",
    "Vladimir Putin",
    "Donald Trump",
    "Xi Jinping",
    "Emmanuel Macron",
    "Antonio Guterres",
    "Jane Doe",
    "Kim",
    "Abdullah",
    "Ban Ki-moon",
    "Mark Rutte",
]
TITLES = [
    "President",
    "Foreign Minister",
    "Prime Minister",
    "King",
    "Ambassador",
    "Secretary-General",
    "Defense Minister",
    "",
]
DEMONYMS = ["Russian", "Cuban", "American", "Chinese", "French", "Iranian", "Israeli", "Togolese"]
VERBS = [
    "criticized",
    "met",
    "imposed sanctions on",
    "attacked",
    "threatened",
    "praised",
    "signed an agreement with",
    "did not meet",
    "will visit",
    "condemned",
    "could strike",
]
NOISE = ["", " <script>alert(1)</script>", ' "quoted" ', " \\ ", " 😀 ", "\u200b", " & ",
         " U.S. ", " after the summit in France ", ", ", "; ", " and "]  # fmt: skip


@st.composite
def sentences(draw: st.DrawFn) -> str:
    def actor() -> str:
        if draw(st.booleans()):
            return draw(st.sampled_from(STATES))
        title = draw(st.sampled_from(TITLES))
        owner = draw(st.sampled_from(DEMONYMS)) + " " if title and draw(st.booleans()) else ""
        return f"{owner}{title} {draw(st.sampled_from(PEOPLE))}".strip()

    parts = [actor(), draw(st.sampled_from(VERBS)), actor()]
    if draw(st.booleans()):
        parts.insert(draw(st.integers(0, 3)), draw(st.sampled_from(NOISE)))
    return " ".join(p for p in parts if p).strip() + draw(st.sampled_from([".", "", "!", " ."]))


DOCUMENTS = st.lists(
    st.tuples(
        st.lists(sentences(), min_size=1, max_size=4).map(" ".join),
        st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
    ),
    min_size=1,
    max_size=4,
)


@pytest.mark.model
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(documents=DOCUMENTS)
def test_every_graph_built_from_any_text_conforms_to_the_shapes(
    extractor: Extractor, documents: list[tuple[str, str | None]]
) -> None:  # fmt: skip
    docs = [Document(f"d{n}", text, date=date) for n, (text, date) in enumerate(documents)]
    with Store() as store:
        summary = build(docs, store=store, extractor=extractor)
        assert summary.failed == 0, summary.problems
        assert shape_violations(store.triples()) == [], [d.text for d in docs]


# -- query parameters never change a query's shape -------------------------------------------


@pytest.fixture(scope="module")
def library_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("library") / "store"
    Store(path).close()
    return path


# a harmless value of each parameter kind, to compare a query bound with anything against
BENIGN = {"actor": "CUB", "relation": "sanctions", "string": "x", "date": "2020-01-01",
          "integer": "1", "iri": "https://example.org/x"}  # fmt: skip


def _skeleton(node: object) -> object:
    """A parse tree with every term replaced by its kind: what a query does, not with what."""
    if isinstance(node, Literal):
        return "literal"
    if isinstance(node, URIRef):
        return "iri"
    if isinstance(node, CompValue):
        return (node.name, tuple((key, _skeleton(value)) for key, value in node.items()))
    if isinstance(node, ParseResults | list | tuple):
        return tuple(_skeleton(item) for item in node)
    return repr(node)


def _shape(text: str) -> object:
    return _skeleton(parseQuery(text))


@settings(max_examples=60, deadline=None)
@given(value=st.text(max_size=40), name=st.sampled_from(sorted(load_library())))
def test_no_parameter_value_changes_the_shape_of_a_library_query(value: str, name: str) -> None:
    query = load_library()[name]
    if not query.parameters:
        return
    parameter = query.parameters[0]
    with Store() as store:
        try:
            bindings = bind_parameters(store, query, {parameter.name: value})
        except QueryError:
            return  # refused with a message: nothing ran
        except KGError as exc:  # pragma: no cover - any other library error is a bug here
            raise AssertionError(f"{name}: {value!r} gave {exc!r}") from exc
        text = with_values(query.text, bindings)
        benign = {parameter.name: BENIGN[parameter.kind]}
        plain = with_values(query.text, bind_parameters(store, query, benign))
    assert _shape(text) == _shape(plain)


@settings(max_examples=60, deadline=None)
@given(value=st.text(max_size=40), name=st.sampled_from(sorted(load_library())))
def test_no_parameter_value_changes_the_shape_of_an_inlined_library_query(
    value: str, name: str
) -> None:
    """The same with the values written into the query as constants (what the store runs)."""
    query = load_library()[name]
    if not query.parameters:
        return
    parameter = query.parameters[0]
    with Store() as store:
        try:
            bindings = bind_parameters(store, query, {parameter.name: value})
        except QueryError:
            return
        text = inline_bindings(query.text, bindings)
        plain = inline_bindings(
            query.text, bind_parameters(store, query, {parameter.name: BENIGN[parameter.kind]})
        )
    assert text is not None and plain is not None
    assert _shape(text) == _shape(plain)
