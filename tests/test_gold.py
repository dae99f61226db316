"""The quality gate: scores on our hand-annotated gold sets never fall below their floors.

Gold files: tests/gold/<set>/<kind>.json (the bundled example and invented stories) and
corpora/<story>/gold.json (real stories rewritten, one file per story); floors for both in
tests/gold/floors.json, keyed by path relative to it.
"""

from __future__ import annotations

import csv
import json

import pytest

from corroborate.evaluate import below_floors, evaluate, load_floors
from corroborate.evaluate.form import problems

from .conftest import GOLD, ROOT

FLOORS = GOLD / "floors.json"
GOLD_FILES = sorted(name for name in json.loads(FLOORS.read_text("utf-8")) if not name.startswith("_"))
STORY_GOLD = sorted((ROOT / "corpora").glob("*/gold.json"))


@pytest.mark.parametrize("name", GOLD_FILES)
def test_scores_meet_their_floors(name: str):
    scores = evaluate(GOLD / name)
    failures = below_floors(GOLD / name, scores, load_floors(FLOORS))
    assert not failures, "\n".join([*failures, *scores.details])


def test_every_gold_file_has_floors():
    found = [p.relative_to(GOLD).as_posix() for p in GOLD.glob("*/*.json")]
    found += [f"../../corpora/{p.parent.name}/gold.json" for p in STORY_GOLD]
    assert sorted(found) == GOLD_FILES


@pytest.mark.parametrize("gold", STORY_GOLD, ids=lambda p: p.parent.name)
def test_story_gold_quotes_its_reports_exactly(gold):
    assert problems(gold) == []


@pytest.mark.parametrize("gold", STORY_GOLD, ids=lambda p: p.parent.name)
def test_every_report_of_a_story_says_which_page_it_was_written_from(gold):
    with (gold.parent / "SOURCES.tsv").open(encoding="utf-8", newline="") as f:
        rows = {row["file"]: row for row in csv.DictReader(f, delimiter="\t")}
    reports = json.loads(gold.read_text("utf-8"))["sources"]
    assert sorted(rows) == sorted(reports)
    assert all(row["url"].startswith(("http://", "https://")) and row["outlet"] for row in rows.values())


def test_the_development_set_is_large_enough():
    reports = [f for g in STORY_GOLD for f in json.loads(g.read_text("utf-8"))["sources"]]
    assert len(STORY_GOLD) >= 8 and len(reports) >= 80
