"""The time of each sentence of a report, the way a narrative sets it.

    sentence_times(parsed, reference) -> dict[int, Timed]     keyed by the sentence's first character

A sentence's own time is its first date expression that resolves ("On December 13", "in June"),
or a shift from the narrative's last date ("The next day", "Days later"). A sentence without one
inherits the last time of its paragraph ("In June, ... . He pledged to release 14 more prisoners"),
marked as inherited. A new paragraph starts over; a shift may still count from an earlier
paragraph, since "The next day" often opens one.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Span

from corroborate.extract import when as time
from corroborate.extract.nlp import Parsed, paragraph_starts
from corroborate.extract.spans import entities_in, sentences
from corroborate.model import Reference, When

# How near the start of a sentence a date must be said to set the narrative's time.
OPENING_CHARS = 40


@dataclass(frozen=True)
class Timed:
    own: When | None  # the sentence's own time
    at: When | None  # its own time, else the paragraph's (inherited)


def sentence_times(parsed: Parsed, reference: Reference | None = None) -> dict[int, Timed]:
    reference = reference or Reference(parsed.source.meta.published)
    text, language = parsed.source.text, parsed.source.meta.language
    found: dict[int, Timed] = {}
    context: When | None = None
    anchor: When | None = None  # the narrative's last point in time, across paragraphs
    paragraph = -1
    starts = paragraph_starts(text)
    for sentence in sentences(parsed.doc):
        start_paragraph = bisect_right(starts, sentence.start_char)
        if start_paragraph != paragraph:
            paragraph, context = start_paragraph, None
        own = _own_time(sentence, reference, language) or _shifted(sentence, anchor, language)
        if own is not None and not own.total and own.precise and _opens(sentence, own):
            context = anchor = own
        found[sentence.start_char] = Timed(own, own if own is not None else (replace(context, inherited=True)
                                                                              if context else None))
    return found


def _opens(sentence: Span, at: When) -> bool:
    """Whether the time is said near the start of its sentence ("In June, ...", "The next day ..."): a
    narrative sets its time so; a date later in a sentence is often a look back ("since April")."""
    return at.start is None or at.start - sentence.start_char <= OPENING_CHARS


def _own_time(sentence: Span, reference: Reference, language: str) -> When | None:
    total = time.total(sentence.text, language)
    if total is not None:
        return When(None, frozenset(), True, total.group(0))
    for ent in entities_in(sentence):
        if ent.label_ == "DATE" and not time.lasts(ent.text, language) and not time.in_dateline(
            sentence.text, ent.start_char - sentence.start_char
        ):
            resolved = time.resolve(ent.text, reference.date, reference.estimated, language)
            if resolved is not None:
                return replace(resolved, start=ent.start_char, end=ent.end_char)
    return None


def _shifted(sentence: Span, anchor: When | None, language: str) -> When | None:
    if anchor is None:
        return None
    shifted = time.shift(sentence.text, anchor, language)
    if shifted is None or shifted.start is None or shifted.end is None:
        return None
    offset = sentence.start_char
    return replace(shifted, text=f"{shifted.text} ({anchor.text})", start=shifted.start + offset,
                   end=shifted.end + offset)
