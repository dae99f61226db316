"""The web app, through HTTP: stories, runs, the dossier views, uploads, search and its guards."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient

from corroborate.errors import CorroborateError
from corroborate.web import check_host, create_app
from corroborate.web.app import MAX_UPLOAD_BYTES
from corroborate.web.jobs import JobState

from ..conftest import STORIES, copy_store

LOCAL = "http://127.0.0.1"
# A build of a few small reports, model loading included: seconds on an idle machine, minutes on a
# loaded one; this is the most a test waits.
BUILD_WAIT_SECONDS = 600


@pytest.fixture
def client(hostages_store: Path, tmp_path: Path) -> Iterator[TestClient]:
    # As a context manager, the client runs the app's shutdown too, which stops its build process.
    with TestClient(create_app(copy_store(hostages_store, tmp_path / "c.db")), base_url=LOCAL) as client:
        yield client


def built(client: TestClient, story_id: int = 1) -> int:
    """Wait for the story's build job; the id of the run it made."""
    job = client.app.state.builds.wait(story_id, BUILD_WAIT_SECONDS)  # type: ignore[attr-defined]
    assert job is not None and job.state is JobState.DONE, job
    return job.run_id


def test_the_front_page_lists_stories_and_runs(client: TestClient):
    page = client.get("/")
    assert page.status_code == 200
    assert '<a href="/stories/1">hostages</a>' in page.text and '<a href="/runs/1">run 1</a>' in page.text


def test_a_run_shows_the_same_views_as_the_report(client: TestClient):
    page = client.get("/runs/1")
    assert page.status_code == 200
    for section in ("story", "conflicts", "ledger", "timeline", "claims", "entities", "sources"):
        assert f'<section id="{section}">' in page.text
    assert "40" in page.text and "41" in page.text  # the fighters' numbers that disagree
    policy = page.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert page.headers["x-content-type-options"] == "nosniff"


def test_downloads_of_a_run(client: TestClient):
    assert client.get("/runs/1/dossier.json").json()["format"] == "dossier/1"
    markdown = client.get("/runs/1/report.md")
    assert markdown.headers["content-type"].startswith("text/markdown") and "## Conflicts (2)" in markdown.text
    reviews = client.get("/runs/1/claimreview.jsonld")
    assert reviews.headers["content-type"].startswith("application/ld+json")
    assert reviews.json() == []  # nobody has reviewed a conflict yet: nothing to publish
    report = client.get("/runs/1/report.html")
    assert report.text.startswith("<!DOCTYPE html>") and 'http-equiv="Content-Security-Policy"' in report.text


def test_uploading_a_report_adds_it_to_the_story_and_rebuilds(client: TestClient):
    wire = (STORIES / "hostile" / "02_wire.txt").read_bytes()
    response = client.post("/stories/1/inputs", files=[("files", ("dock-wire.txt", wire, "text/plain"))],
                           follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/stories/1"
    assert built(client) == 2
    run = client.get("/runs/2").text
    assert "dock-wire.txt" in run and "Porto Lenz" in run
    story = lxml.html.fromstring(client.get("/stories/1").text)
    rows = {r[0].text_content(): r[2].text_content().strip() for r in story.xpath("//table[@id='inputs']//tr[td]")}
    assert rows["dock-wire.txt"] == "yes" and len(rows) == 5 and set(rows.values()) == {"yes"}
    assert story.xpath("//a[@href='/runs/2']")


def test_pasted_text_becomes_a_report(client: TestClient):
    text = "Talks resumed in Vienna on Monday, the ministry said, after a week of delays over the venue."
    response = client.post("/stories/1/inputs", data={"title": "Talks resume", "text": text})
    assert response.status_code == 200 and str(response.url).endswith("/stories/1")
    assert built(client) == 2
    run = client.get("/runs/2").text
    assert "Talks resume" in run and re.search(r"pasted-\d{8}T\d{6}\.txt", run)


def test_a_new_story_from_uploads(client: TestClient):
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in sorted((STORIES / "hostile").iterdir())]
    response = client.post("/stories", data={"name": "dock strike"}, files=files)
    assert response.status_code == 200 and str(response.url).endswith("/stories/2")
    run = client.get(f"/runs/{built(client, 2)}").text
    assert "<h1>dock strike</h1>" in run and "2 sources" in run
    assert "dock strike" in client.get("/").text


