"""Event tables in the field's formats: one row per interaction, as GDELT, ICEWS and POLECAT
users expect them (`kg export events.csv`, `events.parquet`), and ICEWS-style temporal
quadruples for temporal knowledge-graph tools (`kg export quads.tsv --format quads`).

The table is read from the store with two SPARQL queries (the interactions, the actors) joined
here, as `load_network` does; each relation's CAMEO codes and PLOVER types come from the one
table of `kg/relations/data/event_codes.json`.

Article text is hostile. CSV is written by pandas' csv writer with every text cell quoted, so
commas, quotes and line breaks inside a sentence stay in their cell; and with the formula guard
(on by default) a text cell that a spreadsheet would run as a formula (it starts with `=`, `+`,
`-`, `@`, a tab or a carriage return, or their full-width forms) is written with a leading
apostrophe, which spreadsheets hide and read as "this is text". Parquet holds the text exactly.

>>> guard_formula("=HYPERLINK(\\"http://x\\")"), guard_formula("Russia met Cuba.")
('\\'=HYPERLINK("http://x")', 'Russia met Cuba.')
>>> unique_names({"urn:a": "Georgia", "urn:b": "Georgia", "urn:c": "Kenya\\tnews"})
{'urn:a': 'Georgia (urn:a)', 'urn:b': 'Georgia (urn:b)', 'urn:c': 'Kenya news'}
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from kg.analysis.network import local_name
from kg.errors import KGError, StoreError
from kg.relations.codes import event_codes
from kg.store import GraphStore, SelectResult, export_format
from kg.store.exporting import write_atomically
from kg.types import ID_BASE, Modality, Relation

log = logging.getLogger(__name__)

__all__ = [
    "EVENT_ACTORS",
    "EVENT_COLUMNS",
    "EVENT_INTERACTIONS",
    "QUAD_COLUMNS",
    "TABLE_FORMATS",
    "Exported",
    "events_from_rows",
    "events_table",
    "export_store",
    "guard_formula",
    "quads_table",
    "table_format",
    "unique_names",
    "write_events_csv",
    "write_events_parquet",
    "write_quads",
]

_PREFIXES = """\
PREFIX ir: <https://w3id.org/irkg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
EVENT_INTERACTIONS = (
    _PREFIXES
    + """SELECT ?i ?s ?t ?rel ?mod ?ev ?conf ?date ?docid ?title ?url ?grouped ?trigger WHERE {
  ?i a ir:Interaction ; ir:source ?s ; ir:target ?t ; ir:relation ?rel ; ir:modality ?mod ;
     ir:evidence ?ev ; prov:wasDerivedFrom ?doc .
  ?doc dcterms:identifier ?docid .
  OPTIONAL { ?i ir:confidence ?conf }
  OPTIONAL { ?i dcterms:date ?date }
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc dcterms:source ?url }
  OPTIONAL { ?i ir:event ?grouped }
  OPTIONAL { ?i ir:trigger ?trigger }
}
"""
)
"""Every interaction with its evidence, its document and the event it reports (one row each,
bar repeated optionals)."""

EVENT_ACTORS = (
    _PREFIXES
    + """SELECT ?a ?label ?kind ?code ?statecode WHERE {
  ?a a ?kind .
  FILTER (?kind IN (ir:Country, ir:Organization, ir:Official))
  OPTIONAL { ?a rdfs:label ?label }
  OPTIONAL { ?a ir:code ?code }
  OPTIONAL { ?a ir:affiliatedWith ?state . ?state a ir:Country ; ir:code ?statecode }
}
"""
)
"""Every actor: label, class, code, and the ISO code of the state an official serves."""

EVENT_COLUMNS = (
    "event_id",
    "date",
    "source_label",
    "source_iri",
    "source_kind",
    "source_state",
    "relation",
    "cameo",
    "plover",
    "trigger",
    "target_label",
    "target_iri",
    "target_kind",
    "target_state",
    "modality",
    "confidence",
    "sentence",
    "doc_id",
    "title",
    "url",
    "event",
)
QUAD_COLUMNS = ("subject", "relation", "object", "date")

