"""The quality gate: scores on our hand-annotated gold sets never fall below their floors."""

from __future__ import annotations

import json

import pytest

from corroborate.evaluate import below_floors, evaluate, load_floors

from .conftest import GOLD

FLOORS = GOLD / "floors.json"
GOLD_FILES = sorted(name for name in json.loads(FLOORS.read_text("utf-8")) if not name.startswith("_"))


@pytest.mark.parametrize("name", GOLD_FILES)
def test_scores_meet_their_floors(name: str):
    scores = evaluate(GOLD / name)
    failures = below_floors(GOLD / name, scores, load_floors(FLOORS))
    assert not failures, "\n".join([*failures, *scores.details])


def test_every_gold_file_has_floors():
    assert sorted(p.relative_to(GOLD).as_posix() for p in GOLD.glob("*/*.json")) == GOLD_FILES
