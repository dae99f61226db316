"""Derivation and independence: which reports copy, translate, rewrite or cite another in the run.

    derive(sources, entities) -> tuple[Origin, ...]      one per source, in the order given

Word overlap does not see a translation or an AI rewrite (FINDINGS.md: 5-gram Jaccard of derived
pairs 0.002-0.004). What a derived report cannot help keeping are the original's *details*: the
people, organisations and places it names and the numbers it gives. So each report is reduced to
its set of details, each detail weighted by how rare it is in the run (a detail every report
gives says nothing; one only two reports give says much), and report B is taken to derive from A
when most of B's weighted details are also in A, and more of B is in A than of A in B (the
original holds more than its copy). An explicit attribution to another report's outlet
("reports The Harbour Post", "according to the Post") is a `cites` link. Sources linked either
way share an origin: `independent_sources` counts origins, not reports.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from corroborate import lang
from corroborate.lang.xx import derivation as multi
from corroborate.model import DerivationKind, DerivedFrom, Entity, EntityType, Origin, Source

# How this matcher is named in the dossier: share of a report's rarity-weighted entities and numbers found in
# another, and attributions.
ALGORITHM = "rare-details-v1"

# B derives from A when this share of B's rarity-weighted details is also in A. Measured on the
# example: the two derived reports 0.52 and 0.84, every other pair at most 0.27; on the invented
# sailors story, independent pairs at most 0.29.
DERIVED_MIN = 0.33
# Reports whose detail sets overlap this much (Jaccard) are near-duplicates of one another: copies,
# light rewrites. They count as one report when weighing how rare a detail is.
TWIN_MIN = 0.6
# Word 5-gram overlap above this makes a derived report a copy rather than a rewrite.
COPY_MIN = 0.5
# A derived report shorter than this share of its original is a summary.
SUMMARY_MAX = 0.5
# An outlet's initials count as its name from this many words on ("WSJ"; not "HP").
MIN_INITIALS = 3
OUTLET_ARTICLE = re.compile(multi.OUTLET_ARTICLE)
NUMBER = re.compile(r"\b\d[\d,.]*\d%?|\b\d%?")


@dataclass(frozen=True)
class _Cues:
    """One language's derivation cues, compiled (corroborate/lang/<code>/derivation.py)."""

    attribution_before: re.Pattern[str]
    attribution_after: re.Pattern[str]
    date: re.Pattern[str]
    translated: re.Pattern[str]


@cache
def _patterns(language: str) -> _Cues:
    """The compiled cues of the language that reads `language`."""
    words = lang.data(language, "derivation")
    return _Cues(
        attribution_before=re.compile(words.ATTRIBUTION_BEFORE, re.I),
        attribution_after=re.compile(words.ATTRIBUTION_AFTER, re.I),
        date=re.compile(words.DATE, re.I),
        translated=re.compile(words.TRANSLATED, re.I),
    )


def derive(sources: Sequence[Source], entities: Sequence[Entity]) -> tuple[Origin, ...]:
    details = _details(sources, entities)
    order = {s.id: (s.meta.published or "9999", i) for i, s in enumerate(sources)}
    links: dict[str, list[DerivedFrom]] = {s.id: [] for s in sources}
    twins = _near_duplicates(sources, details)
    weights = _weights(details, twins)
    for b in sources:
        for a in sources:
            if a.id != b.id:
                link = _content_link(b, a, details, weights, later=order[b.id] > order[a.id])
                if link:
                    links[b.id].append(link)
    cited: dict[tuple[str, str], list[str]] = {}
    for source_id, target, words in _citations(sources, entities):
        cited.setdefault((source_id, target), []).append(words)
    for (source_id, target), said in cited.items():
        links[source_id].append(DerivedFrom(target, DerivationKind.CITES, 1.0, tuple(said)))
    return _origins(sources, links)


def _details(sources: Sequence[Source], entities: Sequence[Entity]) -> dict[str, set[str]]:
    """Per source: the entities it names (not its own outlet) and the numbers it gives (not dates)."""
    found: dict[str, set[str]] = {s.id: set() for s in sources}
    own = {s.id: _outlet_keys(s.meta.outlet) for s in sources}
    for entity in entities:
        keys = _outlet_keys(*entity.aliases)
        for m in entity.mentions:
            if not own[m.source] & keys:
                found[m.source].add(entity.id)
    for s in sources:
        text = _patterns(s.meta.language).date.sub(" ", s.text)
        found[s.id] |= {"number " + n.rstrip(".,") for n in NUMBER.findall(text)}
    return found


def _near_duplicates(sources: Sequence[Source], details: dict[str, set[str]]) -> dict[str, str]:
    """Source id -> the first source of its group of near-duplicates (details Jaccard >= TWIN_MIN)."""
    group = {s.id: s.id for s in sources}
    for i, b in enumerate(sources):
        for a in sources[:i]:
            union = details[a.id] | details[b.id]
            if union and len(details[a.id] & details[b.id]) / len(union) >= TWIN_MIN:
                group[b.id] = group[a.id]
                break
    return group


