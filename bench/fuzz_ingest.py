"""Fuzz ingest and clean: N generated inputs, none may raise anything but a CorroborateError.

    python bench/fuzz_ingest.py N [--seed S] [--save DIR] [--minutes M]

Three kinds of input, in turn: random bytes; a real page or report of the repository
(corpora/*/, examples/, tests/fixtures/) mutated (bytes flipped, inserted or cut, hostile markup
spliced in, nesting, encodings); random JSON / JSON Lines records. Each goes through
`ingest.read_stored` and `clean.clean` as an upload would. Any other exception is counted, and
with --save its input is written to DIR (name: sha256 prefix + extension) for the replay corpus
in tests/fixtures/fuzz-crashes/. Prints the rate and every distinct failure; exits 1 on any.
The CI test (tests/ingest/test_fuzz.py) runs a small hypothesis budget of the same idea.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from corroborate.clean import clean
from corroborate.errors import CorroborateError
from corroborate.ingest import input_file, read_stored

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
# Pieces of markup and bytes known to upset parsers: spliced into real pages.
HOSTILE = (
    b"<svg><table></table><e>", b"<math><table></table><x>", b"<math><select></select><p>", b"<svg><tr></tr><b>",
    b"<![CDATA[", b"<!--", b"-->", b"<?xml ",
    b'<meta charset="utf-16">', b'<meta charset="x-bogus">', b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3",
    b"<table><svg><p>", b"<select><svg>", b"<template><table>", b"</html><html>", b"<frameset>",
    b'<link rel="canonical" href="javascript:alert(1)">', b"\r", b"\u2028".decode("unicode_escape").encode(),
)
JSON_KEYS = ("text", "html", "url", "title", "outlet", "published", "x")


def samples() -> list[bytes]:
    found = [*ROOT.glob("corpora/*/*.txt"), *ROOT.glob("examples/*/*.txt"), *ROOT.glob("tests/fixtures/**/*.htm*"),
             *ROOT.glob("tests/fixtures/stories/*/*.txt")]
    return [p.read_bytes()[:20000] for p in sorted(found)]


def random_bytes(rng: random.Random) -> bytes:
    return rng.randbytes(rng.choice((0, 1, 23, 200, 2000)))


def mutated(rng: random.Random, pages: list[bytes]) -> bytes:
    data = bytearray(rng.choice(pages))
    if rng.random() < 0.3:
        data = bytearray(b"<html><body><p>" + bytes(data) + b"</p></body></html>")
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(data) + 1)
        action = rng.randrange(7)
        if action == 0 and data:
            data[min(at, len(data) - 1)] ^= 1 << rng.randrange(8)
        elif action == 1:
            data[at:at] = rng.choice(HOSTILE)
        elif action == 2:
            data = data[: rng.randrange(len(data) + 1)]
        elif action == 3:
            depth = rng.choice((50, 260, 3000))
            data[at:at] = b"<div>" * depth + b"<p>deep text</p>" + b"</div>" * depth
        elif action == 4:
            encoding = rng.choice(("utf-16-le", "cp1251", "latin-1"))
            data = bytearray(bytes(data).decode("utf-8", "replace").encode(encoding, "replace"))
        elif action == 5:
            data[0:0] = rng.choice(HOSTILE)  # the crashing markup of issue 21 opened the page
        else:
            data[at:at] = rng.randbytes(rng.randint(1, 16))
    return bytes(data)


def random_value(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randrange(7 if depth < 3 else 4)
    if kind == 0:
        return rng.choice(("", " ", "javascript:alert(1)", "https://example.org/a", "<svg><table></table><e>text"))
    if kind == 1:
        return rng.choice((0, -1, 2**63, 1.5, float("1e308")))
    if kind == 2:
        return rng.choice((None, True, False))
    if kind == 3:
        return rng.randbytes(rng.randint(0, 40)).decode("latin-1")
    if kind == 4:
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(JSON_KEYS): random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def random_json(rng: random.Random) -> tuple[str, bytes]:
    records = [random_value(rng) for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.5:
        return ".json", json.dumps(records if len(records) > 1 else records[0]).encode()
    lines = [json.dumps(r).encode() for r in records]
    if rng.random() < 0.3:
        bad = rng.choice((b"{broken", b"\x00", b"\xff\xfe", b'{"text": "a\x00b"}', b"[" * 100000))
        lines.insert(rng.randrange(len(lines) + 1), bad)
    return ".jsonl", b"\n".join(lines)


def case(rng: random.Random, n: int, pages: list[bytes]) -> tuple[str, bytes]:
    kind = n % 3
    if kind == 2:
        return random_json(rng)
    data = random_bytes(rng) if kind == 0 else mutated(rng, pages)
    return rng.choice(SUFFIXES), data


def run_one(name: str, data: bytes) -> None:
    """Ingest and clean one input; a CorroborateError is an answer, anything else a failure."""
    ingested = read_stored([input_file(name, data)])
    for doc in ingested.documents:
        with contextlib.suppress(CorroborateError):
            clean(doc)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--minutes", type=float, default=0, help="stop after this long (0: run all N)")
    args = parser.parse_args()
    rng, pages, failures = random.Random(args.seed), samples(), Counter[str]()
    start = time.monotonic()
    done = 0
    for n in range(args.n):
        if args.minutes and time.monotonic() - start > args.minutes * 60:
            break
        suffix, data = case(rng, n, pages)
        try:
            run_one("fuzz" + suffix, data)
        except Exception as exc:  # the point of the run: anything that is not our own error
            where = traceback.extract_tb(exc.__traceback__)[-1]
            failures[f"{type(exc).__name__} at {Path(where.filename).name}:{where.lineno}"] += 1
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                (args.save / (hashlib.sha256(data).hexdigest()[:16] + suffix)).write_bytes(data)
        done += 1
    elapsed = time.monotonic() - start
    rate = done / elapsed if elapsed else 0.0
    print(f"{done} inputs in {elapsed:.0f} s ({rate:.1f}/s), seed {args.seed}: {sum(failures.values())} failures")
    for what, count in failures.most_common():
        print(f"  {count:6d}  {what}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
