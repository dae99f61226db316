"""WARC archives: each archived HTML page a report, with its address and capture day."""

from __future__ import annotations

from pathlib import Path

import pytest
from warcio.warcwriter import WARCWriter

from corroborate.clean import clean
from corroborate.ingest import read_inputs
from corroborate.ingest.formats import warc
from corroborate.model import InputFormat

from .. import makers

REPORTS = makers.story("baltimore-bridge-2024")


def archive(tmp_path: Path, name: str, gzip: bool, pages: list[tuple[str, bytes, str, str]]) -> Path:
    path = tmp_path / name
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for url, body, status, kind in pages:
            makers.warc_response(writer, url, body, status, kind)
    return path


def test_html_responses_are_reports_and_the_rest_of_a_capture_is_not(tmp_path: Path):
    page = makers.page(REPORTS[0]).encode()
    archive(tmp_path, "crawl.warc", False, [
        ("https://example.org/style.css", b"body{}", "200 OK", "text/css"),
        (REPORTS[0].url, page, "200 OK", "text/html; charset=utf-8"),
        ("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", "200 OK", "image/png"),
    ])
    ingested = read_inputs([tmp_path])
    (doc,) = ingested.documents
    assert not ingested.rejections
    assert doc.fmt is InputFormat.HTML and doc.raw == page and doc.name == REPORTS[0].url
    evidence = {(e.field, e.rule) for e in clean(doc).meta.evidence}
    assert {("url", "WARC-Target-URI"), ("captured", "WARC-Date (when the page was captured)")} <= evidence
    assert doc.hints.published is None  # a capture day is not a publication day


def test_an_error_page_is_refused_naming_its_record_and_address(tmp_path: Path):
    archive(tmp_path, "crawl.warc.gz", True, [
        ("https://example.org/gone", b"<html><body><p>Not found</p></body></html>", "404 Not Found", "text/html"),
        (REPORTS[1].url, makers.page(REPORTS[1]).encode(), "200 OK", "text/html"),
    ])
    ingested = read_inputs([tmp_path])
    assert len(ingested.documents) == 1
    assert [str(r) for r in ingested.rejections] == [
        f"{tmp_path / 'crawl.warc.gz'} record 2 (https://example.org/gone): archived response is HTTP 404, not a page"
    ]


def test_the_charset_of_the_http_headers_decodes_the_page(tmp_path: Path):
    body = makers.page(REPORTS[1]).replace("<meta charset='utf-8'>", "").encode("cp1252", "replace")
    archive(tmp_path, "fr.warc", False, [("https://example.fr/a", body, "200 OK", "text/html; charset=windows-1252")])
    (doc,) = read_inputs([tmp_path]).documents
    assert doc.encoding == "windows-1252" and "présumées" in doc.content


def test_an_archived_page_over_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(warc, "MAX_PAGE_BYTES", 1000)
    archive(tmp_path, "big.warc", False, [("https://example.org/big", b"<p>" + b"x" * 2000 + b"</p>", "200 OK",
                                           "text/html")])
    (rejection,) = read_inputs([tmp_path]).rejections
    where = f"{tmp_path / 'big.warc'} record 2 (https://example.org/big)"
    assert (rejection.where, rejection.reason) == (where, "archived page larger than 0 MiB")


def test_a_file_that_is_not_an_archive_is_refused(tmp_path: Path):
    (tmp_path / "x.warc").write_text("hello")
    (tmp_path / "empty.warc").write_bytes(b"")
    archive(tmp_path, "css.warc", False, [("https://example.org/s.css", b"body{}", "200 OK", "text/css")])
    found = {Path(r.where).name: r.reason for r in read_inputs([tmp_path]).rejections}
    assert found["x.warc"].startswith("not a readable WARC archive")
    assert found["css.warc"] == "WARC archive holds no HTML response record"
    assert "empty.warc" in found
