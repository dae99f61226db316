"""The app's "Check an article" page, over a copy of the invented hostage-deal store."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from corroborate.web import create_app

from ..conftest import copy_store

LOCAL = "http://127.0.0.1:8000"

ARTICLE = (
    "Valdoria's government released 41 militia fighters on Friday in exchange for three foreign aid "
    "workers held by the Red Ridge militia, officials in Porto Lenz said.\n\n"
    "Interior Minister Paulo Restrepo thanked Oman for mediating the swap, which freed the fighters "
    "from Kessel prison. <img src=x onerror=alert(1)>\n"
)


def client(hostages_store: Path, tmp_path: Path) -> TestClient:
    return TestClient(create_app(copy_store(hostages_store, tmp_path / "c.db")), base_url=LOCAL)


def test_the_check_page_offers_the_stored_stories(hostages_store: Path, tmp_path: Path):
    page = client(hostages_store, tmp_path).get("/check")
    assert page.status_code == 200 and '<option value="hostages">' in page.text


def test_pasted_text_is_checked_marked_by_verdict_and_offered_for_adding(hostages_store: Path, tmp_path: Path):
    app = client(hostages_store, tmp_path)
    page = app.post("/check", data={"title": "Swap done", "text": ARTICLE, "story": ""},
                    headers={"Origin": LOCAL})
    assert page.status_code == 200, page.text
    assert 'class="v-contradicted"' in page.text and 'href="#ev-0"' in page.text and 'id="ev-0"' in page.text
    assert "<img src=x" not in page.text and "&lt;img src=x" in page.text
    assert 'action="/stories/1/inputs"' in page.text and "shares" in page.text


def test_nothing_to_check_is_refused(hostages_store: Path, tmp_path: Path):
    page = client(hostages_store, tmp_path).post("/check", data={"text": "  "}, headers={"Origin": LOCAL})
    assert page.status_code == 400 and "nothing to check" in page.text
