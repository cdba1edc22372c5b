"""How extraction time grows with the length of one document: 10k, 100k and 1M characters of
news text, and hostile shapes of the same lengths (10,000 country names in a list; a text with
no full stop; "he" and "the two countries" over and over in one endless sentence). Everything
is measured in this one process, so the ratios compare like with like:

    .venv/bin/python benchmarks/scaling.py [--sizes 10000 100000 1000000]

The target: the 1M-character document takes at most 15 times the 100k one (near-linear), and no
hostile document is slower per character than news. The news is the public-domain text of
../shared/eval when it is there, else the bundled samples, repeated to length.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from kg.extractor import Extractor
from kg.settings import Settings
from kg.types import Document

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
STATES = [
    "Russia",
    "Cuba",
    "France",
    "Germany",
    "China",
    "Japan",
    "Brazil",
    "Iran",
    "Iraq",
    "Syria",
]


def news_text(length: int) -> str:
    """Real news, paragraphs repeated until the text is `length` characters long."""
    paragraphs: list[str] = []
    for path in sorted(SHARED_EVAL.glob("*.jsonl")):
        paragraphs += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    if not paragraphs:
        paragraphs = [
            p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))
        ]
    text = "\n\n".join(paragraphs)
    while len(text) < length:
        text += "\n\n" + text
    return text[:length]


def hostile_texts(length: int) -> dict[str, str]:
    listed = ", ".join(STATES[i % 10] for i in range(length // 6))
    run_on = " ".join(
        f"{STATES[i % 10]} criticized {STATES[(i + 3) % 10]} and" for i in range(length // 28)
    )
    pronouns = " ".join(  # descriptions and pronouns resolved back over one endless sentence
        f"the {STATES[i % 10]} president's aides said he met the two countries and"
        for i in range(length // 64)
    )
    return {
        "country list": listed[:length],
        "no full stop": run_on[:length],
        "pronouns": pronouns[:length],
    }


def seconds(extractor: Extractor, text: str) -> tuple[float, int]:
    start = time.perf_counter()
    reading = extractor.read(Document(id="bench", text=text))
    return time.perf_counter() - start, len(reading.interactions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args()
    extractor = Extractor.from_model(Settings.from_env().model, time_budget=None)
    extractor.nlp.max_length = max(extractor.nlp.max_length, max(args.sizes) + 1)
    seconds(extractor, news_text(2_000))  # warm up
    news: dict[int, float] = {}
    print(f"{'document':<14} {'chars':>9} {'seconds':>8} {'us/char':>8} relations")
    for size in args.sizes:
        cases = {"news": news_text(size), **hostile_texts(size)}
        for name, text in cases.items():
            took, found = seconds(extractor, text)
            if name == "news":
                news[size] = took
            print(f"{name:<14} {len(text):>9,} {took:>8.2f} "
                  f"{1e6 * took / len(text):>8.1f} {found}", flush=True)  # fmt: skip
    if 100_000 in news and 1_000_000 in news:
        print(f"scaling: 1M / 100k = {news[1_000_000] / news[100_000]:.1f} (target <= 15)")


if __name__ == "__main__":
    main()
