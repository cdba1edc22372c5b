"""How long grouping reports into events takes on a large store (`kg build` regroups after
every build that stores something).

    .venv/bin/python benchmarks/event_grouping.py [--triples 1000000]

Generates a store with store_scale's synthetic documents (the project's own RDF builder), then
times: reading the event table, grouping, writing the events graph the first time, and again
with nothing changed (the cost a small build pays on a large store). The last line sums up:
`event_grouping: triples=N interactions=N events=N table_s=X group_s=X write_s=X again_s=X`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_scale import documents  # noqa: E402

from kg.analysis.events import events_table  # noqa: E402
from kg.analysis.grouping import group_events, regroup_events  # noqa: E402
from kg.store import Store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="lines to generate")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "store") as store:
        batch, lines = [], 0
        for doc, _graph, doc_lines in documents():
            batch.append((doc, doc_lines))
            lines += len(doc_lines)
            if len(batch) >= 500:
                store.add_documents(batch)
                batch = []
            if lines >= args.triples:
                break
        if batch:
            store.add_documents(batch)
        interactions = store.counts()["interactions"]
        start = time.perf_counter()
        table = events_table(store)
        read = time.perf_counter()
        events = group_events(table)
        grouped = time.perf_counter()
        regroup_events(store, table=table)
        written = time.perf_counter()
        regroup_events(store, table=table)
        again = time.perf_counter()
        print(
            f"event_grouping: triples={len(store)} interactions={interactions} "
            f"events={len(events)} table_s={read - start:.2f} group_s={grouped - read:.2f} "
            f"write_s={written - grouped:.2f} again_s={again - written:.2f}"
        )


if __name__ == "__main__":
    main()
