"""The `kg` command line end to end: exit statuses, messages, formats, stdin, hostile text.

Most tests run the typer app in-process (the `kg_cli` fixture: the spaCy model is loaded once
per session); the few where the process itself matters (stdin, exit status) run the installed
`kg` script. Exit status: 0 all went through, 1 some inputs could not be read (the rest were
built), 2 the command could not run.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from typer.testing import Result

from kg.errors import StoreError
from kg.store import Store
from kg.types import ID_BASE, Document

# rdflib's own parsers use its deprecated ConjunctiveGraph API internally
pytestmark = [
    pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
]

Kg = Callable[..., Result]

REPO = Path(__file__).resolve().parents[1]
SEED_TEXT = REPO / "samples" / "russia-cuba.txt"
QUERY_FILES = sorted((REPO / "samples" / "queries").glob("*.rq"))
KG_SCRIPT = Path(sys.executable).with_name("kg")
USA = f"{ID_BASE}country/USA"
WHO_SANCTIONS_CUBA = f"SELECT ?who WHERE {{ ?who ir:sanctions <{ID_BASE}country/CUB> }}"
DOCUMENT_IDS = "SELECT ?id WHERE { ?d a ir:Document ; dcterms:identifier ?id }"
EVIDENCE = (
    "SELECT ?id ?ev ?start ?end WHERE { ?i ir:evidence ?ev ; ir:evidenceStart ?start ; "
    "ir:evidenceEnd ?end ; prov:wasDerivedFrom/dcterms:identifier ?id }"
)
EXPORTS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld"}
# written to JSONL as `... <script>alert(\"irkg-xss\")</script> \"quoted\" \\ text`
HOSTILE = {
    "x1": 'Germany condemned Iran. <script>alert("irkg-xss")</script> "quoted" \\ text',
    "x2": 'Germany condemned Iran <script>alert("irkg-xss")</script> "quoted" \\ text.',
}


def jsonl(path: Path, *records: Mapping[str, object] | str) -> Path:
    """A JSONL file; a str record is written as it is (a malformed line)."""
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def doc_ids(store: Path) -> set[str]:
    with Store(store, read_only=True) as graph_store:
        return {row["id"] for row in graph_store.select(DOCUMENT_IDS)}


def store_size(store: Path) -> int:
    with Store(store, read_only=True) as graph_store:
        return len(graph_store)


def summary_numbers(stdout: str) -> dict[str, int]:
    """The numbers of the `documents: N read, N built, N unchanged, N problem(s)` line."""
    match = re.search(r"documents: (\d+) read, (\d+) built, (\d+) unchanged, (\d+) problem", stdout)
    assert match, stdout
    return dict(
        zip(("read", "built", "unchanged", "problems"), map(int, match.groups()), strict=True)
    )


def run_script(*args: str, stdin: str = "", tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run the installed `kg` script (for stdin and the real exit status)."""
    if not KG_SCRIPT.exists():
        pytest.skip(f"no kg script next to {sys.executable}")
    env = {**os.environ, "IRKG_STORE": str(tmp_path / "default-store")}
    return subprocess.run(
        [str(KG_SCRIPT), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=120,
    )


@pytest.fixture
def empty_store(tmp_path: Path) -> Path:
    path = tmp_path / "empty-store"
    Store(path).close()
    return path


# -- build: good, bad and repeated inputs --------------------------------------------------------


@pytest.mark.model
def test_an_all_good_batch_exits_0_and_exports(kg_cli: Kg, tmp_path: Path) -> None:
    (tmp_path / "germany.txt").write_text("Germany condemns Iran\n\nGermany condemned Iran.\n")
    batch = jsonl(
        tmp_path / "batch.jsonl",
        {"id": "j1", "text": "France criticized China.", "date": "2020-02-01"},
        {"id": "j2", "text": "The United States imposed sanctions on Cuba."},
    )
    store, export = tmp_path / "store", tmp_path / "graph.ttl"
    result = kg_cli(
        "build", tmp_path / "germany.txt", batch, "--store", store, "--export", export,
        "--no-progress",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert summary_numbers(result.stdout) == {"read": 3, "built": 3, "unchanged": 0, "problems": 0}
    assert "warning" not in result.stderr
    assert doc_ids(store) == {"germany", "j1", "j2"}
    assert len(Graph().parse(export, format="turtle")) == store_size(store)


@pytest.mark.model
def test_rebuilding_reports_everything_unchanged(kg_cli: Kg, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = kg_cli("build", SEED_TEXT, "--store", store, "--no-progress")
    size = store_size(store)
    second = kg_cli("build", SEED_TEXT, "--store", store, "--no-progress")
    assert first.exit_code == second.exit_code == 0, second.output
    assert summary_numbers(second.stdout) == {"read": 1, "built": 0, "unchanged": 1, "problems": 0}
    assert f"triples: {size}" in first.stdout and f"triples: {size}" in second.stdout
    assert store_size(store) == size


@pytest.mark.model
def test_build_groups_reports_into_events_and_stats_counts_both(kg_cli: Kg, tmp_path: Path) -> None:
    batch, store = tmp_path / "reports.jsonl", tmp_path / "store"
    meeting = "Lithuania's president met Latvia's president in Riga."
    jsonl(
        batch,
        {"id": "a", "date": "2024-05-06", "text": meeting},
        {"id": "b", "date": "2024-05-07", "text": meeting.replace("met", "held talks with")},
        {"id": "c", "date": "2024-07-01", "text": meeting},
    )
    built = kg_cli("build", batch, "--store", store, "--no-progress")
    assert built.exit_code == 0, built.output
    assert "events: 2" in built.stdout and "interactions: 3" in built.stdout
    stats = kg_cli("stats", "--store", store)
    assert "interactions: 3 from 3 document(s)" in stats.stdout
    assert "events: 2 (asserted reports of one happening count once)" in stats.stdout
    wide = kg_cli(
        "build", batch, "--store", tmp_path / "wide", "--no-progress", "--event-window", "90"
    )
    assert "events: 1" in wide.stdout, wide.output


@pytest.mark.model
def test_no_skim_parses_a_one_actor_document_and_records_its_actor(
    kg_cli: Kg, tmp_path: Path
) -> None:
    batch = tmp_path / "one.jsonl"
    jsonl(batch, {"id": "g", "text": "Ghana held elections on Sunday."})
    sizes = {}
    for flag in ("--skim", "--no-skim"):
        store = tmp_path / flag
        result = kg_cli("build", batch, "--store", store, "--no-progress", flag)
        assert result.exit_code == 0, result.output
        assert doc_ids(store) == {"g"}
        sizes[flag] = store_size(store)
    assert sizes["--no-skim"] > sizes["--skim"]  # Ghana, mentioned, is in the graph


@pytest.mark.model
def test_a_changed_document_replaces_its_interactions(kg_cli: Kg, tmp_path: Path) -> None:
    store, batch = tmp_path / "store", tmp_path / "batch.jsonl"
    cuba = {"id": "b", "text": "The United States imposed sanctions on Cuba."}
    jsonl(batch, {"id": "a", "text": "Germany condemned Iran."}, cuba)
    assert kg_cli("build", batch, "--store", store, "--no-progress").exit_code == 0
    with Store(store, read_only=True) as graph_store:
        before = {(r["id"], r["ev"]) for r in graph_store.select(EVIDENCE)}
    jsonl(batch, {"id": "a", "text": "France criticized China."}, cuba)
    result = kg_cli("build", batch, "--store", store, "--no-progress")
    assert summary_numbers(result.stdout)["built"] == 1, result.output
    with Store(store, read_only=True) as graph_store:
        after = {(r["id"], r["ev"]) for r in graph_store.select(EVIDENCE)}
    assert ("a", "Germany condemned Iran.") in before
    assert ("a", "Germany condemned Iran.") not in after
    assert ("a", "France criticized China.") in after
    assert {e for e in before if e[0] == "b"} == {e for e in after if e[0] == "b"} != set()


@pytest.mark.model
def test_bad_inputs_are_named_and_the_rest_is_built(kg_cli: Kg, tmp_path: Path) -> None:
    store = tmp_path / "store"
    earlier = tmp_path / "earlier.txt"
    earlier.write_text("Earlier\n\nJapan met China.\n", encoding="utf-8")
    assert kg_cli("build", earlier, "--store", store, "--no-progress").exit_code == 0

    good = tmp_path / "good.txt"
    good.write_text("Good\n\nGermany condemned Iran.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 16)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le président a rencontré le ministre.\n".encode("latin-1"))
    lines = jsonl(
        tmp_path / "lines.jsonl",
        {"id": "j1", "text": "France criticized China."},
        '{"id": "j2", "text": "unterminated',
        {"id": "j3", "text": "The United States imposed sanctions on Cuba."},
    )
    huge = tmp_path / "huge.txt"
    huge.write_text("Huge\n\n" + "Russia met Cuba. " * 300_000, encoding="utf-8")  # 5.1 MB

    result = kg_cli(
        "build", good, empty, binary, latin1, lines, huge, "--store", store, "--no-progress"
    )
    assert result.exit_code == 1, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    expected = {  # the bad input, and a word of what is wrong with it
        f"{empty}:": "empty",
        f"{binary}:": "binary",
        f"{latin1}:": "utf-8",
        f"{lines}:2:": "json",
        f"{huge}:": "--max-chars",
    }
    for where, problem in expected.items():
        named = [w for w in warnings if f"warning: {where}" in w]
        assert len(named) == 1, f"{where} not reported once in:\n{result.stderr}"
        assert problem in named[0].lower(), named[0]
    assert len(warnings) == len(expected), result.stderr
    assert summary_numbers(result.stdout) == {"read": 3, "built": 3, "unchanged": 0, "problems": 5}
    assert doc_ids(store) == {"earlier", "good", "j1", "j3"}


@pytest.mark.model
def test_documents_that_cannot_be_stored_are_reported_once_each(
    kg_cli: Kg, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Store failures and read problems arrive interleaved (documents are parsed in batches);
    each is shown once and counted."""
    add_documents = Store.add_documents

    def failing(self: Store, items: Iterable[tuple[Document, list[str]]]) -> None:
        items = list(items)
        if any(doc.id == "d0" for doc, _lines in items):
            raise StoreError("disk full (simulated)")
        add_documents(self, items)

    monkeypatch.setattr(Store, "add_documents", failing)
    records: list[Mapping[str, object] | str] = [
        {"id": f"d{n}", "text": "Germany condemned Iran."} for n in range(70)
    ]
    batch = jsonl(tmp_path / "many.jsonl", *records, "not json")
    store = tmp_path / "store"
    result = kg_cli("build", batch, "--store", store, "--no-progress")
    assert result.exit_code == 1, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert sorted(warnings) == sorted(
        [
            f"warning: {batch}:1: could not store document: disk full (simulated)",
            f"warning: {batch}:71: not valid JSON: Expecting value at column 1",
        ]
    )
    assert summary_numbers(result.stdout) == {
        "read": 70,
        "built": 69,
        "unchanged": 0,
        "problems": 2,
    }
    assert "2 input problem(s)" in result.stderr
    assert len(doc_ids(store)) == 69


def test_build_refuses_an_unknown_export_format_before_building(kg_cli: Kg, tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = kg_cli("build", SEED_TEXT, "--store", store, "--export", tmp_path / "graph.xml")
    assert result.exit_code == 2, result.output
    assert "export format" in result.stderr and ".ttl" in result.stderr
    assert not store.exists()


def test_export_to_an_unwritable_place_exits_2(
    kg_cli: Kg, empty_store: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = kg_cli("export", blocker / "graph.ttl", "--store", empty_store)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("error:")


@pytest.mark.model
def test_stdin_is_read_as_jsonl(kg_cli: Kg, tmp_path: Path) -> None:
    store = tmp_path / "store"
    lines = [
        {"id": "s1", "text": "Germany condemned Iran."},
        {"id": "s2", "text": "Japan met China."},
    ]
    stdin = "".join(json.dumps(line) + "\n" for line in lines)
    result = kg_cli("build", "-", "--store", store, "--no-progress", input=stdin)
    assert result.exit_code == 0, result.output
    assert doc_ids(store) == {"s1", "s2"}


@pytest.mark.model
def test_the_script_reads_stdin_and_exits_1_on_a_bad_line(tmp_path: Path) -> None:
    stdin = (
        json.dumps({"id": "s1", "text": "Germany condemned Iran."})
        + "\nnot json\n"
        + json.dumps({"id": "s3", "text": "Japan met China."})
        + "\n"
    )
    store = tmp_path / "store"
    done = run_script(
        "build", "-", "--store", str(store), "--no-progress", stdin=stdin, tmp_path=tmp_path
    )
    assert done.returncode == 1, done.stderr
    assert "<stdin>:2:" in done.stderr
    assert doc_ids(store) == {"s1", "s3"}


def test_the_script_exits_2_on_an_unusable_option(tmp_path: Path, empty_store: Path) -> None:
    done = run_script(
        "query", "SELECT * WHERE { ?s ?p ?o }", "--store", str(empty_store), "--format", "xml",
        tmp_path=tmp_path,
    )  # fmt: skip
    assert done.returncode == 2
    assert "--format" in done.stderr and "xml" in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "SELECT ?s WHERE { ?s ?p ?o }", "--format", "xml"], "--format must be"),
        (["query", "SELECT ?x WHERE { ?x"], "malformed sparql"),
        (["query", "SELECT ?x WHERE { ?x ?y ?z } GROUP BY ?nope ORDER BY"], "malformed sparql"),
        (["query", "missing.rq"], "missing.rq"),
        (["export", "graph.xml"], "export format"),
        (["export", "quads.tsv"], "--format quads"),
        (["export", "events.csv", "--format", "xlsx"], "csv, parquet, quads"),
        (["build", "x.jsonl", "--date-field", "url"], "the date field and the url field"),
    ],
    ids=["format", "unclosed", "order-by", "query-file", "export-format", "tsv", "table", "fields"],
)
def test_an_unusable_command_exits_2_with_a_message(
    kg_cli: Kg, empty_store: Path, args: list[str], message: str
) -> None:
    result = kg_cli(*args, "--store", empty_store)
    assert result.exit_code == 2, result.output
    assert message in result.stderr.lower()
    assert result.stderr.startswith("error:")
    assert result.stdout == ""


def test_a_missing_store_is_not_created_by_a_query(kg_cli: Kg, tmp_path: Path) -> None:
    result = kg_cli("query", "SELECT * WHERE { ?s ?p ?o }", "--store", tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "no store" in result.stderr
    assert not (tmp_path / "nowhere").exists()


def test_an_out_of_range_option_exits_2(kg_cli: Kg, tmp_path: Path) -> None:
    result = kg_cli("build", SEED_TEXT, "--store", tmp_path / "s", "--max-chars", "0")
    assert result.exit_code == 2
    assert "--max-chars" in result.stderr
    assert not (tmp_path / "s").exists()


# -- query and export ------------------------------------------------------------------------------


@pytest.mark.model
def test_query_table(kg_cli: Kg, seed_store: Path) -> None:
    result = kg_cli("query", WHO_SANCTIONS_CUBA, "--store", seed_store)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].strip() == "who"
    assert "country/USA" in result.stdout
    assert "(1 row)" in result.stdout


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_query_machine_formats(kg_cli: Kg, seed_store: Path, fmt: str) -> None:
    result = kg_cli("query", WHO_SANCTIONS_CUBA, "--store", seed_store, "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        answer = json.loads(result.stdout)
        assert answer["head"]["vars"] == ["who"]
        assert [b["who"]["value"] for b in answer["results"]["bindings"]] == [USA]
        return
    delimiter = "," if fmt == "csv" else "\t"
    rows = list(csv.reader(io.StringIO(result.stdout), delimiter=delimiter))
    if fmt == "csv":
        assert rows == [["who"], [USA]]
    else:  # SPARQL TSV: variables with "?", IRIs in angle brackets
        assert rows == [["?who"], [f"<{USA}>"]]


@pytest.mark.model
@pytest.mark.parametrize("query_file", QUERY_FILES, ids=[p.stem for p in QUERY_FILES])
def test_sample_queries_run_on_the_seed(kg_cli: Kg, seed_store: Path, query_file: Path) -> None:
    result = kg_cli("query", query_file, "--store", seed_store, "--format", "json")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["head"]["vars"]
    assert answer["results"]["bindings"], f"{query_file.name} found nothing in the seed"


def test_the_sample_queries_are_there() -> None:
    assert len(QUERY_FILES) >= 3


@pytest.mark.model
@pytest.mark.parametrize("suffix", sorted(EXPORTS))
def test_export_parses_back(kg_cli: Kg, seed_store: Path, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"graph{suffix}"
    result = kg_cli("export", path, "--store", seed_store)
    assert result.exit_code == 0, result.output
    written = int(re.search(r"exported (\d+) ", result.stdout).group(1))  # type: ignore[union-attr]
    size = store_size(seed_store)
    if suffix in (".nq", ".trig"):  # the default graph plus each document's named graph
        dataset = Dataset()
        dataset.parse(path, format=EXPORTS[suffix])
        assert len(dataset.default_graph) == size
        assert written == len(list(dataset.quads((None, None, None, None)))) > size
    else:
        assert written == len(Graph().parse(path, format=EXPORTS[suffix])) == size


# -- event tables and input fields ---------------------------------------------------------------

# written to JSONL and CSV under the same field names, read with --text-field body etc.
NEWS_FIELDS = ["--text-field", "body", "--title-field", "headline", "--date-field", "published",
               "--url-field", "link"]  # fmt: skip
HOSTILE_NEWS = [
    {"id": "h1", "published": "2024-03-04", "headline": '=1+1, "quoted" title',
     "link": "https://news.example/h1?a=1,b=2",
     "body": '=HYPERLINK("http://evil.example","click") Germany condemned Iran, "loudly", '
             "on Monday."},
    {"id": "h2", "published": "2024-03-05",
     "body": '@SUM(A1) France met Japan in Paris; talks, they said, went "well".'},
    {"id": "h3", "published": "2024-03-06",
     "body": "-Russia supports Cuba, said Lavrov.\tTabs\tinside. +Brazil threatened Chile."},
]  # fmt: skip
STORED_EVENTS = """
SELECT ?i ?rel ?mod ?ev ?conf ?docid ?date ?sl ?tl WHERE {
  ?i a ir:Interaction ; ir:relation ?rel ; ir:modality ?mod ; ir:evidence ?ev ;
     ir:confidence ?conf ; ir:source/rdfs:label ?sl ; ir:target/rdfs:label ?tl ;
     prov:wasDerivedFrom/dcterms:identifier ?docid .
  OPTIONAL { ?i dcterms:date ?date }
}"""


def news_csv(path: Path, rows: Iterable[Mapping[str, str]]) -> Path:
    columns = ["id", "body", "headline", "published", "link"]
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture(scope="module")
def news_store(tmp_path_factory: pytest.TempPathFactory, extractor: object) -> Path:
    """HOSTILE_NEWS as JSONL and two more stories as CSV, built with the field mapping."""
    from typer.testing import CliRunner

    from kg.cli import app

    folder = tmp_path_factory.mktemp("news")
    jsonl(folder / "hostile.jsonl", *HOSTILE_NEWS)
    news_csv(folder / "more.csv", [
        {"id": "c1", "body": "Japan imposed new sanctions on North Korea on Tuesday.",
         "headline": "Sanctions", "published": "2024-03-06", "link": ""},
        {"id": "c2", "body": "Russia will support Cuba, Lavrov said.", "published": "2024-03-07"},
    ])  # fmt: skip
    store = folder / "store"
    args = ["build", folder / "hostile.jsonl", folder / "more.csv", "--store", store,
            "--no-progress", *NEWS_FIELDS]  # fmt: skip
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return store


@pytest.mark.model
def test_the_event_table_holds_every_interaction_of_the_store(
    kg_cli: Kg, news_store: Path, tmp_path: Path
) -> None:
    import pandas as pd

    for name in ("events.csv", "events.parquet"):
        result = kg_cli("export", tmp_path / name, "--store", news_store)
        assert result.exit_code == 0, result.output
    with Store(news_store, read_only=True) as graph_store:
        stored = {row["i"].rsplit("/", 1)[1]: row for row in graph_store.select(STORED_EVENTS)}
    assert {row["docid"] for row in stored.values()} >= {"h1", "h2", "h3", "c1", "c2"}
    assert f"exported {len(stored)} events" in result.stdout

    from_csv = pd.read_csv(tmp_path / "events.csv", dtype="str", parse_dates=["date"])
    from_csv = from_csv.astype({"confidence": "float64"})
    from_parquet = pd.read_parquet(tmp_path / "events.parquet")
    assert str(from_csv["date"].dtype).startswith("datetime64")
    for table in (from_csv, from_parquet):
        assert sorted(table["event_id"]) == sorted(stored)
        for row in table.to_dict("records"):
            want = stored[row["event_id"]]
            assert row["relation"] == want["rel"].rsplit("#", 1)[1]
            assert row["modality"] == want["mod"].rsplit("#", 1)[1]
            assert row["confidence"] == pytest.approx(float(want["conf"]))
            assert (row["doc_id"], row["source_label"], row["target_label"]) == (
                want["docid"], want["sl"], want["tl"]
            )  # fmt: skip
            assert pd.Timestamp(row["date"]) == pd.Timestamp(want["date"])
    # Parquet keeps hostile text exactly; CSV keeps it in its cell, formulas behind an apostrophe
    hostile = (
        '=HYPERLINK("http://evil.example","click") Germany condemned Iran, "loudly", on Monday.'
    )
    assert hostile in set(from_parquet["sentence"])
    assert "'" + hostile in set(from_csv["sentence"])
    assert "'+Brazil threatened Chile." in set(from_csv["sentence"])
    assert set(from_csv.loc[from_csv["doc_id"] == "h1", "title"]) == {'\'=1+1, "quoted" title'}
    assert set(from_csv.loc[from_csv["doc_id"] == "h1", "url"]) == {HOSTILE_NEWS[0]["link"]}
    exact = tmp_path / "exact.csv"
    assert kg_cli("export", exact, "--store", news_store, "--no-formula-guard").exit_code == 0
    assert hostile in set(pd.read_csv(exact, dtype="str")["sentence"])


@pytest.mark.model
def test_quadruples_are_the_asserted_dated_interactions(
    kg_cli: Kg, news_store: Path, tmp_path: Path
) -> None:
    path = tmp_path / "quads.tsv"
    result = kg_cli("export", path, "--format", "quads", "--store", news_store)
    assert result.exit_code == 0, result.output
    lines = path.read_text(encoding="utf-8").splitlines()
    with Store(news_store, read_only=True) as graph_store:
        rows = graph_store.select(STORED_EVENTS)
    expected = {
        (row["sl"], row["rel"].rsplit("#", 1)[1], row["tl"], row["date"])
        for row in rows
        if row["mod"].endswith("#Asserted") and row.get("date")
    }
    assert {tuple(line.split("\t")) for line in lines} == expected
    assert len(lines) == len(expected) > 0 and f"exported {len(lines)} quadruples" in result.stdout
    assert any(row["mod"].endswith("#Intended") for row in rows)  # "Russia will support Cuba"
    assert all(re.fullmatch(r"[^\t]+\t[a-z]+\t[^\t]+\t\d{4}-\d{2}-\d{2}", line) for line in lines)


@pytest.mark.model
def test_csv_input_through_the_field_options_on_two_workers(kg_cli: Kg, tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text(
        "id,body,published,section\n"
        "n1,Germany condemned Iran on Monday.,2024-03-05,world\n"
        'n2,"a ""quoted"", broken",row,2024-03-05,x\n'
        "n3,Japan met Brazil in Tokyo.,2024-03-06,politics\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    result = kg_cli("build", path, "--store", store, "--no-progress", "--workers", "2",
                    "--text-field", "body", "--date-field", "published")  # fmt: skip
    assert result.exit_code == 1, result.output  # one bad record; the rest is built
    assert f"{path}:3: 5 field(s) where the header has 4" in result.stderr
    assert result.stderr.count('unknown field(s) "section" ignored') == 1
    assert summary_numbers(result.stdout)["built"] == 2
    with Store(store, read_only=True) as graph_store:
        dates = {
            row["id"]: row["date"]
            for row in graph_store.select(
                "SELECT ?id ?date WHERE { ?d dcterms:identifier ?id ; dcterms:date ?date }"
            )
        }
    assert dates == {"n1": "2024-03-05", "n3": "2024-03-06"}


# -- evaluate and explain ------------------------------------------------------------------------


def overall_f1(report: str) -> str:
    line = next((x for x in report.splitlines() if x.startswith("overall")), None)
    assert line is not None, report
    return line.split()[-1]


@pytest.mark.model
def test_the_seed_stays_perfect(kg_cli: Kg, shared_eval: Path) -> None:
    result = kg_cli("evaluate", shared_eval / "seed.jsonl", "--errors")
    assert result.exit_code == 0, result.output
    assert overall_f1(result.stdout) == "1.000", result.stdout
    assert "errors: 0 misses, 0 false alarms" in result.stdout


@pytest.mark.model
def test_evaluate_lists_errors_only_when_asked(
    kg_cli: Kg, shared_eval: Path, tmp_path: Path
) -> None:
    """A gold line that the extractor cannot meet: one miss and one false alarm."""
    gold = jsonl(
        tmp_path / "gold.jsonl",
        {
            "id": "g",
            "text": "Germany condemned Iran.",
            "relations": [{"source": "DEU", "relation": "supports", "target": "IRN"}],
        },
    )
    plain = kg_cli("evaluate", gold)
    detailed = kg_cli("evaluate", gold, "--errors")
    assert plain.exit_code == detailed.exit_code == 0, detailed.output
    assert "errors:" not in plain.stdout
    assert overall_f1(plain.stdout) == "0.000"
    errors = detailed.stdout[detailed.stdout.index("errors:") :]
    assert "1 misses" in errors
    assert "DEU supports IRN" in errors
    assert "Germany condemned Iran." in errors


@pytest.mark.model
def test_evaluate_audit_scores_judged_readings_of_the_stories(kg_cli: Kg, tmp_path: Path) -> None:
    """Stories written for this test; one reading judged right, one wrong, one left unjudged."""
    stories = jsonl(
        tmp_path / "stories.jsonl",
        {"id": "s1", "label": "ASSAULT", "text": "Germany condemned Iran. Iran attacked Iraq."},
    )
    judged = jsonl(
        tmp_path / "judged.jsonl",
        {
            "half": "tune",
            "doc": "s1",
            "sentence": "Germany condemned Iran.",
            "source": "country/DEU",
            "relation": "criticizes",
            "target": "country/IRN",
            "modality": "Asserted",
            "verdict": "correct",
        },  # fmt: skip
    )
    result = kg_cli("evaluate", "--synthetic", stories, "--audit", judged, "--errors")
    assert result.exit_code == 0, result.output
    tune = next(line for line in result.stdout.splitlines() if line.startswith("tune "))
    assert tune.split()[1:4] == ["1", "1", "1.000"], result.stdout
    assert "unjudged readings: 1" in result.stdout
    assert "country/IRN attacks country/IRQ" in result.stdout
    alone = kg_cli("evaluate", "--audit", judged)
    assert alone.exit_code == 2 and "--audit needs --synthetic" in alone.output


@pytest.mark.model
def test_explain_shows_actors_trigger_verdict_and_path(kg_cli: Kg) -> None:
    result = kg_cli("explain", "Germany condemned Iran.")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "country/DEU" in out and "country/IRN" in out
    assert "'condemned'" in out
    assert "KEPT: criticizes" in out
    path = next(line for line in out.splitlines() if line.strip().startswith("path:"))
    assert "Germany" in path and "[condemned]" in path and "Iran" in path


def test_explain_without_text_exits_2(kg_cli: Kg) -> None:
    result = kg_cli("explain")
    assert result.exit_code == 2
    assert "TEXT" in result.stderr


# -- hostile text ----------------------------------------------------------------------------------


@pytest.mark.model
def test_hostile_text_builds_and_stays_inert(kg_cli: Kg, tmp_path: Path) -> None:
    title = "<script>alert(2)</script>"
    records = [{"id": key, "text": text, "title": title} for key, text in HOSTILE.items()]
    batch = jsonl(tmp_path / "hostile.jsonl", *records)
    assert '\\"quoted\\" \\\\ text' in batch.read_text(encoding="utf-8")
    store, page = tmp_path / "store", tmp_path / "graph.html"
    result = kg_cli("build", batch, "--store", store, "--html", page, "--no-progress")
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "irkg-xss" in html  # the evidence is on the page, escaped

    answer = kg_cli("query", EVIDENCE, "--store", store, "--format", "json")
    bindings = json.loads(answer.stdout)["results"]["bindings"]
    assert {row["id"]["value"] for row in bindings} == set(HOSTILE), "Germany condemned Iran."
    for row in bindings:
        start, end = int(row["start"]["value"]), int(row["end"]["value"])
        assert row["ev"]["value"] == HOSTILE[row["id"]["value"]][start:end].strip()
    assert HOSTILE["x2"] in {row["ev"]["value"] for row in bindings}


# -- small things an attacker or a heavy user found -----------------------------------------------


def test_a_malformed_iri_parameter_is_a_clean_error(kg_cli: Kg, empty_store: Path) -> None:
    result = kg_cli("query", "--store", empty_store, "--name", "who-sanctions",
                    "--param", "target=irkg:country/CUB>")  # fmt: skip
    assert result.exit_code == 2
    assert "not a valid IRI" in result.stderr and "Traceback" not in result.output


def test_a_long_inline_query_is_a_query_not_a_file_name(kg_cli: Kg, empty_store: Path) -> None:
    query = "ASK { ?s ?p ?o } " + "#" * 300
    result = kg_cli("query", "--store", empty_store, query)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "false"


def test_an_update_given_to_kg_query_is_refused_as_one(kg_cli: Kg, empty_store: Path) -> None:
    result = kg_cli("query", "--store", empty_store, "INSERT DATA { <http://x/a> <http://x/b> 1 }")
    assert result.exit_code == 2
    assert "updates are refused" in result.stderr


@pytest.mark.model
def test_latin1_on_stdin_is_refused_with_its_position(tmp_path: Path) -> None:
    if not KG_SCRIPT.exists():
        pytest.skip(f"no kg script next to {sys.executable}")
    store = tmp_path / "store"
    done = subprocess.run(
        [str(KG_SCRIPT), "build", "-", "--store", str(store), "--no-progress"],
        input="Café diplomacy in Havana.".encode("latin-1"), capture_output=True, timeout=120,
        env={**os.environ, "IRKG_STORE": str(tmp_path / "unused")},
    )  # fmt: skip
    assert done.returncode == 1
    assert b"<stdin>: not valid UTF-8 at byte 3" in done.stderr


@pytest.mark.model
def test_unknown_input_fields_are_named_once_and_do_not_fail(kg_cli: Kg, tmp_path: Path) -> None:
    path = jsonl(tmp_path / "in.jsonl",
                 {"id": "a", "text": "Nothing happened.", "published": "2020-01-02"},
                 {"id": "b", "text": "Nothing else.", "published": "2020-01-03"})  # fmt: skip
    result = kg_cli("build", path, "--store", tmp_path / "store", "--no-progress")
    assert result.exit_code == 0, result.output
    assert result.stderr.count('unknown field(s) "published" ignored') == 1
    assert f"{path}:1:" in result.stderr
    assert result.stderr.count('no "date" field') == 1
    assert '"published" holds a date: read it with --date-field published' in result.stderr


@pytest.mark.model
def test_evaluate_summary_prints_tune_and_check_and_the_stories(
    kg_cli: Kg, shared_eval: Path, tmp_path: Path
) -> None:
    stories = tmp_path / "stories.jsonl"
    stories.write_text(
        json.dumps({"id": "s1", "text": "Russia attacked Ukraine on Monday.", "label": "ASSAULT"})
        + "\n",
        encoding="utf-8",
    )
    result = kg_cli("evaluate", "--summary", shared_eval / "seed.jsonl", "--synthetic", stories)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(line.startswith("seed ") for line in lines)
    assert any(line.strip().startswith("tune") for line in lines)
    assert any(line.strip().startswith("check") for line in lines)
    assert any(line.startswith("ASSAULT    attacks") and line.split()[3] == "1" for line in lines)
