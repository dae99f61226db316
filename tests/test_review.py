"""The key a person's verdict is filed under, and how verdicts attach to a run's items."""

from __future__ import annotations

import copy

import pytest

from corroborate.review import ItemKind, Rating, Review, anchors, attach, item_key, item_label, items


def verdict(kind: ItemKind, item: dict, rating: Rating = Rating.FALSE, version: int = 1,
            created: str = "2026-01-02T10:00:00+00:00") -> Review:
    return Review(item_key(kind, item), kind, item_label(kind, item), rating, "checked", "Ann Roe", "Desk", created,
                  version, 1, anchors(kind, item))


def test_a_conflict_key_is_its_topic_not_its_values_nor_its_run_id(example_dossier: dict):
    conflict = example_dossier["conflicts"][1]
    assert conflict["topic"] == "how many dissidents (release, June 2025)"
    key = item_key(ItemKind.CONFLICT, conflict)
    assert key.startswith("conflict/") and len(key) == len("conflict/") + 16
    renumbered = dict(conflict, id="conflict-017", values=[*conflict["values"], conflict["values"][0]])
    assert item_key(ItemKind.CONFLICT, renumbered) == key  # another run's number, a third value: the same question
    assert item_key(ItemKind.CONFLICT, dict(conflict, topic="how many dissidents (release, May 2025)")) != key
    other = example_dossier["conflicts"][0]
    assert item_key(ItemKind.CONFLICT, other) != key


def test_a_claim_key_folds_case_spacing_and_typography_but_keeps_the_value(example_dossier: dict):
    claim = next(c for c in example_dossier["claims"] if c["statement"] == "Mikola Statkevich is 69 years old")
    key = item_key(ItemKind.CLAIM, claim)
    assert item_key(ItemKind.CLAIM, dict(claim, id="claim-999", statement="mikola  STATKEVICH is 69 years old")) == key
    assert item_key(ItemKind.CLAIM, dict(claim, statement="Mikola Statkevich is 70 years old")) != key
    quote = next(c for c in example_dossier["claims"] if c["kind"] == "quote" and "’" in c["statement"])
    straight = dict(quote, statement=quote["statement"].replace("’", "'").replace("“", '"').replace("”", '"'))
    assert item_key(ItemKind.CLAIM, straight) == item_key(ItemKind.CLAIM, quote)
    assert item_key(ItemKind.CONFLICT, dict(claim, topic=claim["statement"])) != key  # kinds never share a key


def test_every_item_of_a_run_has_its_own_key(example_dossier: dict):
    found = items(example_dossier)
    assert len(found) == len(example_dossier["claims"]) + len(example_dossier["conflicts"])


def test_attach_shows_the_latest_version_and_keeps_the_history(example_dossier: dict):
    conflict = example_dossier["conflicts"][1]
    old = verdict(ItemKind.CONFLICT, conflict, Rating.UNVERIFIED, 1, "2026-01-02T10:00:00+00:00")
    new = verdict(ItemKind.CONFLICT, conflict, Rating.MISLEADING, 2, "2026-01-03T10:00:00+00:00")
    before = copy.deepcopy(example_dossier)
    shown = attach(example_dossier, {old.key: [new, old]})
    assert example_dossier == before  # the run's dossier is left as it was written
    reviewed = shown["conflicts"][1]
    assert reviewed["review"]["rating"] == "misleading" and reviewed["review"]["version"] == 2
    assert [r["rating"] for r in reviewed["reviews"]] == ["misleading", "unverified"]
    assert "review" not in shown["conflicts"][0]
    assert not any("review" in c for c in shown["claims"])


def test_a_verdict_follows_its_item_by_where_it_is_stated_when_the_words_change(example_dossier: dict):
    conflict = example_dossier["conflicts"][1]
    given = verdict(ItemKind.CONFLICT, dict(conflict, topic="how many more prisoners (release, June 2025)"))
    assert given.key != item_key(ItemKind.CONFLICT, conflict) and given.anchors == anchors(ItemKind.CONFLICT, conflict)
    shown = attach(example_dossier, {given.key: [given]})
    assert shown["conflicts"][1]["review"]["reviewed_as"].startswith("how many more prisoners")
    assert "review" not in shown["conflicts"][0]
    # Anchored elsewhere: no verdict. A claim's verdict never lands on a conflict.
    elsewhere = Review(given.key, ItemKind.CONFLICT, given.label, Rating.FALSE, "", "Ann", None, "t", 1, 1,
                       ("src-000000000000:1:2",))
    assert "review" not in attach(example_dossier, {given.key: [elsewhere]})["conflicts"][1]
    as_claim = Review(given.key, ItemKind.CLAIM, given.label, Rating.FALSE, "", "Ann", None, "t", 1, 1, given.anchors)
    assert not any("review" in c for c in attach(example_dossier, {given.key: [as_claim]})["conflicts"])


def test_a_key_still_in_the_run_is_never_moved_by_its_anchors(example_dossier: dict):
    first, second = example_dossier["conflicts"][0], example_dossier["conflicts"][1]
    # a verdict on the first conflict whose anchors (wrongly) point at the second's sentences
    odd = Review(item_key(ItemKind.CONFLICT, first), ItemKind.CONFLICT, "x", Rating.FALSE, "", "Ann", None, "t", 1, 1,
                 anchors(ItemKind.CONFLICT, second))
    shown = attach(example_dossier, {odd.key: [odd]})
    assert "review" in shown["conflicts"][0] and "review" not in shown["conflicts"][1]


def test_ratings_are_the_four_a_reviewer_may_give():
    assert [r.value for r in Rating] == ["verified", "false", "misleading", "unverified"]
    with pytest.raises(ValueError):
        Rating("disputed")  # the engine's word, not a reviewer's
