"""Each input format reads into the right documents, with its metadata hints."""

from __future__ import annotations

import json
from pathlib import Path

from corroborate.ingest import read_inputs
from corroborate.model import InputFormat

from ..conftest import EXAMPLES, FIXTURES

BODY = "The council approved the new transport plan on Tuesday with 15 votes to 10, after six months of talks."


def test_plain_text_files_are_read_verbatim():
    ingested = read_inputs([EXAMPLES / "000_ecad93d212ea3404.txt"])
    (doc,) = ingested.documents
    assert doc.fmt is InputFormat.TEXT
    assert doc.raw == (EXAMPLES / "000_ecad93d212ea3404.txt").read_bytes()
    assert doc.content.startswith("26.12.2025.")
    assert ingested.files[0].data == doc.raw


def test_folders_are_walked_recursively_in_a_stable_order(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text("# Two\n\n" + BODY)
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / ".hidden.txt").write_text(BODY)
    names = [d.name for d in read_inputs([tmp_path]).documents]
    assert names == ["a.txt", "two.md"]


def test_the_same_file_given_twice_is_read_once():
    path = EXAMPLES / "002_ac20737ea2b583ce.txt"
    assert len(read_inputs([path, path, EXAMPLES]).documents) == 5


def test_markdown_is_recognised(tmp_path: Path):
    (tmp_path / "note.md").write_text("# Heading\n\n" + BODY)
    (doc,) = read_inputs([tmp_path / "note.md"]).documents
    assert doc.fmt is InputFormat.MARKDOWN


def test_html_page_is_read_as_html():
    (doc,) = read_inputs([FIXTURES / "pages" / "bridge.html"]).documents
    assert doc.fmt is InputFormat.HTML
    assert "<article>" in doc.content


def test_json_record_with_hints(tmp_path: Path):
    record = {
        "text": BODY,
        "url": "https://example.org/news/1",
        "title": "Plan approved",
        "outlet": "Example Post",
        "published": "2024-03-05",
    }
    (tmp_path / "one.json").write_text(json.dumps(record))
    (doc,) = read_inputs([tmp_path / "one.json"]).documents
    assert doc.name == "https://example.org/news/1"
    assert doc.hints.outlet == "Example Post" and doc.hints.published == "2024-03-05"


def test_json_list_and_jsonl_give_one_document_per_record(tmp_path: Path):
    records = [{"text": BODY + f" Record {i}."} for i in range(3)]
    (tmp_path / "many.json").write_text(json.dumps(records))
    (tmp_path / "many.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n\n")
    docs = read_inputs([tmp_path]).documents
    assert [d.name for d in docs] == [
        "many.json#1",
        "many.json#2",
        "many.json#3",
        "many.jsonl#1",
        "many.jsonl#2",
        "many.jsonl#3",
    ]
    assert docs[3].raw == json.dumps(records[0]).encode()  # the JSON Lines record as received


def test_json_record_html_wins_over_text(tmp_path: Path):
    html = "<html><body><article><p>" + BODY + "</p></article></body></html>"
    (tmp_path / "r.json").write_text(json.dumps({"text": "short", "html": html}))
    (doc,) = read_inputs([tmp_path / "r.json"]).documents
    assert doc.fmt is InputFormat.HTML


def test_legacy_encodings_are_detected(tmp_path: Path):
    french = "Le maître a décidé que la réunion aura lieu à Paris, après la crème brûlée du café."
    russian = "Президент заявил во вторник, что переговоры продолжатся в субботу в Минске."
    (tmp_path / "fr.txt").write_bytes(french.encode("cp1252"))
    (tmp_path / "ru.txt").write_bytes(russian.encode("cp1251"))
    (tmp_path / "utf16.txt").write_bytes(russian.encode("utf-16"))
    docs = {d.name: d for d in read_inputs([tmp_path]).documents}
    assert docs["fr.txt"].content == french and docs["fr.txt"].encoding == "cp1252"
    assert docs["ru.txt"].content == russian and docs["ru.txt"].encoding == "cp1251"
    assert docs["utf16.txt"].content == russian


def test_html_declared_charset_is_used(tmp_path: Path):
    page = '<html><head><meta charset="windows-1251"></head><body><p>Минск, вторник.</p></body></html>'
    (tmp_path / "p.html").write_bytes(page.encode("cp1251"))
    (doc,) = read_inputs([tmp_path / "p.html"]).documents
    assert "Минск" in doc.content and doc.encoding == "cp1251"


def test_mojibake_is_repaired_and_the_repair_recorded(tmp_path: Path):
    good = "The Journal’s “backdoor” route and Lukashenko’s “very important” move."
    broken = good.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "\x9d")
    (tmp_path / "m.txt").write_text(broken, encoding="utf-8")
    (doc,) = read_inputs([tmp_path / "m.txt"]).documents
    assert doc.content == good
    assert any(r.startswith("ftfy") for r in doc.repairs)
    assert doc.raw == broken.encode("utf-8")  # the raw bytes stay as received
