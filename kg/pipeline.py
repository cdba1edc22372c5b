"""texts -> documents -> actors -> relations -> RDF -> store, for `kg build`.

Documents already in the store with the same content hash are skipped before parsing; a
document whose content changed replaces its old interactions. Bad inputs are reported through
`on_problem` and the rest of the batch goes on.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from kg.documents import Problem
from kg.extractor import Extractor, Reading
from kg.rdf.build import document_graph
from kg.settings import DEFAULT_MIN_CONFIDENCE
from kg.store import GraphStore
from kg.types import Document, confident

log = logging.getLogger(__name__)


@dataclass
class BuildSummary:
    """What one `kg build` did."""

    read: int = 0
    built: int = 0
    unchanged: int = 0
    failed: int = 0
    interactions: int = 0
    relations: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)


def build(
    documents: Iterable[Document],
    *,
    store: GraphStore,
    extractor: Extractor,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    summary: BuildSummary | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> BuildSummary:
    """Extract every new or changed document and store its graph; returns the counts.

    Interactions below `min_confidence` are not stored (the default is the command line's).
    """
    summary = summary or BuildSummary()

    def fresh() -> Iterator[Document]:
        for doc in documents:
            summary.read += 1
            if store.document_hash(doc.id) == doc.content_hash:
                summary.unchanged += 1
                if on_document is not None:
                    on_document(doc)
                continue
            yield doc

    for reading in extractor.pipe(fresh()):
        if reading.problem is not None:  # not read: what the store holds of it stays
            summary.failed += 1
            where = reading.document.origin or reading.document.id
            summary.problems.append(Problem(where, reading.problem))
            if on_document is not None:
                on_document(reading.document)
            continue
        try:
            _store_reading(reading, store, min_confidence, summary)
        except Exception as exc:  # one document's failure must not stop the batch
            summary.failed += 1
            where = reading.document.origin or reading.document.id
            summary.problems.append(Problem(where, f"could not store document: {exc}"))
            log.exception("storing %s failed", where)
        if on_document is not None:
            on_document(reading.document)
    return summary


def _store_reading(
    reading: Reading, store: GraphStore, min_confidence: float, summary: BuildSummary
) -> None:
    kept = confident(reading.interactions, min_confidence)
    triples, direct = document_graph(reading.document, kept, reading.actors)
    store.replace_document(reading.document, triples, direct=direct)
    summary.built += 1
    summary.interactions += len(kept)
    summary.relations.update(i.relation.value for i in kept)


def format_build(summary: BuildSummary, counts: Mapping[str, object]) -> str:
    """What `kg build` prints last: the documents, then the store's counts.

    >>> print(format_build(BuildSummary(read=2, built=1, unchanged=1),
    ...                    {"triples": 40, "relations": {"supports": 1, "meets": 2}}))
    documents: 2 read, 1 built, 1 unchanged, 0 problem(s)
    triples: 40
    relations: meets 2, supports 1
    """
    lines = [
        f"documents: {summary.read} read, {summary.built} built, "
        f"{summary.unchanged} unchanged, {len(summary.problems)} problem(s)",
    ]
    for key, value in counts.items():
        name = key.replace("_", " ")
        if isinstance(value, Mapping):
            ordered = sorted(value.items(), key=lambda kv: str(kv[0]))
            inner = ", ".join(f"{k} {v}" for k, v in ordered)
            lines.append(f"{name}: {inner or 'none'}")
        else:
            lines.append(f"{name}: {value}")
    return "\n".join(lines)
