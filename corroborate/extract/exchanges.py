"""Exchanges: what one party gave and what it got for it, read from the language of trade.

    exchanges(parsed, mentions) -> tuple[ExchangeMention, ...]

Cues, most explicit first:
- "X in exchange for Y", "in return for Y" (either order in the sentence): the clause the phrase
  hangs off is what was given, the phrase's object what was received.
- "trade / swap / exchange X for Y".
- "In return, Z": Z is what was received for the last happening told before it.
- Reciprocity without the words: a release and a concession by another party (sanctions eased),
  at overlapping times, in one sentence joined by "after", "following" or "coincided with", or in
  one paragraph that speaks of a deal or tells the concession "days later" ("In March the envoy flew in to
  sign the deal. ... 20 detainees were released ... The ministry eased sanctions ...").
Status comes from the moods of the two sides: done when both are told as facts, pledged, proposed
or failed ("the idea fizzled out") otherwise.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from corroborate import lang
from corroborate.event_types import types_where
from corroborate.extract import when as time
from corroborate.extract.nlp import Parsed, paragraph_starts
from corroborate.extract.spans import sentences
from corroborate.model import EventMention, EventType, ExchangeMention, ExchangeStatus, Mood, SideMention

# Words for what one side gives: people freed, or a concession.
CONCESSIONS = types_where("concession")
# The words of trade ("in exchange for", "swap", "a deal") are the report language's:
# lang/<code>/exchanges.py; a failed trade is told in its words for failing (lang/<code>/events.py).
# The most words a side's description quotes.
SIDE_WORDS = 14
STATUS_OF_MOOD = {
    Mood.FACT: ExchangeStatus.DONE,
    Mood.PLEDGED: ExchangeStatus.PLEDGED,
    Mood.PROPOSED: ExchangeStatus.PROPOSED,
    Mood.FAILED: ExchangeStatus.FAILED,
    Mood.NEGATED: ExchangeStatus.FAILED,
}
# When the sides disagree, the status is the least advanced.
ORDER = [ExchangeStatus.FAILED, ExchangeStatus.PROPOSED, ExchangeStatus.PLEDGED, ExchangeStatus.DONE]


def exchanges(parsed: Parsed, mentions: Sequence[EventMention]) -> tuple[ExchangeMention, ...]:
    doc, source = parsed.doc, parsed.source
    own = sorted((m for m in mentions if m.source == source.id), key=lambda m: m.trigger_start)
    found: list[ExchangeMention] = []
    previous: Span | None = None
    for sentence in sentences(doc):
        found += _explicit(parsed, sentence, own, previous)
        previous = sentence
    found += _reciprocal(parsed, own, found)
    return tuple(found)


def _explicit(parsed: Parsed, sentence: Span, own: list[EventMention], previous: Span | None) -> list[ExchangeMention]:
    words = lang.data(parsed.source.meta.language, "exchanges")
    found = []
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma in words.IN_EXCHANGE and token.dep_ == "pobj" and token.head.lower_ in words.IN:
            cue = token.head
            phrase = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in words.FOR), None)
            if phrase is not None:  # "in exchange for Y": Y was received for the clause it hangs off
                found.append(_sides(parsed, sentence, own, cue.head, cue, phrase, f"in {token.text} for"))
            elif lemma in words.IN_RETURN and previous is not None and cue.i - sentence.start <= 1:
                found += _in_return(parsed, sentence, own, cue, previous)
        elif lemma in words.TRADE_VERBS and token.pos_ == "VERB":
            given = next((c for c in token.children if c.dep_ == "dobj"), None)
            phrase = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in words.FOR), None)
            if given is not None and phrase is not None:
                found.append(_sides(parsed, sentence, own, given, phrase, phrase, f"{token.text} ... for"))
    return [f for f in found if f is not None]


def _sides(
    parsed: Parsed, sentence: Span, own: list[EventMention], head: Token, cue: Token, phrase: Token, words: str
) -> ExchangeMention:
    """`head`'s clause (without the cue's phrase) was given; the object of `phrase` was received."""
    cue_span = (cue.left_edge.i, cue.right_edge.i + 1)
    received_tokens = [t for t in phrase.subtree if t != phrase]
    if not received_tokens:  # the parse hung the object elsewhere: the words right after "for"
        received_tokens = list(_until_punct(sentence, phrase.i + 1))
    given_tokens = [t for t in head.subtree if not cue_span[0] <= t.i < cue_span[1] and t.dep_ != "punct"]
    if head.pos_ == "VERB":  # the predicate, not its subject: "he pledged to release 14 more prisoners"
        given_tokens = [t for t in given_tokens if t.i >= head.i]
    given = _side(parsed, given_tokens, own)
    if given.by is None and head.pos_ == "VERB":  # "the U.S. allowed ...", "get the administration to release"
        given = replace(given, by=_name(_subject(head)))
    received = _side(parsed, received_tokens, own)
    return ExchangeMention(
        source=parsed.source.id,
        start=sentence.start_char,
        end=sentence.start_char + len(sentence.text.rstrip()),
        given=given,
        received=received,
        status=_status(sentence, given, received, parsed.source.meta.language),
        cue=words,
        cue_start=cue.idx,
        cue_end=phrase.idx + len(phrase.text),
    )


def _until_punct(sentence: Span, start: int) -> list[Token]:
    found: list[Token] = []
    for token in sentence.doc[start : sentence.end]:
        if token.is_punct or token.pos_ in ("AUX", "VERB") or len(found) >= SIDE_WORDS:
            break
        found.append(token)
    return found


def _in_return(
    parsed: Parsed, sentence: Span, own: list[EventMention], cue: Token, previous: Span
) -> list[ExchangeMention]:
    """'In return, the US lifted sanctions on ...': received for the last happening before it."""
    before = [m for m in own if m.trigger_start < sentence.start_char and m.mood is not Mood.NEGATED]
    main = [m for m in own if sentence.start_char <= m.trigger_start < sentence.end_char]
    if not before:
        return []
    given_mention = before[-1]
    clause = [t for t in cue.head.subtree if t.i > cue.right_edge.i and t.dep_ != "punct"]
    received = _side(parsed, [t for t in clause if t.i >= cue.head.i] or clause, main)
    given = _side_of(parsed, given_mention)
    return [ExchangeMention(
        source=parsed.source.id,
        start=min(given_mention.start, sentence.start_char),
        end=sentence.start_char + len(sentence.text.rstrip()),
        given=given,
        received=received,
        status=_status(sentence, given, received, parsed.source.meta.language),
        cue="in return",
        cue_start=cue.idx,
        cue_end=cue.right_edge.idx + len(cue.right_edge.text),
    )]


def _reciprocal(parsed: Parsed, own: list[EventMention], explicit: list[ExchangeMention]) -> list[ExchangeMention]:
    """A release and a concession by another party, linked by 'after' in one sentence or told in one
    paragraph about a deal, at overlapping times."""
    text = parsed.source.text
    starts = paragraph_starts(text)
    taken = {id(side.event) for x in explicit for side in (x.given, x.received) if side.event is not None}
    releases = [m for m in own if m.type is EventType.RELEASE and id(m) not in taken and m.mood is Mood.FACT]
    concessions = [m for m in own if m.type in CONCESSIONS and id(m) not in taken and m.mood is Mood.FACT]
    found: list[ExchangeMention] = []
    for release in releases:
        for concession in concessions:
            paragraph = bisect_right(starts, release.start)
            if paragraph != bisect_right(starts, concession.start) or release.agent == concession.agent:
                continue
            if release.when and concession.when and not release.when.overlaps(concession.when):
                continue
            cue = _link(parsed, release, concession, text[starts[paragraph - 1] : starts[paragraph]]
                        if paragraph < len(starts) else text[starts[paragraph - 1] :])
            if cue is None:
                continue
            given, received = _side_of(parsed, release), _side_of(parsed, concession)
            found.append(ExchangeMention(
                source=parsed.source.id,
                start=min(release.start, concession.start),
                end=max(release.end, concession.end),
                given=given,
                received=received,
                status=ExchangeStatus.DONE,
                cue=cue,
            ))
            taken |= {id(release), id(concession)}
            break
    return found


def _link(parsed: Parsed, a: EventMention, b: EventMention, paragraph: str) -> str | None:
    """'after' / 'coincided with' in a shared sentence, or a deal in the paragraph; else None."""
    words = lang.data(parsed.source.meta.language, "exchanges")
    if a.start == b.start:
        sentence = parsed.doc.char_span(a.start, a.end, alignment_mode="expand")
        if sentence is not None:
            link = next((t.lower_ for t in sentence if t.lemma_.lower() in words.RECIPROCAL_LINKS), None)
            if link:
                return link
    later = b.when.text.split(" (")[0] if b.when is not None and b.when.start is not None else ""
    anchor = a.when or b.when
    if later and anchor is not None and time.shift(later, anchor, parsed.source.meta.language) is not None:
        return f"'{later}' after the release"  # "Days later, the ministry eased sanctions"
    written = {w.strip(".,;:").lower() for w in paragraph.split()}
    deal = next((w for w in sorted(written) if w in words.DEAL_WORDS), None)
    return f"a {deal} in the paragraph" if deal else None


def _side(parsed: Parsed, tokens: list[Token], own: list[EventMention]) -> SideMention:
    """A side's words (the first SIDE_WORDS of a contiguous run) and the happening inside them."""
    if not tokens:
        return SideMention("", 0, 0)
    tokens = sorted(tokens, key=lambda t: t.i)
    run = [tokens[0]]
    for t in tokens[1:]:
        if t.i != run[-1].i + 1 or len(run) >= SIDE_WORDS:
            break
        run.append(t)
    start, end = run[0].idx, run[-1].idx + len(run[-1].text)
    inside = [m for m in own if start <= m.trigger_start < end]
    event = inside[0] if inside else None
    return SideMention(parsed.source.text[start:end], start, end, event.agent if event else None, event)


