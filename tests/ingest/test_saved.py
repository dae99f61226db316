"""A page `corroborate fetch` saved carries its URL into the engine through the record beside it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from corroborate.ingest import read_inputs, saved

from ..conftest import FIXTURES

BRIDGE = FIXTURES / "pages" / "bridge.html"
URL = "https://news.example.org/city/bridge.html"


def _saved_page(folder: Path, data: bytes, sha256: str | None = None) -> Path:
    body = folder / "000_page.html"
    body.write_bytes(data)
    digest = sha256 or hashlib.sha256(data).hexdigest()
    record = saved.FetchRecord(URL + "?utm=1", URL, 200, "text/html", "2026-01-01T00:00:00+00:00", digest, len(data))
    saved.write_record(body, record)
    return body


def test_a_saved_page_is_read_with_its_final_url_and_its_record_is_not_an_input(tmp_path: Path):
    _saved_page(tmp_path, BRIDGE.read_bytes())
    ingested = read_inputs([tmp_path])
    (doc,) = ingested.documents
    assert doc.hints.url == URL
    assert doc.raw == BRIDGE.read_bytes()
    assert ingested.rejections == ()
    assert [f.name for f in ingested.files] == ["000_page.html"]  # the hidden record is not a report


def test_a_record_that_no_longer_matches_its_page_is_ignored_with_a_reason(tmp_path: Path):
    body = _saved_page(tmp_path, BRIDGE.read_bytes(), sha256="0" * 64)
    ingested = read_inputs([body])
    assert ingested.documents[0].hints.url is None
    (rejection,) = ingested.rejections
    assert rejection.where == str(saved.record_path(body))
    assert rejection.reason.startswith("describes other content")


def test_a_broken_record_is_named_and_the_page_still_read(tmp_path: Path):
    body = _saved_page(tmp_path, BRIDGE.read_bytes())
    saved.record_path(body).write_text("{not json")
    ingested = read_inputs([body])
    assert len(ingested.documents) == 1
    assert ingested.rejections[0].reason.startswith("unreadable fetch record")


def test_a_url_the_input_gives_itself_wins_over_the_fetch_record(tmp_path: Path):
    own = "https://elsewhere.example.com/original"
    data = json.dumps({"html": BRIDGE.read_text("utf-8"), "url": own}).encode()
    body = tmp_path / "000_record.json"
    body.write_bytes(data)
    record = saved.FetchRecord(URL, URL, 200, "application/json", "2026-01-01T00:00:00+00:00",
                               hashlib.sha256(data).hexdigest(), len(data))
    saved.write_record(body, record)
    (doc,) = read_inputs([body]).documents
    assert doc.hints.url == own
