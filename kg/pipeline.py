"""texts -> documents -> actors -> relations -> RDF -> store, for `kg build`.

Documents already in the store with the same content hash are skipped before parsing; a
document whose content changed replaces its old interactions. Bad inputs are reported through
`on_problem` and the rest of the batch goes on.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kg.documents import Problem
from kg.extractor import Extractor, Reading
from kg.rdf.build import document_graph
from kg.store import Store
from kg.types import Document

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
    store: Store,
    extractor: Extractor,
    min_confidence: float = 0.0,
    summary: BuildSummary | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> BuildSummary:
    """Extract every new or changed document and store its graph; returns the counts."""
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
    reading: Reading, store: Store, min_confidence: float, summary: BuildSummary
) -> None:
    kept = [i for i in reading.interactions if i.confidence >= min_confidence]
    triples, direct = document_graph(reading.document, kept, reading.actors)
    store.replace_document(reading.document, triples, direct=direct)
    summary.built += 1
    summary.interactions += len(kept)
    summary.relations.update(i.relation.value for i in kept)
