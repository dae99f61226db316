"""Acceptance: one real file of each input type, made from a development story's reports, builds
into the same dossier facts (entities, claims, events, conflicts, exchanges) as the plain-text
reports themselves. A WARC holds web pages: it builds the same facts as the same pages saved as
.html files, and those build the plain text's facts (the page cleaner keeps paragraphs apart by a
blank line, as plain text does), with one entity more, by the floors measured here.

Facts are compared without ids and offsets (a source's id is the hash of its bytes, which differ
by format): each source is named by the plain-text report whose cleaned text has the same words
(white space aside), so a report whose text came out differently fails the comparison too.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from corroborate import pipeline

from . import makers

STORY = "baltimore-bridge-2024"

# Keys that are ids, offsets or wording about where things were found, not facts.
NOT_FACTS = {"id", "mentions", "span", "start", "end", "claim", "claims", "fact", "conflicts_with", "triggers",
             "evidence", "claim_review", "note", "links", "type_votes"}


def words(text: str) -> str:
    return " ".join(text.split())


def build(kind: str, tmp: Path) -> dict[str, Any]:
    folder = tmp / kind
    folder.mkdir()
    writer: Callable[[list[makers.Report], Path], None] = getattr(makers, f"write_{kind}")
    writer(makers.story(STORY), folder)
    result = pipeline.build([folder], tmp / f"{kind}-out", tmp / f"{kind}.db")
    assert not result.rejections, [str(r) for r in result.rejections]
    return result.dossier


def facts(dossier: dict[str, Any], reports: dict[str, str]) -> dict[str, set[str]]:
    """Each section's facts as comparable strings, sources named by the report they hold
    (`reports`: the words of each plain-text report's cleaned text -> its file)."""
    names = {s["id"]: reports.get(words(s["text"]), "a text no plain report has") for s in dossier["sources"]}

    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: plain(v) for k, v in sorted(value.items()) if k not in NOT_FACTS}
        if isinstance(value, list):
            return sorted((plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
        if isinstance(value, str) and value in names:
            return names[value]
        return value

    return {section: {json.dumps(plain(item), ensure_ascii=False, sort_keys=True) for item in dossier[section]}
            for section in ("entities", "claims", "events", "conflicts", "exchanges")}


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, set[str]], dict[str, str]]:
    dossier = build("text", tmp_path_factory.mktemp("plain"))
    reports = {words(s["text"]): s["file"] for s in dossier["sources"]}
    return facts(dossier, reports), reports


def chromium_or_skip() -> None:
    if not Path(makers.CHROMIUM).exists():
        pytest.skip(f"no Chromium at {makers.CHROMIUM} to print the PDFs (apt-get install chromium)")


# Shares of the plain-text build's entities and claims that the saved pages (and so the WARC) build
# too, measured on this story: with blocks apart by single line breaks, 123 of 127 entities (0.969)
# and 80 of 86 claims (0.930); apart by a blank line, as plain text, 127 of 127 and 86 of 86 (the
# pages find one entity more, the outlet's name in the page). Events and conflicts are the same.
PAGE_ENTITY_FLOOR = 1.0
PAGE_CLAIM_FLOOR = 1.0

Plain = tuple[dict[str, set[str]], dict[str, str]]


@pytest.mark.parametrize("kind", ["docx", "eml", "mbox", "rss", "newsapi", "pdf"])
def test_every_input_type_builds_the_same_facts_as_the_plain_text(
    kind: str, plain: Plain, tmp_path: Path
):
    if kind == "pdf":
        chromium_or_skip()
    plain_facts, reports = plain
    got = facts(build(kind, tmp_path), reports)
    assert plain_facts["claims"] and plain_facts["conflicts"]  # the comparison compares something
    for section, expected in plain_facts.items():
        assert got[section] == expected, (section, sorted(got[section] ^ expected)[:4])


def test_the_plain_text_build_has_facts_in_every_compared_section(plain: Plain):
    assert {k: bool(v) for k, v in plain[0].items()} == {
        "entities": True, "claims": True, "events": True, "conflicts": True, "exchanges": False,
    }



@pytest.fixture(scope="module")
def pages(plain: Plain, tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """The facts of the reports saved as web pages, one .html file each."""
    return facts(build("html", tmp_path_factory.mktemp("pages")), plain[1])


def test_a_warc_builds_the_same_facts_as_its_pages_saved_as_files(
    plain: Plain, pages: dict[str, set[str]], tmp_path: Path
):
    assert facts(build("warc", tmp_path), plain[1]) == pages


def test_saved_pages_come_close_to_the_plain_text(plain: Plain, pages: dict[str, set[str]]):
    plain_facts, got = plain[0], pages
    assert got["events"] == plain_facts["events"] and got["conflicts"] == plain_facts["conflicts"]
    share = {s: len(got[s] & plain_facts[s]) / len(plain_facts[s]) for s in ("entities", "claims")}
    assert share["entities"] >= PAGE_ENTITY_FLOOR and share["claims"] >= PAGE_CLAIM_FLOOR, share
