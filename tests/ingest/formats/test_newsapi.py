"""News-API exports: NewsAPI `articles[]` and GDELT rows, recognised by their fields."""

from __future__ import annotations

import json
from pathlib import Path

from corroborate.clean import clean
from corroborate.ingest import read_inputs

from .. import makers

REPORTS = makers.story("baltimore-bridge-2024")


def write(tmp_path: Path, body: object) -> Path:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(body, ensure_ascii=False))
    return path


def test_newsapi_articles_with_their_fields_as_evidence(tmp_path: Path):
    write(tmp_path, {"status": "ok", "articles": [makers.news_api_article(r) for r in REPORTS[2:4]]})
    docs = read_inputs([tmp_path]).documents
    assert [d.content for d in docs] == [r.text for r in REPORTS[2:4]]
    evidence = {(e.field, e.value, e.rule) for e in clean(docs[0]).meta.evidence}
    assert {("outlet", "AFP", "news-API source.name"), ("published", "2024-03-26", "news-API publishedAt"),
            ("url", REPORTS[2].url, "news-API url"), ("title", REPORTS[2].title, "news-API title")} <= evidence


def test_newsapi_truncation_marker_is_not_report_text(tmp_path: Path):
    article = makers.news_api_article(REPORTS[0]) | {"content": "Six workers presumed dead… [+4821 chars]"}
    write(tmp_path, {"articles": [article]})
    (doc,) = read_inputs([tmp_path]).documents
    assert doc.content == "Six workers presumed dead"


def test_an_article_with_only_a_description_is_read_from_it(tmp_path: Path):
    article = makers.news_api_article(REPORTS[0]) | {"content": None, "description": "A ship hit the bridge."}
    write(tmp_path, {"articles": [article]})
    (doc,) = read_inputs([tmp_path]).documents
    assert doc.content == "A ship hit the bridge."


def test_gdelt_rows_without_text_are_refused_with_the_way_to_get_the_page(tmp_path: Path):
    row = {"url": "https://example.org/a", "title": "Bridge", "seendate": "20240326T103000Z",
           "domain": "example.org", "language": "English", "sourcecountry": "United States"}
    with_text = row | {"url": "https://example.org/b", "text": REPORTS[0].text}
    write(tmp_path, {"articles": [row, with_text]})
    ingested = read_inputs([tmp_path])
    (doc,) = ingested.documents
    assert (doc.hints.published, doc.hints.outlet) == ("2024-03-26", "example.org")
    assert doc.hints.rule("published") == "GDELT date (when GDELT first saw the article)"
    assert [r.reason for r in ingested.rejections] == [
        "GDELT row lists the article without its text; download the page with `corroborate fetch` instead"
    ]


def test_gkg_rows_are_recognised_and_a_non_web_url_dropped(tmp_path: Path):
    row = {"DocumentIdentifier": "ftp://example.org/a", "SourceCommonName": "example.org", "DATE": 20240327120000,
           "text": REPORTS[0].text}
    write(tmp_path, [row])
    (doc,) = read_inputs([tmp_path]).documents
    assert doc.hints.url is None and doc.hints.published == "2024-03-27" and doc.hints.outlet == "example.org"


def test_plain_records_are_read_as_before(tmp_path: Path):
    write(tmp_path, [{"text": REPORTS[0].text, "outlet": "Reuters"}])
    (doc,) = read_inputs([tmp_path]).documents
    assert (doc.hints.outlet, doc.hints.rule("outlet")) == ("Reuters", "given in the input record")
