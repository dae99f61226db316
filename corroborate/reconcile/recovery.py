"""Mentions NER missed, found again by their spelling: the names of each resolved person and
organisation searched for in every report's text.

    recover_mentions(entities, texts) -> entities with the mentions found added
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from itertools import accumulate

from corroborate.model import Entity, EntityType, Link, Mention
from corroborate.reconcile.names import PARTICLES, parse_name

# Names shorter than this are not searched for again: "US", "UN" also occur as other words.
RECOVER_MIN_CHARS = 4
RECOVERED = "MATCH"  # the label of a mention found by string match rather than by NER
# The entities whose names are searched for again: people, organisations and places. Places were
# left out until the gazetteer typed them (a place NER took for a person had been found again as
# one; typed a place, it was no longer).
RECOVERED_TYPES = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)


def recover_mentions(entities: tuple[Entity, ...], texts: Mapping[str, str]) -> tuple[Entity, ...]:
    """NER misses names, most often at the start of a sentence ("Smith drove ..."). Find the other
    occurrences of each person's, organisation's and place's names (and of a person's surname alone) and add
    them, unless the name belongs to two entities or the report also writes it as a common word."""
    owners: dict[str, set[int]] = defaultdict(set)
    for i, entity in enumerate(entities):
        if entity.type in RECOVERED_TYPES:
            forms = set(entity.aliases)
            if entity.type is EntityType.PERSON:
                forms |= {n.form.split()[-1] for n in map(parse_name, entity.aliases) if n.full}
            for form in forms:
                if len(form) >= RECOVER_MIN_CHARS and (form[:1].isupper() or form.split("-")[0] in PARTICLES):
                    owners[form].add(i)
    names = {name: next(iter(ids)) for name, ids in owners.items() if len(ids) == 1}
    if not names:
        return entities
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?!\w)")
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for entity in entities:
        for m in entity.mentions:
            taken[m.source].append((m.start, m.end))
    found: dict[int, list[Mention]] = defaultdict(list)
    for source, text in sorted(texts.items()):
        overlaps = _Spans(taken[source])
        common: dict[str, bool] = {}  # name -> the report also writes it in lower case
        for match in pattern.finditer(text):
            name, start, end = match.group(1), match.start(1), match.end(1)
            if name not in common:
                common[name] = _writes_in_lower_case(name, text)
            if common[name] or overlaps.any_overlap(start, end):
                continue
            found[names[name]].append(Mention(source, start, end, name, RECOVERED))
    return tuple(_with_mentions(e, found[i]) if found[i] else e for i, e in enumerate(entities))


def _writes_in_lower_case(name: str, text: str) -> bool:
    """Whether `text` has `name` in lower case as words of their own; the word-boundary search
    starts at the first plain occurrence (a fast scan), or not at all when there is none."""
    lower = name.lower()
    first = text.find(lower)
    return first >= 0 and re.compile(rf"\b{re.escape(lower)}\b").search(text, first) is not None


class _Spans:
    """Character spans, asked whether any overlaps [start, end) by a bisect, not a scan."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # the furthest end of the first i

    def any_overlap(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, end)  # the spans that start before `end`
        return before > 0 and self.reach[before - 1] > start


def _with_mentions(entity: Entity, more: list[Mention]) -> Entity:
    mentions = tuple(sorted(entity.mentions + tuple(more), key=lambda m: (m.source, m.start)))
    new = sorted({m.form for m in more} - set(entity.aliases))
    links = tuple(Link(f, entity.name, "surname of the full name, found again in the text") for f in new)
    return replace(entity, mentions=mentions, aliases=aliases(mentions), links=entity.links + links)


def aliases(mentions: Iterable[Mention]) -> tuple[str, ...]:
    """Every distinct surface form, longest first."""
    return tuple(sorted({m.form for m in mentions}, key=lambda f: (-len(f), f)))
