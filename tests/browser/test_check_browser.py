"""The app's check page in a real browser: paste an article, see it marked, click to the evidence."""

from __future__ import annotations

ARTICLE = (
    "Valdoria's government released 41 militia fighters on Friday in exchange for three foreign aid "
    "workers held by the Red Ridge militia, officials in Porto Lenz said.\n\n"
    "Interior Minister Paulo Restrepo thanked Oman for mediating the swap, which freed the fighters "
    "from Kessel prison. <img src=x onerror=\"window.__xss=1\">\n"
)


def test_pasting_an_article_shows_it_marked_and_a_mark_leads_to_its_evidence(page, live_app: str):
    page.goto(f"{live_app}/check")
    form = page.locator("form.check")
    form.locator("textarea").fill(ARTICLE)
    form.locator("button[type=submit]").click()
    page.wait_for_selector("#article mark")
    assert page.evaluate("typeof window.__xss") == "undefined"
    mark = page.locator("#article mark.v-contradicted").first
    assert mark.text_content() == "41"
    mark.click()
    assert page.evaluate("location.hash") == "#ev-0"
    card = page.locator("#ev-0")
    assert card.is_visible() and "contradicted" in card.text_content() and "01_herald.txt" in card.text_content()
