"""The hold-one-out evaluation of `corroborate check` on the gold stories.

    holdout(gold_file, conn) -> StoryHoldout      every report held out of its story and checked
    expected(gold, file) -> list[Expected]         the verdicts the gold implies for one report

For each report of a story, the rest are the stored story and the report is the article. Checking
analyses the stored reports together with the article, so the one joint analysis of the whole
story is exactly what every held-out check computes; it is made once per story.

The verdicts the gold implies for a report (its file `h`):
  - contradicted: a gold conflict gives `h`'s value and another value stated in a report of
    another gold origin;
  - supported / only here: an `independent_sources` entry of `h` (not in a conflict of `h`):
    supported when its count of independent origins is 2 or more, only here when it is 1.
A gold fact gets the right verdict when one of the article's statements of that value has it (a
fact the engine does not extract at all is wrong). Every contradicted verdict is checked against
the gold: real when one gold conflict holds the article's value in `h` and the other value in the
other report. A report the gold gives the same origin as another (a copy, a translation, its
original) should be checked as sharing that origin ("known"), and none of its statements should be
supported by a report of that origin ("self-support").
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corroborate import extract, pipeline
from corroborate.check import judged
from corroborate.check.stories import StoryProfile, profile
from corroborate.check.verdicts import Checked, Verdict
from corroborate.evaluate import _run, read_gold
from corroborate.evaluate.scorers import _same_value
from corroborate.model import Analysis, Source


@dataclass(frozen=True)
class Expected:
    file: str
    value: Any
    verdict: Verdict
    why: str


@dataclass(frozen=True)
class StoryHoldout:
    story: str
    right: int
    facts: int
    contradicted: int  # contradicted verdicts given, over every held-out report
    real: int  # of them, real conflicts of the gold
    copies: int  # held-out reports the gold derives from another report of the story (or that one from it)
    recognised: int  # of them, checked as sharing that report's origin
    self_support: int  # statements supported by a report of the article's own gold origin
    misses: tuple[str, ...]
    profile: StoryProfile  # the whole story's entities (for the story-choice evaluation)
    held: tuple[tuple[str, str, StoryProfile], ...]  # (file, text, the story's profile without it)


def holdout(gold_file: str | Path, conn: sqlite3.Connection) -> StoryHoldout:
    gold_path = Path(gold_file)
    gold = read_gold(gold_path)
    sources = list(_run(gold_path.parent / gold["corpus"], gold["sources"]).sources.values())
    parsed = extract.parse(sources, None, conn)
    found = pipeline.analyse(sources, None, conn)
    right = facts = contradicted = real = copies = recognised = self_support = 0
    origins = gold["origins"]
    misses: list[str] = []
    held = []
    for p in parsed:
        result = judged(p, found, sources)
        raw = {c.id: c.value for c in found.claims}
        for want in expected(gold, p.source.doc.name):
            facts += 1
            got = [c for c in result.checked if _same_value(raw[c.claim], want.value)]
            if any(c.verdict is want.verdict for c in got):
                right += 1
            else:
                misses.append(f"{want.file}: {want.value!r} wants {want.verdict} ({want.why}), got "
                              f"{[str(c.verdict) for c in got] or 'not extracted'}")
        for c in result.checked:
            if c.verdict is Verdict.CONTRADICTED:
                contradicted += 1
                ok = _real_conflict(gold, p.source.doc.name, raw[c.claim], c)
                real += ok
                if not ok:
                    misses.append(f"{p.source.doc.name}: contradicted {c.value!r} is no gold conflict: {c.why}")
        name = p.source.doc.name
        kin = {f for f in origins if f != name and origins[f] == origins.get(name, name)}
        if kin:
            copies += 1
            recognised += bool(kin & set(result.same_origin))
            self_support += sum(bool({s.file for s in c.support} & kin) for c in result.checked
                                if c.verdict is Verdict.SUPPORTED)
        held.append((p.source.doc.name, p.source.text, _without(gold["story"], found, sources, p.source)))
    return StoryHoldout(gold["story"], right, facts, contradicted, real, copies, recognised, self_support,
                        tuple(misses),
                        profile(gold["story"], found.entities, len(sources)), tuple(held))


def expected(gold: Mapping[str, Any], file: str) -> list[Expected]:
    origins = gold["origins"]
    out = []
    for conflict in gold["conflicts"]:
        for value in conflict["values"]:
            if file not in value["stated_in"]:
                continue
            others = [f for v in conflict["values"] if v is not value for f in v["stated_in"]
                      if origins.get(f, f) != origins.get(file, file)]
            if others:
                out.append(Expected(file, value["value"], Verdict.CONTRADICTED, conflict["topic"]))
    contested = [e.value for e in out]
    for entry in gold.get("independent_sources", []):
        if entry["file"] != file or any(_same_value(entry["value"], v) for v in contested):
            continue
        verdict = Verdict.SUPPORTED if entry["count"] >= 2 else Verdict.ONLY_HERE
        out.append(Expected(file, entry["value"], verdict, entry.get("note", "")))
    return out


def _real_conflict(gold: Mapping[str, Any], file: str, value: Any, checked: Checked) -> bool:
    for conflict in gold["conflicts"]:
        mine = [v for v in conflict["values"] if file in v["stated_in"] and _same_value(_raw(value), v["value"])]
        for v in mine:
            if any(s.file in w["stated_in"] and _same_value(_raw(s.value), w["value"])
                   for s in checked.against for w in conflict["values"] if w is not v):
                return True
    return False


def _raw(value: Any) -> Any:
    """A value as the gold compares it: a number when it reads as one."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return value


def _without(story: str, found: Analysis, sources: Sequence[Source], held: Source) -> StoryProfile:
    """The story's profile once the held-out report is taken out of it."""
    return profile(story, found.entities, len(sources) - 1, skip=frozenset({held.id}))


def summarise(rows: Sequence[StoryHoldout]) -> list[str]:
    """One line per story and a total."""
    out = [f"{'story':26} {'right':>6} {'facts':>6} {'share':>6} {'contra':>7} {'real':>5} {'copies':>7} "
           f"{'known':>6} {'self-support':>12}"]
    for r in rows:
        share = f"{r.right / r.facts:.3f}" if r.facts else "-"
        out.append(f"{r.story:26} {r.right:6} {r.facts:6} {share:>6} {r.contradicted:7} {r.real:5} {r.copies:7} "
                   f"{r.recognised:6} {r.self_support:12}")
    right, facts = sum(r.right for r in rows), sum(r.facts for r in rows)
    out.append(f"{'all':26} {right:6} {facts:6} {right / max(1, facts):6.3f} "
               f"{sum(r.contradicted for r in rows):7} {sum(r.real for r in rows):5} {sum(r.copies for r in rows):7} "
               f"{sum(r.recognised for r in rows):6} {sum(r.self_support for r in rows):12}")
    return out


