"""Throughput of `kg build` next to bare `nlp.pipe` of the same pipeline on the same texts.

Both are measured in this one process, on the public-domain news of ../shared/eval (or the files
given), so the ratio says what extraction and storage cost on top of parsing:

    .venv/bin/python benchmarks/throughput.py [--repeat 3] [GOLD.jsonl ...]
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

from kg.evaluate import gold_documents, load_gold
from kg.extractor import Extractor
from kg.nlp import load_pipeline
from kg.pipeline import build
from kg.settings import Settings
from kg.store import Store
from kg.types import Document

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def _documents(paths: list[Path]) -> list[Document]:
    docs: list[Document] = []
    for path in paths:
        docs += gold_documents(load_gold(path))
    return docs


def _bare(nlp, texts: list[str], batch_size: int) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def _full(extractor: Extractor, docs: list[Document]) -> float:
    start = time.perf_counter()
    with Store(None) as store:  # a fresh in-memory store: every document is new
        build(docs, store=store, extractor=extractor)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = args.gold or sorted(SHARED_EVAL.glob("*.jsonl"))
    docs = _documents(paths)
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    settings = Settings.from_env()
    nlp = load_pipeline(settings.model)
    extractor = Extractor(nlp, batch_size=settings.batch_size)
    _full(extractor, docs[:3])  # warm up: matchers, lazy tables
    bare_times, full_times = [], []
    for _ in range(args.repeat):  # interleaved, so that drift hits both alike
        gc.collect()
        bare_times.append(_bare(nlp, texts, settings.batch_size))
        gc.collect()
        full_times.append(_full(extractor, docs))
    bare, full = min(bare_times), min(full_times)
    peaks = []
    for copies in (1, 2, 4):  # the same texts under new ids: memory must not grow with the count
        batch = [replace(d, id=f"{d.id}#{k}") for k in range(copies) for d in docs]
        tracemalloc.start()
        _full(extractor, batch)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    print(f"{len(docs)} documents, {words} words, model {settings.model}, best of {args.repeat}")
    print(f"bare nlp.pipe : {words / bare:10.0f} words/s  ({bare:.2f} s)")
    print(f"kg build      : {words / full:10.0f} words/s  ({full:.2f} s)")
    print(
        f"ratio         : {full / bare:10.2f}x the time of parsing alone "
        f"({bare / full:.0%} of bare throughput)"
    )
    print(
        f"peak Python memory building {len(docs)}, {2 * len(docs)}, {4 * len(docs)} documents: "
        + ", ".join(f"{p / 2**20:.1f}" for p in peaks)
        + f" MiB ({peaks[2] / peaks[0]:.2f}x for 4x the documents)"
    )


if __name__ == "__main__":
    main()