# the `--format` names of the tables, and the file suffixes that choose one by themselves
TABLE_FORMATS = ("csv", "parquet", "quads")
_TABLE_SUFFIXES = {".csv": "csv", ".parquet": "parquet"}
_INTERACTION_BASE = ID_BASE + "interaction/"
_EVENT_BASE = ID_BASE + "event/"
_RELATIONS = frozenset(relation.value for relation in Relation)
# what spreadsheets (Excel, LibreOffice, Google Sheets) start a formula with (OWASP's list, and
# the full-width forms some locales accept)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


@dataclass(frozen=True, slots=True)
class Exported:
    """What `export_store` wrote: `count` statements, events or quadruples (`unit`)."""

    path: Path
    count: int
    unit: str


# ------------------------------------------------------------------------------ store -> table


def events_table(store: GraphStore) -> pd.DataFrame:
    """Every interaction of the store, one row each, in `EVENT_COLUMNS` order, sorted by date
    (undated last), document and event id. `date` is datetime64 (NaT when undated or not a
    calendar date), `confidence` float; the other columns are text, None where unknown."""
    interactions = store.query(EVENT_INTERACTIONS)
    actors = store.query(EVENT_ACTORS)
    if not isinstance(interactions, SelectResult) or not isinstance(actors, SelectResult):
        raise StoreError(f"the store {store.location} did not answer a SELECT with rows")
    return events_from_rows(interactions.rows, actors.rows)


def events_from_rows(
    interactions: Iterable[Mapping[str, str]], actors: Iterable[Mapping[str, str]]
) -> pd.DataFrame:
    """The events table from rows of `EVENT_INTERACTIONS` and `EVENT_ACTORS`."""
    described = _actor_descriptions(actors)
    codes = event_codes()
    rows = []
    for row in _one_row_each(interactions, "i"):
        relation = local_name(row["rel"])
        code = codes.get(Relation(relation)) if relation in _RELATIONS else None
        source = described.get(row["s"], {})
        target = described.get(row["t"], {})
        rows.append(
            {
                "event_id": row["i"].removeprefix(_INTERACTION_BASE),
                "date": _day(row.get("date")),
                "source_label": source.get("label"),
                "source_iri": row["s"],
                "source_kind": source.get("kind"),
                "source_state": source.get("state"),
                "relation": relation,
                "cameo": code.cameo if code else None,
                "plover": code.plover_text if code else None,
                "trigger": row.get("trigger"),
                "target_label": target.get("label"),
                "target_iri": row["t"],
                "target_kind": target.get("kind"),
                "target_state": target.get("state"),
                "modality": local_name(row["mod"]),
                "confidence": _number(row.get("conf")),
                "sentence": row["ev"],
                "doc_id": row["docid"],
                "title": row.get("title"),
                "url": row.get("url"),
                "event": _event_key(row.get("grouped")),
            }
        )
    table = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    table["date"] = pd.to_datetime(table["date"])
    table["confidence"] = table["confidence"].astype("float64")
    for name in EVENT_COLUMNS:
        if name not in ("date", "confidence"):
            table[name] = table[name].astype(object)
    return table.sort_values(
        ["date", "doc_id", "event_id"], na_position="last", ignore_index=True, kind="stable"
    )


def _event_key(iri: str | None) -> str | None:
    """The grouped event's id (`id/event/<id>`), None for a report of no event."""
    return iri.removeprefix(_EVENT_BASE) if iri else None


def _actor_descriptions(actors: Iterable[Mapping[str, str]]) -> dict[str, dict[str, str]]:
    """IRI -> label, kind and state (ISO 3166-1 alpha-3: a country's own code, an official's
    state's). Of two values (an actor labelled twice) the smallest wins, whatever the order."""
    found: dict[str, dict[str, str]] = {}
    for row in actors:
        values = {"label": row.get("label"), "kind": local_name(row["kind"])}
        if values["kind"] == "Country":
            values["state"] = row.get("code")
        else:
            values["state"] = row.get("statecode")
        entry = found.setdefault(row["a"], {})
        for name, value in values.items():
            if value is not None and (name not in entry or value < entry[name]):
                entry[name] = value
    return found


