"""Acceptance on the bundled example story: whole bodies kept, furniture gone, metadata found."""

from __future__ import annotations

from .conftest import EXAMPLES, source_by_file


def paragraphs(name: str) -> list[str]:
    return [line.strip() for line in (EXAMPLES / name).read_text("utf-8").splitlines() if len(line.strip()) > 200]


def test_all_five_sources(example_dossier: dict):
    assert sorted(s["file"] for s in example_dossier["sources"]) == sorted(p.name for p in EXAMPLES.iterdir())
    assert example_dossier["rejected_inputs"] == []


def test_every_body_paragraph_is_kept(example_dossier: dict):
    for source in example_dossier["sources"]:
        body = paragraphs(source["file"])
        assert body and all(p in source["text"] for p in body), source["file"]


def test_comments_of_004_are_in_removed_blocks(example_dossier: dict):
    source = source_by_file(example_dossier, "004")
    comments = [b for b in source["removed"]["blocks"] if b["kind"] == "comments"]
    assert len(comments) == 1
    assert comments[0]["text"].startswith("14 Comments\n")
    assert "Uranium names keep pushing higher" in comments[0]["text"]
    for line in ("Listen to the article", "Fact Checker", "14 Comments", "AISC", "Good point."):
        assert line not in source["text"]


def test_no_comment_or_widget_lines_in_any_text(example_dossier: dict):
    junk = {
        "000": ["Komentari 0", "Pošalji komentar"],
        "001": ["LEAVE A REPLY", "Please enter your"],
        "002": ["Explore more exclusive insights"],
        "003": ["No comments:", "Post a Comment"],
    }
    for prefix, lines in junk.items():
        text = source_by_file(example_dossier, prefix)["text"]
        assert not [line for line in lines if line in text], prefix


def test_metadata_stated_in_the_text(example_dossier: dict):
    assert source_by_file(example_dossier, "000")["published"] == "2025-12-26"
    assert source_by_file(example_dossier, "003")["published"] == "2025-12-23"
    assert source_by_file(example_dossier, "002")["outlet"] == "NextFin"
    assert source_by_file(example_dossier, "003")["outlet"] == "bne IntelliNews"
    assert source_by_file(example_dossier, "001")["bylines"] == [
        "Annie Linskey",
        "Drew Hinshaw",
        "Joe Parkinson",
        "Meridith McGraw",
    ]
    assert {s["language"] for s in example_dossier["sources"]} == {"en"}
