"""texts -> documents -> actors -> relations -> RDF -> store, for `kg build`.

Documents already in the store with the same content hash are skipped before parsing; a
document whose content changed replaces its old interactions. Bad inputs are reported in the
summary and the rest of the batch goes on. Reading runs in this process or in worker processes
(`kg.parallel`); storing always runs here, one writer, in input order.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from kg.dask_engine import DaskEngine
from kg.documents import Problem
from kg.errors import KGError
from kg.extractor import Extractor, ExtractorSpec
from kg.parallel import Built, default_workers, read_in_processes, read_serially
from kg.settings import DEFAULT_MIN_CONFIDENCE
from kg.store import GraphStore
from kg.types import Document

log = logging.getLogger(__name__)

# documents written together (new ones in one load: large batches go through the bulk loader)
WRITE_DOCUMENTS = 500
WRITE_LINES = 100_000


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
    extractor: Extractor | ExtractorSpec,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    workers: int = 1,
    engine: DaskEngine | None = None,
    summary: BuildSummary | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> BuildSummary:
    """Extract every new or changed document and store its graph; returns the counts.

    Interactions below `min_confidence` are not stored (the default is the command line's).
    With `workers` > 1 the documents are read in that many processes, each loading the pipeline
    that `extractor` (a spec, or an extractor made by `Extractor.from_spec`) names; with a Dask
    `engine` they are read on its cluster. The graph is the same whichever reads.
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

    ready: list[Built] = []  # read, in input order, waiting for the next batch write
    waiting_lines = 0

    def write() -> None:
        nonlocal waiting_lines
        refused = _write([b for b in ready if b.lines is not None and not b.stored], store)
        for built in ready:
            where = built.document.origin or built.document.id
            problem = built.problem or refused.get(built.document.id)
            if problem is not None:  # not stored: what the store held of it stays
                summary.failed += 1
                summary.problems.append(Problem(where, problem))
            else:
                summary.built += 1
                summary.interactions += built.interactions
                summary.relations.update(built.relations)
        ready.clear()
        waiting_lines = 0

    for built in _reader(extractor, workers, engine, fresh(), min_confidence):
        if on_document is not None:  # read: the progress bar moves now, the write comes later
            on_document(built.document)
        ready.append(built)
        waiting_lines += len(built.lines or ())
        if len(ready) >= WRITE_DOCUMENTS or waiting_lines >= WRITE_LINES:
            write()
    write()
    return summary


def _write(batch: list[Built], store: GraphStore) -> dict[str, str]:
    """Store a batch in one write; when that fails, each document alone, so that one bad
    document costs only itself. Returns why each document that could not be stored was not."""
    if not batch:
        return {}
    try:
        store.add_documents((b.document, b.lines or []) for b in batch)
        return {}
    except Exception:
        log.debug("a batch of %d documents failed; storing them one by one", len(batch))
    refused: dict[str, str] = {}
    for built in batch:
        try:
            store.add_documents([(built.document, built.lines or [])])
        except Exception as exc:  # one document's failure must not stop the batch
            refused[built.document.id] = f"could not store document: {exc}"
            log.exception("storing %s failed", built.document.origin or built.document.id)
    return refused


def workers_for(requested: int | None, documents: int | None, batch_size: int) -> int:
    """The processes a build reads with: as requested, else one per core but no more than there
    are batches (a worker costs a pipeline load; a handful of documents is read faster by one).

    >>> workers_for(3, 10, 32), workers_for(None, 10, 32), workers_for(None, 0, 32)
    (3, 1, 1)
    """
    if requested is not None:
        return requested
    cores = default_workers()
    if documents is None:
        return cores
    return max(1, min(cores, -(-documents // max(1, batch_size))))


def _reader(
    extractor: Extractor | ExtractorSpec,
    workers: int,
    engine: DaskEngine | None,
    documents: Iterable[Document],
    min_confidence: float,
) -> Iterator[Built]:
    if workers < 1:
        raise KGError(f"workers={workers}: give at least 1")
    if workers == 1 and engine is None:
        loaded = extractor.load() if isinstance(extractor, ExtractorSpec) else extractor
        return read_serially(loaded, documents, min_confidence)
    spec = extractor if isinstance(extractor, ExtractorSpec) else extractor.spec
    if spec is None:
        raise KGError(
            "this extractor was built from objects, not a spec: other processes cannot load "
            "a copy of it; use Extractor.from_spec, or workers=1 and no engine"
        )
    if engine is not None:
        return engine.read(spec, documents, min_confidence)
    return read_in_processes(spec, documents, min_confidence, workers=workers)


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
