"""kg.analysis.events: the event table (CSV, Parquet) and ICEWS-style quadruples.
(a store built from hand-made interactions in tests/analysis/facts.py: no spaCy)"""

from __future__ import annotations

import csv
import datetime as dt
import math
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from kg.analysis import (
    EVENT_COLUMNS,
    QUAD_COLUMNS,
    events_table,
    export_store,
    quads_table,
    write_events_csv,
    write_events_parquet,
    write_quads,
)
from kg.analysis.events import guard_formula, table_format, unique_names
from kg.errors import KGError, StoreError
from kg.relations.codes import event_codes
from kg.store import Store
from kg.types import ID_BASE, Relation
from tests.analysis.facts import CUB, DATES, FACTS, TRUMP, UNSC, USA, iri

# what a spreadsheet would run, and what CSV must keep in one cell
HOSTILE = [
    "plain, with a comma",
    'say "hi", then "bye"',
    "a line\nbreak and a\r\ncarriage return\rtoo",
    '=HYPERLINK("http://evil.example","click")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\tcmd",
    "\uff1dfull-width",
    "'already quoted",
    "",
]
FORMULAS = {text for text in HOSTILE if text[:1] in ("=", "+", "-", "@", "\t", "\uff1d")}


def read_events_csv(path: Path) -> pd.DataFrame:
    """The README's way to load the CSV."""
    return pd.read_csv(path, dtype="str", parse_dates=["date"]).astype({"confidence": "float64"})


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as plain values: missing values None, dates as ISO days."""

    def plain(value: Any) -> Any:
        if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
            return None
        if isinstance(value, (pd.Timestamp, dt.date)):
            return value.strftime("%Y-%m-%d")
        return value

    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


@pytest.fixture(scope="module")
def events(store_path: Path) -> pd.DataFrame:
    with Store(store_path, read_only=True) as store:
        return events_table(store)


def test_one_row_per_interaction_of_the_store(events: pd.DataFrame, store_path: Path) -> None:
    with Store(store_path, read_only=True) as store:
        stored = {row["i"] for row in store.select("SELECT ?i WHERE { ?i a ir:Interaction }")}
    assert list(events.columns) == list(EVENT_COLUMNS)
    assert len(events) == len(FACTS) == len(stored)
    assert {ID_BASE + "interaction/" + e for e in events["event_id"]} == stored


def test_a_row_says_who_did_what_to_whom_when_and_on_what_evidence(events: pd.DataFrame) -> None:
    (row,) = records(events[events["sentence"] == "Trump imposed sanctions on Cuba."])
    assert row == {
        "event_id": row["event_id"],
        "date": "2019-01-10",
        "source_label": "Donald Trump",
        "source_iri": iri(TRUMP),
        "source_kind": "Official",
        "source_state": "USA",  # the state the official serves
        "relation": "sanctions",
        "cameo": "163x",
        "plover": "SANCTION",
        "trigger": None,  # the facts are read by no trigger word
        "target_label": "Cuba",
        "target_iri": iri(CUB),
        "target_kind": "Country",
        "target_state": "CUB",
        "modality": "Asserted",
        "confidence": 0.9,
        "sentence": "Trump imposed sanctions on Cuba.",
        "doc_id": "d1",
        "title": "Report d1",
        "url": "https://news.example/d1",
        "event": None,  # not grouped: no build ran regroup_events
    }
    (organ,) = records(events[events["source_iri"] == iri(UNSC)])
    assert (organ["source_kind"], organ["source_state"]) == ("Organization", None)  # no state


def test_codes_come_from_the_one_table_and_rows_are_in_date_order(events: pd.DataFrame) -> None:
    codes = event_codes()
    for relation, cameo, plover in zip(
        events["relation"], events["cameo"], events["plover"], strict=True
    ):
        assert (cameo, plover) == (
            codes[Relation(relation)].cameo,
            codes[Relation(relation)].plover_text,
        )
    assert set(events.loc[events["relation"] == "supports", "plover"]) == {"SUPPORT|AID"}
    dated = events["date"].dropna()
    assert list(dated) == sorted(dated)
    assert events["date"].isna().sum() == sum(1 for f in FACTS if DATES[f[0]] is None)
    assert events["date"].isna().tolist()[-1]  # undated last
    assert str(events["date"].dtype).startswith("datetime64")
    assert events["confidence"].dtype == "float64"


def test_csv_and_parquet_load_back_with_pandas(events: pd.DataFrame, tmp_path: Path) -> None:
    from_csv = read_events_csv(write_events_csv(events, tmp_path / "events.csv"))
    assert str(from_csv["date"].dtype).startswith("datetime64")
    assert from_csv["confidence"].dtype == "float64"
    assert records(from_csv) == records(events)

    from_parquet = pd.read_parquet(write_events_parquet(events, tmp_path / "events.parquet"))
    assert list(from_parquet.columns) == list(EVENT_COLUMNS)
    assert {type(d) for d in from_parquet["date"].dropna()} == {dt.date}  # Parquet DATE
    assert from_parquet["confidence"].dtype == "float64"
    assert records(from_parquet) == records(events)


def hostile_table() -> pd.DataFrame:
    rows = [
        {name: None for name in EVENT_COLUMNS}
        | {"event_id": f"e{n}", "sentence": text, "title": text, "source_label": text,
           "date": dt.date(2024, 1, 1 + n), "confidence": 0.5}
        for n, text in enumerate(HOSTILE)
    ]  # fmt: skip
    table = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    table["date"] = pd.to_datetime(table["date"])
    return table


def test_hostile_text_stays_in_its_cell_and_formulas_are_guarded(tmp_path: Path) -> None:
    table = hostile_table()
    guarded = read_events_csv(write_events_csv(table, tmp_path / "guarded.csv"))
    exact = read_events_csv(write_events_csv(table, tmp_path / "exact.csv", formula_guard=False))
    assert len(guarded) == len(exact) == len(HOSTILE)
    for column in ("sentence", "title", "source_label"):
        assert [v if isinstance(v, str) else "" for v in exact[column]] == HOSTILE
        assert [v if isinstance(v, str) else "" for v in guarded[column]] == [
            "'" + text if text in FORMULAS else text for text in HOSTILE
        ]
    # every cell a spreadsheet reads starts with no formula character
    with (tmp_path / "guarded.csv").open(encoding="utf-8", newline="") as stream:
        cells = [cell for row in csv.reader(stream) for cell in row]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\uff1d"))]
    parquet = pd.read_parquet(write_events_parquet(table, tmp_path / "hostile.parquet"))
    assert list(parquet["sentence"]) == HOSTILE  # Parquet keeps the text exactly


@pytest.mark.parametrize(
    ("text", "guarded"),
    [("=1", "'=1"), ("Russia", "Russia"), (" =1", " =1"), ("a=b", "a=b"), ("\r=1", "'\r=1")],
)
def test_guard_formula(text: str, guarded: str) -> None:
    assert guard_formula(text) == guarded


def test_quads_hold_the_asserted_dated_facts_once_each(
    events: pd.DataFrame, tmp_path: Path
) -> None:
    quads = quads_table(events)
    assert list(quads.columns) == list(QUAD_COLUMNS)
    expected = sorted(
        (source.label, relation.value, target.label, DATES[doc])
        for doc, source, relation, target, modality, _ in FACTS
        if modality.value == "Asserted" and DATES[doc] is not None
    )
    assert sorted(quads.itertuples(index=False, name=None)) == expected
    assert list(quads["date"]) == sorted(quads["date"])
    doubled = pd.concat([events, events])
    assert len(quads_table(doubled)) == len(quads)  # one line per distinct fact

    path = write_quads(quads, tmp_path / "quads.tsv")
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "" and len(lines) - 1 == len(expected)
    assert [tuple(line.split("\t")) for line in lines[:-1]] == list(
        quads.itertuples(index=False, name=None)
    )
    assert "Donald Trump\tsanctions\tCuba\t2019-01-10" in lines


def test_names_are_unique_one_line_and_tab_free() -> None:
    names = unique_names(
        {
            ID_BASE + "person/a": "John\tSmith\n",
            ID_BASE + "person/b": "John Smith",
            ID_BASE + "country/GEO": "Georgia",
            ID_BASE + "org/X": None,
            ID_BASE + "person/c": "  ",
        }
    )
    assert names == {
        ID_BASE + "person/a": "John Smith (person/a)",
        ID_BASE + "person/b": "John Smith (person/b)",
        ID_BASE + "country/GEO": "Georgia",
        ID_BASE + "org/X": "org/X",
        ID_BASE + "person/c": "person/c",
    }
    tricky = unique_names({"urn:a": "A (urn:b)", "urn:b": "A", "urn:c": "A"})
    assert len(set(tricky.values())) == 3


def test_quad_names_are_guarded_in_the_file(tmp_path: Path) -> None:
    quads = pd.DataFrame([("=cmd", "attacks", "-x", "2024-01-01")], columns=list(QUAD_COLUMNS))
    guarded = write_quads(quads, tmp_path / "g.tsv").read_text(encoding="utf-8")
    exact = write_quads(quads, tmp_path / "e.tsv", formula_guard=False).read_text(encoding="utf-8")
    assert guarded == "'=cmd\tattacks\t'-x\t2024-01-01\n"
    assert exact == "=cmd\tattacks\t-x\t2024-01-01\n"


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [
        ("events.csv", None, "csv"),
        ("EVENTS.PARQUET", None, "parquet"),
        ("quads.tsv", "quads", "quads"),
        ("anything.txt", "csv", "csv"),
        ("graph.ttl", None, None),
        ("graph.out", "turtle", None),
    ],
)
def test_the_format_follows_the_option_or_the_suffix(
    name: str, fmt: str | None, expected: str | None
) -> None:
    assert table_format(Path(name), fmt) == expected


@pytest.mark.parametrize(
    ("name", "fmt", "choices"),
    [
        ("quads.tsv", None, ".trig, .ttl; or an event table: .csv, .parquet, --format quads"),
        ("graph.xml", None, ".trig, .ttl; or an event table: .csv, .parquet, --format quads"),
        ("x", "yaml", "turtle; or an event table: csv, parquet, quads"),
    ],
)
def test_an_unknown_format_names_every_choice(name: str, fmt: str | None, choices: str) -> None:
    with pytest.raises(StoreError) as caught:
        table_format(Path(name), fmt)
    assert all(choice in str(caught.value) for choice in choices.split("; "))


def test_export_store_writes_each_format(store_path: Path, tmp_path: Path) -> None:
    with Store(store_path, read_only=True) as store:
        written = [
            export_store(store, tmp_path / "e.csv"),
            export_store(store, tmp_path / "e.parquet"),
            export_store(store, tmp_path / "q.tsv", fmt="quads"),
            export_store(store, tmp_path / "g.nt"),
        ]
    assert [(w.count, w.unit) for w in written[:2]] == [(len(FACTS), "events")] * 2
    assert written[2].unit == "quadruples" and written[2].count == 8
    assert written[3].unit == "triples" and written[3].count > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.csv", "e.parquet", "g.nt", "q.tsv"]


def test_an_empty_store_gives_empty_tables(tmp_path: Path) -> None:
    with Store(tmp_path / "store") as store:
        for name, fmt in (("e.csv", None), ("e.parquet", None), ("q.tsv", "quads")):
            assert export_store(store, tmp_path / name, fmt=fmt).count == 0
    assert list(read_events_csv(tmp_path / "e.csv").columns) == list(EVENT_COLUMNS)
    assert pd.read_parquet(tmp_path / "e.parquet").empty
    assert (tmp_path / "q.tsv").read_text() == ""


def test_a_failed_write_leaves_no_file(events: pd.DataFrame, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(KGError, match="cannot write"):
        write_events_csv(events, blocker / "events.csv")
    bad = events.assign(sentence=[object()] * len(events))  # pyarrow refuses it
    with pytest.raises(Exception):  # noqa: B017 - whatever the writer raises
        write_events_parquet(bad, tmp_path / "events.parquet")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_parquet_without_pyarrow_says_what_to_install(
    events: pd.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(KGError, match=r"pip install 'irkg\[parquet\]'"):
        write_events_parquet(events, tmp_path / "events.parquet")


def test_usa_rows_have_the_iso_code(events: pd.DataFrame) -> None:
    usa = events[events["source_iri"] == iri(USA)]
    assert set(usa["source_state"]) == {"USA"}
