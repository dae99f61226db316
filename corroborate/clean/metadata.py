"""Metadata of a cleaned report: title, publication date, outlet, bylines, language.

    infer_metadata(text, page, hints, fmt) -> Metadata

Precedence, strongest first: what the input states outright (JSON record fields), then the
page markup (HTML), then the text's own header lines. Every value found in the text carries
an Evidence with its span in the cleaned text and the rule that read it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

import dateparser
import py3langid

from corroborate import lang
from corroborate.clean import credits
from corroborate.clean.html import HtmlExtract
from corroborate.clean.text import BYLINE
from corroborate.lang.xx import metadata as header
from corroborate.model import Evidence, Hints, InputFormat, Metadata

# The header: titles, datelines, bylines and mastheads sit in the first lines of a report.
HEADER_LINES = 10
TITLE_MIN_WORDS = 3
TITLE_MAX_CHARS = 250
MASTHEAD_MAX_WORDS = 4
BYLINE_MAX_CHARS = 160
# Publication years outside this range are misreadings, not dates.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100

# Metadata is read while cleaning, before the report's language is known (it is detected from the
# cleaned text at the end): the header's English words are English's, the stated default's
# (`_words`); its phrases in several languages are the multi-language tables (lang/xx).
HEADER_LANGUAGE = lang.DEFAULT

DATE_LABEL = re.compile(header.DATE_LABEL, re.I)
LABEL_BEFORE = re.compile(header.LABEL_BEFORE, re.I)
HEADER_PARTS = re.compile(header.HEADER_PARTS)
NAME_JOINER = re.compile(header.NAME_JOINER)
TIME = re.compile(header.TIME, re.I)
CLOCK_H = re.compile(header.CLOCK_H)
# A header line that dates the report is short; a longer line is body text or a caption that
# mentions a date. Set above the longest date line of the 9 development stories' headers (85
# characters, "Monday, 18 September 2023 4:47 PM [ Last Update: ... ]"; 69 without that story, so
# every leave-one-story-out choice keeps the held-out story's lines); captions with a date run
# 110-190 characters and are refused by the part test as well.
DATE_LINE_MAX_CHARS = 120
# What may be left of a date's part of a header line once dates, clock times, labels and weekday
# names are taken out: words this short (connectors "at", "um", "à", zone names, "Uhr", a Korean
# "sent" mark) say nothing; a longer word means the line says something else.
DATE_LINE_NOISE_CHARS = 3

# "Harbour Post News - ...", "MOSCOW (Reuters) - ..." or "Jan. 5 (UPI) -- ..." at the start of the
# first paragraph (or "DOHA, Sept 18 (Reuters): ...", as South Asian papers print it); a wire copy's
# bare "(Reuters) - ..." when the parentheses hold an agency's name.
DATELINE_AGENCY = re.compile(r"^[A-Z][A-Za-z0-9 .,'’-]{1,40}\(([^)]{2,40})\)\s*(?:[-–—]{1,2}|:)\s")
BARE_DATELINE_AGENCY = re.compile(rf"^\(({header.AGENCY})\)\s*[-–—]{{1,2}}\s")
DATELINE_OUTLET = re.compile(r"^((?:[A-Z][\w&.'’-]*\s){0,3}[A-Z][\w&.'’-]*)\s+[-–—]\s")
# "Harbour Post, March 14, 2026" or "Harbour Post, 14 March 2026 (translated)": a line naming the
# outlet and the date, as syndicated and archived copies print it.
OUTLET_DATE = re.compile(r"^((?:[A-Z][\w&.'’-]*\s){0,4}[A-Z][\w&.'’-]*),\s+(.+?)\s*(?:\([^)]*\))?$")

# "(Harbour Wire - Valley Post) 14/03/2026": a syndicator's credit opening a line, the carrier
# before the dash and the outlet it carries after it (group 1).
CARRIED_CREDIT = re.compile(r"^\([^()\d]{2,30}?\s[-–—]\s([^()\d]{2,40}?)\)(?:\s|$)")
# "Chief Political Correspondent, Harbour Post" under a byline: the author's role and outlet (group 1).
ROLE_OUTLET = re.compile(r"^[A-Z][^,\n]{2,60},\s+((?:[A-Z][\w&.'’-]*\s?){1,5})$")
MASTHEAD_SEPARATOR = re.compile(header.MASTHEAD_SEPARATOR)
NAV_LINE = re.compile(header.NAV_LINE)
# A line under a masthead that is a section name or the site's slogan ("World news", "Leading the
# valley's conversation") is this short; a headline or a standfirst is longer (and must, besides, be
# followed by a navigation line, a date or the headline). Chosen on the 9 development stories: their
# slogans under a masthead run 1-6 words (6: titan's; leave-one-story-out without titan gives 5,
# which loses that one line and changes no other story).
SLOGAN_MAX_WORDS = 6
DATELINE_AFTER = re.compile(header.DATELINE_AFTER)

# Free mail providers: an author writing from one of these names no outlet.
WEBMAIL = frozenset(
    {
        "gmail.com",
        "yahoo.com",
        "outlook.com",
        "hotmail.com",
        "proton.me",
        "protonmail.com",
        "icloud.com",
        "mail.ru",
        "yandex.ru",
    }
)


@dataclass(frozen=True)
class _Words:
    """A language's header patterns (compiled from `lang.data(language, "metadata")`)."""

    # Date patterns, tried in this order; a later one only where no earlier one matched.
    dates: tuple[tuple[str, re.Pattern[str]], ...]
    org_word: re.Pattern[str]  # a word that makes a byline name an organisation
    not_an_outlet: re.Pattern[str]  # what an "X, <date>" line's X is when it names no outlet
    write_to: re.Pattern[str]  # "Jane Doe at jane@outlet.com"
    write_to_line: re.Pattern[str]  # the line holding those
    month_named: re.Pattern[str]  # a month name beside a day ("June 6", "6 June")


