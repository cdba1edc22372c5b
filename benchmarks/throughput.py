"""Throughput of `kg build`: next to bare `nlp.pipe`, on one worker and on several, and its
peak memory as the corpus grows.

Everything is measured in this one run, so the ratios, not the absolute figures, are what to
compare across machines:

1. bare `nlp.pipe` of the pipeline and `kg build` (one process, a new store) on the
   public-domain news of ../shared/eval (or the files given), interleaved, best of `--repeat`;
2. `kg build` with 1 and with `--workers` processes on the same news repeated `--copies` times
   under new ids (worker start-up included: what a user waits for);
3. peak resident memory (the process and its workers) of a build of 1k, 10k and 100k generated
   news items (`--rss-sizes`), each in a fresh process, written to a store on disk.

    .venv/bin/python benchmarks/throughput.py [--repeat 3] [--workers 2] [--copies 12]
        [--rss-sizes 1000,10000,100000] [GOLD.jsonl ...]
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from kg.evaluate import gold_documents, load_gold
from kg.extractor import ExtractorSpec
from kg.nlp import load_pipeline
from kg.pipeline import build
from kg.settings import Settings
from kg.store import Store
from kg.types import Document

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
STATES = [
    "Germany", "France", "Japan", "Brazil", "Kenya", "Canada", "Egypt", "Chile", "India",
    "Nigeria", "Mexico", "Turkey", "Vietnam", "Poland", "Peru", "Ghana",
]  # fmt: skip
TEMPLATES = [
    "{a} imposed new sanctions on {b} after the talks collapsed, officials said on {day}.",
    "The foreign minister of {a} met his counterpart from {b} in Geneva to discuss trade.",
    "{a} condemned {b} for the missile test and called for restraint on both sides.",
    "{a} and {b} signed an agreement to expand energy cooperation over the next decade.",
    "Troops from {a} shelled positions held by {b} near the border, the army said.",
    "Analysts expect the market to stay calm as the central bank holds its rates steady.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _gold(paths: list[Path]) -> list[Document]:
    docs: list[Document] = []
    for path in paths:
        docs += gold_documents(load_gold(path))
    return docs


def generated(count: int, seed: int = 3) -> list[Document]:
    """`count` short news items of three to six sentences, most of them holding relations."""
    rng = random.Random(seed)
    docs = []
    for number in range(count):
        sentences = []
        for _ in range(rng.randrange(3, 7)):
            a, b = rng.sample(STATES, 2)
            sentences.append(rng.choice(TEMPLATES).format(a=a, b=b, day=rng.choice(DAYS)))
        docs.append(Document(f"gen-{number:06d}", " ".join(sentences), title=f"Item {number}"))
    return docs


def _words(docs: list[Document]) -> int:
    return sum(len(d.text.split()) for d in docs)


def _bare(nlp, texts: list[str], batch_size: int) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def _build(spec: ExtractorSpec, docs: list[Document], workers: int, path: Path | None) -> float:
    start = time.perf_counter()
    with Store(path) as store:  # a new store: every document is new
        build(docs, store=store, extractor=spec, workers=workers)
    return time.perf_counter() - start


def _peak_rss_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024  # KiB on Linux


def rss_run(count: int, workers: int) -> None:
    """In a fresh process: build `count` generated items on disk, print the peak RSS."""
    spec = ExtractorSpec(Settings.from_env().model)
    docs = generated(count)
    with tempfile.TemporaryDirectory(prefix="irkg-rss-") as tmp:
        seconds = _build(spec, docs, workers, Path(tmp) / "store")
    print(f"{count} {_peak_rss_mib():.0f} {_words(docs) / seconds:.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--copies", type=int, default=12)
    parser.add_argument("--rss-sizes", default="1000,10000,100000")
    parser.add_argument("--rss-run", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rss_run is not None:
        rss_run(args.rss_run, args.workers)
        return
    docs = _gold(args.gold or sorted(SHARED_EVAL.glob("*.jsonl")))
    texts = [d.text for d in docs]
    words = _words(docs)
    settings = Settings.from_env()
    spec = ExtractorSpec(settings.model, batch_size=settings.batch_size)
    nlp = load_pipeline(settings.model)
    _build(spec, docs[:3], 1, None)  # warm up: the pipeline, matchers, lazy tables
    bare_times, full_times = [], []
    for _ in range(args.repeat):  # interleaved, so that drift hits both alike
        gc.collect()
        bare_times.append(_bare(nlp, texts, settings.batch_size))
        gc.collect()
        full_times.append(_build(spec, docs, 1, None))
    bare, full = min(bare_times), min(full_times)
    print(f"{len(docs)} documents, {words} words, model {settings.model}, best of {args.repeat}")
    print(f"bare nlp.pipe : {words / bare:10.0f} words/s  ({bare:.2f} s)")
    print(f"kg build      : {words / full:10.0f} words/s  ({full:.2f} s)")
    print(f"ratio         : {bare / full:10.2f}x the words/s of parsing alone")

    corpus = [replace(d, id=f"{d.id}#{k}") for k in range(args.copies) for d in docs]
    corpus_words = _words(corpus)
    rates = {}
    for workers in (1, args.workers):
        with tempfile.TemporaryDirectory(prefix="irkg-throughput-") as tmp:
            seconds = _build(spec, corpus, workers, Path(tmp) / "store")
        rates[workers] = corpus_words / seconds
        print(f"--workers {workers}   : {rates[workers]:10.0f} words/s  ({seconds:.1f} s, "
              f"{len(corpus)} documents, start-up included)")  # fmt: skip
    print(f"speed-up      : {rates[args.workers] / rates[1]:10.2f}x with {args.workers} workers")

    peaks = []
    for count in (int(s) for s in args.rss_sizes.split(",") if s):
        command = [
            sys.executable,
            __file__,
            "--rss-run",
            str(count),
            "--workers",
            str(args.workers),
        ]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()
        peaks.append((count, float(out[-2]), float(out[-1])))
        print(f"peak RSS building {count:>7} generated items: {peaks[-1][1]:8.0f} MiB "
              f"({peaks[-1][2]:.0f} words/s)")  # fmt: skip
    if len(peaks) > 1:
        print(
            f"memory      : {peaks[-1][1] / peaks[0][1]:.2f}x for "
            f"{peaks[-1][0] // peaks[0][0]}x the documents"
        )
    speedup = rates[args.workers] / rates[1]
    summary = f"throughput: build_vs_bare={bare / full:.2f} workers_speedup={speedup:.2f}"
    if len(peaks) > 1:
        summary += f" rss_growth={peaks[-1][1] / peaks[0][1]:.2f}"
    print(summary)


if __name__ == "__main__":
    main()
