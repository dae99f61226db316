"""The scoreboard: one row per story, one column per score that matters to a user, and a macro average.

    tabulate([(story, Scores), ...]) -> Scoreboard;  Scoreboard.lines() -> the table as text

Shares are averaged over the stories that have something to score (a story with no exchange in its
gold does not count towards exchange recall); counts of wrong items are summed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import mean

from corroborate.evaluate.scorers import Scores

# (heading, score name, whether it is a count of wrong items rather than a share)
COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("merge R", "pair_recall", False),
    ("wrong merges", "wrong_merges", True),
    ("confl P", "conflict_precision", False),
    ("confl R", "conflict_recall", False),
    ("traps hit", "traps_hit", True),
    ("link P", "link_precision", False),
    ("link R", "link_recall", False),
    ("wrong links", "wrong_links", True),
    ("indep", "independence_accuracy", False),
    ("event R", "event_recall", False),
    ("date", "date_accuracy", False),
    ("exch R", "exchange_recall", False),
    ("quote", "attribution_accuracy", False),
    ("meta", "metadata_accuracy", False),
    ("leaks", "noise_leaks", True),
    ("audit", "audited_precision", False),
)
MACRO = "macro"


@dataclass(frozen=True)
class Scoreboard:
    rows: tuple[tuple[str, Scores], ...]

    def cell(self, scores: Scores, name: str, count: bool) -> str:
        if count:
            return str(scores.counts[name]) if name in scores.counts else "-"
        if name not in scores.values or name in scores.vacuous:
            return "-"
        return f"{scores.values[name]:.3f}"

    def macro(self) -> dict[str, float | int | None]:
        """Per column: the mean of the stories' shares that score something, or the sum of counts."""
        out: dict[str, float | int | None] = {}
        for _, name, count in COLUMNS:
            if count:
                out[name] = sum(s.counts[name] for _, s in self.rows if name in s.counts)
            else:
                got = [s.values[name] for _, s in self.rows if name in s.values and name not in s.vacuous]
                out[name] = mean(got) if got else None
        return out

    def lines(self) -> list[str]:
        table = [["story", *(heading for heading, _, _ in COLUMNS)]]
        table += [[story, *(self.cell(s, name, count) for _, name, count in COLUMNS)] for story, s in self.rows]
        macro = self.macro()
        table.append([MACRO, *(_macro_cell(macro[name]) for _, name, _ in COLUMNS)])
        widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
        return ["  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                          for i, (c, w) in enumerate(zip(row, widths, strict=True)))
                for row in table]


def tabulate(rows: Sequence[tuple[str, Scores]]) -> Scoreboard:
    return Scoreboard(tuple(rows))


def _macro_cell(value: float | int | None) -> str:
    if value is None:
        return "-"
    return str(value) if isinstance(value, int) else f"{value:.3f}"
