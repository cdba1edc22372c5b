"""Reading documents on every core: worker processes parse, extract and build each document's
triples; the calling process keeps the one writer.

Each worker loads the pipeline once (`ExtractorSpec.load`, cached per process) and reads whole
batches through `nlp.pipe`, so it batches as a single process does; what travels back is a
`Built` record per document: its triples as escaped N-Triples lines (`document_lines`, plain
strings, cheap to pickle, loaded by the writer without converting a term), its counts, or why
it could not be read. The pool is the standard library's `ProcessPoolExecutor`; written here
is only what it does not do for a stream: a bounded window of batches in flight (so memory does
not grow with the corpus, as `Pool.imap`'s eager feeder would), results in input order (so a
build on N workers stores exactly what one process stores), and a replacement pool when a
worker dies (its batch is reported, the rest goes on).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice

from kg.errors import KGError
from kg.extractor import Extractor, ExtractorSpec, Reading
from kg.nlp import check_installed
from kg.rdf.build import document_graph
from kg.store.layout import document_lines
from kg.types import Document, confident

log = logging.getLogger(__name__)

# documents sent to a worker at a time: small, so that a few long articles do not hold up the
# results behind them (each worker still batches them through `nlp.pipe`); measured on the dev
# news with 2 workers: 8 documents at a time read 1.27x faster than 32
DISPATCH_DOCUMENTS = 8
# batches queued per worker beyond the one it is reading: enough to keep it busy, little memory
WINDOW_PER_WORKER = 4


@dataclass(frozen=True)
class Built:
    """One document read and turned into triples, or why it could not be."""

    document: Document
    lines: list[str] | None = None  # its triples as N-Triples (`document_lines`), to store
    interactions: int = 0
    relations: Counter[str] = field(default_factory=Counter)
    problem: str | None = None
    stored: bool = False  # stored where it was read (a Dask worker writing to a SPARQL server)


def built_from(reading: Reading, min_confidence: float) -> Built:
    """A reading's confident interactions as the document's triples."""
    if reading.problem is not None:
        return Built(reading.document, problem=reading.problem)
    kept = confident(reading.interactions, min_confidence)
    triples, direct = document_graph(reading.document, kept, reading.actors)
    lines = document_lines(reading.document, triples, direct)
    relations = Counter(i.relation.value for i in kept)
    return Built(reading.document, lines, len(kept), relations)


def read_serially(
    extractor: Extractor, documents: Iterable[Document], min_confidence: float
) -> Iterator[Built]:
    """One process: the extractor's stream, turned into triples."""
    for reading in extractor.pipe(documents):
        yield built_from(reading, min_confidence)


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def read_in_processes(
    spec: ExtractorSpec,
    documents: Iterable[Document],
    min_confidence: float,
    *,
    workers: int,
) -> Iterator[Built]:
    """`workers` processes read batches of `DISPATCH_DOCUMENTS` documents; yields one `Built` per
    document in input order. A batch whose worker died comes back as problems; the batches in
    flight with it are read again by a new pool."""
    check_installed(spec.model)
    batches = _batches(documents, DISPATCH_DOCUMENTS)
    window = workers * (1 + WINDOW_PER_WORKER)
    pool = _Pool(spec, workers, min_confidence)
    pending: deque[tuple[list[Document], Future[list[Built]]]] = deque()
    started = False  # some worker has read a batch: a dying pool is a crash, not a bad setup
    try:
        while True:
            while len(pending) < window and (batch := next(batches, None)) is not None:
                pending.append((batch, pool.submit(batch)))
            if not pending:
                return
            batch, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool as exc:
                if not started:
                    raise KGError(f"the worker processes could not start: {exc}") from exc
                # a worker died (killed, out of memory, a crash in native code): every batch in
                # flight is lost with it; this one is reported, the others are read again
                log.error("a worker process died reading %d document(s)", len(batch))
                yield from (_died(doc) for doc in batch)
                pool.restart()
                pending = deque((b, f if _finished(f) else pool.submit(b)) for b, f in pending)
                continue
            started = True
            yield from results
    finally:
        pool.close()


class _Pool:
    """A process pool that can be replaced when one of its processes dies."""

    def __init__(self, spec: ExtractorSpec, workers: int, min_confidence: float) -> None:
        self.spec, self.workers, self.min_confidence = spec, workers, min_confidence
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # spawn: a fresh interpreter per worker, safe whatever threads the parent runs
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(self.spec,),
        )

    def submit(self, batch: list[Document]) -> Future[list[Built]]:
        try:
            return self.executor.submit(_read_batch, batch, self.min_confidence)
        except BrokenProcessPool:  # broke between batches: nothing was lost, start again
            self.restart()
            return self.executor.submit(_read_batch, batch, self.min_confidence)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _finished(future: Future[list[Built]]) -> bool:
    """Whether the future holds its batch's results (it finished before its pool broke)."""
    return future.done() and not future.cancelled() and future.exception() is None


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, max(1, size))):
        yield batch


def _died(document: Document) -> Built:
    return Built(document, problem="could not be read: its worker process died")


# -- in the worker process ------------------------------------------------------------------------

_extractor: Extractor | None = None


def _start_worker(spec: ExtractorSpec) -> None:
    """Load the pipeline once per worker process."""
    global _extractor
    _extractor = spec.load()


def _read_batch(batch: list[Document], min_confidence: float) -> list[Built]:
    assert _extractor is not None, "the worker was not started"
    return list(read_serially(_extractor, batch, min_confidence))
