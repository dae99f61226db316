"""One index of a parse's sentences and entities, so that every look-up costs a bisect, not a scan.

    sentences(doc) -> tuple[Span, ...]           doc.sents, built once
    entities(doc) -> tuple[Span, ...]            doc.ents, built once
    sentence_of(token or span) -> Span           token.sent / span.sent
    entities_in(span) -> list[Span]              span.ents
    entity_at(token) -> Span                     the entity that starts at the token

spaCy builds `doc.ents` anew (one Span per entity, over every token) at each call, and `span.ents`
calls it: asked once per sentence or per entity, that is a cost in the square of a report's length.
`.sent` walks the tokens back to the sentence's start: square in a long sentence's length. These
give the same spans as spaCy's own properties, from an index kept in the Doc's `user_data`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

KEY = "corroborate.spans"


@dataclass(frozen=True)
class Index:
    sentences: tuple[Span, ...]
    sentence_starts: tuple[int, ...]  # token index of each sentence's first token
    entities: tuple[Span, ...]
    entity_starts: tuple[int, ...]


def index(doc: Doc) -> Index:
    """The Doc's index, built on first use. A Doc is not changed after the parse."""
    found = doc.user_data.get(KEY)
    if not isinstance(found, Index) or len(doc) != (found.sentences[-1].end if found.sentences else 0):
        sents, ents = tuple(doc.sents), tuple(doc.ents)
        found = Index(sents, tuple(s.start for s in sents), ents, tuple(e.start for e in ents))
        doc.user_data[KEY] = found
    return found


def sentences(doc: Doc) -> tuple[Span, ...]:
    return index(doc).sentences


def entities(doc: Doc) -> tuple[Span, ...]:
    return index(doc).entities


def sentence_of(item: Token | Span) -> Span:
    """The sentence holding the token, or a span's first token (as spaCy's `.sent`)."""
    at = item.i if isinstance(item, Token) else item.start
    found = index(item.doc)
    return found.sentences[max(0, bisect_right(found.sentence_starts, at) - 1)]


def entities_in(span: Span) -> list[Span]:
    """The entities wholly inside `span`, in order (as spaCy's `span.ents`: from the first entity that
    starts in it, up to the first that runs past its end)."""
    found = index(span.doc)
    inside = []
    for i in range(bisect_left(found.entity_starts, span.start), len(found.entities)):
        if found.entities[i].end > span.end:
            break
        inside.append(found.entities[i])
    return inside


def entity_at(token: Token) -> Span:
    """The entity that starts at `token` (a B token). Raises LookupError when none does."""
    found = index(token.doc)
    i = bisect_left(found.entity_starts, token.i)
    if i == len(found.entities) or found.entities[i].start != token.i:
        raise LookupError(f"no entity starts at token {token.i}")
    return found.entities[i]
