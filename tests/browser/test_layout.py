"""Every section of the report and the app reads at a phone's width and a desktop's: no table is cut
off without a hint, and a screenshot of each section is kept for a person to look at."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate import pipeline

from .conftest import DESKTOP, PHONE

# For every table: does it fit its box, or does a visible hint say the box scrolls sideways?
TABLES = """() => Array.from(document.querySelectorAll('table')).filter(t => t.offsetParent !== null).map(t => {
  const box = t.closest('.scroll') || t.parentElement;
  const hint = box.previousElementSibling;
  return {section: (t.closest('section') || document.body).id, fits: t.scrollWidth <= box.clientWidth + 1,
          hinted: !!hint && hint.classList.contains('scroll-hint') && hint.offsetParent !== null,
          right: Math.round(box.getBoundingClientRect().right)};
})"""


def sections(page) -> list[str]:
    return page.eval_on_selector_all("section[id]", "nodes => nodes.map(n => n.id)")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_every_section_reads_at_the_width(page, viewport: dict, example_build: pipeline.BuildResult,
                                          live_app: str, screenshots: Path):
    page.set_viewport_size(viewport)
    pages = (("report", example_build.report_path.as_uri()), ("app", f"{live_app}/runs/1"),
             ("app-index", f"{live_app}/"), ("app-story", f"{live_app}/stories/1"))
    for name, address in pages:
        page.goto(address)
        # Open every <details>, so the tables inside them are measured too.
        page.eval_on_selector_all("details", "nodes => nodes.forEach(n => { n.open = true; })")
        page.evaluate("window.dispatchEvent(new Event('resize'))")
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], name
        tables = page.evaluate(TABLES)
        assert tables, name
        for table in tables:
            assert table["fits"] or table["hinted"], (name, viewport["width"], table)
            assert table["right"] <= viewport["width"], (name, table)
        page.goto(address)  # details closed again: the screenshots show what a reader first sees
        if not name.startswith("app-"):  # the report's sections, in the report and in the app's run page
            found = sections(page)
            assert {"story", "conflicts", "ledger", "timeline", "claims", "entities", "sources"} <= set(found)
            for section in found:
                shot = screenshots / f"{name}-{section}-{viewport['width']}.png"
                page.locator(f"section#{section}").screenshot(path=str(shot))
                assert shot.stat().st_size > 2_000, shot
        else:
            shot = screenshots / f"{name}-{viewport['width']}.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 2_000, shot


def test_phone_tables_become_cards_with_their_column_names(page, example_build: pipeline.BuildResult):
    """At 390 px the ledger is one card per trade, each value under its column's name."""
    page.set_viewport_size(PHONE)
    page.goto(example_build.report_path.as_uri())
    row = page.locator("#ledger table.cards tr").nth(1)
    assert row.evaluate("r => getComputedStyle(r).display") == "block"
    label = row.locator("td").first.evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"Gave"'
    assert page.locator("#ledger table.cards tr").first.is_hidden()  # the header row: its names are on the cards
    page.set_viewport_size(DESKTOP)
    assert row.evaluate("r => getComputedStyle(r).display") == "table-row"


def test_the_claim_matrix_says_it_scrolls_at_a_phone_width(page, example_build: pipeline.BuildResult):
    page.set_viewport_size(PHONE)
    page.goto(example_build.report_path.as_uri())
    hint = page.locator("#claims .scroll-hint").first
    assert hint.is_visible() and "scroll sideways" in hint.text_content()
    page.set_viewport_size(DESKTOP)
    page.evaluate("window.dispatchEvent(new Event('resize'))")
    # At 1280 px the example's matrix fits: no hint.
    assert not page.locator("#claims .scroll-hint.shown").count()
