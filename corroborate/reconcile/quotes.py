"""Quote claims: who said what, with every report that quotes it.

    quote_claims(quotes, known, texts, first) -> tuple[Claim, ...]

A quote's speaker is the person or organisation whose mention covers the words the extractor
found for it ("said White House press secretary Karoline Leavitt" -> Karoline Leavitt). The same
words quoted by several reports (the same speaker, and word sets that overlap by SAME_QUOTE or
more) are one claim, corroborated only by two or more origins: a rewrite repeating its
original's quote is not a second witness.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from corroborate.model import Claim, ClaimKind, Entity, EntityType, Known, Quote
from corroborate.reconcile.claims import origins_of, status_of

# How this matcher is named in the dossier: quotes of the same words by word-set overlap, speakers from the
# parse.
ALGORITHM = "word-jaccard-v1"

# Two quotes are the same words when this share of their distinct words is shared (Jaccard).
SAME_QUOTE = 0.8
# Statements show at most this many characters of the quote.
SHOWN_CHARS = 140
# Who may speak a quote: a person, else an organisation ("the ministry said").
SPEAKERS = frozenset({EntityType.PERSON, EntityType.ORGANIZATION})


def quote_claims(
    quotes: Sequence[Quote], known: Known, texts: Mapping[str, str], first: int,
) -> tuple[Claim, ...]:
    origin_of = known.origin_of
    speakers = _speakers(quotes, known)
    groups: list[tuple[Entity | None, set[str], list[Quote]]] = []
    for quote in quotes:
        speaker = speakers.get(quote)
        words = set(re.findall(r"\w+", texts[quote.source][quote.start : quote.end].lower()))
        target = next((g for g in groups if g[0] is speaker and _jaccard(g[1], words) >= SAME_QUOTE), None)
        if target is None:
            groups.append((speaker, words, [quote]))
        else:
            target[2].append(quote)
    claims = []
    for i, (speaker, _, group) in enumerate(groups):
        first_quote = group[0]
        text = " ".join(texts[first_quote.source][first_quote.start : first_quote.end].split()).rstrip(",")
        shown = text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"
        who = speaker.name if speaker else _unnamed(first_quote, texts)
        found_origins = origins_of(group, origin_of)
        claims.append(
            Claim(
                id=f"claim-{first + i:03d}",
                fact=f"quote-{first + i:03d}",
                kind=ClaimKind.QUOTE,
                statement=f"{who}: “{shown}”",
                value=text,
                qualifier=None,
                unit=None,
                quantities=(),
                origins=found_origins,
                status=status_of(found_origins),
                subject=speaker.id if speaker else None,
                evidence=tuple(sorted({q.rule for q in group})),
                quotes=tuple(group),
            )
        )
    return tuple(claims)


def _speakers(quotes: Sequence[Quote], known: Known) -> dict[Quote, Entity]:
    """The person (else organisation) whose mention lies inside each quote's speaker words."""
    found = {}
    for q in quotes:
        if q.speaker_start is None or q.speaker_end is None:
            continue
        inside = [e for _, _, e in known.inside(q.source, q.speaker_start, q.speaker_end, SPEAKERS)]
        people = [e for e in inside if e.type is EntityType.PERSON]
        if people or inside:
            found[q] = (people or inside)[-1]
    return found


def _unnamed(quote: Quote, texts: Mapping[str, str]) -> str:
    """The words for a speaker who is not a named entity ("a U.S. official"), or "unattributed"."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return "unattributed"
    return " ".join(texts[quote.source][quote.speaker_start : quote.speaker_end].split()) + " (not named)"


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0
