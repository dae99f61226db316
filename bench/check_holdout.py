"""Hold one report out of its story, check it against the rest: the share of its gold facts that
get the right verdict, the contradicted verdicts and how many are real conflicts, per story; and
whether the story chooser picks the report's own story (and says none fits without it).

    python bench/check_holdout.py corpora/*/gold.json [-v]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from corroborate import store
from corroborate.check.holdout import StoryHoldout, holdout, summarise
from corroborate.check.stories import MIN_STORY_FIT, StoryChoice, choose

# The thresholds tried, and the stories never used to choose one (scored only).
GRID = tuple(t / 4 for t in range(1, 25))
HELD = frozenset({"maui-wildfires-2023"})


def _fits(row: StoryHoldout, rows: list[StoryHoldout]) -> list[tuple[StoryChoice, StoryChoice]]:
    """Each held-out report's choice with its story stored (without it) and with its story absent,
    at no threshold: the fits do not depend on it."""
    others = [x.profile for x in rows if x.story != row.story]
    return [(choose(text, [*others, without], 0.0), choose(text, others, 0.0)) for _, text, without in row.held]


def _right(fits: list[tuple[StoryChoice, StoryChoice]], story: str, least: float) -> tuple[int, int]:
    """(own story chosen, none fits once the story is gone) at the threshold `least`."""
    own = sum(with_.story == story and with_.fit >= least for with_, _ in fits)
    none = sum(without.fit < least for _, without in fits)
    return own, none


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    golds = [a for a in argv if a != "-v"]
    with tempfile.TemporaryDirectory() as tmp:
        conn = store.connect(Path(tmp) / "holdout.db")
        rows = [holdout(g, conn) for g in golds]
        conn.close()
    for line in summarise(rows):
        print(line)
    if verbose:
        for r in rows:
            for miss in r.misses:
                print(f"  {r.story}: {miss}")
    fits = {r.story: _fits(r, rows) for r in rows}
    print(f"story choice at MIN_STORY_FIT={MIN_STORY_FIT}:")
    for r in rows:
        own, none = _right(fits[r.story], r.story, MIN_STORY_FIT)
        print(f"  {r.story:26} own story chosen {own}/{len(r.held)}, none fits without it {none}/{len(r.held)}")
    print("leave-one-story-out (the threshold chosen on the other stories, the held-out story scored):")
    for r in rows:
        best = max(GRID, key=lambda t: sum(sum(_right(fits[x.story], x.story, t)) for x in rows
                                          if x is not r and x.story not in HELD))
        own, none = _right(fits[r.story], r.story, best)
        print(f"  {r.story:26} threshold {best:.2f}: right {own + none}/{2 * len(r.held)}")

if __name__ == "__main__":
    main(sys.argv[1:])
