"""Scores against hand-annotated gold: the quality gate (trafilatura's eval_gate is the model).

    evaluate(gold_file) -> Scores                 one gold file
    scoreboard(gold_files) -> Scoreboard          one row per story and a macro average
    below_floors(gold_file, scores, floors)       the scores under their floors, in words

A gold file (JSON) names its corpus folder (relative to the gold file) and its kind.

kind "story" (`corpora/<story>/gold.json`): every part below in one file, scored on one run of the
engine over the story's reports:
    {"kind": "story", "story": ..., "corpus": ".",
     "sources": {<file>: <as in "cleaning">}, "entities": [...], "must_stay_apart": [...],
     "origins": {...}, "links": [{"file": ..., "from": ..., "kind": "wire"}, ...],
     "conflicts": [...], "must_not_conflict": [...], "independent_sources": [...],
     "events": [...], "not_events": [...], "exchanges": [...], "quotes": [...]}
  Audited verdicts saved by `corroborate audit --save` next to the gold file (`audit*.json`) add
  the audited precision of each kind of item.

kind "cleaning" (the default): per input file, what a careful reader expects:
    {"corpus": ..., "sources": {"<file name>": {"remove": ["<each line cleaning must drop>", ...],
                                              "title": ..., "published": ..., "outlet": ..., "bylines": [...]}}}
  Lines not listed under "remove" must be kept (a listed line that is kept is a noise leak); lines
  listed under "header" (masthead, date line, byline, agency credit: what metadata is read from)
  may be kept or removed.
  Metadata fields that are absent are not scored; null means "must not be found".

kind "entities": every real entity, with the spellings each report uses:
    {"kind": "entities", "corpus": ...,
     "entities": [{"name": ..., "type": "person", "aliases": {"<file name>": ["<alias>", ...]}}, ...],
     "must_stay_apart": [["<alias>", "<alias>"], ...]}
  Items are (file, alias). Merging is scored pairwise over the items (precision: of the pairs the
  engine put together, the share the gold puts together; recall: the converse); an item the engine
  did not find pairs with nothing. "must_stay_apart" aliases must never share an entity.

kind "claims": where reports disagree, and who is independent of whom:
    {"kind": "claims", "corpus": ...,
     "origins": {"<file>": "<file of its origin>", ...},
     "conflicts": [{"topic": ..., "values": [{"value": 14, "stated_in": ["<file>", ...]}, ...]}, ...],
     "must_not_conflict": [[{"value": 14, "file": ...}, {"value": 123, "file": ...}], ...],
     "independent_sources": [{"value": 123, "file": ..., "count": 2}, ...]}
  A value is a number, or the words of a date, place or attribute. A gold conflict is found when
  one conflict of the engine holds each of its values, stated in (at least) those files; every
  other conflict of the engine is wrong (conflict_precision). Derivation: origin_accuracy, and
  link_precision / link_recall over pairs of reports that share an origin.

kind "quotes": who said what:
    {"kind": "quotes", "corpus": ...,
     "quotes": [{"file": ..., "starts": "<the quote's first words>", "speaker": "<a name>" or null}, ...]}
  Scores: quote_recall (gold quotes found), attribution_accuracy (found quotes whose speaker is the
  entity with that name among its aliases; null: no entity).

kind "events": what happened when, and what was traded for what:
    {"kind": "events", "corpus": ..., "files": [...],
     "events": [{"type": ..., "date": "2025-06", "mentions": [{"file": ..., "in": "<words of its sentence>"}]}],
     "not_events": [{"file": ..., "in": ..., "type": ...}],
     "exchanges": [{"status": ..., "sides": ["<word of one side>", "<word of the other>"], "mentions": [...]}]}
  Scores: event_recall (gold events found: an event of that type holding one of its mentions),
  event_dated (found with the gold's date), date_accuracy (of those found, the share dated right),
  event_merge (the share whose every gold mention is in the one event), no_false_events
  (not_events absent), exchange_recall (one exchange holding every gold mention, with the status
  and the two sides).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from corroborate.clean import clean
from corroborate.errors import CorroborateError
from corroborate.evaluate import form
from corroborate.evaluate.audit import audited_scores
from corroborate.evaluate.board import Scoreboard, tabulate
from corroborate.evaluate.scorers import (
    Run,
    Scores,
    score_claims,
    score_cleaning,
    score_derivation,
    score_entities,
    score_events,
    score_quotes,
)
from corroborate.ingest import read_inputs

__all__ = ["Scoreboard", "Scores", "below_floors", "evaluate", "load_floors", "scoreboard"]


def evaluate(gold_file: str | Path) -> Scores:
    gold_path = Path(gold_file)
    gold = read_gold(gold_path)
    kind = gold.get("kind", "cleaning")
    corpus = gold_path.parent / gold["corpus"]
    if kind == "story":
        wrong = form.problems(gold_path)
        if wrong:
            raise CorroborateError(f"{gold_path}: {len(wrong)} problem(s) in the gold, first: {wrong[0]}")
        run = _run(corpus, gold["sources"])
        return (score_cleaning(gold["sources"], run) | score_entities(gold, run)
                | score_derivation(gold["origins"], run) | score_claims(gold, run)
                | score_events(gold, run) | score_quotes(gold["quotes"], run) | audited_scores(gold_path.parent))
    if kind == "entities":
        return score_entities(gold, _run(corpus, sorted({f for e in gold["entities"] for f in e["aliases"]})))
    if kind == "claims":
        run = _run(corpus, gold["origins"])
        return score_derivation(gold["origins"], run) | score_claims(gold, run)
    if kind == "quotes":
        return score_quotes(gold["quotes"], _run(corpus, sorted({q["file"] for q in gold["quotes"]})))
    if kind == "events":
        return score_events(gold, _run(corpus, gold["files"]))
    if kind != "cleaning":
        raise CorroborateError(f"{gold_path}: unknown gold kind {kind!r}")
    return score_cleaning(gold["sources"], _run(corpus, gold["sources"]))


def scoreboard(gold_files: Iterable[str | Path]) -> Scoreboard:
    """Every gold file scored, one row each, named by its story (or its path)."""
    return tabulate([(_label(Path(g)), evaluate(g)) for g in gold_files])


def _label(path: Path) -> str:
    story = read_gold(path).get("story")
    return str(story) if story else path.as_posix()


def read_gold(path: Path) -> dict[str, Any]:
    try:
        gold: dict[str, Any] = json.loads(path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CorroborateError(f"cannot read gold file {path}: {exc}") from exc
    if "corpus" not in gold:
        raise CorroborateError(f"{path}: a gold file names its corpus folder ('corpus')")
    return gold


def _run(corpus: Path, names: Any) -> Run:
    """The named files of a gold corpus, cleaned; the engine runs when a scorer first needs it."""
    ingested = read_inputs([corpus / name for name in names])
    if ingested.rejections:
        raise CorroborateError(f"gold corpus input rejected: {ingested.rejections[0]}")
    return Run({doc.name: clean(doc) for doc in ingested.documents})


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
    """Each score of `gold_file` under its floor (or no longer scored at all), in words."""
    limits = floors.get(str(Path(gold_file).resolve()), {})
    got = scores.as_dict()
    return [f"{gold_file}: {k} {got[k]:.4f} < floor {v}" if k in got else f"{gold_file}: {k} is no longer scored"
            for k, v in limits.items() if got.get(k, -1.0) < v]
