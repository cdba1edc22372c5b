"""One event, many reports: grouping asserted interactions by dyad, relation and date window."""

from __future__ import annotations

import pandas as pd
import pytest

from kg.analysis.grouping import event_triples, group_events
from kg.rdf.namespace import IR


def table(*rows: tuple[str, str, str, str, str | None, str, str]) -> pd.DataFrame:
    """Rows of (interaction id, source state, relation, target state, date, modality, doc)."""
    return pd.DataFrame(
        {
            "event_id": [r[0] for r in rows],
            "source_state": [r[1] for r in rows],
            "source_iri": ["https://w3id.org/irkg/id/org/" + r[1] for r in rows],
            "relation": [r[2] for r in rows],
            "target_state": [r[3] for r in rows],
            "target_iri": ["https://w3id.org/irkg/id/org/" + r[3] for r in rows],
            "date": pd.to_datetime([r[4] for r in rows]),
            "modality": [r[5] for r in rows],
            "doc_id": [r[6] for r in rows],
        }
    )


def test_two_reports_of_one_meeting_are_one_event_in_either_order() -> None:
    events = group_events(
        table(
            ("a", "KEN", "meets", "TZA", "2024-03-04", "Asserted", "d1"),
            ("b", "TZA", "meets", "KEN", "2024-03-05", "Asserted", "d2"),
        )
    )
    assert len(events) == 1
    assert events[0].reports == 2 and len(events[0].interactions) == 2
    assert str(events[0].date) == "2024-03-04"


def test_two_meetings_a_month_apart_are_two_events() -> None:
    events = group_events(
        table(
            ("a", "KEN", "meets", "TZA", "2024-03-04", "Asserted", "d1"),
            ("b", "KEN", "meets", "TZA", "2024-04-04", "Asserted", "d2"),
        )
    )
    assert [e.reports for e in events] == [1, 1]


def test_an_event_spans_the_window_from_its_first_day_not_a_chain() -> None:
    days = ["2024-03-01", "2024-03-03", "2024-03-05", "2024-03-07"]
    rows = [(f"i{n}", "RUS", "attacks", "UKR", d, "Asserted", f"d{n}") for n, d in enumerate(days)]
    assert [len(e.interactions) for e in group_events(table(*rows), window=3)] == [2, 2]
    assert [len(e.interactions) for e in group_events(table(*rows), window=0)] == [1, 1, 1, 1]


@pytest.mark.parametrize(
    "other",
    [
        ("b", "KEN", "criticizes", "TZA", "2024-03-04", "Asserted", "d2"),  # another relation
        ("b", "TZA", "sanctions", "KEN", "2024-03-04", "Asserted", "d2"),  # directed, reversed
        ("b", "KEN", "sanctions", "UGA", "2024-03-04", "Asserted", "d2"),  # another target
    ],
)
def test_different_relations_or_dyads_are_never_merged(other: tuple[str, ...]) -> None:
    first = ("a", "KEN", "sanctions", "TZA", "2024-03-04", "Asserted", "d1")
    assert len(group_events(table(first, other))) == 2  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("triggers", "events"),
    [
        (["aid", "loans"], 1),  # support in kind, twice: one happening
        (["praised", "backed"], 1),  # support in words, twice
        (["aided", "praised"], 2),  # aid and praise on the same days: two happenings
        (["supplying", "welcomed"], 2),
        ([None, "aid"], 2),  # no trigger known: words, not kind
    ],
)
def test_support_in_kind_and_in_words_are_two_happenings(
    triggers: list[str | None], events: int
) -> None:
    rows = table(
        ("a", "JPN", "supports", "PHL", "2024-03-04", "Asserted", "d1"),
        ("b", "JPN", "supports", "PHL", "2024-03-05", "Asserted", "d2"),
    )
    rows["trigger"] = triggers
    grouped = group_events(rows)
    assert len(grouped) == events
    assert {e.relation for e in grouped} == {"supports"}


def test_triggers_of_other_relations_are_all_compatible() -> None:
    rows = table(
        ("a", "KEN", "meets", "TZA", "2024-03-04", "Asserted", "d1"),
        ("b", "KEN", "meets", "TZA", "2024-03-05", "Asserted", "d2"),
    )
    rows["trigger"] = ["talks", "visit"]
    assert len(group_events(rows)) == 1


