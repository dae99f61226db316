"""Bad input gets one clear reason naming the file; the rest of the run goes on."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from corroborate.ingest import MAX_INPUT_BYTES, read_inputs

GOOD = "The mayor opened the new bridge on Tuesday, three years after construction began on the river bank."


def reasons(tmp_path: Path) -> dict[str, str]:
    ingested = read_inputs([tmp_path])
    assert [d.name for d in ingested.documents] == ["good.txt"], "the good file must still be read"
    return {Path(r.where.split(" record ")[0]).name: r.reason for r in ingested.rejections}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(GOOD)
    return tmp_path


def test_empty_file(folder: Path):
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\n \t")
    found = reasons(folder)
    assert found["empty.txt"] == "empty file" and found["blank.txt"] == "empty file"


def test_binary_file_renamed_to_txt(folder: Path):
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(64))
    (folder / "blob.txt").write_bytes(b"abc\x00\x01\x02def" * 10)
    found = reasons(folder)
    assert "binary file (PNG image)" in found["photo.txt"]
    assert "binary" in found["blob.txt"]


def test_invalid_utf8(folder: Path):
    (folder / "damaged.txt").write_bytes("Café société, été: ".encode() + b"\xff\xfe" + "déjà vu.".encode())
    assert "invalid UTF-8 at byte" in reasons(folder)["damaged.txt"]


def test_undecodable_bytes(folder: Path):
    (folder / "noise.txt").write_bytes(bytes(range(0x80, 0x100)) * 4)
    reason = reasons(folder)["noise.txt"]
    assert "invalid UTF-8" in reason or "binary" in reason


def test_huge_file(folder: Path):
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse: costs no disk
    reason = reasons(folder)["huge.txt"]
    assert reason.startswith("too large (50.0 MiB") and str(MAX_INPUT_BYTES // 2**20) in reason


def test_unknown_extension(folder: Path):
    (folder / "report.xlsx").write_bytes(b"PK\x03\x04")
    (folder / "README").write_text(GOOD)
    found = reasons(folder)
    assert found["report.xlsx"].startswith("unknown format '.xlsx'")
    assert found["README"].startswith("unknown format '(no extension)'")


def test_unreadable_path(folder: Path):
    # Tests run as root in CI, where file permissions do not stop a read: use a real I/O error.
    if not Path("/proc/self/mem").exists():
        pytest.skip("needs /proc")
    (folder / "unreadable.txt").symlink_to("/proc/self/mem")
    assert reasons(folder)["unreadable.txt"].startswith("cannot read:")


def test_missing_path(tmp_path: Path):
    ingested = read_inputs([tmp_path / "nope.txt"])
    assert [(r.where, r.reason) for r in ingested.rejections] == [
        (str(tmp_path / "nope.txt"), "no such file or folder")
    ]


def test_json_record_without_text(folder: Path):
    lines = [{"title": "no body"}, {"text": GOOD + " Second."}, "not an object", {"text": "   "}]
    (folder / "batch.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n{broken\n")
    ingested = read_inputs([folder])
    assert sorted(d.name for d in ingested.documents) == ["batch.jsonl#2", "good.txt"]
    why = {re.split(" record | line ", r.where)[1]: r.reason for r in ingested.rejections}
    assert why == {
        "1": "no 'text' or 'html' field with content",
        "3": "a record must be a JSON object, not str",
        "4": "no 'text' or 'html' field with content",
        "5": "invalid JSON: Expecting property name enclosed in double quotes",
    }


def test_invalid_json_file(folder: Path):
    (folder / "bad.json").write_text('{"text": "unterminated')
    assert reasons(folder)["bad.json"].startswith("invalid JSON at line 1")
