"""A conflict as a schema.org ClaimReview (JSON-LD), the markup fact-checkers publish.

    claim_review(conflict, dossier) -> dict      one ClaimReview for one conflict
    claim_reviews(dossier) -> list[dict]         those a built dossier carries, one per conflict

The review is of the disagreement itself: which values the reports give, where each appears
(outlet, title, date, URL when known, the sentence), and a rating that says the sources
disagree. It is a draft: the publishing organisation replaces `author` with its own name.
"""

from __future__ import annotations

import re
from typing import Any

from corroborate.report.story import figure

# What the review's rating says: we never judge which value is true, only that reports disagree.
RATING = "Disputed: the reports disagree"
AUTHOR = "corroborate (automatic cross-check; replace with the publishing organisation)"


def claim_review(conflict: dict[str, Any], dossier: dict[str, Any]) -> dict[str, Any]:
    by_id = {s["id"]: s for s in dossier["sources"]}
    values = [figure(v) for v in conflict["values"]]
    appearances = [
        _appearance(by_id[m["source"]], m["text"], figure(v))
        for v in conflict["values"]
        for m in v["mentions"]
        if m["source"] in by_id
    ]
    dated = sorted((a for a in appearances if "datePublished" in a), key=lambda a: a["datePublished"])
    explanation = f"Reports give different values for {conflict['topic']}: {' / '.join(values)}."
    if conflict.get("note"):
        explanation += f" {conflict['note'][0].upper()}{conflict['note'][1:]}."
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": f"{conflict['topic']}: {' or '.join(values)}",
        "datePublished": dossier["generated_at"][:10],
        "author": {"@type": "Organization", "name": AUTHOR},
        "reviewRating": {"@type": "Rating", "alternateName": RATING, "ratingExplanation": explanation},
        "itemReviewed": {"@type": "Claim", "appearance": appearances},
    }
    if dated:
        review["itemReviewed"]["firstAppearance"] = dated[0]
    return review


def claim_reviews(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    return [c["claim_review"] for c in dossier["conflicts"] if "claim_review" in c]


def _appearance(source: dict[str, Any], sentence: str, value: str) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "text": re.sub(r"\s+", " ", sentence).strip(),
                            "description": f"states {value}"}
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
