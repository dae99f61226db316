"""Scores against a hand-annotated gold set: the quality gate (trafilatura's eval_gate is the model).

    evaluate(gold_file) -> Scores

A gold file (JSON) names its corpus folder and, per input file, what a careful reader expects:
    {"corpus": "<folder, relative to the gold file>",
     "sources": {"<file name>": {"remove": ["<each line cleaning must drop>", ...],
                                 "title": ..., "published": ..., "outlet": ..., "bylines": [...]}}}
Lines not listed under "remove" must be kept. Metadata fields that are absent are not scored;
null means "must not be found".
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corroborate.clean import clean
from corroborate.errors import CorroborateError
from corroborate.ingest import read_inputs
from corroborate.model import Source

METADATA_FIELDS = ("title", "published", "outlet", "bylines")


@dataclass(frozen=True)
class Scores:
    removal_precision: float  # share of removed lines that the gold says to remove
    removal_recall: float  # share of the gold's lines to remove that were removed
    metadata_accuracy: float  # share of annotated metadata fields found exactly
    details: tuple[str, ...] = field(default=())  # every miss, in words

    def as_dict(self) -> dict[str, float]:
        return {
            "removal_precision": round(self.removal_precision, 4),
            "removal_recall": round(self.removal_recall, 4),
            "metadata_accuracy": round(self.metadata_accuracy, 4),
        }


def evaluate(gold_file: str | Path) -> Scores:
    gold_path = Path(gold_file)
    try:
        gold = json.loads(gold_path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CorroborateError(f"cannot read gold file {gold_path}: {exc}") from exc
    corpus = gold_path.parent / gold["corpus"]
    expected: dict[str, dict[str, Any]] = gold["sources"]
    ingested = read_inputs([corpus / name for name in expected])
    if ingested.rejections:
        raise CorroborateError(f"gold corpus input rejected: {ingested.rejections[0]}")
    sources = {doc.name: clean(doc) for doc in ingested.documents}
    hit = removed = to_remove = 0
    meta_hits = meta_total = 0
    details: list[str] = []
    for name, want in expected.items():
        source = sources[name]
        got_removed = _removed_lines(source)
        want_removed = Counter(line.strip() for line in want.get("remove", []))
        common = got_removed & want_removed
        hit, removed, to_remove = (
            hit + sum(common.values()),
            removed + got_removed.total(),
            to_remove + want_removed.total(),
        )
        details += [f"{name}: removed but should be kept: {line[:80]!r}" for line in got_removed - want_removed]
        details += [f"{name}: kept but should be removed: {line[:80]!r}" for line in want_removed - got_removed]
        for key in METADATA_FIELDS:
            if key in want:
                meta_total += 1
                got = _field(source, key)
                if got == want[key]:
                    meta_hits += 1
                else:
                    details.append(f"{name}: {key} is {got!r}, gold says {want[key]!r}")
    return Scores(
        removal_precision=hit / removed if removed else 1.0,
        removal_recall=hit / to_remove if to_remove else 1.0,
        metadata_accuracy=meta_hits / meta_total if meta_total else 1.0,
        details=tuple(details),
    )


def load_floors(path: str | Path) -> dict[str, dict[str, float]]:
    """Floors: {"<gold file, relative to the floors file>": {"<score>": minimum}}."""
    floors_path = Path(path)
    try:
        raw = json.loads(floors_path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CorroborateError(f"cannot read floors file {floors_path}: {exc}") from exc
    return {
        str((floors_path.parent / name).resolve()): limits for name, limits in raw.items() if not name.startswith("_")
    }


def below_floors(gold_file: str | Path, scores: Scores, floors: dict[str, dict[str, float]]) -> list[str]:
    """Each score of `gold_file` under its floor, in words."""
    limits = floors.get(str(Path(gold_file).resolve()), {})
    got = scores.as_dict()
    return [f"{gold_file}: {k} {got[k]:.4f} < floor {v}" for k, v in limits.items() if got[k] < v]


def _removed_lines(source: Source) -> Counter[str]:
    """Lines of the input that are not in the cleaned text (as a multiset)."""
    given = Counter(line.strip() for line in _input_text(source).splitlines() if line.strip())
    kept = Counter(line.strip() for line in source.text.splitlines() if line.strip())
    return given - kept


def _input_text(source: Source) -> str:
    """The text the line-level cleaner saw: the page's extracted text for HTML, else the input."""
    if source.doc.fmt.value == "html":
        return source.text + "\n" + "\n".join(b.text for b in source.removed)
    return source.doc.content


def _field(source: Source, key: str) -> Any:
    value = getattr(source.meta, key)
    return list(value) if isinstance(value, tuple) else value
