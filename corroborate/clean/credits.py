"""Credit lines of a report's text: a line that is only an agency's name ("Reuters", "(Dulwire)",
"Source: Xinhua"), a labelled source ("Source: The Harbour Post"), a copyright notice ("© 2026
Harbour Post. All rights reserved."). Each reader gives the one name the text credits so, with its
span, or None when the text credits none or several.

    agency_credit(text), source_credit(text, org_word), copyright_holder(text, furniture)
"""

from __future__ import annotations

import re

from corroborate.lang.xx import metadata as header
from corroborate.model import Evidence

# A line that is only an agency's name: bare, after a dash or a copyright sign, after a source
# label, or in parentheses as the sign-off under a story ("(Dulwire)").
AGENCY_CREDIT = re.compile(
    rf"^(?:[-–—]\s*|©\s*|(?i:{header.SOURCE_LABEL}))?(?:({header.AGENCY})|\(({header.AGENCY})\))\.?$"
)
# "Source: The Harbour Post" as the last line of a copied story: a labelled credit naming an outlet
# (a name of capitalised words with a word for an outlet in it).
SOURCE_CREDIT = re.compile(rf"^(?i:{header.SOURCE_LABEL})((?:[A-Z][\w&.'’-]*\s?){{1,5}})\.?$")
# "© 2026 Harbour Post. All rights reserved.", "Copyright Valley Wire, 2026", "© Radio Lenz 1999-2026",
# "Harbour Post - Tous droits réservés": group 1 the holder's name.
_YEARS = r"\d{4}(?:\s*[-–]\s*\d{4})?"
_RIGHTS = rf"(?i:{header.RIGHTS_RESERVED})"
COPYRIGHT = re.compile(
    rf"^(?:(?i:{header.COPYRIGHT_MARK})\s*)+(?:{_YEARS}\s*)?([^\W\d_][\w&'’ -]{{0,40}}?(?:\.[a-z]{{2,4}})?)"
    rf"(?:(?:[.,]?\s*{_YEARS})?\s*[.,]?\s*$|\s*[.,–—-]?\s*{_RIGHTS}\b.*$)"
)
# "Harbour Post - All rights reserved": the holder's name, then the reservation, with no mark.
RIGHTS_LINE = re.compile(rf"^([^\W\d_][\w&'’ -]{{0,40}}?(?:\.[a-z]{{2,4}})?)\s*[.,–—-]\s*{_RIGHTS}\b.*$")


def agency_credit(text: str) -> Evidence | None:
    """A line that is only an agency's name ("Reuters", "— Reuters", "Source: Xinhua"), when the
    text credits one agency so."""
    credits = []
    for match in re.finditer(r"[^\n]+", text):
        credit = AGENCY_CREDIT.match(match.group(0).strip())
        if credit:
            name = credit.group(1) or credit.group(2)
            start = match.start() + match.group(0).index(name)
            credits.append(Evidence("outlet", name, "agency credit line", start, start + len(name)))
    return credits[0] if len({c.value for c in credits}) == 1 else None


def source_credit(text: str, org_word: re.Pattern[str]) -> Evidence | None:
    """A "Source: <outlet>" line, when the text credits one outlet so."""
    credits = []
    for line in re.finditer(r"[^\n]+", text):
        credit = SOURCE_CREDIT.match(line.group(0).strip())
        if credit and org_word.search(credit.group(1)):
            name = credit.group(1).strip()
            start = line.start() + line.group(0).index(name)
            credits.append(Evidence("outlet", name, "source credit line", start, start + len(name)))
    return credits[0] if len({c.value for c in credits}) == 1 else None


def copyright_holder(text: str, furniture: str) -> Evidence | None:
    """The holder a copyright notice names ("© 2026 Harbour Post. All rights reserved."), when
    the notices of the text and its furniture name one holder; a notice cleaning removed has no span."""
    found = []
    for source, lines in ((text, re.finditer(r"[^\n]+", text)), ("", re.finditer(r"[^\n]+", furniture))):
        for line in lines:
            stripped = line.group(0).strip()
            match = COPYRIGHT.match(stripped) or RIGHTS_LINE.match(stripped)
            name = match.group(1).strip(" -–—") if match else ""
            if not name or (match and match.re is COPYRIGHT and not _holds_rights(stripped, name)):
                continue
            if source:
                start = line.start() + line.group(0).index(name)
                found.append(Evidence("outlet", name, "copyright notice", start, start + len(name)))
            else:
                found.append(Evidence("outlet", name, "copyright notice, in a line cleaning removed"))
    return found[0] if len({f.value for f in found}) == 1 else None


def _holds_rights(notice: str, name: str) -> bool:
    """A "© Name" notice names a holder of rights when it gives a year or reserves rights, or names
    an agency; a bare "© Jane Roe" under a photograph credits a photographer."""
    return bool(re.search(r"\d{4}", notice) or re.search(_RIGHTS, notice) or re.fullmatch(header.AGENCY, name))