def test_bad_uploads_are_refused_by_name_and_reason_and_the_rest_goes_on(client: TestClient):
    wire = (STORIES / "hostile" / "02_wire.txt").read_bytes()
    response = client.post("/stories/1/inputs", files=[
        ("files", ("tool.exe", b"MZ\x90\x00\x03", "application/octet-stream")),
        ("files", ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "text/plain")),
        ("files", ("big.txt", b"a" * (MAX_UPLOAD_BYTES + 1), "text/plain")),
        ("files", ("../../etc/wire.txt", wire, "text/plain")),
    ])
    assert response.status_code == 200
    refused = [li.text_content() for li in lxml.html.fromstring(response.text).xpath("//div[@class='notice']//li")]
    assert refused[0].startswith("tool.exe: unknown format '.exe'")
    assert refused[1].startswith("photo.txt: binary")
    assert refused[2].startswith("big.txt: too large")
    assert len(refused) == 3
    # The accepted file keeps its name only: a path in an upload's name never reaches the disk.
    assert '<td data-label="File">wire.txt</td>' in response.text and "etc/" not in response.text


def test_an_upload_with_nothing_usable_changes_nothing(client: TestClient):
    response = client.post("/stories/1/inputs", files=[("files", ("empty.txt", b"", "text/plain"))])
    assert response.status_code == 400 and "empty.txt" in response.text
    assert "/runs/2" not in client.get("/stories/1").text


def test_an_oversized_request_is_refused_before_it_is_read(client: TestClient):
    response = client.post("/stories/1/inputs", content=b"x", headers={
        "content-length": str(25 * MAX_UPLOAD_BYTES), "content-type": "multipart/form-data; boundary=b"})
    assert response.status_code == 413

    def chunks():
        yield b"--b\r\n"

    assert client.post("/stories/1/inputs", content=chunks(),
                       headers={"content-type": "multipart/form-data; boundary=b"}).status_code == 411


def test_cross_site_posts_are_refused(client: TestClient):
    for headers in ({"origin": "http://evil.example"}, {"origin": "null"}, {"sec-fetch-site": "cross-site"}):
        response = client.post("/stories/1/rebuild", headers=headers)
        assert response.status_code == 403
    assert client.post("/stories/1/rebuild", headers={"origin": LOCAL}, follow_redirects=False).status_code == 303


def test_a_foreign_host_name_is_refused(hostages_store: Path, tmp_path: Path):
    """A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) gets nothing."""
    app = create_app(copy_store(hostages_store, tmp_path / "c.db"))
    assert TestClient(app, base_url="http://attacker.example").get("/").status_code == 400
    assert TestClient(app, base_url="http://localhost:8000").get("/").status_code == 200


