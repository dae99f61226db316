"""English times: how the engine writes a month or a season (northern hemisphere, as the reports
we read use them), and the month words it reads."""

from __future__ import annotations

MONTH_NAMES = "January February March April May June July August September October November December".split()
SEASON_NAMES = {frozenset({6, 7, 8}): "summer", frozenset({3, 4, 5}): "spring", frozenset({9, 10, 11}): "autumn",
                frozenset({12, 1, 2}): "winter"}
# A month's name or its abbreviation ("Dec.", "Sept"), for case-insensitive patterns.
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"

# The month words a date is read with (lower case), and the month each names. "may" has no
# abbreviation; "sept" is as common as "sep".
MONTHS: dict[str, int] = {
    name: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
# The day next to a month name: "December 13", "13 December", "Dec. 13th" (group 1 or 2 is the day).
DAY_OF_MONTH = rf"\b{MONTH_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\d)|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH_WORD}"
# The seasons a date is read with, and their months (northern hemisphere); "fall" is American.
SEASONS: dict[str, tuple[int, ...]] = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11),
                                       "fall": (9, 10, 11), "winter": (12, 1, 2)}
# The words before "month", "year" or a season that count from the present one: "last June" is a
# step back. A season without one ("in summer") is this one.
STEPS: dict[str, int] = {"this": 0, "last": -1, "next": 1}
# The units a step counts ("last month", "next year").
MONTH_UNIT = "month"
YEAR_UNIT = "year"
# Weekdays in the order of `date.weekday()` (Monday first).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Words for the day of publication or one near it.
DAY_WORDS = r"today|yesterday|tonight|this (?:morning|afternoon|evening)"
# How many days before publication a day word is: the ones not here name the day itself.
DAYS_BACK: dict[str, int] = {"yesterday": 1}
# Words that make a date relative to when it is said: with an estimated publication date, these
# would be counted from a guess.
RELATIVE = r"this|last|next|earlier|later|past|coming"
# Running totals: "since April", "so far", "in recent months" count many happenings over a time,
# not one at one time.
TOTAL = (r"since|so far|to date|in total|altogether|in all|in recent (?:months|weeks|years)|over the (?:past|last)"
         r"|cumulative(?:ly)?|overall")
# A date expression that is a length of time ("11 years"; `n` the number, `unit` the unit without
# its plural s) or an age ("71-year-old"), not a point in time.
DURATION = r"^(?P<n>.+?)\s+(?P<unit>year|month|week|day|hour|minute)s?$"
AGE = r"^(?P<n>\d+)-year-old$"
# Shifts from a narrative's last date, as (fewest days, most days): exact when both are equal. In
# order: the first that matches is taken. None: "two days later" counts the days of its `n`.
SHIFTS: tuple[tuple[str, tuple[int, int] | None], ...] = (
    (r"\b(?:the\s+)?(?:next|following)\s+day\b|\ba\s+day\s+later\b|\bthe\s+day\s+after\b", (1, 1)),
    (r"\b(?:the\s+)?(?:previous\s+day|day\s+before)\b|\ba\s+day\s+earlier\b", (-1, -1)),
    (r"\b(?P<n>\w+)\s+days\s+later\b", None),
    (r"\b(?:the\s+)?(?:next|following)\s+week\b|\ba\s+week\s+later\b", (5, 9)),
    (r"\b(?:days|hours)\s+later\b|\bshortly\s+(?:after(?:wards?)?|thereafter)\b|\bwithin\s+(?:\d+|a\s+few)\s+"
     r"(?:hours|days)\b", (0, 10)),
    (r"\bweeks\s+later\b|\bwithin\s+weeks\b|\ba\s+few\s+weeks\s+later\b", (7, 42)),
)
# Parts of a month ("mid-December"), as days, for a date with no day.
PART_OF_MONTH: dict[str, tuple[int, int]] = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