def _one_row_each(rows: Iterable[Mapping[str, str]], key: str) -> list[Mapping[str, str]]:
    """One row per value of `key` (optional joins repeat a row): the smallest by its values."""
    chosen: dict[str, Mapping[str, str]] = {}
    for row in rows:
        seen = chosen.get(row[key])
        if seen is None or sorted(row.items()) < sorted(seen.items()):
            chosen[row[key]] = row
    return list(chosen.values())


def _day(value: str | None) -> dt.date | None:
    """The calendar day of an ISO date ("2019-07-24"); None for no date or another text."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        log.debug("not a calendar date, left out of the date column: %r", value)
        return None


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


# ----------------------------------------------------------------------------------- quadruples


def quads_table(events: pd.DataFrame) -> pd.DataFrame:
    """ICEWS-style quadruples (subject, relation, object, date as YYYY-MM-DD) of the asserted,
    dated events: one row per distinct fact, sorted by date, subject, relation, object.

    Subjects and objects are actor names from `unique_names` (actor level, as read: an official
    stays an official); relations are IRKG's relation names ("sanctions").
    """
    kept = events[(events["modality"] == Modality.ASSERTED.value) & events["date"].notna()]
    labels = {
        iri: label
        for side in ("source", "target")
        for iri, label in zip(kept[f"{side}_iri"], kept[f"{side}_label"], strict=True)
    }
    names = unique_names(labels)
    quads = pd.DataFrame(
        {
            "subject": [names[iri] for iri in kept["source_iri"]],
            "relation": list(kept["relation"]),
            "object": [names[iri] for iri in kept["target_iri"]],
            "date": [day.strftime("%Y-%m-%d") for day in kept["date"]],
        },
        columns=list(QUAD_COLUMNS),
    )
    quads = quads.drop_duplicates()
    return quads.sort_values(["date", "subject", "relation", "object"], ignore_index=True)


def unique_names(labels: Mapping[str, str | None]) -> dict[str, str]:
    """A name per IRI, one line without tabs: the label with every run of whitespace (tabs and
    line breaks included) made one space. Where IRIs share a name, each gets its key in
    brackets ("Georgia (country/GEO)"); an actor without a label is named by its key."""
    cleaned = {iri: " ".join((label or "").split()) or _key(iri) for iri, label in labels.items()}
    sharing: dict[str, list[str]] = {}
    for iri, name in cleaned.items():
        sharing.setdefault(name, []).append(iri)
    names = {
        iri: name if len(sharing[name]) == 1 else f"{name} ({_key(iri)})"
        for iri, name in cleaned.items()
    }
    if len(set(names.values())) < len(names):  # a label that reads like another's "name (key)"
        names = {iri: " ".join(iri.split()) for iri in names}
    return names


def _key(iri: str) -> str:
    return iri.removeprefix(ID_BASE)


# ---------------------------------------------------------------------------------- file writers


def guard_formula(text: str) -> str:
    """`text` with a leading apostrophe when a spreadsheet would read it as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _guarded(table: pd.DataFrame) -> pd.DataFrame:
    guarded = table.copy()
    for name in guarded.columns:
        if pd.api.types.is_object_dtype(guarded[name]) or pd.api.types.is_string_dtype(
            guarded[name]
        ):
            guarded[name] = [
                v if not isinstance(v, str) else guard_formula(v) for v in guarded[name]
            ]
    return guarded


