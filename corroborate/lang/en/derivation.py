"""How English attributes a report to another outlet, says a text is translated, and writes the
dates that are no detail a report took from another. Read by `reconcile/derivation.py`."""

from __future__ import annotations

from .time import MONTH_WORD

# Words just before an organisation's name that attribute what follows to it ("according to the
# Post", "reported by Reuters", "citing Interfax"), as one regex alternation ending at the name.
ATTRIBUTION_BEFORE = (
    r"(?:\baccording to|\breports?|\breported by|\bciting|\bcited by|\bquoted by|\btold|\bwrote in)"
    r"\s*,?\s*(?:the\s+)?$"
)
# Words just after an organisation's name that attribute to it ("the Post reported", "Reuters says").
ATTRIBUTION_AFTER = r"^\s*,?\s*(?:reports|reported|wrote|writes|said|says)\b"
# How English writes a date: "June 24", "24th June 2023", a year, a clock time, "24.06.2023".
# Dates are when a report was written or when things happened, not details it took from another.
DATE = (
    rf"\b{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD}(?:\s+\d{{4}})?"
    r"|\b(?:19|20)\d{2}\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
)
# A report that says it is a translation ("translated from Russian", "in translation").
TRANSLATED = r"\btranslat(?:ed|ion)\b"
