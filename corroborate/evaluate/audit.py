"""Audits: a random sample of a run's claims, conflicts, events and exchanges, each with its
sentences, for a person to mark right or wrong; the marks are kept next to a story's gold.

    sample(dossier, size, seed, kinds) -> list[AuditItem]
    save(path, items, dossier, seed)               merges with the marks already in the file
    audited_scores(folder) -> Scores               the audited precision of every audit*.json there

An item is known by its kind, its statement and its first span, so marks carry over to a later run
that states the same thing in the same words.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from corroborate.errors import CorroborateError
from corroborate.evaluate.scorers import Scores

AUDIT_FILES = "audit*.json"


class AuditKind(StrEnum):
    CLAIM = "claim"
    CONFLICT = "conflict"
    EVENT = "event"
    EXCHANGE = "exchange"


class Verdict(StrEnum):
    RIGHT = "right"
    WRONG = "wrong"


@dataclass(frozen=True)
class Sentence:
    file: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class AuditItem:
    kind: AuditKind
    id: str  # the id in the audited run
    statement: str
    sentences: tuple[Sentence, ...]
    verdict: Verdict | None = None
    note: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        first = self.sentences[0] if self.sentences else None
        return (self.kind.value, " ".join(self.statement.split()),
                f"{first.file}:{first.start}:{first.end}" if first else "")


def sample(
    dossier: dict[str, Any], size: int, seed: int, kinds: Iterable[AuditKind] = tuple(AuditKind)
) -> list[AuditItem]:
    """`size` items drawn at random (seeded) from every item of the chosen kinds, in dossier order."""
    population = [item for item in _items(dossier) if item.kind in set(kinds)]
    chosen = sorted(random.Random(seed).sample(range(len(population)), min(size, len(population))))
    return [population[i] for i in chosen]


def save(path: Path, items: Sequence[AuditItem], dossier: dict[str, Any], seed: int) -> int:
    """Write the items to `path`, keeping every mark already there (a mark given now wins).
    Returns how many items the file holds."""
    kept = {item.key: item for item in load(path)} if path.exists() else {}
    for item in items:
        old = kept.get(item.key)
        kept[item.key] = item if item.verdict or old is None else replace(item, verdict=old.verdict, note=old.note)
    record = {
        "story": dossier.get("story"),
        "seed": seed,
        "note": "Marked by a person: verdict is right or wrong (null: not yet marked).",
        "items": [{**asdict(item), "kind": item.kind.value, "verdict": item.verdict and item.verdict.value}
                  for item in kept.values()],
    }
    path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return len(kept)


def load(path: Path) -> list[AuditItem]:
    try:
        raw = json.loads(path.read_text("utf-8"))
        return [
            AuditItem(AuditKind(i["kind"]), i["id"], i["statement"], tuple(Sentence(**s) for s in i["sentences"]),
                      Verdict(i["verdict"]) if i.get("verdict") else None, i.get("note", ""))
            for i in raw["items"]
        ]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CorroborateError(f"cannot read audit file {path}: {exc}") from exc


def audited_scores(folder: Path) -> Scores:
    """Precision of the marked items of every audit file in `folder`, overall and per kind."""
    marked = [item for path in sorted(folder.glob(AUDIT_FILES)) for item in load(path) if item.verdict]
    right = Counter(item.kind for item in marked if item.verdict is Verdict.RIGHT)
    total = Counter(item.kind for item in marked)
    details = [f"audited wrong: {item.kind} {item.statement!r}" + (f" ({item.note})" if item.note else "")
               for item in marked if item.verdict is Verdict.WRONG]
    return Scores.of(
        details,
        {"audited": total.total()},
        audited_precision=(right.total(), total.total()),
        **{f"audited_{kind}_precision": (right[kind], total[kind]) for kind in AuditKind},
    )


def describe(item: AuditItem) -> list[str]:
    """The item as a person reads it: what the engine says, then each sentence it rests on."""
    lines = [f"[{item.kind}] {item.statement}"]
    lines += [f"    {s.file}:{s.start}-{s.end}  {' '.join(s.text.split())}" for s in item.sentences]
    return lines


def _items(dossier: dict[str, Any]) -> list[AuditItem]:
    files = {s["id"]: s["file"] for s in dossier["sources"]}

    def sentences(mentions: Iterable[dict[str, Any]]) -> tuple[Sentence, ...]:
        return tuple(Sentence(files[m["source"]], m["start"], m["end"], m["text"]) for m in mentions)

    items = [
        AuditItem(AuditKind.CLAIM, c["id"],
                  f"{c['statement']} ({c['status']}, {_sources(c['independent_sources'])})", sentences(c["mentions"]))
        for c in dossier["claims"]
    ]
    items += [
        AuditItem(AuditKind.CONFLICT, x["id"],
                  f"{x['topic']}: " + " against ".join(repr(v.get("name") or v["value"]) for v in x["values"]),
                  sentences(m for v in x["values"] for m in v["mentions"]))
        for x in dossier["conflicts"]
    ]
    items += [
        AuditItem(AuditKind.EVENT, e["id"],
                  f"{e['type']} on {e['date']['value'] or 'an unknown date'}: {e['summary']} "
                  f"({_sources(e['independent_sources'])})", sentences(e["mentions"]))
        for e in dossier["events"]
    ]
    items += [
        AuditItem(AuditKind.EXCHANGE, x["id"],
                  f"{x['status']}: {x['given']['what']} for {x['received']['what']}", sentences(x["mentions"]))
        for x in dossier["exchanges"]
    ]
    return items


def _sources(count: int) -> str:
    return f"{count} independent source{'s' * (count != 1)}"