def test_request_paths_never_reach_the_filesystem(client: TestClient):
    for path in ("/runs/..%2F..%2Fetc%2Fpasswd", "/runs/1/..%2F..%2Fc.db", "/stories/1%2F..%2F..", "/static/c.db",
                 "/runs/1/../../c.db", "/runs/-1", "/stories/99"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "SQLite format" not in response.text


def test_search_finds_entities_by_any_spelling_and_claims_by_words(client: TestClient):
    page = client.get("/search", params={"q": "restrepo"}).text
    assert '<a href="/runs/1#ent-' in page and "Restrepo" in page
    claims = client.get("/search", params={"q": "fighters"}).text
    assert '<a href="/runs/1#claim-' in claims
    assert "Nothing found" in client.get("/search", params={"q": "zzzz"}).text
    assert "at least 2 characters" in client.get("/search", params={"q": "a"}).text


def test_hostile_text_is_inert_in_the_app(client: TestClient):
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in sorted((STORIES / "hostile").iterdir())]
    story = client.post("/stories", data={"name": "<script>window.__xss='name'</script>"}, files=files)
    assert story.status_code == 200
    run = client.get(f"/runs/{built(client, 2)}")
    for html in (story.text, run.text, client.get("/").text, client.get("/search", params={"q": "xss"}).text):
        page = lxml.html.fromstring(html)
        assert all(s.get("type") == "application/ld+json" or s.text.startswith("// The source reader")
                   for s in page.xpath("//script"))
        assert not page.xpath("//img | //a[starts-with(@href,'javascript')]")
        assert not [a for e in page.iter() for a in e.attrib if a.startswith("on")]
        assert "&lt;script&gt;window.__xss" in html


@pytest.mark.parametrize("host", ["127.0.0.1", "::1", "[::1]", "localhost", "127.0.0.2"])
def test_loopback_hosts_are_allowed(host: str):
    check_host(host, allow_remote=False)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.org", "::"])
def test_other_hosts_need_allow_remote(host: str):
    with pytest.raises(CorroborateError, match="--allow-remote"):
        check_host(host, allow_remote=False)
    check_host(host, allow_remote=True)


def test_removing_a_report_rebuilds_the_story_without_it(client: TestClient):
    story = lxml.html.fromstring(client.get("/stories/1").text)
    actions = story.xpath("//table[@id='inputs']//form/@action")
    assert len(actions) == 4
    response = client.post(actions[2], follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/stories/1"
    assert built(client) == 2
    assert client.get("/runs/2/dossier.json").json()["sources"].__len__() == 3
    assert len(client.get("/runs/1/dossier.json").json()["sources"]) == 4  # earlier runs stay as they were
    assert client.post(actions[2]).status_code == 404  # already removed
    assert client.post("/stories/1/inputs/..%2F..%2Fc.db/remove").status_code == 404
    assert client.post("/stories/1/inputs/" + "0" * 64 + "/remove").status_code == 404


@pytest.mark.parametrize("path", [
    "/stories/9223372036854775808", "/stories/18446744073709551616", "/runs/9223372036854775808",
    "/runs/99999999999999999999999/dossier.json", "/stories/-1", "/runs/0", "/stories/abc", "/runs/1.5",
    "/runs/1e3/report.md", "/stories/9223372036854775807",
])
def test_bad_ids_get_the_error_page(client: TestClient, path: str):
    response = client.get(path)
    assert response.status_code == 404, path
    assert response.headers["content-type"].startswith("text/html") and "That did not work" in response.text
    assert '"detail"' not in response.text  # FastAPI's raw 422 body


def test_bad_ids_in_posts_get_the_error_page(client: TestClient):
    for path in ("/stories/9223372036854775808/rebuild", "/stories/-5/rebuild", "/stories/x/inputs",
                 "/stories/9223372036854775808/inputs/" + "0" * 64 + "/remove",
                 "/runs/9223372036854775808/reviews", "/runs/0/reviews"):
        response = client.post(path)
        assert response.status_code == 404 and "That did not work" in response.text, path


def test_other_errors_get_the_error_page_too(client: TestClient):
    wrong_method = client.get("/stories/1/rebuild")
    assert wrong_method.status_code == 405 and "That did not work" in wrong_method.text
    too_large = client.post("/stories/1/inputs", content=b"x", headers={
        "content-length": str(25 * MAX_UPLOAD_BYTES), "content-type": "multipart/form-data; boundary=b"})
    assert too_large.status_code == 413 and "That did not work" in too_large.text
    cross_site = client.post("/stories/1/rebuild", headers={"origin": "http://evil.example"})
    assert cross_site.status_code == 403 and "evil.example" in cross_site.text
    assert cross_site.headers["content-security-policy"].startswith("default-src 'none'")
