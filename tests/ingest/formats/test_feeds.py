"""RSS and Atom: each item a report with its link, date and source; a bad item refused alone."""

from __future__ import annotations

from pathlib import Path

from corroborate.clean import clean
from corroborate.ingest import read_inputs
from corroborate.ingest.formats.feeds import fragment_text

from .. import makers

REPORTS = makers.story("baltimore-bridge-2024")
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Desk</title>
<entry><title>{title}</title><link href="{url}"/><updated>2024-03-27T08:00:00Z</updated>
<content type="html">{body}</content></entry></feed>
"""


def test_rss_items_keep_their_text_link_date_and_source(tmp_path: Path):
    makers.write_rss(REPORTS[2:4], tmp_path)
    docs = read_inputs([tmp_path]).documents
    assert [d.content for d in docs] == [r.text.strip() for r in REPORTS[2:4]]
    assert docs[0].name == REPORTS[2].url  # named by its link
    evidence = {(e.field, e.value, e.rule) for e in clean(docs[0]).meta.evidence}
    assert {("url", REPORTS[2].url, "feed item link"), ("published", "2024-03-26", "feed item date (published)"),
            ("outlet", "AFP", "feed item <source>"), ("title", REPORTS[2].title, "feed item title")} <= evidence
    assert docs[0].raw.startswith(b"<item>") and docs[0].raw.endswith(b"</item>")  # the item as written


def test_atom_entries_are_read_and_the_feed_title_names_the_outlet(tmp_path: Path):
    from html import escape

    body = escape(makers.as_html(REPORTS[0].text))
    (tmp_path / "desk.atom").write_text(ATOM.format(title="Bridge down", url="https://example.org/a", body=body))
    (doc,) = read_inputs([tmp_path]).documents
    assert doc.content == REPORTS[0].text.strip()
    assert (doc.hints.outlet, doc.hints.rule("outlet")) == ("Harbour Desk", "feed title")
    assert (doc.hints.published, doc.hints.rule("published")) == ("2024-03-27", "feed item date (updated)")


def test_a_link_that_is_not_a_web_address_is_not_kept(tmp_path: Path):
    item = makers.rss_item(REPORTS[0]).replace(f"<link>{REPORTS[0].url}</link>", "<link>javascript:alert(1)</link>")
    (tmp_path / "f.rss").write_text(makers.rss(item))
    (doc,) = read_inputs([tmp_path]).documents
    assert doc.hints.url is None and doc.name == "f.rss"


def test_an_item_without_content_is_refused_by_number(tmp_path: Path):
    bare = "<item><title>Only a link</title><link>https://example.org/x</link></item>"
    (tmp_path / "f.rss").write_text(makers.rss(makers.rss_item(REPORTS[0]) + bare))
    ingested = read_inputs([tmp_path])
    assert len(ingested.documents) == 1
    assert [str(r) for r in ingested.rejections] == [
        f"{tmp_path / 'f.rss'} item 2: feed item has no content or summary (only a link: fetch the page instead)"
    ]


def test_a_file_that_is_not_a_feed_is_refused(tmp_path: Path):
    (tmp_path / "sitemap.xml").write_text("<urlset><url><loc>https://example.org/</loc></url></urlset>")
    (rejection,) = read_inputs([tmp_path]).rejections
    assert rejection.reason.startswith("not an RSS or Atom feed with items")


def test_markup_becomes_paragraphs_and_line_breaks():
    markup = "<p>One <b>bold</b>\n   word<br>next line</p><script>x()</script><ul><li>a</li><li>b</li></ul>tail"
    assert fragment_text(markup) == "One bold word\nnext line\n\na\n\nb\n\ntail"