def _side_of(parsed: Parsed, m: EventMention) -> SideMention:
    """A side told by one event mention: from its doer (when just before) through its object."""
    doc = parsed.doc
    trigger = doc.char_span(m.trigger_start, m.trigger_end, alignment_mode="expand")
    if trigger is None:
        return SideMention(parsed.source.text[m.trigger_start : m.trigger_end], m.trigger_start, m.trigger_end,
                           m.agent, m)
    head = trigger.root
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB" else head
    tokens = [t for t in verb.subtree if t.i >= min(verb.i, head.i) and t.dep_ != "punct"]
    side = _side(parsed, tokens, [m])
    return SideMention(side.what, side.start, side.end, m.agent, m)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _name(token: Token | None) -> tuple[int, int] | None:
    if token is None or token.pos_ == "PRON":
        return None
    words = [t for t in token.subtree if t.dep_ in ("compound", "flat") or t == token]
    return min(t.idx for t in words), token.idx + len(token.text)


def _status(sentence: Span, given: SideMention, received: SideMention, language: str) -> ExchangeStatus:
    if lang.data(language, "events").FAILED.search(sentence.text):
        return ExchangeStatus.FAILED
    if any(t.tag_ == "MD" for t in sentence):  # "the rebels would need to release ..."
        return ExchangeStatus.PROPOSED
    moods = [side.event.mood for side in (given, received) if side.event is not None]
    if not moods:
        return ExchangeStatus.PROPOSED if any(
            t.lemma_.lower() in lang.data(language, "exchanges").BARGAINING for t in sentence
        ) else ExchangeStatus.UNKNOWN
    return min((STATUS_OF_MOOD[m] for m in moods), key=ORDER.index)
