"""What one input may cost a build. Beyond these, the input (or its extra records) is refused with
one line saying why, and the rest of the run goes on.

    check_text(text, where)                     raises InputError for a report too long to analyse
    capped(items, limit, where, what) -> (kept, Rejection | None)

The bytes of one file are limited at ingest (ingest.MAX_INPUT_BYTES). The values below were found
with bench/bench_length.py (one report of 50 KB, 200 KB and 1 MB of real paragraphs) and a JSON
file of many small records, on a 2-core machine shared with other work: a report of 1 MB
(900,000 characters, 143,000 words after cleaning) built in 99 s, 68 s of it spaCy's parse.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from corroborate.errors import InputError
from corroborate.model import Rejection

# One report's text, after cleaning (and before, for plain text and Markdown, so that a huge file
# is refused before cleaning spends time on it). The longest report in corpora/ and examples/ has
# 14,000 bytes; a long-form feature or a transcript stays well under 1 MB (which must build, in a
# few minutes). Twice that builds in a few minutes more; more is not one report.
MAX_REPORT_CHARS = 2_000_000
# Words, as split by white space: the parse costs per word (token), and 2 million characters of
# one-letter words would be 1 million of them. 1 MB of news prose has about 170,000 words.
MAX_REPORT_WORDS = 350_000
# Lines with text: each short line is a sentence of its own (a headline, a dateline), and every
# stage pays per sentence. Hard-wrapped prose of 2 million characters has about 30,000 lines; one
# million short lines is a list, not a report.
MAX_REPORT_LINES = 40_000
# Records of one JSON or JSON Lines file. Each record is a report of its own, and a build compares
# reports with each other (derivation, alignment), so the report grows faster than the count: of
# one-paragraph records, 250 built in 83 s with a 2.9 MB report.html, 500 wrote 8.9 MB and 2,000
# took 86 s on an idle machine and wrote 69 MB. 250 keeps the report under 5 MB.
MAX_RECORDS_PER_FILE = 250
# Reports of one build, all inputs together (after records are read), for the same reason: the
# largest story in corpora/ has 12 reports.
MAX_REPORTS_PER_BUILD = 250

T = TypeVar("T")


def check_text(text: str, where: str) -> None:
    """Raises InputError when the report's text is longer than one build may spend on one report."""
    if len(text) > MAX_REPORT_CHARS:
        raise InputError(where, f"too long to analyse ({len(text):,} characters; a report may have at most "
                                f"{MAX_REPORT_CHARS:,})")
    words = len(text.split())
    if words > MAX_REPORT_WORDS:
        raise InputError(where, f"too long to analyse ({words:,} words; a report may have at most "
                                f"{MAX_REPORT_WORDS:,})")
    lines = sum(1 for line in text.splitlines() if line.strip())
    if lines > MAX_REPORT_LINES:
        raise InputError(where, f"too many lines to analyse ({lines:,}; a report may have at most "
                                f"{MAX_REPORT_LINES:,})")


def capped(items: Sequence[T], limit: int, where: str, what: str) -> tuple[Sequence[T], Rejection | None]:
    """The first `limit` items, and one Rejection for the rest (None when there are no more)."""
    if len(items) <= limit:
        return items, None
    extra = len(items) - limit
    return items[:limit], Rejection(where, f"{extra:,} {what} after the first {limit:,} refused: at most {limit:,} "
                                           f"{what} are analysed at once")
