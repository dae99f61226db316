"""What the stored story says about each statement of one article.

    verdicts(found, article, sources) -> tuple[Checked, ...]

`found` is the pipeline's own analysis of the stored reports together with the article (the same
extractors and the same reconciliation, so a statement is "the same fact" exactly when a build
would call it so). A statement's support counts only origins other than the article's own: a
report the article copies, or that copies it, is one origin with it and never supports it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from corroborate.model import Analysis, Claim, ClaimKind, Conflict, Source


class Verdict(StrEnum):
    SUPPORTED = "supported"  # the same fact from at least one other independent origin
    CONTRADICTED = "contradicted"  # another origin gives another value of the same fact
    ONLY_HERE = "only here"  # no other independent report states it
    NOT_CHECKABLE = "not checkable"  # an opinion, a prediction, quoted words no other report carries


@dataclass(frozen=True)
class Statement:
    """Where another report (or the article) states a value: its file, sentence and value span."""

    source: str  # Source.id
    file: str
    start: int  # the sentence
    end: int
    value_start: int
    value_end: int
    value: str  # the value (a number, a description, quoted words)
    sentence: str  # the sentence's words, whitespace squashed


@dataclass(frozen=True)
class Checked:
    """One statement of the article and its verdict, with the evidence the verdict rests on."""

    verdict: Verdict
    claim: str  # the claim id in the joint analysis
    fact: str
    value: str
    here: Statement  # the article's own words
    why: str
    support: tuple[Statement, ...] = ()  # the same value from other origins
    against: tuple[Statement, ...] = ()  # other values of the same fact from other origins
    copied: tuple[str, ...] = ()  # files the article shares its origin with (not counted as support)
    note: str | None = None  # the conflict's note: why the values disagree (told at different times, ...)


def verdicts(found: Analysis, article: str, sources: Mapping[str, Source]) -> tuple[Checked, ...]:
    """Every claim of the analysis that the article states, judged against the other origins.
    `sources`: every analysed source by id."""
    own = origin_of(found, article)
    group = {o.source for o in found.origins if o.origin == own} - {article}
    names = {e.id: e.name for e in found.entities}  # a place claim's value is an entity: shown by its name
    by_id = {c.id: replace(c, value=names.get(c.value, c.value)) if isinstance(c.value, str) else c
             for c in found.claims}
    notes = _conflict_notes(found.conflicts)
    out = [_judge(c, article, own, group, by_id, notes, sources) for c in by_id.values() if article in c.sources]
    return tuple(sorted(out, key=lambda c: (c.here.start, c.here.value_start)))


def origin_of(found: Analysis, source: str) -> str:
    """The origin (independence group) of `source`: its own id when it derives from nothing."""
    return next((o.origin for o in found.origins if o.source == source), source)


def _judge(
    claim: Claim,
    article: str,
    own: str,
    group: set[str],
    by_id: Mapping[str, Claim],
    notes: Mapping[str, str | None],
    sources: Mapping[str, Source],
) -> Checked:
    here = next(s for s in statements(claim, sources) if s.source == article)
    support = tuple(s for s in statements(claim, sources) if s.source not in group | {article})
    others = [by_id[i] for i in claim.conflicts_with if i in by_id]
    against = tuple(s for o in others for s in statements(o, sources) if s.source not in group | {article})
    independent = [o for o in claim.origins if o != own]
    copied = tuple(sorted({s.file for s in statements(claim, sources) if s.source in group}))
    base = Checked(Verdict.ONLY_HERE, claim.id, claim.fact, _value(claim), here, "", support, against, copied,
                   notes.get(claim.id))
    if against:
        values = sorted({s.value for s in against})
        return _with(base, Verdict.CONTRADICTED, f"other reports give {', '.join(values)}")
    if independent and support:
        return _with(base, Verdict.SUPPORTED, f"stated by {len(independent)} other independent origin(s)")
    if claim.kind is ClaimKind.QUOTE:
        return _with(base, Verdict.NOT_CHECKABLE, "quoted words no other report carries: what was said, not a fact")
    why = "no other report states it"
    if copied:
        why += f" (only {', '.join(copied)}, which shares this article's origin: not counted)"
    return _with(base, Verdict.ONLY_HERE, why)


def _with(base: Checked, verdict: Verdict, why: str) -> Checked:
    return Checked(verdict, base.claim, base.fact, base.value, base.here, why, base.support, base.against,
                   base.copied, base.note)


def statements(claim: Claim, sources: Mapping[str, Source]) -> list[Statement]:
    """Each report's words for a claim: its quantities, roles or quotes, as spans."""
    spans = [(q.source, q.start, q.end, q.value_start, q.value_end, _value(claim)) for q in claim.quantities]
    spans += [(r.source, r.start, r.end, r.phrase_start, r.phrase_end, r.phrase) for r in claim.roles]
    spans += [(q.source, q.start, q.end, q.start, q.end, _value(claim)) for q in claim.quotes]
    return [Statement(s, sources[s].doc.name, a, b, c, d, v, " ".join(sources[s].text[a:b].split()))
            for s, a, b, c, d, v in spans]


def _value(claim: Claim) -> str:
    value = claim.value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _conflict_notes(conflicts: Sequence[Conflict]) -> dict[str, str | None]:
    """Each conflicting claim's conflict note (running totals told at different times, ...)."""
    return {c.id: x.note for x in conflicts for c in x.claims}
