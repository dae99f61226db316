"""Time `corroborate check`: one article of about 1,000 words against a stored story of N reports.

usage: python bench/bench_check.py [--reports 100] [--repeat 3] [--words 1000]

The stored story is the first N reports of the gold corpora (corpora/*/, every story's reports in
one story: only the time matters here), built once into a temporary store (its parses cached there).
The article is made of the longest reports' paragraphs, cut at about --words words. The model is
loaded before timing; each run's article differs by a line, so each is parsed afresh. Prints each
run and the median; the issue's budget is 5 s on 2 cores.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--reports", type=int, default=100, help="reports in the stored story")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the median is reported")
    parser.add_argument("--words", type=int, default=1000, help="the article's length in words")
    args = parser.parse_args()

    from corroborate import pipeline
    from corroborate.check import check
    from corroborate.extract.nlp import pipeline as model

    files = sorted(p for p in (ROOT / "corpora").glob("*/*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "story"
        folder.mkdir()
        for i, path in enumerate(files[: args.reports]):
            shutil.copy(path, folder / f"{i:03d}_{path.name}")
        text = _article(files, args.words)
        model()
        start = time.perf_counter()
        built = pipeline.build([folder], Path(tmp) / "out", Path(tmp) / "c.db", story="bench")
        print(f"stored story: {len(built.sources)} reports, built in {time.perf_counter() - start:.1f} s")
        times = []
        for run in range(args.repeat):
            article = Path(tmp) / f"article{run}.txt"  # new each run: its parse is not in the cache yet
            article.write_text(f"{text}\nUpdated {run + 1} times.\n", "utf-8")
            start = time.perf_counter()
            result = check(article, Path(tmp) / "c.db", story="bench")
            times.append(time.perf_counter() - start)
            print(f"  check: {times[-1]:.2f} s, {len(result.checked)} statements")
    median = statistics.median(times)
    print(f"median {median:.2f} s for a {args.words}-word article against {len(built.sources)} reports")
    return 0


def _article(files: list[Path], words: int) -> str:
    paragraphs: list[str] = []
    for path in sorted(files, key=lambda p: -p.stat().st_size):
        paragraphs += [p for p in path.read_text("utf-8").split("\n\n") if p.strip()]
        if sum(len(p.split()) for p in paragraphs) >= words:
            break
    out, count = [], 0
    for paragraph in paragraphs:
        if count >= words:
            break
        out.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(out) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
