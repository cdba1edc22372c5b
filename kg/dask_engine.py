"""Reading documents on a Dask distributed cluster (`kg build --engine dask`).

Dask schedules the work; nothing here is a scheduler. The client streams the documents in
windows; a window is cut into partitions by a stable hash of each document's id, and each
partition is one task. A worker loads the pipeline once per process (`ExtractorSpec.load`,
cached) and reads its partition with `nlp.pipe`, one task at a time per process (a lock: the
pipeline's components are not shared between threads). What a task returns depends on the
store:

* an embedded store (a folder on the client's machine): each document's triples, which the
  client writes, one writer, as the results arrive;
* a SPARQL server: the worker writes each document there itself (`RemoteStore`, in batched
  `INSERT DATA` requests with an atomic swap) and returns only the counts, so the triples never
  travel through the client.

Either way the graph is the one a local build makes: every document's contribution is
replaced whole, and the order documents are stored in does not change the graph.

Dask is an optional extra (`pip install irkg[dask]`); this module imports it only when used.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import TYPE_CHECKING, Any

from kg.errors import KGError
from kg.extractor import ExtractorSpec
from kg.parallel import Built, read_serially
from kg.store import GraphStore, open_store
from kg.types import Document

if TYPE_CHECKING:  # imported lazily: dask is an optional extra
    from distributed import Client, Future

log = logging.getLogger(__name__)

WINDOWS_IN_FLIGHT = 2  # windows of partitions submitted ahead of the one being collected


class DaskMissing(KGError):
    """The dask extra is not installed."""


def partition_of(doc_id: str, partitions: int) -> int:
    """The partition of a document: a hash of its id, the same on every machine and run.

    >>> partition_of("voa-1", 4) == partition_of("voa-1", 4)
    True
    >>> sorted({partition_of(f"doc-{n}", 3) for n in range(30)})
    [0, 1, 2]
    """
    digest = hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % partitions


@dataclass
class DaskEngine:
    """Extraction on a Dask cluster: the scheduler at `scheduler` (`tcp://host:8786`), or a
    `LocalCluster` of `workers` single-threaded processes on this machine when None. With
    `remote_store` (a SPARQL server URL, or a `.toml` settings file the workers can read) the
    workers store each document there themselves."""

    scheduler: str | None = None
    workers: int | None = None
    remote_store: str | None = None
    connect_timeout: float = 10.0  # seconds to reach the scheduler

    def read(
        self, spec: ExtractorSpec, documents: Iterable[Document], min_confidence: float
    ) -> Iterator[Built]:
        """One `Built` per document, in the order their partitions finish (`stored` when a
        worker stored it)."""
        client, cluster = self._connect()
        try:
            yield from _read(client, spec, documents, min_confidence, self.remote_store)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    def _connect(self) -> tuple[Client, Any]:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise DaskMissing(
                "--engine dask needs Dask: pip install 'irkg[dask]' (dask and distributed)"
            ) from exc
        if self.scheduler is not None:
            try:
                return Client(self.scheduler, timeout=f"{self.connect_timeout}s"), None
            except (OSError, TimeoutError) as exc:
                message = f"cannot reach the Dask scheduler at {self.scheduler}: {exc}"
                raise KGError(message) from exc
        cluster = LocalCluster(
            n_workers=self.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        return Client(cluster), cluster


def _read(
    client: Client,
    spec: ExtractorSpec,
    documents: Iterable[Document],
    min_confidence: float,
    remote_store: str | None,
) -> Iterator[Built]:
    from distributed import as_completed

    slots = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
    partitions = 2 * slots
    window_size = partitions * max(1, spec.batch_size)
    stream = iter(documents)
    windows: deque[list[Future]] = deque()

    def submit_window() -> bool:
        window = list(islice(stream, window_size))
        if not window:
            return False
        parts: list[list[Document]] = [[] for _ in range(partitions)]
        for doc in window:
            parts[partition_of(doc.id, partitions)].append(doc)
        windows.append(
            [
                client.submit(read_partition, spec, part, min_confidence, remote_store, pure=False)
                for part in parts
                if part
            ]
        )
        return True

    while len(windows) < WINDOWS_IN_FLIGHT and submit_window():
        pass
    while windows:
        futures = windows.popleft()
        for future in as_completed(futures):
            try:
                results: list[Built] = future.result()
            except Exception as exc:  # a task that failed whole: a worker lost, a bad setup
                raise KGError(f"a Dask task failed: {type(exc).__name__}: {exc}") from exc
            yield from results
        submit_window()


# -- on the worker ----------------------------------------------------------------------------

_reading = threading.Lock()


def read_partition(
    spec: ExtractorSpec,
    documents: list[Document],
    min_confidence: float,
    remote_store: str | None,
) -> list[Built]:
    """Read one partition on a worker (and store it there when `remote_store` is given)."""
    with _reading:
        built = list(read_serially(spec.load(), documents, min_confidence))
    if remote_store is None:
        return built
    with open_store(remote_store) as store:
        return [_store_here(store, item) for item in built]


def _store_here(store: GraphStore, built: Built) -> Built:
    if built.lines is None:
        return built
    try:
        store.add_documents([(built.document, built.lines)])
    except KGError as exc:
        return replace(built, lines=None, problem=f"could not store document: {exc}")
    return replace(built, lines=None, stored=True)
