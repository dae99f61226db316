"""Acronyms a report defines: "the Federal Security Service (FSB)", "Office for the Coordination
of Humanitarian Affairs (OCHA)", "the Federal Security Service, or FSB,". The acronym right after a
name is that name's, even when one of its letters is another language's ("FSB", the Russian
words' initials): it joins the name's entity in every report that writes it alone.

    defined(text, names) -> [(acronym, name's index)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corroborate.lang.xx.names import ALTERNATIVE_WORDS

# An acronym in parentheses: two to eight capitals (a hyphen, '&' or dots between them allowed).
ACRONYM = r"([A-ZÀ-Ý][A-ZÀ-Ý&.\-]{1,9})"
PARENTHESISED = re.compile(rf"\(\s*{ACRONYM}\s*\)")
# Or after a comma and the word for 'or', and before a comma or the sentence's end.
ALTERNATIVE = re.compile(rf",\s+(?:{'|'.join(sorted(ALTERNATIVE_WORDS))})\s+{ACRONYM}(?=[,.;:])")
# Of the acronym's letters, all but this many must be the name's words' initials, in order: one
# letter may be the original language's ("FSB" for "Federal Security Service"). Set by reasoning,
# not tuned: no story's acronym needs two.
FOREIGN_LETTERS = 1
# Letters an acronym needs before a letter may be foreign: "FSB" (three letters) may have one.
FOREIGN_MIN_LETTERS = 3


def defined(text: str, names: Sequence[tuple[int, int, str]]) -> list[tuple[str, int]]:
    """(acronym, index into `names`) for each name (start, end, form) of `text` followed by an
    acronym in parentheses that its initials spell."""
    ends = {end: i for i, (_, end, _) in enumerate(names)}
    found = []
    for match in [*PARENTHESISED.finditer(text), *ALTERNATIVE.finditer(text)]:
        before = match.start()
        while before > 0 and text[before - 1].isspace():
            before -= 1
        i = ends.get(before)
        if i is not None and spells(match.group(1), names[i][2]):
            found.append((match.group(1), i))
    return found


def spells(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are the initials of the name's capitalised words, in order,
    all but FOREIGN_LETTERS of them (and its first letter always)."""
    letters = [c for c in acronym if c.isalpha()]
    initials = [w[0] for w in re.split(r"[\s\-']+", name) if w[:1].isupper()]
    if len(letters) < 2 or letters[0] not in initials:
        return False
    matched, at = 0, 0
    for letter in letters:
        if letter in initials[at:]:
            at = initials.index(letter, at) + 1
            matched += 1
    missing = len(letters) - matched
    return missing == 0 or (missing <= FOREIGN_LETTERS and len(letters) >= FOREIGN_MIN_LETTERS)
