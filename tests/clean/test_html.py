"""HTML pages: the article through trafilatura; every other block kept, typed by its markup."""

from __future__ import annotations

from corroborate.clean import clean
from corroborate.ingest import read_inputs
from corroborate.model import RemovedKind

from ..conftest import FIXTURES


def bridge():
    (doc,) = read_inputs([FIXTURES / "pages" / "bridge.html"]).documents
    return clean(doc)


def test_article_body_is_kept_whole():
    source = bridge()
    for must in (
        "The mayor of Springfield opened the new river bridge on Tuesday",
        "About 2,000 residents attended the ceremony",
        "“It is a great day for the city,” the mayor said",
        "Opposition councillors boycotted the event",
    ):
        assert must in source.text
    for never in (
        "Skip to content",
        "Share on Facebook",
        "Advertisement",
        "Sign up for our morning newsletter",
        "Great news, finally",
        "All rights reserved",
        "should never appear",
        "Photo: John Doe",
    ):
        assert never not in source.text


def test_everything_removed_is_kept_with_its_kind():
    removed: dict[RemovedKind, str] = {}
    for block in bridge().removed:
        removed[block.kind] = removed.get(block.kind, "") + "\n" + block.text
    assert "Great news, finally! We waited so long for this." in removed[RemovedKind.COMMENTS]
    assert "Skip to content" in removed[RemovedKind.NAVIGATION] and "World" in removed[RemovedKind.NAVIGATION]
    assert "Buy the new Foobar 3000" in removed[RemovedKind.ADVERTISING]
    assert "Share on Facebook" in removed[RemovedKind.WIDGET] and "newsletter" in removed[RemovedKind.WIDGET]
    assert "© 2024 Daily Bugle. All rights reserved." in removed[RemovedKind.BOILERPLATE]
    assert "The mayor cuts the ribbon on Tuesday. Photo: John Doe" in removed[RemovedKind.OTHER]
    assert all("should never appear" not in b.text for b in bridge().removed)  # scripts are not text


def test_page_metadata_from_markup():
    meta = bridge().meta
    assert meta.title == "Mayor opens bridge after three years of works"
    assert meta.published == "2024-03-05"
    assert meta.outlet == "Daily Bugle"
    assert meta.bylines == ("Jane Roe", "Sam Poe")
    assert meta.language == "en"


def test_a_page_without_an_article_keeps_its_whole_text(tmp_path):
    (tmp_path / "bare.html").write_text("<html><body><div>Short note: the meeting moved to Friday.</div></body></html>")
    (doc,) = read_inputs([tmp_path / "bare.html"]).documents
    source = clean(doc)
    assert "the meeting moved to Friday" in source.text
