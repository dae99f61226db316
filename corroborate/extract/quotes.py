"""Quotes: direct speech, and who the report says spoke it.

    quotes(parsed) -> tuple[Quote, ...]

The speaker is read from the parse around the quotation marks, in this order:
1. a speech verb outside the quote in the same sentence(s) ('"...," said X', 'X said: "..."',
   'X wrote ...'): its subject;
2. "X quoted Y as saying": Y; "according to X";
3. a subject that is a pronoun ("he said"): the previous quote's speaker in the paragraph, else
   the last person named before the quote;
4. after a colon, the subject of the sentence that introduces it;
5. a quote with no attribution of its own continues the previous quote of the paragraph (or of
   the paragraph before, when the quote opens its own).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import ModuleType

from spacy.tokens import Doc, Span, Token

from corroborate import lang
from corroborate.extract.nlp import Parsed
from corroborate.extract.spans import entities, sentence_of
from corroborate.model import Quote

QUOTED = re.compile(r"“([^”]+)”|\"([^\"\n]+)\"")
# Fewer words than this between quotation marks is a term, not speech ("the “loser table”").
MIN_QUOTE_WORDS = 4
# Speech verbs, pronouns and "according to" are the report language's: lang/<code>/speech.py.


def quotes(parsed: Parsed) -> tuple[Quote, ...]:
    doc, source = parsed.doc, parsed.source
    speech: ModuleType = lang.data(source.meta.language, "speech")
    found: list[Quote] = []
    def same_paragraph(previous: Quote | None, start: int) -> bool:
        """A quote with a speaker earlier in the same paragraph, or ending the paragraph before one
        that opens with this quote (a quote-only paragraph continues the last speaker)."""
        if previous is None or previous.speaker_start is None:
            return False
        between = source.text[previous.end : start]
        return "\n\n" not in between or (between.count("\n\n") == 1 and opens_paragraph(start))

    def opens_paragraph(start: int) -> bool:
        return source.text[: start - 1].rstrip(" ").endswith("\n")

    for match in QUOTED.finditer(source.text):
        group = 1 if match.group(1) is not None else 2
        start, end = match.start(group), match.end(group)
        if len(match.group(group).split()) < MIN_QUOTE_WORDS:
            continue
        context = _context(doc, match.start(), match.end())
        if context is None:
            continue
        speaker, rule = _speaker(context, match.start(), match.end(), speech)
        if speaker is None and source.text[: match.start()].rstrip().endswith(":"):
            speaker, rule = _sentence_subject(context, match.start()), "subject before a colon"
        if speaker is None:
            previous = found[-1] if found else None
            if previous is not None and same_paragraph(previous, start):
                found.append(Quote(source.id, start, end, previous.speaker_start, previous.speaker_end, "continues"))
            else:
                found.append(Quote(source.id, start, end, None, None, "no attribution found"))
            continue
        if speaker.lower_ in speech.PRONOUNS:
            previous = found[-1] if found else None
            if previous is not None and same_paragraph(previous, start):
                found.append(Quote(source.id, start, end, previous.speaker_start, previous.speaker_end,
                                   f"{rule}, pronoun: the previous speaker"))
                continue
            named = _last_person_before(doc, match.start())
            if named is None:
                found.append(Quote(source.id, start, end, None, None, f"pronoun '{speaker.text}' unresolved"))
                continue
            found.append(Quote(source.id, start, end, named.start_char, named.end_char, f"{rule}, pronoun"))
            continue
        words = _noun_phrase(speaker)
        found.append(Quote(source.id, start, end, words.start_char, words.end_char, rule))
    return tuple(found)


def _context(doc: Doc, start: int, end: int) -> Span | None:
    """The sentences the quote (with its marks) lies in."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    if first is None or last is None:
        return None
    return doc[sentence_of(first).start : sentence_of(last).end]


def _speaker(context: Span, start: int, end: int, speech: ModuleType) -> tuple[Token | None, str]:
    """The token naming the speaker, nearest speech verb first; and the rule used."""
    outside = [t for t in context if not start <= t.idx < end]
    verbs = sorted(
        (t for t in outside if t.pos_ == "VERB" and t.lemma_.lower() in speech.SPEECH_VERBS),
        key=lambda t: min(abs(t.idx - start), abs(t.idx - end)),
    )
    for verb in verbs:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and not start <= subject.idx < end:
            return subject, "speech verb"
    for token in outside:
        if token.lemma_.lower() in speech.QUOTED_AS and any(c.lower_ == speech.AS for c in token.children):
            quoted = next((c for c in token.children if c.dep_ == "dobj"), None)
            if quoted is not None:
                return quoted, "quoted as saying"
    for token in outside:
        if token.lower_ == speech.ACCORDING:
            target = next((o for p in token.children if p.lower_ == speech.ACCORDING_TO
                           for o in p.children if o.dep_ == "pobj"), None)
            if target is not None:
                return target, "according to"
    return None, ""


def _sentence_subject(context: Span, start: int) -> Token | None:
    """The subject of the words a colon hands over to the quote: 'X ... used this line: "..."'."""
    return next((t for t in context if t.idx < start and t.dep_ == "nsubj"), None)


def _noun_phrase(token: Token) -> Span:
    """The subject with its compounds: "press secretary Karoline Leavitt", "Shraibman"."""
    words = [t for t in token.subtree if t.dep_ in ("compound", "flat") or t == token]
    first = min(t.i for t in words)
    return token.doc[first : token.i + 1]


def _last_person_before(doc: Doc, start: int) -> Span | None:
    people: Iterator[Span] = (e for e in entities(doc) if e.label_ == "PERSON" and e.end_char <= start)
    last = None
    for last in people:  # noqa: B007 - keep the last one
        pass
    return last
