"""Scores against a hand-annotated gold set: the quality gate (trafilatura's eval_gate is the model).

    evaluate(gold_file) -> Scores

A gold file (JSON) names its corpus folder (relative to the gold file) and its kind.

kind "cleaning" (the default): per input file, what a careful reader expects:
    {"corpus": ..., "sources": {"<file name>": {"remove": ["<each line cleaning must drop>", ...],
                                              "title": ..., "published": ..., "outlet": ..., "bylines": [...]}}}
  Lines not listed under "remove" must be kept. Metadata fields that are absent are not scored;
  null means "must not be found".

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
  A gold conflict is found when one conflict of the engine holds each of its values, stated in
  (at least) those files. Scores: origin_accuracy, conflict_precision, conflict_recall,
  no_false_conflicts (share of must_not_conflict pairs not in one conflict), independence_accuracy.

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
  Scores: event_recall (gold events found with their type and date), event_merge (of those, the
  share whose every gold mention is in the one event), no_false_events (not_events absent),
  exchange_recall (gold exchanges found, one exchange holding every gold mention, with the status
  and the two sides).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from corroborate.clean import clean
from corroborate.errors import CorroborateError
from corroborate.ingest import read_inputs
from corroborate.model import Event, Exchange, Source
from corroborate.pipeline import analyse

METADATA_FIELDS = ("title", "published", "outlet", "bylines")


@dataclass(frozen=True)
class Scores:
    """Named scores in [0, 1] and every miss in words. Cleaning: removal_precision (share of removed
    lines the gold says to remove), removal_recall, metadata_accuracy (annotated fields found exactly).
    Entities: pair_precision, pair_recall, alias_recall (gold items found at all), type_accuracy,
    apart (share of must-stay-apart pairs kept apart)."""

    values: dict[str, float]
    details: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict[str, float]:
        return {k: round(v, 4) for k, v in self.values.items()}


def evaluate(gold_file: str | Path) -> Scores:
    gold_path = Path(gold_file)
    try:
        gold = json.loads(gold_path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CorroborateError(f"cannot read gold file {gold_path}: {exc}") from exc
    kind = gold.get("kind", "cleaning")
    if kind == "entities":
        return _entity_scores(gold, gold_path.parent / gold["corpus"])
    if kind == "claims":
        return _claim_scores(gold, gold_path.parent / gold["corpus"])
    if kind == "quotes":
        return _quote_scores(gold, gold_path.parent / gold["corpus"])
    if kind == "events":
        return _event_scores(gold, gold_path.parent / gold["corpus"])
    if kind != "cleaning":
        raise CorroborateError(f"{gold_path}: unknown gold kind {kind!r}")
    return _cleaning_scores(gold, gold_path.parent / gold["corpus"])


def _sources(corpus: Path, names: Iterable[str]) -> dict[str, Source]:
    ingested = read_inputs([corpus / name for name in names])
    if ingested.rejections:
        raise CorroborateError(f"gold corpus input rejected: {ingested.rejections[0]}")
    return {doc.name: clean(doc) for doc in ingested.documents}


def _cleaning_scores(gold: dict[str, Any], corpus: Path) -> Scores:
    expected: dict[str, dict[str, Any]] = gold["sources"]
    sources = _sources(corpus, expected)
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
        {
            "removal_precision": _share(hit, removed),
            "removal_recall": _share(hit, to_remove),
            "metadata_accuracy": _share(meta_hits, meta_total),
        },
        tuple(details),
    )


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _entity_scores(gold: dict[str, Any], corpus: Path) -> Scores:
    wanted: list[dict[str, Any]] = gold["entities"]
    files = sorted({f for e in wanted for f in e["aliases"]})
    sources = _sources(corpus, files)
    file_of = {s.id: name for name, s in sources.items()}
    found = analyse(list(sources.values())).entities
    # Each (file, alias) item goes to the entity holding most of its mentions.
    votes: dict[tuple[str, str], Counter[int]] = {}
    for i, entity in enumerate(found):
        for m in entity.mentions:
            votes.setdefault((file_of[m.source], m.form), Counter())[i] += 1
    got = {item: c.most_common(1)[0][0] for item, c in votes.items()}
    truth = {(f, a): i for i, e in enumerate(wanted) for f, aliases in e["aliases"].items() for a in aliases}
    items = sorted(truth)
    same_gold = {p for p in combinations(items, 2) if truth[p[0]] == truth[p[1]]}
    same_got = {p for p in combinations(items, 2) if p[0] in got and p[1] in got and got[p[0]] == got[p[1]]}
    details = [f"wrongly merged: {a} + {b}" for a, b in sorted(same_got - same_gold)]
    details += [f"not merged: {a} + {b}" for a, b in sorted(same_gold - same_got)]
    details += [f"not found: {item}" for item in items if item not in got]
    type_votes = [
        (e, [found[got[(f, a)]].type.value for f, al in e["aliases"].items() for a in al if (f, a) in got])
        for e in wanted
    ]
    typed = [(e, Counter(t).most_common(1)[0][0]) for e, t in type_votes if t]
    details += [f"type of {e['name']}: {t}, gold says {e['type']}" for e, t in typed if t != e["type"]]
    apart: list[list[str]] = gold.get("must_stay_apart", [])
    merged = [pair for pair in apart if _together(pair, got)]
    details += [f"must stay apart but merged: {a} + {b}" for a, b in merged]
    return Scores(
        {
            "pair_precision": _share(len(same_got & same_gold), len(same_got)),
            "pair_recall": _share(len(same_got & same_gold), len(same_gold)),
            "alias_recall": _share(sum(item in got for item in items), len(items)),
            "type_accuracy": _share(sum(t == e["type"] for e, t in typed), len(typed)),
            "apart": _share(len(apart) - len(merged), len(apart)),
        },
        tuple(details),
    )


def _claim_scores(gold: dict[str, Any], corpus: Path) -> Scores:
    sources = _sources(corpus, gold["origins"])
    file_of = {s.id: name for name, s in sources.items()}
    found = analyse(list(sources.values()))
    details: list[str] = []
    origin_hits = 0
    for origin in found.origins:
        want, got = gold["origins"][file_of[origin.source]], file_of[origin.origin]
        origin_hits += want == got
        if want != got:
            details.append(f"origin of {file_of[origin.source]}: {got}, gold says {want}")
    conflicts = [{(c.value, file_of[q.source]) for c in x.claims for q in c.quantities} for x in found.conflicts]
    matched = set()
    for want in gold["conflicts"]:
        stated = {(v["value"], f) for v in want["values"] for f in v["stated_in"]}
        hit = next((i for i, got in enumerate(conflicts) if stated <= got), None)
        if hit is None:
            details.append(f"conflict not found: {want['topic']}")
        else:
            matched.add(hit)
    for i, x in enumerate(found.conflicts):
        if i not in matched:
            details.append(f"conflict not in the gold: {x.topic}: {[c.value for c in x.claims]}")
    false = [pair for pair in gold.get("must_not_conflict", [])
             if any({(p["value"], p["file"]) for p in pair} <= got for got in conflicts)]
    details += [f"false conflict: {pair}" for pair in false]
    independence = gold.get("independent_sources", [])
    right = 0
    for want in independence:
        claim = next((c for c in found.claims if c.value == want["value"]
                      and any(file_of[q.source] == want["file"] for q in c.quantities)), None)
        got_count = len(claim.origins) if claim else None
        right += got_count == want["count"]
        if got_count != want["count"]:
            details.append(f"independent sources of {want['value']} in {want['file']}: {got_count}, "
                           f"gold {want['count']}")
    return Scores(
        {
            "origin_accuracy": _share(origin_hits, len(found.origins)),
            "conflict_precision": _share(len(matched), len(found.conflicts)),
            "conflict_recall": _share(len(matched), len(gold["conflicts"])),
            "no_false_conflicts": _share(len(gold.get("must_not_conflict", [])) - len(false),
                                         len(gold.get("must_not_conflict", []))),
            "independence_accuracy": _share(right, len(independence)),
        },
        tuple(details),
    )


def _quote_scores(gold: dict[str, Any], corpus: Path) -> Scores:
    wanted: list[dict[str, Any]] = gold["quotes"]
    sources = _sources(corpus, sorted({q["file"] for q in wanted}))
    texts = {s.id: s.text for s in sources.values()}
    found = analyse(list(sources.values()))
    entities = {e.id: e for e in found.entities}
    quoted = [(q, c) for c in found.claims if c.kind == "quote" for q in c.quotes]
    details: list[str] = []
    hits = right = 0
    for want in wanted:
        source = sources[want["file"]]
        match = next(((q, c) for q, c in quoted if q.source == source.id
                      and texts[q.source][q.start : q.end].startswith(want["starts"])), None)
        if match is None:
            details.append(f"quote not found in {want['file']}: {want['starts']!r}")
            continue
        hits += 1
        speaker = entities.get(match[1].subject or "")
        ok = speaker is None if want["speaker"] is None else speaker is not None and want["speaker"] in speaker.aliases
        right += ok
        if not ok:
            got = speaker.name if speaker else None
            details.append(f"speaker of {want['starts']!r} in {want['file']}: {got}, gold says {want['speaker']}")
    return Scores(
        {"quote_recall": _share(hits, len(wanted)), "attribution_accuracy": _share(right, hits)},
        tuple(details),
    )


def _event_scores(gold: dict[str, Any], corpus: Path) -> Scores:
    sources = _sources(corpus, gold["files"])
    ids = {name: s.id for name, s in sources.items()}
    texts = {s.id: s.text for s in sources.values()}
    found = analyse(list(sources.values()))
    details: list[str] = []

    def states(spans: Iterable[tuple[str, int, int]], want: dict[str, Any]) -> bool:
        words = " ".join(want["in"].split())  # spaces as any whitespace: pages use no-break spaces
        return any(source == ids[want["file"]] and words in " ".join(texts[source][start:end].split())
                   for source, start, end in spans)

    def event_spans(event: Event) -> list[tuple[str, int, int]]:
        return [(m.source, m.start, m.end) for m in event.mentions]

    hits = merged = 0
    for want in gold["events"]:
        label = f"{want['type']} {want['date']}"
        right = [e for e in found.events if e.type.value == want["type"] and e.when is not None
                 and e.when.iso == want["date"] and any(states(event_spans(e), m) for m in want["mentions"])]
        if not right:
            details.append(f"event not found: {label} ({want['mentions'][0]['in']!r})")
            continue
        hits += 1
        best = max(right, key=lambda e: sum(states(event_spans(e), m) for m in want["mentions"]))
        missing = [m for m in want["mentions"] if not states(event_spans(best), m)]
        merged += not missing
        details += [f"{label}: not merged: {m['file']} {m['in']!r}" for m in missing]
    absent = 0
    for want in gold.get("not_events", []):
        wrong = [e for e in found.events if e.type.value == want["type"] and states(event_spans(e), want)]
        absent += not wrong
        if wrong:
            details.append(f"false event {want['type']}: {want['file']} {want['in']!r}")
    traded = 0
    for want in gold.get("exchanges", []):
        ok = any(_exchange_matches(x, want, states) for x in found.exchanges)
        traded += ok
        if not ok:
            details.append(f"exchange not found: {want['status']} {want['sides']} ({want['mentions'][0]['in']!r})")
    return Scores(
        {
            "event_recall": _share(hits, len(gold["events"])),
            "event_merge": _share(merged, hits),
            "no_false_events": _share(absent, len(gold.get("not_events", []))),
            "exchange_recall": _share(traded, len(gold.get("exchanges", []))),
        },
        tuple(details),
    )


def _exchange_matches(exchange: Exchange, want: dict[str, Any], states: Any) -> bool:
    spans = [(m.source, m.start, m.end) for m in exchange.mentions]
    if exchange.status.value != want["status"] or not all(states(spans, m) for m in want["mentions"]):
        return False
    one, other = (w.lower() for w in want["sides"])
    given, received = exchange.given.what.lower(), exchange.received.what.lower()
    return (one in given and other in received) or (one in received and other in given)


def _together(pair: list[str], got: dict[tuple[str, str], int]) -> bool:
    """Whether two aliases share an entity in any report."""
    first = {i for (_, alias), i in got.items() if alias == pair[0]}
    return any(i in first for (_, alias), i in got.items() if alias == pair[1])


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