def _weights(details: dict[str, set[str]], twins: dict[str, str]) -> dict[str, float]:
    """log(N / document frequency), counting a group of near-duplicates as one document: a detail
    twenty copies repeat is not common, it is one report's detail twenty times. Zero for a detail
    every report gives."""
    groups: dict[str, set[str]] = {}
    for source_id, found in details.items():
        groups.setdefault(twins[source_id], set()).update(found)
    n = len(groups)
    df = Counter(d for found in groups.values() for d in found)
    return {d: math.log(n / k) for d, k in df.items()}


def _containment(b: set[str], a: set[str], weights: dict[str, float]) -> float:
    total = sum(weights[d] for d in b)
    return sum(weights[d] for d in b & a) / total if total else 0.0


def _content_link(
    b: Source, a: Source, details: dict[str, set[str]], weights: dict[str, float], later: bool
) -> DerivedFrom | None:
    """B derives from A: enough of B is in A, and more of B in A than of A in B (on a tie, such as
    two copies of one text, the later report derives from the earlier)."""
    b_in_a = _containment(details[b.id], details[a.id], weights)
    a_in_b = _containment(details[a.id], details[b.id], weights)
    if b_in_a < DERIVED_MIN or b_in_a < a_in_b or (math.isclose(b_in_a, a_in_b) and not later):
        return None
    shared = sorted(details[b.id] & details[a.id], key=lambda d: -weights[d])
    evidence = (f"{b_in_a:.2f} of its weighted details are in the other ({a_in_b:.2f} the other way)",
                "shared: " + ", ".join(shared[:8]))
    return DerivedFrom(a.id, _kind(b, a), round(b_in_a, 3), evidence)


def _kind(b: Source, a: Source) -> DerivationKind:
    if b.meta.language != a.meta.language or _patterns(b.meta.language).translated.search(b.text[:500]):
        return DerivationKind.TRANSLATION
    if _shingles(b.text) and len(_shingles(b.text) & _shingles(a.text)) / len(_shingles(b.text)) > COPY_MIN:
        return DerivationKind.COPY
    if len(b.text.split()) < SUMMARY_MAX * len(a.text.split()):
        return DerivationKind.SUMMARY
    return DerivationKind.REWRITE


@lru_cache(maxsize=1024)
def _shingles(text: str, n: int = 5) -> frozenset[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return frozenset(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def _citations(sources: Sequence[Source], entities: Sequence[Entity]) -> list[tuple[str, str, str]]:
    """(citing source, cited source, the words) for each attribution to another report's outlet."""
    outlets = {s.id: _outlet_keys(s.meta.outlet) for s in sources if s.meta.outlet}
    texts = {s.id: s.text for s in sources}
    cues = {s.id: _patterns(s.meta.language) for s in sources}
    found = []
    for entity in entities:
        if entity.type is not EntityType.ORGANIZATION:
            continue
        cited = [sid for sid, keys in outlets.items() if keys & _outlet_keys(*entity.aliases)]
        for m in entity.mentions:
            text = texts[m.source]
            before, after = text[max(0, m.start - 40) : m.start], text[m.end : m.end + 30]
            if cues[m.source].attribution_before.search(before) or cues[m.source].attribution_after.match(after):
                for target in cited:
                    if target != m.source:
                        words = " ".join(text[max(0, m.start - 25) : m.end + 12].split())
                        found.append((m.source, target, f"attribution: “…{words}…”"))
    return found


def _outlet_keys(*names: str | None) -> set[str]:
    """'The Harbour Post Daily' -> {'harbour post daily', 'harbourpostdaily', 'hpd'}; 'hpd.com' -> {'hpd'}."""
    keys = set()
    for name in names:
        if not name:
            continue
        low = OUTLET_ARTICLE.sub("", name.lower().strip())
        low = re.sub(r"^www\.", "", low)
        if re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", low):  # a domain: its first label
            keys.add(low.split(".")[0])
            continue
        words = re.findall(r"\w+", low)
        keys.add(" ".join(words))
        keys.add("".join(words))
        if len(words) >= MIN_INITIALS:  # "Wall Street Journal" -> "wsj"; two letters are too common
            keys.add("".join(w[0] for w in words))
    return keys


def _origins(sources: Sequence[Source], links: dict[str, list[DerivedFrom]]) -> tuple[Origin, ...]:
    """Linked sources form one group; its origin is the source that derives from no other in it."""
    parent = {s.id: s.id for s in sources}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for source_id, found in links.items():
        for link in found:
            parent[find(source_id)] = find(link.source)
    groups: dict[str, list[str]] = {}
    for s in sources:
        groups.setdefault(find(s.id), []).append(s.id)
    origin_of = {}
    for members in groups.values():
        original = next((m for m in members if not links[m]), members[0])
        for m in members:
            origin_of[m] = original
    return tuple(Origin(s.id, origin_of[s.id], tuple(links[s.id])) for s in sources)
