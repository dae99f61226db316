"""A person's verdicts in the store: versioned, filed by the fact's key, shown on later runs."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from corroborate import ingest, pipeline, store
from corroborate.errors import NotFound, StoreError
from corroborate.review import ItemKind, Rating, item_key, items

from ..conftest import EXAMPLES, STORIES, copy_store


@pytest.fixture
def db(hostages_store: Path, tmp_path: Path) -> Path:
    return copy_store(hostages_store, tmp_path / "c.db")


def first_conflict_key(conn: sqlite3.Connection) -> str:
    return item_key(ItemKind.CONFLICT, store.load_dossier(conn, 1)[1]["conflicts"][0])


def test_each_verdict_is_a_new_version_and_the_latest_is_current(db: Path):
    with closing(store.connect(db)) as conn:
        key = first_conflict_key(conn)
        one = store.add_review(conn, 1, key, Rating.UNVERIFIED, "asked the ministry", "Ann Roe", "Harbour Checks")
        two = store.add_review(conn, 1, key, Rating.FALSE, "the ministry's list has 40", "Ben Okafor")
        assert (one.version, two.version) == (1, 2)
        history = store.story_reviews(conn, 1)[key]
        assert [(r.version, r.rating, r.reviewer, r.organisation) for r in history] == [
            (2, Rating.FALSE, "Ben Okafor", None), (1, Rating.UNVERIFIED, "Ann Roe", "Harbour Checks")]
        assert history[0].label.startswith(store.load_dossier(conn, 1)[1]["conflicts"][0]["topic"] + ": ")
        assert history[0].anchors and all(a.startswith("src-") for a in history[0].anchors)
        shown = store.load_reviewed(conn, 1)[1]["conflicts"][0]
        assert shown["review"]["rating"] == "false" and [r["version"] for r in shown["reviews"]] == [2, 1]
        (rows,) = conn.execute("SELECT count(*) FROM reviews").fetchone()
        assert rows == 2  # the first verdict is kept, never overwritten


def test_a_verdict_must_be_on_an_item_of_the_run(db: Path):
    with closing(store.connect(db)) as conn:
        with pytest.raises(NotFound, match="no claim or conflict conflict/0000000000000000"):
            store.add_review(conn, 1, "conflict/0000000000000000", Rating.FALSE, "", "Ann Roe")
        with pytest.raises(NotFound):
            store.add_review(conn, 99, first_conflict_key(conn), Rating.FALSE, "", "Ann Roe")


def test_the_store_refuses_a_rating_that_is_not_a_reviewers(db: Path):
    with closing(store.connect(db)) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO reviews (story_id, item_key, item_kind, item_label, version, rating, note, "
                     "reviewer, created, run_id, anchors) VALUES (1, 'k', 'conflict', 'l', 1, 'disputed', '', 'a', "
                     "'t', 1, '[]')")


def test_a_verdict_shows_on_the_story_s_later_runs_and_not_on_other_stories(db: Path):
    with closing(store.connect(db)) as conn:
        key = first_conflict_key(conn)
        store.add_review(conn, 1, key, Rating.VERIFIED, "", "Ann Roe", "Harbour Checks")
    rebuilt = pipeline.rebuild(db, 1)  # a new run: run-local ids are made again
    assert rebuilt.run_id == 2
    assert rebuilt.dossier["conflicts"][0]["review"]["rating"] == "verified"  # what the build writes shows it
    wire = ingest.input_file("dock-wire.txt", (STORIES / "hostile" / "02_wire.txt").read_bytes())
    with closing(store.connect(db)) as conn:
        assert store.load_reviewed(conn, 2)[1]["conflicts"][0]["review"]["run"] == 1
        files = store.story_files(conn, 1)[1]
        other, _ = store.add_inputs(conn, "hostages, again", [*files, wire])
    again = pipeline.rebuild(db, other)
    assert [c["topic"] for c in again.dossier["conflicts"]][:1] == [rebuilt.dossier["conflicts"][0]["topic"]]
    assert not any("review" in c for c in again.dossier["conflicts"])  # the same words in another story


def test_a_run_with_no_story_cannot_be_reviewed(db: Path):
    with closing(store.connect(db)) as conn:
        conn.execute("UPDATE runs SET story_id = NULL")
        with pytest.raises(StoreError, match="belongs to no story"):
            store.add_review(conn, 1, first_conflict_key(conn), Rating.FALSE, "", "Ann Roe")



def test_verdicts_survive_a_report_added_to_the_story_even_where_its_words_change(tmp_path: Path):
    """The example story built without its first report, every item reviewed, then built with all
    five: the run-local ids are renumbered and both conflicts' topics take another noun ("more
    prisoners" becomes "dissidents"), and every verdict is still on its item."""
    fewer = tmp_path / "fewer"
    fewer.mkdir()
    reports = sorted(EXAMPLES.glob("*.txt"))
    for report in reports[1:]:
        shutil.copy(report, fewer / report.name)
    db = tmp_path / "c.db"
    first = pipeline.build([fewer], tmp_path / "a", db, story="belarus")
    with closing(store.connect(db)) as conn:
        for key in items(first.dossier):
            store.add_review(conn, first.run_id, key, Rating.VERIFIED, "", "Ann Roe")
    full = pipeline.build([EXAMPLES], tmp_path / "b", db, story="belarus").dossier
    topics = {c["topic"] for c in first.dossier["conflicts"]}
    assert len(full["conflicts"]) == 2 and not topics & {c["topic"] for c in full["conflicts"]}
    assert all(c["review"]["reviewed_as"].split(":")[0] in topics for c in full["conflicts"])
    known = {s["id"] for s in first.dossier["sources"]}
    new = [c for c in full["claims"] if not {v["span"]["source"] for v in c["values"]} & known]
    assert all("review" in c for c in full["claims"] if c not in new)
    assert new and not any("review" in c for c in new)  # what only the added report states: nobody reviewed it
