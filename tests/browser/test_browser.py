"""The report and the app in headless Chromium: clicks land on the exact characters, uploads
appear, hostile text stays inert, and pages fit desktop and phone widths."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate import pipeline

from ..conftest import STORIES
from .conftest import DESKTOP, PHONE

# One link of each view: its CSS selector in the page.
LINKS = {
    "story": "#story a[data-span]",
    "conflict sentence": ".conflict blockquote mark a[data-span]",
    "ledger": "#ledger td a[data-span]",
    "timeline circle": "#timeline svg a[data-span]",
    "timeline row": "#timeline table a[data-span]",
    "claim matrix": "#claims td.cell a[data-span]",
    "entity mention": "#entities ul.mentions a[data-span]",
    "metadata": "#sources details table a[data-span]",
}


def open_built_run(page, live_app: str) -> None:
    """After a post that queues a build: the story's page refreshes until the job is done; open its run."""
    page.wait_for_url(f"{live_app}/stories/1")
    page.locator("#build[data-state=done] a").click(timeout=120_000)
    page.wait_for_url(f"{live_app}/runs/2")


def highlighted(page) -> str:
    page.wait_for_selector("#reader:not([hidden]) #highlight")
    return page.text_content("#highlight")


def span_text(dossier: dict, ref: str) -> str:
    source, start, end = ref.split(":")
    text = next(s["text"] for s in dossier["sources"] if s["id"] == source)
    return text[int(start) : int(end)]


def test_clicking_a_conflict_value_highlights_that_number(page, example_build: pipeline.BuildResult,
                                                          example_dossier: dict):
    page.goto(example_build.report_path.as_uri())
    figures = page.locator(".conflict .figure a[data-span]")
    assert figures.count() == 4
    for i in range(figures.count()):
        figure = figures.nth(i)
        figure.click()
        shown = highlighted(page)
        assert shown == span_text(example_dossier, figure.get_attribute("data-span"))
        assert shown.split()[-1] == figure.text_content().split()[-1]  # "more than 250" -> "250"
        box, reader = page.locator("#highlight").bounding_box(), page.locator("#reader").bounding_box()
        assert reader["y"] <= box["y"] <= reader["y"] + reader["height"], "scrolled into view"
        assert page.evaluate("location.hash") == "#span=" + figure.get_attribute("data-span")
    page.keyboard.press("Escape")
    assert page.locator("#reader").is_hidden()


@pytest.mark.parametrize("view", LINKS)
def test_every_view_links_to_its_exact_characters(page, view: str, example_build: pipeline.BuildResult,
                                                  example_dossier: dict):
    page.goto(example_build.report_path.as_uri())
    links = page.locator(LINKS[view])
    assert links.count() > 0
    for i in {0, links.count() // 2, links.count() - 1}:
        link = links.nth(i)
        link.dispatch_event("click")  # links inside closed <details> are clicked as a script would
        assert highlighted(page) == span_text(example_dossier, link.get_attribute("data-span"))


def test_a_span_address_opens_the_reader(page, example_build: pipeline.BuildResult, example_dossier: dict):
    span = example_dossier["conflicts"][1]["values"][1]["mentions"][0]
    page.goto(f"{example_build.report_path.as_uri()}#span={span['source']}:{span['start']}:{span['end']}")
    assert highlighted(page) == span["text"]


def test_hostile_text_stays_inert_in_the_report(page, hostile_build: pipeline.BuildResult):
    page.goto(hostile_build.report_path.as_uri())
    links = page.locator("a[data-span]")
    for i in range(links.count()):
        links.nth(i).dispatch_event("click")
    page.hover("#conflicts")
    assert page.evaluate("typeof window.__xss") == "undefined"
    shown = page.text_content(".conflict")  # the payloads, shown as the text they are
    assert "<img src=x onerror=\"window.__xss = 'img'\">" in shown and '<a href="javascript:' in shown
    assert "<script>window.__xss" in page.text_content("#claims")


def test_uploading_a_report_in_the_app_adds_it(page, live_app: str):
    page.goto(f"{live_app}/stories/1")
    form = page.locator("form.add")
    form.locator("input[type=file]").set_input_files(str(STORIES / "hostile" / "01_hostile.txt"))
    form.locator("button[type=submit]").click()
    open_built_run(page, live_app)
    assert "01_hostile.txt" in page.text_content("#sources")
    assert page.evaluate("typeof window.__xss") == "undefined"
    page.locator(".conflict .figure a[data-span]").first.click()
    assert highlighted(page) in ("40", "41")
    page.goto(f"{live_app}/stories/1")
    assert "01_hostile.txt" in page.text_content("#inputs")


def test_pasting_a_report_in_the_app_adds_it(page, live_app: str):
    page.goto(f"{live_app}/stories/1")
    form = page.locator("form.add")
    form.locator("input[name=title]").fill("Aid workers home")
    form.locator("textarea").fill("The three aid workers landed in Muscat on Saturday, the foreign ministry said.")
    form.locator("button[type=submit]").click()
    open_built_run(page, live_app)
    assert "Aid workers home" in page.text_content("#sources")


def test_search_in_the_app(page, live_app: str):
    page.goto(live_app)
    page.fill("input[name=q]", "restrepo")
    page.press("input[name=q]", "Enter")
    page.wait_for_url(f"{live_app}/search?q=restrepo")
    page.locator("main a[href^='/runs/1#ent-']").first.click()
    assert page.url.startswith(f"{live_app}/runs/1#ent-")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_screenshots_fit_the_width(page, viewport: dict, example_build: pipeline.BuildResult, live_app: str,
                                   screenshots: Path):
    page.set_viewport_size(viewport)
    for name, address in (("report", example_build.report_path.as_uri()), ("app", f"{live_app}/runs/1")):
        page.goto(address)
        # Wide tables and drawings scroll inside their own box; the page itself never scrolls sideways.
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], name
        shot = screenshots / f"{name}-{viewport['width']}.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
        page.locator(".conflict .figure a[data-span]").first.click()
        page.screenshot(path=str(screenshots / f"{name}-{viewport['width']}-reading.png"))


