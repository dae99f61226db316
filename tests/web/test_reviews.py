"""A reviewer's verdicts through the app: the form on a run's claims and conflicts, its guards,
the history, and what the downloads then publish."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient

from corroborate.review import ItemKind, item_key
from corroborate.web import create_app

from ..conftest import copy_store

LOCAL = "http://127.0.0.1"
SAME_SITE = {"origin": LOCAL}


@pytest.fixture
def client(hostages_store: Path, tmp_path: Path) -> TestClient:
    return TestClient(create_app(copy_store(hostages_store, tmp_path / "c.db")), base_url=LOCAL)


def conflict_key(client: TestClient, index: int = 0) -> tuple[str, str]:
    conflict = client.get("/runs/1/dossier.json").json()["conflicts"][index]
    return item_key(ItemKind.CONFLICT, conflict), conflict["id"]


def mark(client: TestClient, key: str, **fields: str) -> object:
    form = {"item": key, "rating": "false", "note": "", "reviewer": "Ann Roe", "organisation": "Harbour Checks"}
    return client.post("/runs/1/reviews", data=form | fields, headers=SAME_SITE, follow_redirects=False)


def test_every_conflict_and_claim_has_a_review_form(client: TestClient):
    page = lxml.html.fromstring(client.get("/runs/1").text)
    dossier = client.get("/runs/1/dossier.json").json()
    forms = page.xpath("//form[@class='review-form']")
    assert len(forms) == len(dossier["conflicts"]) + len(dossier["claims"])
    first = page.xpath("//article[contains(@class,'conflict')]//form[@class='review-form']")[0]
    assert first.get("action") == "/runs/1/reviews" and first.get("method") == "post"
    assert first.xpath(".//input[@name='item']")[0].get("value") == conflict_key(client)[0]
    assert [o.get("value") for o in first.xpath(".//select[@name='rating']/option")] == [
        "", "verified", "false", "misleading", "unverified"]  # nothing chosen for the reviewer


def test_a_verdict_is_saved_and_shown_with_its_history(client: TestClient):
    key, conflict_id = conflict_key(client)
    first = mark(client, key, rating="unverified", note="asked the port authority")
    assert first.status_code == 303 and first.headers["location"] == f"/runs/1#{conflict_id}"
    second = mark(client, key, rating="false", note="the ministry lists <b>40</b>", reviewer="Ben  Okafor ")
    assert second.status_code == 303
    page = lxml.html.fromstring(client.get("/runs/1").text)
    card = page.get_element_by_id(conflict_id)
    verdict = card.xpath(".//div[contains(@class,'verdict')]")[0].text_content()
    assert "Reviewer's verdict: False" in verdict and "Ben Okafor, Harbour Checks" in verdict
    assert "the ministry lists <b>40</b>" in verdict  # the note is shown as text, escaped
    history = [li.text_content() for li in card.xpath(".//details[@class='review']//ol[@class='history']/li")]
    assert len(history) == 2 and history[0].startswith("v2: False") and history[1].startswith("v1: Unverified")
    assert "Automatic: the reports disagree" in card.text_content()


def test_downloads_publish_only_what_a_person_reviewed(client: TestClient):
    key, _ = conflict_key(client, 1)
    assert client.get("/runs/1/claimreview.jsonld").json() == []
    mark(client, key, rating="misleading", note="both counts leave out the crew")
    [review] = client.get("/runs/1/claimreview.jsonld").json()
    conflict = client.get("/runs/1/dossier.json").json()["conflicts"][1]
    assert review["claimReviewed"].startswith(conflict["topic"])
    assert review["reviewRating"]["alternateName"] == "Misleading"
    assert review["author"] == {"@type": "Organization", "name": "Harbour Checks"}
    assert review["automaticAssessment"]["alternateName"].startswith("Disputed")
    assert "Reviewer's verdict: Misleading" in client.get("/runs/1/report.html").text
    assert "**Reviewer's verdict: Misleading** (Ann Roe, Harbour Checks, " in client.get("/runs/1/report.md").text


@pytest.mark.parametrize(("fields", "why"), [
    ({"rating": "disputed"}, "rating"),
    ({"rating": ""}, "rating"),  # the form's "choose a rating"
    ({"reviewer": "   "}, "reviewer"),
    ({"item": "conflict-001"}, "item"),
    ({"note": "x" * 4001}, "note"),
])
def test_a_bad_verdict_is_refused_with_the_field_named(client: TestClient, fields: dict, why: str):
    key, _ = conflict_key(client)
    refused = mark(client, key, **fields)
    assert refused.status_code == 400 and f"cannot save the verdict: {why}" in refused.text
    assert client.get("/runs/1/claimreview.jsonld").json() == []


def test_a_verdict_on_an_item_the_run_lacks_is_not_found(client: TestClient):
    assert mark(client, "claim/0123456789abcdef").status_code == 404
    assert client.post("/runs/7/reviews", data={"item": conflict_key(client)[0], "rating": "false",
                                                 "reviewer": "Ann"}, headers=SAME_SITE).status_code == 404


def test_cross_site_verdicts_are_refused(client: TestClient):
    key, _ = conflict_key(client)
    form = {"item": key, "rating": "verified", "reviewer": "Mallory"}
    for headers in ({"origin": "http://evil.example"}, {"origin": "null"}, {"sec-fetch-site": "cross-site"}):
        assert client.post("/runs/1/reviews", data=form, headers=headers).status_code == 403
    assert client.get("/runs/1/claimreview.jsonld").json() == []
