"""English times: how the engine writes a month or a season (northern hemisphere, as the reports
we read use them), and the month words it reads."""

from __future__ import annotations

MONTH_NAMES = "January February March April May June July August September October November December".split()
SEASON_NAMES = {frozenset({6, 7, 8}): "summer", frozenset({3, 4, 5}): "spring", frozenset({9, 10, 11}): "autumn",
                frozenset({12, 1, 2}): "winter"}
# A month's name or its abbreviation ("Dec.", "Sept"), for case-insensitive patterns.
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