@cache
def _words(language: str) -> _Words:
    """The header patterns of `language`, compiled once per language."""
    words = lang.data(language, "metadata")
    month, weekday, ordinal = words.MONTH, words.WEEKDAY, words.ORDINAL
    return _Words(
        dates=(
            ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
            ("year.month.day", re.compile(r"\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b")),
            ("day.month.year", re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b\.?")),
            # Day and month in either order ("18-6-2023", "09/06/2023", "6/24/2023").
            ("numeric date", re.compile(r"\b(\d{1,2})([-/])(\d{1,2})\2(\d{4})\b")),
            ("month day, year", re.compile(rf"\b{weekday}{month}\s+\d{{1,2}}{ordinal}?,?\s+\d{{4}}\b", re.I)),
            (
                "day month year",
                re.compile(rf"\b{weekday}\d{{1,2}}{ordinal}?\.?,?\s+{month},?\s+\d{{4}}\b", re.I),
            ),
            # Other languages' month names, checked by dateparser.
            ("day word year", re.compile(header.DAY_WORD_YEAR)),
        ),
        org_word=re.compile(words.ORG_WORD, re.I),
        not_an_outlet=re.compile(words.NOT_AN_OUTLET, re.I),
        write_to=re.compile(words.WRITE_TO),
        write_to_line=re.compile(words.WRITE_TO_LINE),
        month_named=re.compile(rf"\b{month}(?=\s+\d)|(?<=\d\s){month}", re.I),
    )


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str  # stripped


def infer_metadata(
    text: str, page: HtmlExtract | None, hints: Hints, fmt: InputFormat, furniture: str = "", original: str = ""
) -> Metadata:
    """Everything we can tell about a report from its hints, markup and cleaned text.

    `furniture` is the text cleaning removed: a page names itself in its promos and footers,
    which confirms a masthead. `original` is the text before line cleaning: its top line is the
    page's masthead even where cleaning removed it.
    """
    header = _header_lines(text)
    evidence: list[Evidence] = []
    candidates = [
        _given("outlet", hints.outlet, hints.rule("outlet")),
        _given("outlet", page.outlet if page else None, "page markup (site name)"),
        *_text_outlets(text, header, furniture),
        _masthead_line(original or text, text, furniture),
        _given("outlet", _host(hints.url or (page.url if page else None)), "web address"),
    ]
    outlet = _first(*candidates)
    title = _first(
        _given("title", hints.title, hints.rule("title")),
        _given("title", page.title if page else None, "page markup"),
        _text_title(header, fmt, {c.value for c in candidates if c}),
    )
    published = _first(
        _given("published", _iso(hints.published), hints.rule("published")),
        _given("published", page.date if page else None, "page markup (htmldate)"),
        *_text_dates(header, text, furniture),
    )
    bylines = _bylines(text, header, page)
    for item in (outlet, title, published):
        if item:
            evidence.append(item)
    evidence.extend(bylines)
    evidence.extend(_stated(hints))
    evidence.extend((*hints.notes, *(page.notes if page else ())))  # what was dropped or failed, and why
    return Metadata(
        title=title.value if title else None,
        outlet=outlet.value if outlet else None,
        published=published.value if published else None,
        bylines=tuple(dict.fromkeys(b.value for b in bylines)),
        language=detect_language(text),
        evidence=tuple(evidence),
    )


def _stated(hints: Hints) -> Iterator[Evidence]:
    """The input's own address and capture day, kept as evidence though no field of the dossier's
    source is inferred from them."""
    for field, value in (("url", hints.url), ("captured", hints.captured)):
        item = _given(field, value, hints.rule(field))
        if item:
            yield item


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text` (py3langid); "und" when it cannot tell."""
    try:
        code, _ = py3langid.classify(text[:20000])
    except Exception:  # py3langid on text it has no features for: the language is unknown
        return "und"
    return str(code)


def _first(*candidates: Evidence | None) -> Evidence | None:
    return next((c for c in candidates if c is not None), None)


def _given(field: str, value: str | None, rule: str) -> Evidence | None:
    return Evidence(field, value.strip(), rule) if value and value.strip() else None


def _header_lines(text: str) -> list[_Line]:
    lines = []
    for match in re.finditer(r"[^\n]+", text):
        stripped = match.group(0).strip()
        if stripped:
            start = match.start() + match.group(0).index(stripped)
            lines.append(_Line(start, start + len(stripped), stripped))
        if len(lines) == HEADER_LINES:
            break
    return lines


# --- dates ----------------------------------------------------------------------------------


def _text_dates(header: list[_Line], text: str, furniture: str) -> Iterator[Evidence]:
    """Byline dates first ("By X, December 23, 2025"), then labelled ("Published: ..."), then date
    lines with a clock time, then bare date lines and "Outlet, <date>" lines. Lines of the cleaned
    header come with their span; the header lines cleaning removed (a date line taken for a
    caption or a widget) are read after them, without one."""
    months = _months_named(text)
    removed = [_Line(-1, -1, line.strip()) for line in furniture.splitlines()[:HEADER_LINES] if line.strip()]
    found = []
    for order, line in enumerate(header + removed):
        for rule, match in _dates_in(line.text):
            rank = _date_rank(line.text, match)
            value = _parse_date(match, rule, months) if rank is not None else None
            if value and rank is not None:
                found.append((rank, order, line, match, rule, value))
    for rank, _, line, match, rule, value in sorted(found, key=lambda f: f[:2]):
        kind = ("byline date", "labelled date", "date line with a time", "date line")[rank]
        if line.start < 0:
            yield Evidence("published", value, f"{kind} ({rule}), in a header line cleaning removed")
        else:
            start = line.start + match.start()
            yield Evidence("published", value, f"{kind} ({rule})", start, line.start + match.end())


def _dates_in(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    taken: list[tuple[int, int]] = []
    for rule, pattern in _words(HEADER_LANGUAGE).dates:
        for match in pattern.finditer(text):
            if not any(a < match.end() and match.start() < b for a, b in taken):
                taken.append((match.start(), match.end()))
                yield rule, match


def _date_rank(line: str, match: re.Match[str]) -> int | None:
    """0: in a byline; 1: after a label ("Published", "Updated: ..."); 2: in a part of a header line
    that is only a date and a clock time; 3: a part that is only a date, or an outlet and a date;
    None: a date in a sentence or in a line that says something else."""
    if len(line) > DATE_LINE_MAX_CHARS:
        return None
    if BYLINE.match(line):
        return 0
    if DATE_LABEL.match(line) or LABEL_BEFORE.search(line[: match.start()]):
        return 1
    if _only_a_date(_part_of(line, match)):
        return 2 if TIME.search(line) or CLOCK_H.search(line) else 3
    return 3 if _outlet_date(line) else None


def _part_of(line: str, match: re.Match[str]) -> str:
    """The part of a header line, between bars, brackets or spaced dashes, that holds `match`."""
    start = 0
    for sep in HEADER_PARTS.finditer(line):
        if sep.start() >= match.end():
            return line[start : sep.start()]
        if sep.end() <= match.start():
            start = sep.end()
    return line[start:]


def _only_a_date(part: str) -> bool:
    """Nothing but dates, clock times, weekday names and short connecting words."""
    rest = part
    for _, match in sorted(_dates_in(part), key=lambda d: -d[1].start()):
        rest = rest[: match.start()] + " " + rest[match.end() :]
    rest = CLOCK_H.sub(" ", TIME.sub(" ", rest))
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.lower() not in header.WEEKDAYS]
    return all(len(w) <= DATE_LINE_NOISE_CHARS for w in words)


def _months_named(text: str) -> frozenset[int]:
    """The months the text names beside a day ("June 6", "6 June"): they tell 09/06 from 06/09."""
    found = set()
    for match in _words(HEADER_LANGUAGE).month_named.finditer(text):
        parsed = _dateparse(f"1 {match.group(0).rstrip('.')} 2000", languages=[HEADER_LANGUAGE])
        if parsed:
            found.add(parsed.month)
    return frozenset(found)


def _parse_date(match: re.Match[str], rule: str, months: frozenset[int]) -> str | None:
    raw = match.group(0)
    if rule == "day.month.year":
        day, month, year = (int(x) for x in re.findall(r"\d+", raw)[:3])
        return _valid(year, month, day)
    if rule in {"iso", "year.month.day"}:
        year, month, day = (int(x) for x in re.findall(r"\d+", raw)[:3])
        return _valid(year, month, day)
    if rule == "numeric date":
        return _day_or_month_first(int(match.group(1)), int(match.group(3)), int(match.group(4)), months)
    parsed = _dateparse(raw, settings={"STRICT_PARSING": True, "PREFER_DATES_FROM": "past"})
    return _valid(parsed.year, parsed.month, parsed.day) if parsed else None


def _day_or_month_first(first: int, second: int, year: int, months: frozenset[int]) -> str | None:
    """"18-6-2023" is day first, "6/24/2023" month first; where both read ("09/06/2023"), the
    reading whose month the text names beside a day, if only one does; else no date."""
    readings = {r for r in ((year, second, first), (year, first, second)) if 1 <= r[1] <= 12 and r[2] >= 1}
    if len(readings) > 1:
        readings = {r for r in readings if r[1] in months}
    return _valid(*readings.pop()) if len(readings) == 1 else None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return value.isoformat() if EARLIEST_YEAR <= year <= LATEST_YEAR else None


def _iso(raw: str | None) -> str | None:
    """A given publication date, normalised to ISO when it is not already."""
    if not raw:
        return None
    if re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", raw.strip()):
        return raw.strip()
    parsed = _dateparse(raw)
    return parsed.date().isoformat() if parsed else None


def _dateparse(raw: str, **options: Any) -> datetime | None:
    """dateparser's reading of `raw`, or None: a value it cannot read is no date, never a crash
    (it raises OverflowError and ValueError on some digit runs a record may carry)."""
    try:
        return dateparser.parse(raw, **options)
    except Exception:
        return None


# --- outlet, bylines, title -------------------------------------------------------------------


def _text_outlets(text: str, header: list[_Line], furniture: str) -> Iterator[Evidence | None]:
    """Outlet named by a byline, a dateline, a masthead, or the domain of the authors' e-mail."""
    for line in header:
        name = _byline_names(line.text)
        signed = _newsroom(name[0]) if name and _is_organisation(name[0]) and len(name) == 1 else None
        if signed:
            start = line.start + line.text.index(signed)
            yield Evidence("outlet", signed, "byline names an organisation", start, start + len(signed))
    yield _byline_role_outlet(header)
    yield _masthead(header, furniture)
    for line in header:
        outlet = _outlet_date(line.text)
        if outlet:
            yield Evidence("outlet", outlet.group(1), "outlet and date line", line.start, line.start + outlet.end(1))
    for line in header:
        for pattern, rule in ((DATELINE_AGENCY, "dateline agency"), (DATELINE_OUTLET, "dateline outlet")):
            match = pattern.match(line.text)
            if match and (rule == "dateline agency" or _words(HEADER_LANGUAGE).org_word.search(match.group(1))):
                start = line.start + match.start(1)
                yield Evidence("outlet", match.group(1), rule, start, line.start + match.end(1))
    for line in header:
        carried = CARRIED_CREDIT.match(line.text)
        if carried:
            start = line.start + carried.start(1)
            rule = "carried outlet in a syndicator's credit"
            yield Evidence("outlet", carried.group(1), rule, start, start + len(carried.group(1)))
    yield from _dateline_agencies(header)
    yield credits.agency_credit(text)
    yield credits.source_credit(text, _words(HEADER_LANGUAGE).org_word)
    yield credits.copyright_holder(text, furniture)
    domains = [m for m in _words(HEADER_LANGUAGE).write_to.finditer(text) if m.group(3).lower() not in WEBMAIL]
    if domains and len({m.group(3).lower() for m in domains}) == 1:
        m = domains[0]
        yield Evidence("outlet", m.group(3).lower(), "domain of the authors' e-mail", m.start(3), m.end(3))


def _dateline_agencies(lines: list[_Line]) -> Iterator[Evidence]:
    """A news agency the first paragraph's dateline credits ("MOSCOW, May 3 (Reuters) -", "(Reuters)
    -", "KYIV, May 3. /TASS/."): the story is the agency's, whichever site carries it."""
    for line in lines:
        match = DATELINE_AGENCY.match(line.text) or BARE_DATELINE_AGENCY.match(line.text)
        if match and re.fullmatch(header.AGENCY, match.group(1)):
            start = line.start + match.start(1)
            yield Evidence("outlet", match.group(1), "dateline agency", start, line.start + match.end(1))
        after = DATELINE_AFTER.match(line.text)
        if after:
            group = 1 if after.group(1) else 2
            agency = after.group(group).strip()
            start = line.start + after.start(group)
            yield Evidence("outlet", agency, "agency after the dateline", start, start + len(agency))


def _byline_role_outlet(header: list[_Line]) -> Evidence | None:
    """The outlet under a person's byline ("By Jane Roe" / "Chief Correspondent, Harbour News")."""
    for line, below in itertools.pairwise(header):
        names = _byline_names(line.text)
        role = ROLE_OUTLET.match(below.text) if names and not _is_organisation(names[0]) else None
        if role and _words(HEADER_LANGUAGE).org_word.search(role.group(1)):
            name = role.group(1).strip()
            start = below.start + role.start(1)
            return Evidence("outlet", name, "outlet under a byline", start, start + len(name))
    return None


def _masthead_line(original: str, text: str, furniture: str) -> Evidence | None:
    """The page's top line as its masthead: a short name beside a section or slogan ("Harbour
    Post | World"), or alone above a navigation line ("World | Africa") or a short section or
    slogan line. An all-capitals name takes the spelling the page gives it elsewhere."""
    lines = [line.strip() for line in original.splitlines() if line.strip()][:3]
    if len(lines) < 3:
        return None
    parts = MASTHEAD_SEPARATOR.split(lines[0], maxsplit=1)
    name = parts[0].strip().rstrip(header.MASTHEAD_MARKS).strip()
    if not _is_masthead_name(name, len(parts) > 1) or not (len(parts) > 1 or _under_masthead(*lines[1:])):
        return None
    name = _page_spelling(name, text + "\n" + furniture)
    rule = "masthead line"
    found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text[: len(text) // 2 + 1])
    if found and text[: found.start()].count("\n") < HEADER_LINES:
        return Evidence("outlet", name, rule, found.start(), found.end())
    return Evidence("outlet", name, f"{rule}, in a header line cleaning removed")


def _is_masthead_name(name: str, beside_section: bool) -> bool:
    """A short name of capitalised words or a web address, not a date, a byline or a sentence; a
    lower-case brand of one word ("harbourpost") only beside a section name on its line."""
    words = name.split()
    if len(words) == 1 and beside_section and not re.search(r"[?!:,;\d]", name):
        return True
    if not words or len(words) > MASTHEAD_MAX_WORDS or re.search(r"[?!:,;]", name):
        return False
    if BYLINE.match(name) or any(True for _ in _dates_in(name)):
        return False
    return all(not w[:1].islower() or "." in w for w in words if w.lower() not in header.NAME_PARTICLES)


def _under_masthead(line: str, after: str) -> bool:
    """A navigation line; or a short section or slogan line (no digits, no sentence's end) above a
    navigation line, a date line or the headline, so not itself the headline above the body."""
    if NAV_LINE.search(line):
        return True
    return (
        len(line.split()) <= SLOGAN_MAX_WORDS
        and not re.search(r"\d|[.?!:;,]$", line)
        and not BYLINE.match(line)
        and not re.search(r"\w\.[a-z]{2,4}\b", line)  # a web address names another site: a platform's page
        and bool(NAV_LINE.search(after) or _is_title(_Line(0, 0, after), after) or _only_a_date(after) or _label(after))
    )


def _label(line: str) -> bool:
    """A section label in capitals ("SCIENCE", "WORLD NEWS")."""
    return line.isupper() and len(line.split()) <= 2 and not re.search(r"\d", line)


def _page_spelling(name: str, page: str) -> str:
    """A masthead set in capitals ("HARBOUR POST", "VALLEY Radio") as the page spells it elsewhere
    in other letters ("... Harbour Post's reporters"), else as printed: capitals are the logo's
    typography."""
    if not any(len(w) > 1 and w.isupper() for w in name.split()):
        return name
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", page, re.I):
        if match.group(0) != name:
            return match.group(0)
    return name


def _outlet_date(line: str) -> re.Match[str] | None:
    """The match of an 'Outlet, <date>' line (its group 1 is the outlet), else None."""
    match = OUTLET_DATE.match(line)
    if match is None or BYLINE.match(line) or DATE_LABEL.match(line):
        return None
    if _words(HEADER_LANGUAGE).not_an_outlet.search(match.group(1)):
        return None
    rest = match.group(2)
    return match if any(m.group(0) == rest.rstrip(".") for _, m in _dates_in(rest)) else None


def _masthead(header: list[_Line], furniture: str) -> Evidence | None:
    """A short first line that the page repeats: opening a dateline, or in its furniture."""
    if len(header) < 2:
        return None
    first = header[0]
    words = first.text.split()
    if len(words) > MASTHEAD_MAX_WORDS or re.search(r"[.?!:,\d]", first.text):
        return None
    if any(line.text.startswith(first.text + " ") for line in header[1:]):
        return Evidence("outlet", first.text, "masthead repeated in a dateline", first.start, first.end)
    if re.search(rf"(?<!\w){re.escape(first.text)}(?!\w)", furniture):
        return Evidence("outlet", first.text, "masthead repeated in page furniture", first.start, first.end)
    return None


def _newsroom(name: str) -> str | None:
    """The outlet in a newsroom's signature ("Harbour Times staff" -> "Harbour Times", "La
    rédaction de Radio Lenz" -> "Radio Lenz"); None when the signature is only newsroom words ("Redacción")."""
    bare = re.sub(header.NEWSROOM_AFTER, "", re.sub(header.NEWSROOM_BEFORE, "", name, flags=re.I), flags=re.I).strip()
    return bare if bare and not re.match(header.NEWSROOM_ONLY, bare, re.I) else None


def _byline_names(line: str) -> list[str]:
    """Names in a 'By A, B and C[, date]' line (organisation or persons), else []."""
    match = BYLINE.match(line)
    if not match or len(line) > BYLINE_MAX_CHARS:
        return []
    body = match.group(1)
    for _, pattern in _words(HEADER_LANGUAGE).dates:
        body = pattern.split(body)[0]
    body = re.split(r"\s[|•·]\s|\s[-–—]\s", body)[0].strip(" ,;")
    names = [n.strip() for n in NAME_JOINER.split(body) if n.strip()]
    return names if names and all(len(n.split()) <= 5 for n in names) else []


def _is_organisation(name: str) -> bool:
    """Not a person's name: an organisation word, a lower-case word, or a CamelCase brand."""
    words = name.split()
    return bool(_words(HEADER_LANGUAGE).org_word.search(name)) or any(
        w[:1].islower() or re.search(r"[a-z][A-Z]", w)
        for w in words
        if w.lower() not in header.NAME_PARTICLES
    )


def _bylines(text: str, header: list[_Line], page: HtmlExtract | None) -> list[Evidence]:
    found: list[Evidence] = []
    if page:
        found += [Evidence("bylines", a, "page markup (author)") for a in page.authors]
    for line in header:
        names = _byline_names(line.text)
        if names and not (len(names) == 1 and _is_organisation(names[0])):
            for name in names:
                start = line.start + line.text.index(name)
                found.append(Evidence("bylines", name, "byline", start, start + len(name)))
    words = _words(HEADER_LANGUAGE)
    for line_match in words.write_to_line.finditer(text):
        for m in words.write_to.finditer(line_match.group(0)):
            start = line_match.start() + m.start(1)
            found.append(Evidence("bylines", m.group(1), "'Write to' line", start, start + len(m.group(1))))
    return found


def _text_title(header: list[_Line], fmt: InputFormat, outlets: set[str]) -> Evidence | None:
    """The first header line that reads like a headline and is not an outlet's name (the report's
    own, or the carrying site's masthead when an agency's credit named the outlet)."""
    for line in header:
        candidate = line.text.lstrip("#").strip() if fmt is InputFormat.MARKDOWN else line.text
        if candidate in outlets:
            continue
        if _is_title(line, candidate):
            start = line.start + line.text.index(candidate)
            return Evidence("title", candidate, "first headline-like line", start, start + len(candidate))
    return None


def _is_title(line: _Line, candidate: str) -> bool:
    words = candidate.split()
    if len(words) < TITLE_MIN_WORDS or len(candidate) > TITLE_MAX_CHARS:
        return False
    if BYLINE.match(candidate) or any(p.search(candidate) for _, p in _words(HEADER_LANGUAGE).dates):
        return False
    # A headline does not end like a sentence of body text (a question mark is fine).
    return not candidate.endswith((".", ",", ";", ":"))


def _host(url: str | None) -> str | None:
    match = re.match(r"https?://(?:www\.)?([^/:?#]+)", url or "")
    return match.group(1).lower() if match else None
