"""A person's verdicts on the engine's claims and conflicts: the ratings, the stable key of the item
a verdict is about, and the dossier as shown with its story's verdicts.

    Rating                                  verified, false, misleading, unverified
    item_key(kind, item) -> str             "conflict/3f0c…": survives rebuilds (see below)
    item_label(kind, item) -> str           the item in words, as the reviewer saw it
    items(dossier) -> {key: (kind, item)}   every claim and conflict a run has, by key
    attach(dossier, history) -> dossier     a copy whose reviewed items carry `review` and `reviews`

The engine's own verdict (a conflict's "the reports disagree", a claim's status) is automatic; a
Review is a person's, and the two are never mixed: the report shows them apart and ClaimReview
carries only the person's as its rating.

The key. Run-local ids (`conflict-002`, `claim-013`) are numbered in the order a run finds its
items, so one more report renumbers them. A verdict is about a fact as worded, so its key is a
hash of the item's kind and its words, folded (accents, typographic quotes, case and spacing
ignored):
  - a conflict: its `kind` and `topic` ("how many dissidents (release, June 2025)": what is
    counted, the happening, its time), not its values: a report added later with a third value
    leaves the question, and the verdict on it, in place (the verdict keeps the words it was given
    for, `reviewed_as`, so a changed item is visible);
  - a claim: its `kind` and `statement`, which carries its value (a claim is one value of one fact:
    "release: 16 dissidents (June 2025)"), its person and description, or its speaker and words.
Rebuilding the same inputs gives the same keys. An added or removed report can change the words
(the noun a topic counts is taken from one of the reports), so a verdict also keeps its anchors,
the exact places its item is stated (a conflict's sentences, a claim's values: source id, which
is a hash of the report's bytes, and offsets). An item whose key has no verdict takes the verdict
of a vanished key (of the same kind, no longer in the run) that shares an anchor with it: the same
sentence, in the same report, stating the same thing. Measured on examples/belarus-2025, built
without its first (then its last) report and then with all five, a verdict on every item of the
smaller run: keys alone carry 72 of 81 (76 of 77) to the full run, run-local ids would name the
same item for 22 (1), keys and anchors carry all 81 (77), the two conflicts whose topic changed
noun included. Rebuilding the same inputs keeps all 87 keys. Keys are
per story (the store files verdicts under the story): the same words in another story are
another fact.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from anyascii import anyascii

# Hex digits of sha256 kept in a key: 64 bits, so two items of one story never share one by chance.
KEY_HEX = 16


class Rating(StrEnum):
    """A reviewer's verdict on a claim or conflict (schema.org reviewRating's alternateName)."""

    VERIFIED = "verified"
    FALSE = "false"
    MISLEADING = "misleading"
    UNVERIFIED = "unverified"  # looked into, and could not be confirmed or refuted


class ItemKind(StrEnum):
    """What a review is about."""

    CLAIM = "claim"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class Review:
    """One version of a person's verdict on one item of a story."""

    key: str
    kind: ItemKind
    label: str  # the item in words when it was reviewed
    rating: Rating
    note: str
    reviewer: str
    organisation: str | None
    created: str  # ISO 8601, UTC
    version: int  # 1 for the first verdict on the item; the highest is current
    run_id: int  # the run the reviewer was reading
    anchors: tuple[str, ...] = ()  # "source:start:end" of where the item is stated (see anchors())

    def shown(self) -> dict[str, Any]:
        """As the dossier shown with its verdicts carries it (JSON values only)."""
        return {"rating": self.rating.value, "note": self.note, "reviewer": self.reviewer,
                "organisation": self.organisation, "date": self.created, "version": self.version,
                "reviewed_as": self.label, "run": self.run_id}


def item_key(kind: ItemKind, item: Mapping[str, Any]) -> str:
    words = item["topic"] if kind is ItemKind.CONFLICT else item["statement"]
    digest = hashlib.sha256(f"{item['kind']}\x1f{_folded(words)}".encode()).hexdigest()
    return f"{kind.value}/{digest[:KEY_HEX]}"


def anchors(kind: ItemKind, item: Mapping[str, Any]) -> tuple[str, ...]:
    """Where the item is stated: a conflict's sentences, a claim's value spans ("source:start:end")."""
    if kind is ItemKind.CONFLICT:
        spans = [m for v in item["values"] for m in v["mentions"]]
    else:
        spans = [v["span"] for v in item.get("values", ())]
    return tuple(sorted({f"{m['source']}:{m['start']}:{m['end']}" for m in spans}))


def item_label(kind: ItemKind, item: Mapping[str, Any]) -> str:
    """A conflict as "topic: 14 or 16"; a claim as its statement."""
    if kind is ItemKind.CLAIM:
        return str(item["statement"])
    from corroborate.report.story import figure  # the report's wording of a value

    return f"{item['topic']}: {' or '.join(figure(v) for v in item['values'])}"


def items(dossier: Mapping[str, Any]) -> dict[str, tuple[ItemKind, Mapping[str, Any]]]:
    """Every conflict and claim of a dossier by its key (the first, where two share one)."""
    found: dict[str, tuple[ItemKind, Mapping[str, Any]]] = {}
    for kind, field in ((ItemKind.CONFLICT, "conflicts"), (ItemKind.CLAIM, "claims")):
        for item in dossier[field]:
            found.setdefault(item_key(kind, item), (kind, item))
    return found


def attach(dossier: Mapping[str, Any], history: Mapping[str, Sequence[Review]]) -> dict[str, Any]:
    """A copy of `dossier` in which each reviewed claim and conflict carries `review` (the current
    verdict) and `reviews` (every version, the latest first). `history` maps keys to versions,
    latest first. The dossier itself is left as the run wrote it."""
    shown = dict(dossier)
    present = set(items(dossier))
    # Verdicts whose item has no key in this run, by where they were stated.
    vanished: dict[tuple[ItemKind, str], str] = {}
    for key, versions in history.items():
        if key not in present and versions:
            for anchor in versions[0].anchors:
                vanished.setdefault((versions[0].kind, anchor), key)
    for kind, field in ((ItemKind.CONFLICT, "conflicts"), (ItemKind.CLAIM, "claims")):
        shown[field] = [_with_reviews(item, _versions(kind, item, history, vanished)) for item in dossier[field]]
    return shown


def _versions(kind: ItemKind, item: Mapping[str, Any], history: Mapping[str, Sequence[Review]],
              vanished: Mapping[tuple[ItemKind, str], str]) -> list[Review]:
    """The item's verdicts, the latest first: under its key, then those of a vanished key it shares
    an anchor with."""
    found = list(history.get(item_key(kind, item), ()))
    other = next((vanished[kind, a] for a in anchors(kind, item) if (kind, a) in vanished), None)
    if other is not None:
        found += history[other]
    return sorted(found, key=lambda r: (r.created, r.version), reverse=True)


def _with_reviews(item: Mapping[str, Any], versions: Sequence[Review]) -> dict[str, Any]:
    if not versions:
        return dict(item)
    return dict(item, review=versions[0].shown(), reviews=[v.shown() for v in versions])


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", anyascii(unicodedata.normalize("NFKC", text)).casefold()).strip()
