"""A person's verdicts in the store: one row per version, filed under the story and the item's key.

    add_review(conn, run_id, key, rating, note, reviewer, organisation=None) -> Review
    story_reviews(conn, story_id) -> {key: [Review, ...]}          every version, the latest first
    load_reviewed(conn, run_id=None) -> (run id, dossier with its story's verdicts attached)
    with_reviews(conn, run_id, dossier) -> dossier                  the same, for a dossier in hand

A new verdict on an item adds a row with the next version number; none is ever changed or
deleted, so the history is the table. The key (`review.item_key`) is of the fact, not of the run,
so a verdict given on one run shows on every later run of the story that has the same item (or,
when the item's words changed, states it in the same place: review.attach).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

from corroborate.errors import NotFound, StoreError
from corroborate.review import ItemKind, Rating, Review, anchors, attach, item_label, items

_COLUMNS = "item_key, item_kind, item_label, rating, note, reviewer, organisation, created, version, run_id, anchors"


def add_review(conn: sqlite3.Connection, run_id: int, key: str, rating: Rating, note: str, reviewer: str,
               organisation: str | None = None) -> Review:
    """Record a verdict on the item `key` of run `run_id` as the next version of its story's verdict
    on that item. The item must be one of the run's claims or conflicts."""
    from corroborate.store import load_dossier, transaction  # the store's own helpers

    run_id, dossier = load_dossier(conn, run_id)
    found = items(dossier).get(key)
    if found is None:
        raise NotFound(f"run {run_id} has no claim or conflict {key}")
    kind, item = found
    story_id = _story_of(conn, run_id)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        with transaction(conn):
            (version,) = conn.execute(
                "SELECT coalesce(max(version), 0) + 1 FROM reviews WHERE story_id = ? AND item_key = ?",
                (story_id, key),
            ).fetchone()
            made = Review(key, kind, item_label(kind, item), rating, note, reviewer, organisation, now, version,
                          run_id, anchors(kind, item))
            conn.execute(
                f"INSERT INTO reviews (story_id, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (story_id, key, kind.value, made.label, rating.value, note, reviewer, organisation, now, version,
                 run_id, json.dumps(made.anchors)),
            )
    except sqlite3.Error as exc:
        raise StoreError(f"cannot record the review of {key}: {exc}") from exc
    return made


def story_reviews(conn: sqlite3.Connection, story_id: int | None) -> dict[str, list[Review]]:
    """Every verdict of a story by item key, the latest version first."""
    try:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM reviews WHERE story_id = ? ORDER BY item_key, version DESC", (story_id,)
        ).fetchall()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read the reviews of story {story_id}: {exc}") from exc
    found: dict[str, list[Review]] = {}
    for key, kind, label, rating, note, reviewer, organisation, created, version, run_id, spans in rows:
        found.setdefault(key, []).append(Review(key, ItemKind(kind), label, Rating(rating), note, reviewer,
                                                organisation, created, version, run_id, tuple(json.loads(spans))))
    return found


def load_reviewed(conn: sqlite3.Connection, run_id: int | None = None) -> tuple[int, dict[str, Any]]:
    """The dossier run `run_id` (default: the latest) wrote, with its story's verdicts attached."""
    from corroborate.store import load_dossier

    run_id, dossier = load_dossier(conn, run_id)
    return run_id, with_reviews(conn, run_id, dossier)


def with_reviews(conn: sqlite3.Connection, run_id: int, dossier: dict[str, Any]) -> dict[str, Any]:
    """`dossier` (run `run_id`'s) with the verdicts its story has on its items (review.attach)."""
    return attach(dossier, story_reviews(conn, _story_of(conn, run_id, required=False)))


def _story_of(conn: sqlite3.Connection, run_id: int, required: bool = True) -> int | None:
    (story_id,) = conn.execute("SELECT story_id FROM runs WHERE id = ?", (run_id,)).fetchone()
    if story_id is None and required:
        raise StoreError(f"run {run_id} belongs to no story (it predates stories): rebuild it to review it")
    return int(story_id) if story_id is not None else None
