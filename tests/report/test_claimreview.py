"""ClaimReview carries only a person's verdicts; the report and the Markdown show them apart from
the engine's automatic assessment."""

from __future__ import annotations

import lxml.html

from corroborate.report import claim_reviews, render_html, render_markdown
from corroborate.review import ItemKind, Rating, Review, anchors, attach, item_key, item_label


def reviewed(dossier: dict, kind: ItemKind, item: dict, rating: Rating, organisation: str | None = "Harbour Checks",
             note: str = "checked the court record") -> dict:
    key = item_key(kind, item)
    given = Review(key, kind, item_label(kind, item), rating, note, "Ann Roe", organisation,
                   "2026-01-05T09:30:00+00:00", 1, 1, anchors(kind, item))
    return attach(dossier, {key: [given]})


def test_nothing_reviewed_nothing_published(example_dossier: dict):
    assert claim_reviews(example_dossier) == []


def test_a_reviewed_conflict_carries_the_reviewer_s_rating_and_the_engine_s_apart(example_dossier: dict):
    conflict = example_dossier["conflicts"][1]
    [review] = claim_reviews(reviewed(example_dossier, ItemKind.CONFLICT, conflict, Rating.FALSE))
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "how many dissidents (release, June 2025): 14 or 16"
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "False",
                                      "ratingExplanation": "checked the court record",
                                      "author": {"@type": "Person", "name": "Ann Roe"}}
    assert review["author"] == {"@type": "Organization", "name": "Harbour Checks"}
    assert review["datePublished"] == "2026-01-05"  # the verdict's date, not the build's
    automatic = review["automaticAssessment"]
    assert automatic["alternateName"] == "Disputed: the reports disagree"
    assert automatic["author"]["@type"] == "SoftwareApplication"
    assert len(review["itemReviewed"]["appearance"]) == sum(len(v["mentions"]) for v in conflict["values"])


def test_a_reviewed_claim_is_published_and_a_reviewer_with_no_organisation_is_its_author(example_dossier: dict):
    claim = next(c for c in example_dossier["claims"] if c["statement"] == "Mikola Statkevich is 69 years old")
    [review] = claim_reviews(reviewed(example_dossier, ItemKind.CLAIM, claim, Rating.VERIFIED, organisation=None))
    assert review["claimReviewed"] == "Mikola Statkevich is 69 years old"
    assert review["reviewRating"]["alternateName"] == "Verified"
    assert review["author"] == {"@type": "Person", "name": "Ann Roe"}
    assert review["automaticAssessment"]["alternateName"].startswith("Single source")
    [appearance] = review["itemReviewed"]["appearance"]
    assert "69" in appearance["text"] and appearance["headline"]  # the sentence, in its report


def test_the_report_shows_the_verdict_beside_the_automatic_status(example_dossier: dict):
    conflict = example_dossier["conflicts"][1]
    shown = reviewed(example_dossier, ItemKind.CONFLICT, conflict, Rating.MISLEADING)
    page = lxml.html.fromstring(render_html(shown))
    card = page.get_element_by_id(conflict["id"])
    verdict = card.xpath(".//div[contains(@class,'verdict')]")[0].text_content()
    assert "Reviewer's verdict: Misleading" in verdict and "Ann Roe, Harbour Checks, 2026-01-05" in verdict
    assert "checked the court record" in verdict
    automatic = card.xpath(".//p[contains(@class,'automatic')]")[0].text_content()
    assert automatic.startswith("Automatic: the reports disagree") and "no person" not in automatic
    other = page.get_element_by_id(example_dossier["conflicts"][0]["id"])
    assert not other.xpath(".//div[contains(@class,'verdict')]")
    assert "no person has reviewed it" in other.text_content()
    assert not page.xpath("//form")  # the standalone report has no forms


def test_a_reviewed_claim_is_tagged_in_the_matrix_and_the_markdown(example_dossier: dict):
    claim = next(c for c in example_dossier["claims"] if c["statement"] == "Mikola Statkevich is 69 years old")
    shown = reviewed(example_dossier, ItemKind.CLAIM, claim, Rating.FALSE)
    row = lxml.html.fromstring(render_html(shown)).get_element_by_id(claim["id"])
    tag = row.xpath(".//span[contains(@class,'verdict-tag')]")[0].text_content()
    assert tag.startswith("Reviewer: False · Ann Roe")
    text = render_markdown(shown)
    line = next(x for x in text.splitlines() if x.startswith("- Mikola Statkevich is 69 years old"))
    assert line.endswith("**Reviewer's verdict: False** (Ann Roe, Harbour Checks, 2026-01-05): checked the court "
                         "record")
    assert "Reviewer's verdict" not in render_markdown(example_dossier)


def test_a_verdict_given_under_other_words_says_what_it_was_given_for(example_dossier: dict):
    conflict = example_dossier["conflicts"][1]
    earlier = dict(conflict, topic="how many more prisoners (release, June 2025)")
    key = item_key(ItemKind.CONFLICT, earlier)
    given = Review(key, ItemKind.CONFLICT, item_label(ItemKind.CONFLICT, earlier), Rating.FALSE, "", "Ann Roe", None,
                   "2026-01-05T09:30:00+00:00", 1, 1, anchors(ItemKind.CONFLICT, conflict))
    card = lxml.html.fromstring(render_html(attach(example_dossier, {key: [given]}))).get_element_by_id(conflict["id"])
    assert "Reviewed as: how many more prisoners (release, June 2025): 14 or 16" in card.text_content()
