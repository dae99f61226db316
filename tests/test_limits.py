"""What one input may cost: a report too long, too wordy or with too many lines is refused with one
line; the records of a file and the reports of a build beyond their limits are refused with one
line saying how many and why; what is within the limits goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corroborate import ingest, limits, pipeline
from corroborate.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "examples/belarus-2025/000_ecad93d212ea3404.txt"


def test_a_text_within_the_limits_passes():
    limits.check_text("A short report.\n" * 1000, "report.txt")


@pytest.mark.parametrize(("text", "says"), [
    ("x" * (limits.MAX_REPORT_CHARS + 1), "characters"),
    ("a " * (limits.MAX_REPORT_WORDS + 1), "words"),
    ("a\n" * (limits.MAX_REPORT_LINES + 1), "lines"),
])
def test_a_text_beyond_a_limit_is_refused_saying_which(text: str, says: str):
    with pytest.raises(InputError, match=says) as caught:
        limits.check_text(text, "report.txt")
    assert caught.value.where == "report.txt"


def test_the_limits_let_a_report_of_one_megabyte_through():
    assert limits.MAX_REPORT_CHARS > 1_000_000 and limits.MAX_REPORT_WORDS > 200_000


def records(n: int) -> list[dict[str, str]]:
    return [{"url": f"https://example.org/{i}", "text": f"Officials said on Monday that item {i} was filed."}
            for i in range(n)]


def test_records_beyond_the_limit_are_refused_in_one_line(tmp_path: Path):
    path = tmp_path / "many.json"
    path.write_text(json.dumps(records(limits.MAX_RECORDS_PER_FILE + 40)), "utf-8")
    read = ingest.read_inputs([path])
    assert len(read.documents) == limits.MAX_RECORDS_PER_FILE
    (refused,) = read.rejections
    assert refused.where == str(path) and refused.reason.startswith("40 records after the first")


def test_jsonl_records_beyond_the_limit_are_refused_too(tmp_path: Path):
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records(limits.MAX_RECORDS_PER_FILE + 1)), "utf-8")
    read = ingest.read_inputs([path])
    assert len(read.documents) == limits.MAX_RECORDS_PER_FILE
    assert [r.reason.split(" after")[0] for r in read.rejections] == ["1 records"]


def test_reports_beyond_the_build_limit_are_refused_in_one_line(tmp_path: Path):
    half = limits.MAX_REPORTS_PER_BUILD // 2 + 10
    for name in ("a", "b"):
        (tmp_path / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records(half)), "utf-8")
    read = ingest.read_inputs([tmp_path])
    assert len(read.documents) == limits.MAX_REPORTS_PER_BUILD
    (refused,) = read.rejections
    assert refused.reason.startswith(f"{2 * half - limits.MAX_REPORTS_PER_BUILD} reports after the first")
    assert refused.where == read_where(tmp_path, limits.MAX_REPORTS_PER_BUILD - half + 1)


def read_where(folder: Path, record: int) -> str:
    return f"{folder / 'b.jsonl'} record {record}"


def test_an_overlong_report_is_refused_and_the_build_goes_on(tmp_path: Path):
    big = tmp_path / "huge.txt"
    big.write_text("word " * (limits.MAX_REPORT_WORDS + 1), "utf-8")
    result = pipeline.build([big, GOOD], tmp_path / "out", tmp_path / "c.db")
    assert len(result.sources) == 1
    (refused,) = result.rejections
    assert refused.where == str(big) and "too long to analyse" in refused.reason