def test_rebuilding_a_story_in_the_app(page, live_app: str):
    page.goto(f"{live_app}/stories/1")
    page.click("text=Rebuild without adding")
    open_built_run(page, live_app)
    assert page.locator(".conflict").count() == 2


def test_the_reader_works_from_the_keyboard(page, example_build: pipeline.BuildResult):
    page.goto(example_build.report_path.as_uri())
    figure = page.locator(".conflict .figure a[data-span]").nth(3)
    figure.focus()
    page.keyboard.press("Enter")
    assert highlighted(page) == "16"
    assert page.evaluate("document.activeElement.id") == "reader"
    page.keyboard.press("Escape")
    assert page.locator("#reader").is_hidden()
    assert page.evaluate("document.activeElement.getAttribute('data-span')") == figure.get_attribute("data-span")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_reviewer_marks_a_conflict_and_only_it_is_published(page, viewport: dict, live_app: str, screenshots: Path):
    page.set_viewport_size(viewport)
    page.goto(f"{live_app}/runs/1")
    conflicts = page.locator("article.conflict")
    assert conflicts.count() == 2
    card = conflicts.first
    conflict_id = card.get_attribute("id")
    card.locator("details.review summary").click()
    form = card.locator("form.review-form")
    form.locator("select[name=rating]").select_option("false")
    form.locator("textarea[name=note]").fill("The port authority's list names 40 fighters.")
    form.locator("input[name=reviewer]").fill("Ann Roe")
    form.locator("input[name=organisation]").fill("Harbour Checks")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], "the form fits the width"
    with page.expect_navigation(url=f"{live_app}/runs/1#{conflict_id}"):
        form.locator("button[type=submit]").click()
    verdict = page.locator(f"#{conflict_id} .verdict")
    assert "Reviewer's verdict: False" in verdict.text_content() and "Ann Roe, Harbour Checks" in verdict.text_content()
    assert page.locator(".verdict").count() == 1  # the other conflict stays unreviewed
    page.screenshot(path=str(screenshots / f"app-{viewport['width']}-reviewed.png"))

    page.goto(f"{live_app}/runs/1/report.html")
    assert "Reviewer's verdict: False" in page.text_content(f"#{conflict_id} .verdict")
    assert page.locator(".verdict").count() == 1
    published = page.request.get(f"{live_app}/runs/1/claimreview.jsonld").json()
    assert len(published) == 1  # the unreviewed conflict and every claim are absent
    assert published[0]["reviewRating"]["alternateName"] == "False"
    assert published[0]["author"]["name"] == "Harbour Checks"
    assert published[0]["reviewRating"]["author"]["name"] == "Ann Roe"
    topic = page.text_content(f"#{conflict_id} h3")
    assert published[0]["claimReviewed"].startswith(topic)
