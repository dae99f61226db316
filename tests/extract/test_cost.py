"""Cost grows with a report's length, not with its square; hostile shapes of input finish quickly.

The 1 MB test times the stages after spaCy's parse (extract, and entity resolution), on a parse of
50 KB of real paragraphs and on that parse repeated 20 times (Doc.from_docs, as nlp.parse joins a
long text's pieces): the parse itself is done in pieces of nlp.PIECE_CHARS, linear by design, and
parsing 1 MB would take minutes of the suite. bench/bench_length.py times whole builds of 50 KB,
200 KB and 1 MB of shuffled paragraphs.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.tokens import Doc

from corroborate import extract, limits, pipeline, reconcile
from corroborate.extract.nlp import Parsed
from corroborate.model import Source
from tests.extract.long_reports import long_report, paragraphs

ROOT = Path(__file__).resolve().parent.parent.parent
GOOD = ROOT / "examples/belarus-2025/000_ecad93d212ea3404.txt"
COPIES = 20
# Linear cost is 20x; a cost in the square of the length would be 400x. The bound leaves room for a
# loaded machine and for work that does not grow with the text (caches warmed by the small run).
MAX_RATIO = 40


def after_parse(parsed: Parsed) -> float:
    """Seconds of every extract stage and of entity resolution on one parsed report."""
    start = time.perf_counter()
    found = extract.mentions(parsed)
    reconcile.resolve(list(found), {parsed.source.id: parsed.source.text})
    extract.quantities(parsed)
    extract.roles(parsed)
    extract.quotes(parsed)
    happenings = extract.events(parsed)
    extract.exchanges(parsed, happenings)
    return time.perf_counter() - start


def repeated(parsed: Parsed, copies: int) -> Parsed:
    doc = Doc.from_docs([parsed.doc] * copies, ensure_whitespace=False)
    source: Source = replace(parsed.source, text=parsed.source.text * copies)
    assert doc.text == source.text
    return Parsed(source, doc)


def test_a_megabyte_report_costs_about_twenty_times_fifty_kilobytes(tmp_path: Path):
    (tmp_path / "long.txt").write_text(long_report(52_000), "utf-8")
    sources, _ = pipeline.clean_all(pipeline.ingest.read_inputs([tmp_path / "long.txt"]).documents)
    (small,) = extract.parse(sources)
    large = repeated(small, COPIES)
    assert len(large.source.text) > 1_000_000
    after_parse(small)  # warm the caches of words and patterns, which do not grow with the text
    small_s, large_s = after_parse(small), after_parse(large)
    assert large_s < MAX_RATIO * small_s, f"50 KB {small_s:.2f} s, 1 MB {large_s:.2f} s"


def test_a_million_short_lines_are_refused_quickly(tmp_path: Path):
    path = tmp_path / "lines.txt"
    path.write_text("".join(f"line {i}\n" for i in range(1_000_000)), "utf-8")
    start = time.perf_counter()
    result = pipeline.build([path, GOOD], tmp_path / "out", tmp_path / "c.db")
    assert time.perf_counter() - start < 120  # the good report's build; the refusal itself is instant
    (refused,) = result.rejections
    assert refused.where == str(path) and "too long to analyse" in refused.reason
    assert len(result.sources) == 1


def test_one_line_of_five_megabytes_is_refused_quickly(tmp_path: Path):
    path = tmp_path / "line.txt"
    line = " ".join(p.replace("\n", " ") for p in paragraphs())
    path.write_text((line + " ") * (5_000_000 // len(line) + 1), "utf-8")
    start = time.perf_counter()
    with pytest.raises(pipeline.NoUsableInput) as caught:
        pipeline.build([path], tmp_path / "out", tmp_path / "c.db")
    assert time.perf_counter() - start < 60
    (refused,) = caught.value.rejections
    assert "characters" in refused.reason


def test_ten_thousand_records_build_within_minutes_with_a_small_report(tmp_path: Path):
    blocks = paragraphs()
    records = [{"url": f"https://example.org/news/{i}", "title": f"Report {i}",
                "text": f"{blocks[i % len(blocks)]}\n\nFiled as item {i}."} for i in range(10_000)]
    path = tmp_path / "records.json"
    path.write_text(json.dumps(records), "utf-8")
    start = time.perf_counter()
    result = pipeline.build([path], tmp_path / "out", tmp_path / "c.db")
    assert time.perf_counter() - start < 300
    assert len(result.sources) == limits.MAX_RECORDS_PER_FILE
    (refused,) = result.rejections
    assert refused.reason.startswith(f"{10_000 - limits.MAX_RECORDS_PER_FILE:,} records after the first")
    assert result.report_path is not None and result.report_path.stat().st_size < 5_000_000