def write_events_csv(table: pd.DataFrame, path: Path, *, formula_guard: bool = True) -> Path:
    """Write the events table as UTF-8 CSV (a header, `\\n` line ends, every text cell quoted;
    the formula guard as the module says, unless `formula_guard` is False)."""
    out = _guarded(table) if formula_guard else table
    return _write_atomically(
        path,
        lambda target: out.to_csv(
            target,
            index=False,
            encoding="utf-8",
            lineterminator="\n",
            quoting=csv.QUOTE_NONNUMERIC,
            date_format="%Y-%m-%d",
        ),
    )


def write_events_parquet(table: pd.DataFrame, path: Path) -> Path:
    """Write the events table as Parquet: `date` a DATE, `confidence` a DOUBLE, the rest
    strings (pyarrow, the `parquet` extra)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise KGError(
            "Parquet needs pyarrow: pip install 'irkg[parquet]' (or export .csv)"
        ) from exc
    schema = pa.schema(
        [
            (name, pa.date32() if name == "date" else pa.float64() if name == "confidence"
             else pa.string())
            for name in EVENT_COLUMNS
        ]
    )  # fmt: skip
    days = [None if pd.isna(day) else day.date() for day in table["date"]]
    columns = {
        name: days if name == "date" else [None if pd.isna(v) else v for v in table[name]]
        for name in EVENT_COLUMNS
    }
    arrow = pa.table(columns, schema=schema)
    return _write_atomically(path, lambda target: pq.write_table(arrow, target))


def write_quads(quads: pd.DataFrame, path: Path, *, formula_guard: bool = True) -> Path:
    """Write quadruples as the ICEWS14 benchmarks hold them: subject, relation, object and day
    separated by tabs, one per line, no header, no quoting (names hold no tab or line break)."""
    rows = quads[list(QUAD_COLUMNS)].itertuples(index=False, name=None)
    if formula_guard:
        rows = ((guard_formula(s), r, guard_formula(o), d) for s, r, o, d in rows)

    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(
                stream, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n"
            )
            writer.writerows(rows)

    return _write_atomically(path, write)


def _write_atomically(path: Path, write: Callable[[Path], object]) -> Path:
    """Write through a temporary file renamed into place: a failed export leaves no half file."""
    write_atomically(Path(path), write)
    return Path(path)


# --------------------------------------------------------------------------------- `kg export`


def table_format(path: Path, fmt: str | None) -> str | None:
    """The table an export writes ("csv", "parquet", "quads"), or None when it writes RDF
    (checked: StoreError when neither the format nor the suffix names a known export).

    >>> table_format(Path("e.csv"), None), table_format(Path("q.tsv"), "quads")
    ('csv', 'quads')
    >>> table_format(Path("g.ttl"), None) is None
    True
    """
    if fmt is not None and fmt.lower().lstrip(".") in TABLE_FORMATS:
        return fmt.lower().lstrip(".")
    if fmt is None and Path(path).suffix.lower() in _TABLE_SUFFIXES:
        return _TABLE_SUFFIXES[Path(path).suffix.lower()]
    try:
        export_format(Path(path), fmt)
    except StoreError as exc:
        tables = ", ".join(TABLE_FORMATS) if fmt is not None else ".csv, .parquet, --format quads"
        raise StoreError(f"{exc}; or an event table: {tables}") from None
    return None


def export_store(
    store: GraphStore, path: Path, *, fmt: str | None = None, formula_guard: bool = True
) -> Exported:
    """`kg export`: the graph as RDF (`GraphStore.export`) or the events as a table, in the
    format `fmt` names or, without it, the file's suffix."""
    path = Path(path)
    table = table_format(path, fmt)
    if table is None:
        return Exported(path, store.export(path, fmt=fmt), "triples")
    events = events_table(store)
    if table == "csv":
        write_events_csv(events, path, formula_guard=formula_guard)
        return Exported(path, len(events), "events")
    if table == "parquet":
        write_events_parquet(events, path)
        return Exported(path, len(events), "events")
    quads = quads_table(events)
    write_quads(quads, path, formula_guard=formula_guard)
    return Exported(path, len(quads), "quadruples")
