"""When a stated happening took place, read from the words and the report's publication date.

    resolve(words, published, estimated=False) -> When | None
    shift(sentence, anchor) -> When | None      "the next day", "days later" after an earlier date

Precision is kept honest: "in June" is a month, "this summer" three months, "2020" a year; a
relative expression ("last month", "this summer") needs the publication date and is left
unresolved without it. When the publication date is only estimated (an undated report, dated by
the reports of its story), it gives a year to "in June" and "Feb. 11", never a month or a day to
"last month" or "on Friday". A day is never invented: "days later" after "mid-December" is
December, "the next day" after "Feb. 11" is Feb. 12. Running totals ("since ...", "so far",
"in recent months") are marked as such: they are not one happening at one time.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from corroborate.lang.en.time import MONTH_WORD
from corroborate.model import When

MONTHS = {
    name: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
SEASONS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "fall": (9, 10, 11), "winter": (12, 1, 2)}
ALL_MONTHS = frozenset(range(1, 13))
TOTAL = re.compile(
    r"\b(?:since|so far|to date|in total|altogether|in all|in recent (?:months|weeks|years)|over the (?:past|last)"
    r"|cumulative(?:ly)?|overall)\b",
    re.I,
)
MONTH = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?", re.I)
# "December 13", "13 December", "Dec. 13th": the day next to a month name.
DAY_OF_MONTH = re.compile(
    rf"\b{MONTH_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\d)|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH_WORD}", re.I
)
YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
SEASON = re.compile(r"\b(?:(this|last|next)\s+)?(spring|summer|autumn|fall|winter)\b", re.I)
RELATIVE_MONTH = re.compile(r"\b(this|last|next)\s+month\b", re.I)
WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
DAY_WORD = re.compile(r"\b(today|yesterday|tonight|this (?:morning|afternoon|evening))\b", re.I)
# A DATE expression that is a length of time ("11 years") or an age ("71-year-old"), not a point in time.
DURATION = re.compile(r"^(?P<n>.+?)\s+(?P<unit>year|month|week|day|hour|minute)s?$", re.I)
AGE = re.compile(r"^(?P<n>\d+)-year-old$", re.I)
RELATIVE = re.compile(r"\b(?:this|last|next|earlier|later|past|coming)\b", re.I)
RELATIVE_YEAR = re.compile(r"\b(this|last|next)\s+year\b", re.I)


# "PORTO LENZ, March 15 (Northline) -": a dateline gives the report's date, not a happening's.
DATELINE = re.compile(r"^\s*[A-Z][A-Za-z .'-]*,\s+[^()\n]{3,20}?(?:\s*\([^)\n]{1,40}\))?\s*[-–—]")


def in_dateline(sentence: str, offset: int) -> bool:
    """Whether the characters at `offset` of `sentence` lie in a dateline opening it."""
    match = DATELINE.match(sentence)
    return match is not None and offset < match.end()


def is_total(sentence: str) -> bool:
    return TOTAL.search(sentence) is not None


def resolve(words: str, published: str | None, estimated: bool = False) -> When | None:
    """The time `words` (a date expression found by NER) name, relative to `published` (ISO), or None.
    With an `estimated` publication date, only a year is taken from it."""
    pub = _date(published)
    if estimated and pub and (RELATIVE_MONTH.search(words) or _day(words, pub) or RELATIVE.search(words)):
        return None  # counted from an estimated date, "last month" or "this summer" would be invented
    year_match = YEAR.search(words)
    year = int(year_match.group(1)) if year_match else None
    month = MONTH.search(words)
    if month:
        number = MONTHS[month.group(1).lower()]
        if year is None and pub:  # a month without a year: the last such month before publication
            year = pub.year if number <= pub.month else pub.year - 1
        named = DAY_OF_MONTH.search(words)
        day_of_month = int(named.group(1) or named.group(2)) if named else None
        return When(year, frozenset({number}), text=words, day=day_of_month)
    season = SEASON.search(words)
    if season:
        which, name = (season.group(1) or "this").lower(), season.group(2).lower()
        months = frozenset(SEASONS[name])
        if year is None and pub:
            year = pub.year - (which == "last") + (which == "next")
        return When(year, months, text=words)
    relative = RELATIVE_MONTH.search(words)
    if relative:
        if pub is None:
            return None
        step = {"this": 0, "last": -1, "next": 1}[relative.group(1).lower()]
        index = pub.year * 12 + pub.month - 1 + step
        return When(index // 12, frozenset({index % 12 + 1}), text=words)
    weekday = _day(words, pub)
    if weekday is not None:
        return When(weekday.year, frozenset({weekday.month}), text=words, day=weekday.day)
    relative = RELATIVE_YEAR.search(words)
    if relative and pub:
        step = {"this": 0, "last": -1, "next": 1}[relative.group(1).lower()]
        return When(pub.year + step, ALL_MONTHS, text=words)
    if year:
        return When(year, ALL_MONTHS, text=words)
    return None


# Shifts from the narrative's last date, as (fewest days, most days): exact when both are equal.
SHIFTS: tuple[tuple[re.Pattern[str], tuple[int, int] | None], ...] = tuple(
    (re.compile(pattern, re.I), days)
    for pattern, days in (
        (r"\b(?:the\s+)?(?:next|following)\s+day\b|\ba\s+day\s+later\b|\bthe\s+day\s+after\b", (1, 1)),
        (r"\b(?:the\s+)?(?:previous\s+day|day\s+before)\b|\ba\s+day\s+earlier\b", (-1, -1)),
        (r"\b(?P<n>\w+)\s+days\s+later\b", None),  # "two days later": read the number
        (r"\b(?:the\s+)?(?:next|following)\s+week\b|\ba\s+week\s+later\b", (5, 9)),
        (r"\b(?:days|hours)\s+later\b|\bshortly\s+(?:after(?:wards?)?|thereafter)\b|\bwithin\s+(?:\d+|a\s+few)\s+"
         r"(?:hours|days)\b", (0, 10)),
        (r"\bweeks\s+later\b|\bwithin\s+weeks\b|\ba\s+few\s+weeks\s+later\b", (7, 42)),
    )
)
# Part of a month, as days, for an anchor with no day ("mid-December").
PART_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
PART = re.compile(r"\b(early|mid|late)\b", re.I)


def shift(sentence: str, anchor: When) -> When | None:
    """The time a relative expression in `sentence` names, counted from the narrative's `anchor` time:
    a day when the anchor has one and the shift is exact, else the month(s) the shift can reach."""
    if anchor.total or len(anchor.months) != 1:
        return None
    for pattern, days in SHIFTS:
        match = pattern.search(sentence)
        if match is None:
            continue
        if days is None:
            n = WORDS.get(match.group("n").lower()) or (int(match.group("n")) if match.group("n").isdigit() else None)
            if n is None:
                continue
            days = (n, n)
        year, month = anchor.year or NO_YEAR, next(iter(anchor.months))
        if anchor.day is not None:
            first = last = date(year, month, anchor.day)
        else:
            part = PART.search(anchor.text)
            low, high = PART_OF_MONTH[part.group(1).lower()] if part else (1, 31)
            first = date(year, month, low)
            last = date(year, month, min(high, _month_length(year, month)))
        earliest, latest = first + timedelta(days=days[0]), last + timedelta(days=days[1])
        text = match.group(0)
        if earliest == latest:
            return When(anchor.year and earliest.year, frozenset({earliest.month}), text=text, day=earliest.day,
                        start=match.start(), end=match.end())
        span = (earliest + timedelta(days=i) for i in range((latest - earliest).days + 1))
        months = {(d.year, d.month) for d in span}
        if len({y for y, _ in months}) > 1:
            return None  # across a new year: the year is no longer known
        return When(anchor.year and earliest.year, frozenset(m for _, m in months), text=text,
                    start=match.start(), end=match.end())
    return None


WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}
NO_YEAR = 2001  # a year without 29 February, for counting days when the year is unknown


def _month_length(year: int, month: int) -> int:
    return ((date(year + month // 12, month % 12 + 1, 1)) - date(year, month, 1)).days


def _day(words: str, pub: date | None) -> date | None:
    """'on Friday': the last Friday on or before publication; 'yesterday', 'today'."""
    if pub is None:
        return None
    weekday = WEEKDAY.search(words)
    if weekday:
        wanted = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].index(
            weekday.group(1).lower()
        )
        return pub - timedelta(days=(pub.weekday() - wanted) % 7)
    word = DAY_WORD.search(words)
    if word:
        return pub - timedelta(days=word.group(1).lower() == "yesterday")
    return None


def _date(iso: str | None) -> date | None:
    if not iso or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return None
    return date.fromisoformat(iso)
