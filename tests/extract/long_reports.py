"""Long plain-text reports made of real paragraphs, for the cost tests and bench/bench_length.py.

    long_report(chars, seed=0) -> str

The paragraphs are those of the English reports under corpora/*/ and examples/belarus-2025/,
shuffled with a fixed seed and repeated until the text is `chars` characters long, under one
headline: a report as long as wanted that reads like news, not like one paragraph copied.
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
# A paragraph worth taking: a few sentences, mostly ASCII (the English reports).
MIN_PARAGRAPH_CHARS = 200
ASCII_SHARE = 0.97


@cache
def paragraphs() -> tuple[str, ...]:
    found = []
    for path in sorted([*ROOT.glob("corpora/*/*.txt"), *ROOT.glob("examples/belarus-2025/*.txt")]):
        for block in path.read_text("utf-8").split("\n\n"):
            block = block.strip()
            ascii_chars = sum(c.isascii() for c in block)
            if len(block) >= MIN_PARAGRAPH_CHARS and ascii_chars >= ASCII_SHARE * len(block):
                found.append(block)
    return tuple(dict.fromkeys(found))


def long_report(chars: int, seed: int = 0) -> str:
    """A plain-text report of about `chars` characters (never fewer)."""
    rng = random.Random(seed)
    parts = ["Officials Describe The Aftermath Of The Disaster\n\nBy Staff Reporter\n"]
    size = len(parts[0])
    pool = list(paragraphs())
    while size < chars:
        rng.shuffle(pool)
        for block in pool:
            parts.append(block)
            size += len(block) + 2
            if size >= chars:
                break
    return "\n\n".join(parts) + "\n"
