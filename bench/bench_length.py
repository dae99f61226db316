"""How a build's cost grows with one report's length: 50 KB, 200 KB and 1 MB of real paragraphs.

usage: python bench/bench_length.py [--sizes 50000 200000 1000000]

One plain-text report per size (the English paragraphs of corpora/*/ and examples/, shuffled and
repeated: tests/extract/long_reports.py), built alone. Prints per size the characters, words and
sentences, the seconds of the whole build, of spaCy's parse of the same text (timed apart, after
the build) and their difference (cleaning, extract, reconcile, store, report), and each time as a
multiple of the smallest size's. On a shared machine the split is noisy; the build's ratio less
so. Linear cost shows as a ratio near the ratio of the sizes (20x from 50 KB to 1 MB); a cost in
the square of the length, 400x.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[50_000, 200_000, 1_000_000])
    args = parser.parse_args()

    from corroborate import extract, pipeline
    from tests.extract.long_reports import long_report

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        pipeline.build([ROOT / "examples" / "belarus-2025"], Path(tmp) / "warm", Path(tmp) / "warm.db")  # models
        for size in args.sizes:
            path = Path(tmp) / f"report-{size}.txt"
            path.write_text(long_report(size), "utf-8")
            start = time.perf_counter()
            result = pipeline.build([path], Path(tmp) / f"out-{size}", Path(tmp) / f"{size}.db")
            build_s = time.perf_counter() - start
            start = time.perf_counter()
            parsed = extract.parse(result.sources)
            parse_s = time.perf_counter() - start
            text = result.sources[0].text
            sentences = sum(1 for _ in parsed[0].doc.sents)
            rows.append((size, len(text), len(text.split()), sentences, build_s, parse_s, build_s - parse_s))
            print(f"{size:>9,} bytes asked: {len(text):>9,} chars {len(text.split()):>8,} words {sentences:>6,} "
                  f"sentences  build {build_s:7.1f} s  parse {parse_s:7.1f} s  after parse {build_s - parse_s:7.1f} s",
                  flush=True)
    base = rows[0]
    for size, chars, _, _, build_s, parse_s, rest_s in rows[1:]:
        print(f"{size:,} vs {base[0]:,}: {chars / base[1]:.1f}x the characters, build {build_s / base[4]:.1f}x, "
              f"parse {parse_s / base[5]:.1f}x, after parse {rest_s / base[6]:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
