"""When a stated happening took place, read from the words and the report's publication date.

    resolve(words, published, estimated=False, language) -> When | None
    shift(sentence, anchor, language) -> When | None      "the next day", "days later" after an earlier date

Each reads the words of the report's language (`lang/<code>/time.py`, compiled once: `patterns`).

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
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from corroborate import lang
from corroborate.model import When

ALL_MONTHS = frozenset(range(1, 13))
YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
# Number words a shift counts days with ("two days later"): up to ten, as the rules were written.
MOST_DAYS_IN_WORDS = 10


@dataclass(frozen=True)
class Patterns:
    """A language's date words (`lang/<code>/time.py`), as patterns."""

    total: re.Pattern[str]  # a running total: "since April", "so far"
    month: re.Pattern[str]
    day_of_month: re.Pattern[str]  # "December 13": the day in group 1 or 2
    season: re.Pattern[str]  # "last summer": the step in group 1, the season in group 2
    relative_month: re.Pattern[str]  # "last month"
    relative_year: re.Pattern[str]  # "next year"
    weekday: re.Pattern[str]
    day_word: re.Pattern[str]  # "yesterday"
    relative: re.Pattern[str]  # any word that makes a date relative to when it is said
    duration: re.Pattern[str]  # a length of time ("11 years"), not a point in time
    age: re.Pattern[str]  # "71-year-old"
    part: re.Pattern[str]  # a part of a month: "mid-December"
    shifts: tuple[tuple[re.Pattern[str], tuple[int, int] | None], ...]  # from the narrative's last date
    day_counts: dict[str, int]  # number words of a shift: "two days later"


@cache
def patterns(language: str) -> Patterns:
    """The date patterns of the language that reads a report in `language`, compiled once."""
    words = lang.data(language, "time")
    steps = "|".join(words.STEPS)
    numbers = lang.data(language, "numbers").CARDINALS[: MOST_DAYS_IN_WORDS + 1]
    return Patterns(
        total=re.compile(rf"\b(?:{words.TOTAL})\b", re.I),
        month=re.compile(r"\b(" + "|".join(sorted(words.MONTHS, key=len, reverse=True)) + r")\b\.?", re.I),
        day_of_month=re.compile(words.DAY_OF_MONTH, re.I),
        season=re.compile(rf"\b(?:({steps})\s+)?({'|'.join(words.SEASONS)})\b", re.I),
        relative_month=re.compile(rf"\b({steps})\s+{words.MONTH_UNIT}\b", re.I),
        relative_year=re.compile(rf"\b({steps})\s+{words.YEAR_UNIT}\b", re.I),
        weekday=re.compile(rf"\b({'|'.join(words.WEEKDAYS)})\b", re.I),
        day_word=re.compile(rf"\b({words.DAY_WORDS})\b", re.I),
        relative=re.compile(rf"\b(?:{words.RELATIVE})\b", re.I),
        duration=re.compile(words.DURATION, re.I),
        age=re.compile(words.AGE, re.I),
        part=re.compile(rf"\b({'|'.join(words.PART_OF_MONTH)})\b", re.I),
        shifts=tuple((re.compile(pattern, re.I), days) for pattern, days in words.SHIFTS),
        day_counts={w: i for i, w in enumerate(numbers)},
    )


# "PORTO LENZ, March 15 (Northline) -": a dateline gives the report's date, not a happening's.
DATELINE = re.compile(r"^\s*[A-Z][A-Za-z .'-]*,\s+[^()\n]{3,20}?(?:\s*\([^)\n]{1,40}\))?\s*[-–—]")


def in_dateline(sentence: str, offset: int) -> bool:
    """Whether the characters at `offset` of `sentence` lie in a dateline opening it."""
    match = DATELINE.match(sentence)
    return match is not None and offset < match.end()


def total(sentence: str, language: str) -> re.Match[str] | None:
    """The words that make `sentence` a running total ("so far"), if any."""
    return patterns(language).total.search(sentence)


