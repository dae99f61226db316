"""When a stated happening took place, read from the words and the report's publication date.

    resolve(words, published) -> When | None

Precision is kept honest: "in June" is a month, "this summer" three months, "2020" a year; a
relative expression ("last month", "this summer") needs the publication date and is left
unresolved without it. Running totals ("since ...", "so far", "in recent months") are marked as
such: they are not one happening at one time.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

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
# A month's name or its abbreviation ("Dec.", "Sept"), for case-insensitive patterns.
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "December 13", "13 December", "Dec. 13th": the day next to a month name.
DAY_OF_MONTH = re.compile(
    rf"\b{MONTH_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\d)|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH_WORD}", re.I
)
YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
SEASON = re.compile(r"\b(?:(this|last|next)\s+)?(spring|summer|autumn|fall|winter)\b", re.I)
RELATIVE_MONTH = re.compile(r"\b(this|last|next)\s+month\b", re.I)
WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
DAY_WORD = re.compile(r"\b(today|yesterday|tonight|this (?:morning|afternoon|evening))\b", re.I)
RELATIVE_YEAR = re.compile(r"\b(this|last|next)\s+year\b", re.I)


def is_total(sentence: str) -> bool:
    return TOTAL.search(sentence) is not None


def resolve(words: str, published: str | None) -> When | None:
    """The time `words` (a date expression found by NER) name, relative to `published` (ISO), or None."""
    pub = _date(published)
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


def overlap(a: When, b: When) -> bool:
    """Whether two times can be the same: both running totals, or months in common in a year that
    is the same or unknown on one side."""
    if a.total or b.total:
        return a.total and b.total
    return (a.year is None or b.year is None or a.year == b.year) and bool(a.months & b.months)


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
