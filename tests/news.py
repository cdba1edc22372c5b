"""Short news items written for the tests of parallel and distributed builds."""

from __future__ import annotations

from kg.types import Document

STATES = ["Germany", "France", "Japan", "Brazil", "Kenya", "Canada", "Egypt", "Chile"]
PATTERNS = [
    "{a} imposed new sanctions on {b} on Tuesday.",
    "The president of {a} met the leaders of {b} in Geneva.",
    "{a} condemned {b} for the missile test.",
    "{a} and {b} signed a trade agreement last week.",
]


def corpus(count: int) -> list[Document]:
    """Short news items written for these tests, every one holding an interaction."""
    docs = []
    for n in range(count):
        a, b = STATES[n % len(STATES)], STATES[(n * 3 + 1) % len(STATES)]
        text = PATTERNS[n % len(PATTERNS)].format(a=a, b=b) + f" Officials said talks go on ({n})."
        docs.append(
            Document(f"item-{n:03d}", text, title=f"Item {n}", date="2024-03-0" + str(n % 9 + 1))
        )
    return docs
