"""Hostile and unlucky inputs at the ingest edge: one clear line for the bad one, the rest read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corroborate.errors import InputError
from corroborate.ingest import input_file, read_inputs, read_stored
from corroborate.ingest.decode import decode
from corroborate.ingest.urls import web_address

from ..conftest import ROOT

GOOD = "The mayor opened the new bridge on Tuesday, three years after construction began on the river bank."
RUSSIAN = (ROOT / "corpora/baltimore-bridge-2024/12_mn_ru.txt").read_text("utf-8")


def russian_lines(count: int) -> list[str]:
    """Real Russian lines (a corpus report), long enough to tell an encoding from."""
    return [line for line in RUSSIAN.splitlines() if len(line) > 80][:count]


def test_symlink_loop_is_skipped_with_one_line(tmp_path: Path):
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "self.txt").symlink_to("self.txt")
    (tmp_path / "ping.txt").symlink_to("pong.txt")
    (tmp_path / "pong.txt").symlink_to("ping.txt")
    ingested = read_inputs([tmp_path])
    assert [d.name for d in ingested.documents] == ["good.txt"]
    assert sorted(Path(r.where).name for r in ingested.rejections) == ["ping.txt", "pong.txt", "self.txt"]
    assert all(r.reason == "cannot follow this link (a symlink loop)" for r in ingested.rejections)


def test_control_characters_in_a_file_name_stay_on_one_line(tmp_path: Path):
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "evil\nname\r.txt").write_bytes(b"")
    (tmp_path / "bell\x07.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    messages = [str(r) for r in read_inputs([tmp_path]).rejections]
    assert len(messages) == 2 and all("\n" not in m and "\r" not in m and "\x07" not in m for m in messages)
    assert any(m.endswith("evil\\nname\\r.txt: empty file") for m in messages)
    upload = read_stored([input_file("two\nlines.txt", b"")])
    assert [str(r) for r in upload.rejections] == ["two\\nlines.txt: empty file"]


def test_utf8_lines_mixed_with_cp1251_lines_are_decoded_line_by_line():
    first, second, third = russian_lines(3)
    data = (first + "\n").encode() + (second + "\n").encode("cp1251") + (third + "\n").encode()
    text, encoding, repairs = decode(data, "mixed.txt")
    assert text == f"{first}\n{second}\n{third}\n"
    assert encoding == "utf-8+cp1251"
    assert repairs == ("mixed encodings: 1 line(s) (first: line 2) read as cp1251, the rest as utf-8",)


def test_utf8_punctuation_survives_latin1_lines():
    """The reported case: a UTF-8 line's dashes and quotes were turned into mojibake."""
    utf8 = "Officials said “the bridge will reopen” — within weeks."
    french = "Le maître a décidé que la réunion aura lieu à Paris, après la crème brûlée du café."
    data = utf8.encode() + b"\n" + french.encode("latin-1") + b"\n" + french.encode("latin-1")
    text, _, repairs = decode(data, "mixed.txt")
    assert text.splitlines() == [utf8, french, french]
    assert repairs[0].startswith("mixed encodings: 2 line(s) (first: line 2)")


def test_a_damaged_line_among_utf8_lines_is_refused_naming_it():
    first, second = russian_lines(2)
    broken = second.encode()[:41] + b"\xff" + second.encode()[41:]
    with pytest.raises(InputError) as caught:
        decode(first.encode() + b"\n" + broken + b"\n", "damaged.txt")
    assert caught.value.reason == "invalid UTF-8 on line 2 (the rest is UTF-8; file damaged?)"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_a_byte_order_mark(encoding: str):
    report = "\n".join(russian_lines(3))
    text, found, repairs = decode(report.encode(encoding), "wide.txt")
    assert (text, found) == (report, encoding)
    assert repairs == (f"no byte-order mark: read as {encoding}",)


def test_nul_bytes_that_are_not_utf16_are_still_binary():
    with pytest.raises(InputError, match="binary data"):
        decode(b"abc\x00\x01\x02def" * 10, "blob.txt")
    with pytest.raises(InputError, match="binary data"):
        decode(bytes(range(256)) * 4, "every-byte.txt")  # its NULs all at even offsets, as in UTF-16-BE


def test_a_bad_jsonl_line_refuses_that_line_not_the_file(tmp_path: Path):
    good = [json.dumps({"text": GOOD}), json.dumps({"text": GOOD + " Again."})]
    bad = [b'{"text": "a NUL \x00 here"}', b'{"text": "caf\xe9 \xff"}', b"{broken"]
    lines = [good[0].encode(), *bad, good[1].encode()]
    (tmp_path / "batch.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    ingested = read_inputs([tmp_path])
    assert [d.name for d in ingested.documents] == ["batch.jsonl#1", "batch.jsonl#5"]
    where = str(tmp_path / "batch.jsonl")
    assert [str(r) for r in ingested.rejections] == [
        f"{where} line 2: NUL byte in the line (binary data)",
        f"{where} line 3: invalid UTF-8 at byte 13 of the line",
        f"{where} line 4: invalid JSON: Expecting property name enclosed in double quotes",
    ]


def test_a_binary_file_named_jsonl_is_refused_once(tmp_path: Path):
    (tmp_path / "photo.jsonl").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x01\n" * 50)
    (tmp_path / "noise.jsonl").write_bytes(b"\x00\x01\x02\n" * 50)
    reasons = [r.reason for r in read_inputs([tmp_path]).rejections]
    assert len(reasons) == 2 and all("binary file" in r for r in reasons)


def test_deeply_nested_json_is_an_input_error(tmp_path: Path):
    (tmp_path / "deep.json").write_text("[" * 100_000)
    (tmp_path / "deep.jsonl").write_text(json.dumps({"text": GOOD}) + "\n" + "[" * 100_000 + "\n")
    ingested = read_inputs([tmp_path])
    assert [d.name for d in ingested.documents] == ["deep.jsonl#1"]
    assert sorted(r.reason for r in ingested.rejections) == ["JSON nested too deep", "invalid JSON: nested too deep"]


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(document.domain)", " JavaScript:alert(1)", "data:text/html,<script>x</script>",
     "vbscript:msgbox", "//evil.example/x", "https://", "http://exa mple.org/", "https://[::1"],
)
def test_a_record_url_that_is_not_http_is_dropped_with_a_note(tmp_path: Path, url: str):
    (tmp_path / "one.json").write_text(json.dumps({"text": GOOD, "url": url}))
    (doc,) = read_inputs([tmp_path]).documents
    assert doc.hints.url is None and doc.name == "one.json"
    (note,) = doc.hints.notes
    assert note.field == "url" and note.value == "dropped" and "only http(s) addresses are kept" in note.rule
    assert url.strip() not in note.rule


def test_http_urls_are_kept():
    assert web_address(" https://example.org/a?b=1#c ", "url", "x") == ("https://example.org/a?b=1#c", ())
    assert web_address("HTTP://Example.org", "url", "x") == ("HTTP://Example.org", ())
