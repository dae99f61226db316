"""The story scorer and the scoreboard, on the invented hostage deal (four reports: 02 retells 01
and cites it, 04 rewrites 01, 03 is an independent wire; 40 fighters in 01 and 02, 41 in 03)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corroborate.evaluate import below_floors, evaluate, load_floors, scoreboard
from corroborate.evaluate.board import MACRO

from ..conftest import STORIES

HOSTAGES = STORIES / "hostages"
FILES = ["01_herald.txt", "02_tribune.txt", "03_wire.txt", "04_rewrite.txt"]
INDEPENDENT = {f: f for f in FILES}
AS_TOLD = {"01_herald.txt": "01_herald.txt", "02_tribune.txt": "01_herald.txt",
           "03_wire.txt": "03_wire.txt", "04_rewrite.txt": "01_herald.txt"}
FIGHTERS = {"topic": "fighters freed", "kind": "quantity", "values": [
    {"value": 40, "stated_in": ["01_herald.txt", "02_tribune.txt"]}, {"value": 41, "stated_in": ["03_wire.txt"]}]}


def story_gold(tmp_path: Path, **sections: object) -> Path:
    gold = {"kind": "story", "story": "hostages", "corpus": str(HOSTAGES),
            "sources": {f: {} for f in FILES}, "entities": [], "origins": AS_TOLD, "conflicts": [],
            "must_not_conflict": [], "independent_sources": [], "events": [], "quotes": [], **sections}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), "utf-8")
    return path


@pytest.fixture(scope="module")
def module_tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("board")


def test_a_conflict_the_gold_lacks_counts_against_precision(module_tmp: Path):
    scores = evaluate(story_gold(module_tmp, conflicts=[FIGHTERS]))
    assert scores.values["conflict_recall"] == 1.0
    # The engine also sets two dates of the fighters' release against each other: not in the gold.
    assert scores.values["conflict_precision"] < 1.0
    assert scores.counts["wrong_conflicts"] >= 1
    assert any(d.startswith("conflict not in the gold") and "03_wire.txt:" in d for d in scores.details)


def test_a_trap_is_hit_when_one_conflict_holds_both_values(module_tmp: Path):
    trap = [{"value": 40, "file": "01_herald.txt"}, {"value": 41, "file": "03_wire.txt"}]
    scores = evaluate(story_gold(module_tmp, must_not_conflict=[trap]))
    assert scores.counts["traps_hit"] == 1
    assert scores.values["no_false_conflicts"] == 0.0


def test_copy_links_between_reports_the_gold_calls_independent_are_wrong(module_tmp: Path):
    told = evaluate(story_gold(module_tmp, origins=AS_TOLD))
    assert told.values["link_precision"] == 1.0
    assert told.values["link_recall"] == 1.0
    apart = evaluate(story_gold(module_tmp, origins=INDEPENDENT))
    assert apart.counts["wrong_links"] == 3  # 01~02, 01~04, 02~04
    assert "link_recall" in apart.vacuous  # no gold link to find


def test_sections_with_nothing_to_score_stay_out_of_the_macro_average(module_tmp: Path):
    gold = story_gold(module_tmp, conflicts=[FIGHTERS])
    board = scoreboard([gold, gold])
    macro = board.macro()
    assert macro["exchange_recall"] is None  # no gold exchange in either
    assert macro["conflict_recall"] == 1.0
    assert board.lines()[-1].startswith(MACRO)
    assert "hostages" in board.lines()[1]


def test_a_floor_on_a_score_no_longer_given_fails(module_tmp: Path):
    gold = story_gold(module_tmp)
    floors = module_tmp / "floors.json"
    floors.write_text(json.dumps({"gold.json": {"conflict_recall": 1.0, "no_such_score": 0.5}}), "utf-8")
    failures = below_floors(gold, evaluate(gold), load_floors(floors))
    assert failures == [f"{gold}: no_such_score is no longer scored"]


def test_metadata_is_scored_per_field_and_kept_furniture_is_a_leak(module_tmp: Path):
    kept_line = ("In return, the government of Valdoria released 40 imprisoned fighters of the militia, "
                 "the newspaper reports.")
    sources = {f: {} for f in FILES}
    sources["02_tribune.txt"] = {"outlet": "Porto Lenz Tribune", "remove": [kept_line]}
    scores = evaluate(story_gold(module_tmp, sources=sources))
    assert "outlet_accuracy" in scores.values
    assert "published_accuracy" in scores.vacuous
    assert scores.counts["noise_leaks"] == 1
    assert any("noise leak" in d and "In return" in d for d in scores.details)
