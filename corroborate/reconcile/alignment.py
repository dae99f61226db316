"""Verbatim evidence between reports: the word runs they share, and which pairs are worth comparing.

    Alignment(sources) -> an index over every report's word runs, built once per run
    alignment.verbatim(b, a)   share of b's long word runs (VERBATIM_RUN words) also in a
    alignment.exclusive(b, a)  share of b's short word runs, outside quotations, that a shares and no
                               other report of the run (copies of one text counted once)
    alignment.pairs()          the pairs that share a long run or an exclusive short one: the only
                               pairs derivation compares (blocking; the cost grows with the words,
                               not with the square of the reports)
    alignment.passages(b, a)   the longest runs the two share, as the evidence shown side by side

Words are runs of letters and digits, lower-cased: the same in every script and language. What is
inside quotation marks is left out of the short runs: two reporters who quote one speech share its
words because the speaker said them, not because one copied the other.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Sequence
from functools import cached_property
from itertools import combinations

from corroborate.model import Source

# A long run: this many words in a row. Two reports written apart share short runs ("the death toll
# rose to") but almost never eight words in a row outside a quotation (the share of 8-word runs of
# one report found in another was at most 0.051 over every pair the gold marks independent, on the
# nine corpora stories; copies of one text share 0.23 to 0.95 of them).
VERBATIM_RUN = 8
# A short run: this many words. Long enough that a run two reports share and no third does is a
# choice of words, short enough that a rewrite which changes one word in four still keeps some.
SHORT_RUN = 3
# Each report is indexed by this many of its long runs (the ones with the smallest hashes, a
# bottom-k sketch): two texts that share much share some of these, and a run kept by every report
# of the run costs one pair per pair of reports that share it, not one per run.
SKETCH = 48
# A shared passage shown as evidence is cut to this many words (a copy shares the whole text).
PASSAGE_WORDS = 30
# Quotations: text between paired quotation marks of the common scripts (straight, curly, angle,
# low-high), on one line.
QUOTATION = re.compile(r'"[^"\n]{0,600}"|“[^”\n]{0,600}”|«[^»\n]{0,600}»|„[^“”\n]{0,600}[“”]')
WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def runs(tokens: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def _hash(run: tuple[str, ...]) -> int:
    return zlib.crc32(" ".join(run).encode())


class Alignment:
    """Word runs of every report of a run, indexed; the groups of reports that are one text."""

    def __init__(self, sources: Sequence[Source], verbatim_min: float) -> None:
        self.ids = [s.id for s in sources]
        self.texts = {s.id: s.text for s in sources}
        self.spans = {s.id: [m.span() for m in WORD.finditer(s.text)] for s in sources}
        self.tokens = {s.id: [s.text[i:j].lower() for i, j in self.spans[s.id]] for s in sources}
        self.long = {i: runs(t, VERBATIM_RUN) for i, t in self.tokens.items()}
        self.short = {s.id: runs(words(QUOTATION.sub(" | ", s.text)), SHORT_RUN) for s in sources}
        self.verbatim_min = verbatim_min

    def verbatim(self, b: str, a: str) -> float:
        """The share of b's long runs that are also in a."""
        return len(self.long[b] & self.long[a]) / len(self.long[b]) if self.long[b] else 0.0

    def same_text(self, b: str, a: str) -> bool:
        """One text: either holds VERBATIM_MIN of the other's long runs."""
        return max(self.verbatim(b, a), self.verbatim(a, b)) >= self.verbatim_min

    @cached_property
    def _verbatim_pairs(self) -> set[tuple[str, str]]:
        """Pairs (in the run's order) that share a sketched long run."""
        order = {i: k for k, i in enumerate(self.ids)}
        index: dict[int, list[str]] = defaultdict(list)
        for source_id, found in self.long.items():
            for h in sorted(_hash(r) for r in found)[:SKETCH]:
                index[h].append(source_id)
        return {tuple(sorted(p, key=order.__getitem__)) for ids in index.values() for p in combinations(ids, 2)}  # type: ignore[misc]

    @cached_property
    def text_of(self) -> dict[str, str]:
        """Source id -> the first source of the run holding the same text (itself if none)."""
        group = {i: i for i in self.ids}
        order = {i: k for k, i in enumerate(self.ids)}
        for a, b in sorted(self._verbatim_pairs, key=lambda p: (order[p[1]], order[p[0]])):
            if group[b] == b and group[a] != b and self.same_text(b, a):
                group[b] = group[a]
        return group

    @cached_property
    def _short_groups(self) -> dict[tuple[str, ...], frozenset[str]]:
        """Each short run shared by at most two texts -> those texts (runs of more are left out)."""
        found: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for source_id, short in self.short.items():
            for r in short:
                held = found[r]
                if len(held) <= 2:
                    held.add(self.text_of[source_id])
        return {r: frozenset(g) for r, g in found.items() if len(g) <= 2}

    @cached_property
    def _exclusive_pairs(self) -> set[tuple[str, str]]:
        by_text: dict[str, list[str]] = defaultdict(list)
        for i in self.ids:
            by_text[self.text_of[i]].append(i)
        order = {i: k for k, i in enumerate(self.ids)}
        pairs: set[tuple[str, str]] = set()
        for texts in set(self._short_groups.values()):
            members = [m for t in texts for m in by_text[t]]
            pairs |= {tuple(sorted(p, key=order.__getitem__)) for p in combinations(members, 2)}  # type: ignore[misc]
        return pairs

    def exclusive(self, b: str, a: str) -> float:
        """The share of b's short runs (quotations left out) that a shares and no other text does."""
        if not self.short[b]:
            return 0.0
        allowed = {self.text_of[a], self.text_of[b]}
        groups = self._short_groups
        shared = sum(1 for r in self.short[b] & self.short[a] if r in groups and groups[r] <= allowed)
        return shared / len(self.short[b])

    def pairs(self) -> list[tuple[str, str]]:
        """The pairs worth comparing, in the run's order: they share a long run or an exclusive short one."""
        order = {i: k for k, i in enumerate(self.ids)}
        return sorted(self._verbatim_pairs | self._exclusive_pairs, key=lambda p: (order[p[0]], order[p[1]]))

    def passages(self, b: str, a: str, most: int = 3) -> list[tuple[str, str]]:
        """The longest word runs (at least SHORT_RUN + 1 words) b shares with a, longest first, as
        each report writes them (b's, a's), each cut to PASSAGE_WORDS words."""
        found = _shared_runs(self.tokens[b], self.tokens[a], SHORT_RUN + 1)[:most]
        return [(self._span(b, i, n), self._span(a, j, n)) for i, j, n in found]

    def _span(self, source_id: str, first: int, n: int) -> str:
        spans = self.spans[source_id]
        last = first + min(n, PASSAGE_WORDS) - 1
        text = " ".join(self.texts[source_id][spans[first][0] : spans[last][1]].split())
        return text if n <= PASSAGE_WORDS else f"{text} … (+{n - PASSAGE_WORDS} words)"


def _shared_runs(b: Sequence[str], a: Sequence[str], n: int) -> list[tuple[int, int, int]]:
    """(start in b, start in a, length) of each maximal run of at least n words b shares with a."""
    starts: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j in range(len(a) - n + 1):
        starts[tuple(a[j : j + n])].append(j)
    found: list[tuple[int, int, int]] = []
    i = 0
    while i <= len(b) - n:
        best, at = 0, 0
        for j in starts.get(tuple(b[i : i + n]), ()):
            k = n
            while i + k < len(b) and j + k < len(a) and b[i + k] == a[j + k]:
                k += 1
            if k > best:
                best, at = k, j
        if best:
            found.append((i, at, best))
            i += best
        else:
            i += 1
    return sorted(found, key=lambda r: -r[2])