def lasts(words: str, language: str) -> bool:
    """Whether a date expression is a length of time ("11 years") or an age ("71-year-old"), not a
    point in time."""
    found = patterns(language)
    return found.duration.match(words) is not None or found.age.match(words) is not None


def resolve(words: str, published: str | None, estimated: bool, language: str) -> When | None:
    """The time `words` (a date expression found by NER) name, relative to `published` (ISO), or None.
    With an `estimated` publication date, only a year is taken from it."""
    found, names, pub = patterns(language), lang.data(language, "time"), _date(published)
    if estimated and pub and (found.relative_month.search(words) or _day(words, pub, language)
                              or found.relative.search(words)):
        return None  # counted from an estimated date, "last month" or "this summer" would be invented
    year_match = YEAR.search(words)
    year = int(year_match.group(1)) if year_match else None
    month = found.month.search(words)
    if month:
        number = names.MONTHS[month.group(1).lower()]
        if year is None and pub:  # a month without a year: the last such month before publication
            year = pub.year if number <= pub.month else pub.year - 1
        named = found.day_of_month.search(words)
        day_of_month = int(named.group(1) or named.group(2)) if named else None
        return When(year, frozenset({number}), text=words, day=day_of_month)
    season = found.season.search(words)
    if season:  # "in summer": this one
        step = names.STEPS[season.group(1).lower()] if season.group(1) else 0
        months = frozenset(names.SEASONS[season.group(2).lower()])
        if year is None and pub:
            year = pub.year + step
        return When(year, months, text=words)
    relative = found.relative_month.search(words)
    if relative:
        if pub is None:
            return None
        step = names.STEPS[relative.group(1).lower()]
        index = pub.year * 12 + pub.month - 1 + step
        return When(index // 12, frozenset({index % 12 + 1}), text=words)
    weekday = _day(words, pub, language)
    if weekday is not None:
        return When(weekday.year, frozenset({weekday.month}), text=words, day=weekday.day)
    relative = found.relative_year.search(words)
    if relative and pub:
        step = names.STEPS[relative.group(1).lower()]
        return When(pub.year + step, ALL_MONTHS, text=words)
    if year:
        return When(year, ALL_MONTHS, text=words)
    return None


def shift(sentence: str, anchor: When, language: str) -> When | None:
    """The time a relative expression in `sentence` names, counted from the narrative's `anchor` time:
    a day when the anchor has one and the shift is exact, else the month(s) the shift can reach."""
    if anchor.total or len(anchor.months) != 1:
        return None
    found = patterns(language)
    for pattern, days in found.shifts:
        match = pattern.search(sentence)
        if match is None:
            continue
        if days is None:
            said = match.group("n")
            n = found.day_counts.get(said.lower()) or (int(said) if said.isdigit() else None)
            if n is None:
                continue
            days = (n, n)
        year, month = anchor.year or NO_YEAR, next(iter(anchor.months))
        if anchor.day is not None:
            first = last = date(year, month, anchor.day)
        else:
            part = found.part.search(anchor.text)
            low, high = lang.data(language, "time").PART_OF_MONTH[part.group(1).lower()] if part else (1, 31)
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


NO_YEAR = 2001  # a year without 29 February, for counting days when the year is unknown


def _month_length(year: int, month: int) -> int:
    return ((date(year + month // 12, month % 12 + 1, 1)) - date(year, month, 1)).days


def _day(words: str, pub: date | None, language: str) -> date | None:
    """'on Friday': the last Friday on or before publication; 'yesterday', 'today'."""
    if pub is None:
        return None
    found, names = patterns(language), lang.data(language, "time")
    weekday = found.weekday.search(words)
    if weekday:
        wanted = names.WEEKDAYS.index(weekday.group(1).lower())
        return pub - timedelta(days=(pub.weekday() - wanted) % 7)
    word = found.day_word.search(words)
    if word:
        return pub - timedelta(days=names.DAYS_BACK.get(word.group(1).lower(), 0))
    return None


def _date(iso: str | None) -> date | None:
    if not iso or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return None
    return date.fromisoformat(iso)
