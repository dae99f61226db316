"""schema.org ClaimReview (JSON-LD), the markup fact-checkers publish, for the items a person reviewed.

    claim_reviews(dossier) -> list[dict]       one ClaimReview per reviewed conflict and claim; none else
    claim_review(conflict, dossier) -> dict    a conflict's unrated draft (the dossier's `claim_review`)

Only a person rates. A reviewed item's `reviewRating` is the reviewer's verdict (`alternateName`:
Verified, False, Misleading or Unverified; the note as `ratingExplanation`; the reviewer as the
rating's `author`), and the ClaimReview's `author` is the reviewer's organisation. What the engine
found by itself (that the reports disagree; how many independent sources state a claim) is in
`automaticAssessment`, a field of its own that no reader of ClaimReview takes for the rating. An
item nobody reviewed is absent from the export, so the engine's cross-check is never published
as a fact-checker's verdict. Each appearance names where the claim was made (outlet, title, date,
URL when known, the sentence).
"""

from __future__ import annotations

import re
from typing import Any

from corroborate.report.story import figure
from corroborate.review import ItemKind, item_label

# What the engine says of a conflict: never which value is true, only that the reports disagree.
AUTOMATIC_CONFLICT = "Disputed: the reports disagree"
# What the engine says of a claim, by its status.
AUTOMATIC_CLAIM = {
    "corroborated": "Corroborated: stated by {n} independent sources",
    "contradicted": "Contradicted: other reports give another value",
    "single-source": "Single source: stated by one independent source",
}
# Who made the automatic assessment, said so that no one takes it for a fact-checker.
ENGINE = {"@type": "SoftwareApplication", "name": "corroborate",
          "description": "automatic cross-check of the reports; not a fact-checker's verdict"}


def claim_reviews(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    """A ClaimReview for each conflict and claim that carries a person's `review` (see
    review.attach), conflicts first; unreviewed items are left out."""
    return [
        _reviewed(kind, item, dossier)
        for kind, field in ((ItemKind.CONFLICT, "conflicts"), (ItemKind.CLAIM, "claims"))
        for item in dossier[field]
        if item.get("review")
    ]


def claim_review(conflict: dict[str, Any], dossier: dict[str, Any]) -> dict[str, Any]:
    """A conflict as an unrated ClaimReview: where each value appears, and the engine's automatic
    assessment. A person's verdict is what would make it publishable."""
    by_id = {s["id"]: s for s in dossier["sources"]}
    appearances = [
        _appearance(by_id[m["source"]], m["text"], figure(v))
        for v in conflict["values"]
        for m in v["mentions"]
        if m["source"] in by_id
    ]
    values = " / ".join(figure(v) for v in conflict["values"])
    explanation = f"Reports give different values for {conflict['topic']}: {values}."
    if conflict.get("note"):
        explanation += f" {conflict['note'][0].upper()}{conflict['note'][1:]}."
    return _draft(item_label(ItemKind.CONFLICT, conflict), appearances, AUTOMATIC_CONFLICT, explanation,
                  dossier["generated_at"][:10])


def _claim_draft(claim: dict[str, Any], dossier: dict[str, Any]) -> dict[str, Any]:
    by_id = {s["id"]: s for s in dossier["sources"]}
    appearances = [_appearance(by_id[m["source"]], m["text"], None) for m in claim["mentions"] if m["source"] in by_id]
    n = claim["independent_sources"]
    automatic = AUTOMATIC_CLAIM.get(claim["status"], claim["status"]).format(n=n)
    explanation = f"{n} independent source{'' if n == 1 else 's'} (origins, not reports) state it."
    return _draft(claim["statement"], appearances, automatic, explanation, dossier["generated_at"][:10])


def _draft(claimed: str, appearances: list[dict[str, Any]], automatic: str, explanation: str,
           generated: str) -> dict[str, Any]:
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claimed,
        "datePublished": generated,
        "itemReviewed": {"@type": "Claim", "appearance": appearances},
        "automaticAssessment": {"@type": "Rating", "alternateName": automatic, "ratingExplanation": explanation,
                                "author": ENGINE},
    }
    dated = sorted((a for a in appearances if "datePublished" in a), key=lambda a: a["datePublished"])
    if dated:
        review["itemReviewed"]["firstAppearance"] = dated[0]
    return review


def _reviewed(kind: ItemKind, item: dict[str, Any], dossier: dict[str, Any]) -> dict[str, Any]:
    """The draft with the person's verdict as its rating, and their organisation as its author."""
    verdict = item["review"]
    review = claim_review(item, dossier) if kind is ItemKind.CONFLICT else _claim_draft(item, dossier)
    person = {"@type": "Person", "name": verdict["reviewer"]}
    review["datePublished"] = verdict["date"][:10]
    review["author"] = {"@type": "Organization", "name": verdict["organisation"]} if verdict["organisation"] else person
    review["reviewRating"] = {"@type": "Rating", "alternateName": verdict["rating"].capitalize(),
                              "ratingExplanation": verdict["note"], "author": person}
    return review


def _appearance(source: dict[str, Any], sentence: str, value: str | None) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "text": re.sub(r"\s+", " ", sentence).strip()}
    if value:
        work["description"] = f"states {value}"
    if source.get("title"):
        work["headline"] = source["title"]
    if source.get("url"):
        work["url"] = source["url"]
    if source.get("published"):
        work["datePublished"] = source["published"]
    if source.get("outlet"):
        work["publisher"] = {"@type": "Organization", "name": source["outlet"]}
    if source.get("bylines"):
        work["author"] = [{"@type": "Person", "name": b} for b in source["bylines"]]
    return work
