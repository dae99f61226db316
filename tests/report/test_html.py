"""report.html: the views in order, every item linked to exact characters, inert article text."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import lxml.html
import pytest

from corroborate import pipeline, store
from corroborate.report import render_html, render_markdown
from corroborate.report.html import SCRIPT
from corroborate.report.story import plain, story_paragraph
from corroborate.report.views import views
from corroborate.review import ItemKind, Rating, Review, attach, item_key

SECTIONS = ("story", "conflicts", "ledger", "timeline", "claims", "entities", "sources")
# Attributes through which HTML runs script or loads something.
ACTIVE = re.compile(r"^on|^(src|href|action|formaction|srcdoc)$")


@pytest.fixture(scope="module")
def example_html(example_build: pipeline.BuildResult) -> str:
    assert example_build.report_path is not None
    return example_build.report_path.read_text("utf-8")


def spans_linked(html: str) -> list[tuple[str, int, int, str]]:
    """(source, start, end, link text) of every link to a span."""
    page = lxml.html.fromstring(html)
    found = []
    for link in page.xpath("//*[@data-span]"):
        source, start, end = link.get("data-span").split(":")
        found.append((source, int(start), int(end), link.text_content()))
    return found


def test_sections_come_in_the_order_readers_need(example_html: str):
    at = [example_html.index(f'<section id="{name}">') for name in SECTIONS]
    assert at == sorted(at)


def test_report_is_one_file_that_loads_nothing(example_html: str):
    assert len(example_html.encode()) < 2_000_000
    page = lxml.html.fromstring(example_html)
    for element in page.iter():
        for name, value in element.attrib.items():
            if ACTIVE.match(name):
                assert name.startswith("href") and value.startswith("#"), (element.tag, name, value)
    assert "url(" not in example_html.split("</style>")[0].split("<style>")[1]
    scripts = page.xpath("//script")
    assert [s.get("type") for s in scripts] == [None]  # no ClaimReview block: nobody reviewed anything
    # The one script that runs is ours, and the page's policy allows it by its hash, nothing else.
    policy = page.xpath("//meta[@http-equiv='Content-Security-Policy']")[0].get("content")
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    assert scripts[0].text == SCRIPT and f"script-src 'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy


def test_every_link_points_at_exact_characters(example_html: str, example_dossier: dict):
    texts = {s["id"]: s["text"] for s in example_dossier["sources"]}
    linked = spans_linked(example_html)
    assert len(linked) > sum(len(e["mentions"]) for e in example_dossier["entities"])
    for source, start, end, _ in linked:
        assert 0 <= start < end <= len(texts[source])
    # Links whose words are the span's own words: the words are exactly those characters.
    quoted = [(s, a, b, t) for s, a, b, t in linked if t == texts[s][a:b]]
    assert len(quoted) > 500


def test_conflict_values_link_to_the_number_in_its_sentence(example_html: str, example_dossier: dict):
    page = lxml.html.fromstring(example_html)
    texts = {s["id"]: s["text"] for s in example_dossier["sources"]}
    figures = page.xpath("//article[contains(@class,'conflict')]//div[@class='figure']/a")
    assert [f.text_content() for f in figures] == ["more than 250", "more than 430", "14", "16"]
    for figure in figures:
        source, start, end = figure.get("data-span").split(":")
        assert figure.text_content().split()[-1] in texts[source][int(start) : int(end)]
    marked = page.xpath("//article[contains(@class,'conflict')]//blockquote/mark/a")
    assert "16" in [m.text_content() for m in marked]


def test_the_story_paragraph_tells_sources_events_trades_and_conflicts(example_dossier: dict):
    parts = story_paragraph(example_dossier)
    text = plain(parts)
    # It leads with what independent origins agree on, the figures first, each linked to its words.
    assert text.startswith("Independent sources agree that the release (mid-December) involved 123 prisoners "
                           "(2 independent origins), that Ales Bialiatski is described as “Nobel laureate”")
    assert "This rests on 5 reports from 3 independent origins (2 of them retell another)" in text
    assert text.index("agree that") < text.index("This rests on") < text.index("They disagree")
    assert "a release in June 2025" in text and "a release on 13 December 2025" in text
    assert "in exchange for" in text and "(done, 2 independent sources)" in text
    assert "They disagree on 2 points." in text
    assert "on how many dissidents (release, June 2025), 2 reports say 14 while 1 report says 16." in text
    texts = {s["id"]: s["text"] for s in example_dossier["sources"]}
    linked = [p for p in parts if p.span]
    assert len(linked) >= 10
    for part in linked:
        span = part.span
        assert texts[span["source"]][span["start"] : span["end"]] == span["text"]
    numbers = [p for p in linked if p.text in ("14", "16", "123")]
    assert [p.span["text"] for p in numbers] == ["123", "14", "16"]


def test_the_story_paragraph_never_calls_one_origin_agreement(example_dossier: dict):
    """With every claim resting on one origin, the lead says so instead of telling an agreed fact."""
    single = {**example_dossier, "claims": [{**c, "independent_sources": 1} for c in example_dossier["claims"]]}
    text = plain(story_paragraph(single))
    assert text.startswith("No figure or description is stated alike by two independent origins")
    assert "agree that" not in text


def test_the_story_paragraph_of_another_story(hostages_store):
    """The same sentences tell an invented story: nothing in them belongs to the example."""
    conn = store.connect(hostages_store)
    try:
        _, dossier = store.load_dossier(conn)
    finally:
        conn.close()
    text = plain(story_paragraph(dossier))
    assert "This rests on 4 reports from 2 independent origins (2 of them retell another), dated 2026-03-14" in text
    assert "a meeting on 5 March 2026" in text and "a release on 13 March 2026" in text
    assert text.startswith("No figure or description is stated alike by two independent origins.")
    assert ("On how many detained militia fighters (release, 12 March 2026), 2 reports say 40 while 1 report says 41;"
            in text)
    assert "on the date of the release of 40 detained militia fighters, 1 report says 2026-03-15 while" in text


def test_derived_reports_sit_under_their_origin_in_the_claim_matrix(example_dossier: dict):
    columns = views(example_dossier)["columns"]
    origins = [c["origin"] for c in columns]
    # Each origin's reports are side by side, the origin first.
    assert origins == sorted(origins, key=origins.index)
    for c in columns:
        assert c["derived"] == (c["source"]["id"] != c["origin"])
        assert c["first"] == (not c["derived"])
    assert sum(c["derived"] for c in columns) == 2


def test_claims_are_grouped_by_status(example_html: str, example_dossier: dict):
    section = example_html[example_html.index('<section id="claims">') : example_html.index('<section id="entities">')]
    for status in ("Contradicted", "Corroborated", "Single-source"):
        assert f"<h3>{status} " in section
    rows = lxml.html.fromstring(section).xpath("//tr[starts-with(@id,'claim-')]")
    assert len(rows) == len(example_dossier["claims"])
    in_conflict = {v["claim"] for c in example_dossier["conflicts"] for v in c["values"]}
    assert section.count("see the conflict") == len(in_conflict) == 4


def test_the_timeline_places_dated_events_and_links_them(example_html: str):
    section = example_html[example_html.index('<section id="timeline">') : example_html.index('<section id="claims">')]
    page = lxml.html.fromstring(section)
    circles = page.xpath("//svg//a[@data-span]/circle")
    assert len(circles) >= 9
    assert "13 December 2025" in section and "(contradicted)" in section
    ledger = example_html[example_html.index('<section id="ledger">') : example_html.index('<section id="timeline">')]
    assert "release spare Boeing parts" in ledger and "failed" in ledger


def test_entities_show_every_spelling_with_its_mentions(example_html: str):
    section = example_html[example_html.index('<section id="entities">') : example_html.index('<section id="sources">')]
    assert "Sviatlana Tsikhanouskaya" in section and "Svetlana Tikhanovskaya" in section
    assert '<details class="alias"><summary>Svetlana Tikhanovskaya' in section
    assert "why one entity" in section
    mentions = [t for _, _, _, t in spans_linked(section)]
    assert "Svetlana Tikhanovskaya" in mentions


def test_sources_show_metadata_the_derivation_graph_and_removed_blocks(example_html: str):
    section = example_html[example_html.index('<section id="sources">') :]
    page = lxml.html.fromstring(section)
    assert len(page.xpath("//svg//path[@marker-end]")) == 2  # two reports derive from another
    assert section.count("own origin") == 3
    assert '<span class="tag">cites</span> 001_4db85db2f9b590c3.txt' in section
    assert "Why it derives from another report" in section and "Where the metadata was read" in section
    assert "Komentari 0" in section  # a removed block, kept and shown
    assert len(page.xpath("//div[@class='text' and starts-with(@id,'text-src-')]")) == 5


def test_hostile_article_text_stays_text(hostile_build: pipeline.BuildResult):
    assert hostile_build.report_path is not None
    html = hostile_build.report_path.read_text("utf-8")
    assert hostile_build.dossier["conflicts"], "the payloads sit in the sentences of a conflict"
    page = lxml.html.fromstring(html)
    assert len(page.xpath("//script")) == 1  # our reader; no other
    assert not page.xpath("//img | //a[starts-with(@href,'javascript')]")
    for element in page.iter():
        assert not [name for name in element.attrib if name.startswith("on")], element.tag
    assert html.count("&lt;script&gt;window.__xss") >= 2 and "onerror=&#34;window.__xss" in html


def test_hostile_text_in_a_reviewed_item_stays_inside_the_claim_review_block(hostile_build: pipeline.BuildResult):
    conflict = hostile_build.dossier["conflicts"][0]
    key = item_key(ItemKind.CONFLICT, conflict)
    note = "</script><script>window.__xss = 'note'</script>"
    verdict = Review(key, ItemKind.CONFLICT, "as seen", Rating.FALSE, note, "<b>Ann</b>", None, "2026-01-02T00:00:00",
                     1, 1)
    html = render_html(attach(hostile_build.dossier, {key: [verdict]}))
    page = lxml.html.fromstring(html)
    scripts = page.xpath("//script")
    assert [s.get("type") for s in scripts] == ["application/ld+json", None]  # the data block, then our reader
    assert json.loads(scripts[0].text)["reviewRating"]["ratingExplanation"] == note
    assert "<b>Ann</b>" not in html.split("application/ld+json")[1] and "&lt;b&gt;Ann&lt;/b&gt;" in html


def test_markdown_export_tells_the_same_story_and_escapes_html(example_dossier: dict,
                                                               hostile_build: pipeline.BuildResult):
    text = render_markdown(example_dossier)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert [h.split(" (")[0] for h in headings] == [
        "## The story", "## Conflicts", "## Exchange ledger", "## Timeline", "## Claims", "## Entities", "## Sources"]
    assert "The release of **16** prisoners" in text
    assert "(bne IntelliNews, chars " in text
    hostile = render_markdown(hostile_build.dossier)
    assert "<script" not in hostile and "<img" not in hostile and "<a href" not in hostile
    assert "&lt;script>window.\\_\\_xss" in hostile


def test_each_conflict_is_an_unrated_claim_review_draft_in_the_dossier(example_dossier: dict, example_html: str):
    for conflict in example_dossier["conflicts"]:
        review = conflict["claim_review"]
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert "reviewRating" not in review and "author" not in review  # only a person rates
        assert review["automaticAssessment"]["alternateName"].startswith("Disputed")
        appearances = review["itemReviewed"]["appearance"]
        assert len(appearances) == sum(len(v["mentions"]) for v in conflict["values"])
    first = example_dossier["conflicts"][1]["claim_review"]
    assert first["claimReviewed"] == "how many dissidents (release, June 2025): 14 or 16"
    assert first["itemReviewed"]["firstAppearance"]["datePublished"] == "2025-12-23"
    assert not lxml.html.fromstring(example_html).xpath("//script[@type='application/ld+json']")


def test_render_is_the_same_for_the_same_dossier(example_dossier: dict):
    assert render_html(example_dossier) == render_html(json.loads(json.dumps(example_dossier)))


def test_the_time_axis_stays_readable_over_decades(example_dossier: dict):
    dossier = json.loads(json.dumps(example_dossier))
    dossier["events"][0]["date"].update(value="1994-07", precision="month")  # a story that began long ago
    ticks = views(dossier)["timeline"]["ticks"]
    assert 3 <= len(ticks) <= 12
    assert ticks[0]["label"] in ("1995", "1996", "2000") and all(len(t["label"]) == 4 for t in ticks)
    short = views(example_dossier)["timeline"]["ticks"]
    assert [t["label"] for t in short][:2] == ["2025-02", "2025-03"]  # monthly, from the first dated month


def test_conflict_topics_read_as_a_sentence_says_them():
    from corroborate.report.story import _topic

    assert _topic({"kind": "date", "topic": "when: release: 40 fighters"}) == "the date of the release of 40 fighters"
    assert (_topic({"kind": "place", "topic": "where (to): release: 52 prisoners"})
            == "the place (to) of the release of 52 prisoners")
    assert _topic({"kind": "number", "topic": "how many dissidents (release, June 2025)"}) == (
        "how many dissidents (release, June 2025)")