def test_only_asserted_reports_make_events_and_undated_ones_stay_in_their_document() -> None:
    events = group_events(
        table(
            ("a", "KEN", "meets", "TZA", None, "Asserted", "d1"),
            ("b", "KEN", "meets", "TZA", None, "Asserted", "d1"),
            ("c", "KEN", "meets", "TZA", None, "Asserted", "d2"),
            ("d", "KEN", "meets", "TZA", "2024-03-04", "Intended", "d3"),
            ("e", "KEN", "meets", "TZA", "2024-03-04", "Negated", "d4"),
        )
    )
    assert sorted(len(e.interactions) for e in events) == [1, 2]
    assert all(e.date is None for e in events)


def test_event_iris_do_not_depend_on_the_order_of_the_rows() -> None:
    rows = [
        ("a", "KEN", "meets", "TZA", "2024-03-04", "Asserted", "d1"),
        ("b", "KEN", "meets", "TZA", "2024-03-05", "Asserted", "d2"),
    ]
    assert group_events(table(*rows)) == group_events(table(*reversed(rows)))


def test_the_triples_link_every_report_to_its_event() -> None:
    (event,) = group_events(
        table(
            ("a", "KEN", "meets", "TZA", "2024-03-04", "Asserted", "d1"),
            ("b", "KEN", "meets", "TZA", "2024-03-05", "Asserted", "d2"),
        )
    )
    triples = event_triples([event])
    assert {str(s) for s, p, _ in triples if p == IR.event} == set(event.interactions)
    assert (event.iri, IR.relation, IR.meets) in triples


# -- on the trained pipeline: stories written for it, and the dev documents ----------------------

REPORTS = [
    ("r1", "2024-03-04", "Kenyan President William Ruto met Tanzanian President Samia Suluhu "
     "Hassan in Nairobi on Monday."),
    ("r2", "2024-03-05", "Tanzania's president held talks with Kenya's president in Nairobi, "
     "officials said."),
    ("r3", "2024-04-09", "Kenyan President William Ruto met Tanzanian President Samia Suluhu "
     "Hassan again in Arusha."),
]  # fmt: skip


@pytest.mark.model
def test_two_reports_of_one_meeting_and_another_meeting_a_month_later(extractor) -> None:  # type: ignore[no-untyped-def]
    from kg.analysis.events import events_table
    from kg.analysis.grouping import regroup_events
    from kg.pipeline import build
    from kg.rdf.build import shape_violations
    from kg.store import Store
    from kg.types import Document

    documents = [Document(id=i, text=text, date=day) for i, day, text in REPORTS]
    with Store(None) as store:
        build(documents, store=store, extractor=extractor)
        events = regroup_events(store)
        assert sorted((str(e.date), e.reports) for e in events) == [
            ("2024-03-04", 2),
            ("2024-04-09", 1),
        ]
        assert store.counts()["events"] == 2
        table = events_table(store)
        assert table.groupby("event")["doc_id"].nunique().sort_values().tolist() == [1, 2]
        assert shape_violations(store.triples()) == []
        # grouping again (a build that adds nothing) changes nothing
        before = sorted(store.graph())
        regroup_events(store)
        assert sorted(store.graph()) == before


@pytest.mark.model
def test_no_two_gold_distinct_relations_are_merged_on_the_dev_sets(  # type: ignore[no-untyped-def]
    extractor, shared_eval
) -> None:
    """Every event's reports are one relation between one pair of states (the gold's unit)."""
    from kg.analysis.events import events_table
    from kg.analysis.grouping import regroup_events
    from kg.evaluate import gold_documents, load_gold
    from kg.pipeline import build
    from kg.store import Store

    documents = [
        d for path in sorted(shared_eval.glob("*.jsonl")) for d in gold_documents(load_gold(path))
    ]
    with Store(None) as store:
        build(documents, store=store, extractor=extractor)
        events = regroup_events(store)
        table = events_table(store)
    assert events
    grouped = table[table["event"].notna()]
    assert len(grouped) == sum(len(e.interactions) for e in events)
    for _event, rows in grouped.groupby("event"):
        ends = {
            (si if pd.isna(s) else s, r, ti if pd.isna(t) else t)
            for s, si, r, t, ti in zip(
                rows["source_state"], rows["source_iri"], rows["relation"],
                rows["target_state"], rows["target_iri"], strict=True,
            )
        }  # fmt: skip
        if rows["relation"].iloc[0] in ("meets", "cooperates"):
            ends = {tuple(sorted((a, c))) + (b,) for a, b, c in ends}  # type: ignore[misc]
        assert len(ends) == 1, ends
