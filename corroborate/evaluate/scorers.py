"""One scorer per part of a gold annotation, each a function of the gold section and one analysed run.

    score_cleaning(sources, run) / score_entities(gold, run) / score_claims(gold, run)
    score_derivation(origins, run) / score_quotes(quotes, run) / score_events(gold, run) -> Scores

The gold formats are described in `corroborate.evaluate`. Every scorer returns shares in [0, 1]
(a share with nothing to score is left out, so a macro average never counts it), counts of wrong
items for the scoreboard, and every miss and every wrong item in words, with its span.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations
from typing import Any

from corroborate.model import Analysis, Claim, Event, Exchange, Source
from corroborate.pipeline import analyse

METADATA_FIELDS = ("title", "published", "outlet", "bylines")


@dataclass(frozen=True)
class Scores:
    """Named scores in [0, 1], counts of wrong items (lower is better), and every miss in words."""

    values: dict[str, float]
    details: tuple[str, ...] = field(default=())
    counts: dict[str, int] = field(default_factory=dict)
    vacuous: frozenset[str] = frozenset()  # scores with nothing to score (1.0): left out of averages

    @classmethod
    def of(cls, details: Iterable[str], counts: dict[str, int] | None = None, **parts: tuple[int, int]) -> Scores:
        """Each named score as part / whole; 1.0 and vacuous when the whole is 0."""
        values = {name: part / whole if whole else 1.0 for name, (part, whole) in parts.items()}
        return cls(values, tuple(details), counts or {}, frozenset(n for n, (_, whole) in parts.items() if not whole))

    def as_dict(self) -> dict[str, float]:
        return {k: round(v, 4) for k, v in self.values.items()}

    def __or__(self, other: Scores) -> Scores:
        return Scores({**self.values, **other.values}, self.details + other.details,
                      {**self.counts, **other.counts}, self.vacuous | other.vacuous)


@dataclass(frozen=True)
class Run:
    """A gold corpus's cleaned sources by file name, and the engine's analysis of them (made once,
    when a scorer first asks for it: cleaning needs none)."""

    sources: Mapping[str, Source]

    @cached_property
    def found(self) -> Analysis:
        return analyse(list(self.sources.values()))

    @cached_property
    def file_of(self) -> dict[str, str]:
        return {s.id: name for name, s in self.sources.items()}

    def where(self, source_id: str, start: int, end: int) -> str:
        """A span in words: the file, its offsets and its first characters."""
        text = " ".join(self.sources[self.file_of[source_id]].text[start:end].split())
        return f"{self.file_of[source_id]}:{start}-{end} {text[:90]!r}"


def score_cleaning(expected: Mapping[str, Mapping[str, Any]], run: Run) -> Scores:
    """Lines cleaning removed against the gold's `remove` lines (its `header` lines, the masthead,
    date line, byline and credit the metadata is read from, may go or stay); the metadata fields."""
    hit = removed = to_remove = 0
    meta: Counter[str] = Counter()
    meta_total: Counter[str] = Counter()
    details: list[str] = []
    for name, want in expected.items():
        source = run.sources[name]
        header = {line.strip() for line in want.get("header", [])}  # either way is right: not scored
        got_removed = Counter({line: n for line, n in _removed_lines(source).items() if line not in header})
        want_removed = Counter(line.strip() for line in want.get("remove", []))
        common = got_removed & want_removed
        hit, removed, to_remove = (
            hit + common.total(), removed + got_removed.total(), to_remove + want_removed.total()
        )
        details += [f"{name}: removed but should be kept: {line[:80]!r}" for line in got_removed - want_removed]
        details += [f"{name}: kept but should be removed (noise leak): {line[:80]!r}"
                    for line in want_removed - got_removed]
        for key in METADATA_FIELDS:
            if key in want:
                meta_total[key] += 1
                got = _field(source, key)
                if _same_field(key, got, want[key]):
                    meta[key] += 1
                else:
                    details.append(f"{name}: {key} is {got!r}, gold says {want[key]!r}")
    return Scores.of(
        details,
        {"noise_leaks": to_remove - hit},
        removal_precision=(hit, removed),
        removal_recall=(hit, to_remove),
        metadata_accuracy=(meta.total(), meta_total.total()),
        published_accuracy=(meta["published"], meta_total["published"]),
        outlet_accuracy=(meta["outlet"], meta_total["outlet"]),
    )


def score_entities(gold: Mapping[str, Any], run: Run) -> Scores:
    """Merging scored pairwise over (file, alias) items; an item goes to the entity holding most of
    its mentions, and an item the engine did not find pairs with nothing."""
    wanted: list[dict[str, Any]] = gold["entities"]
    found = run.found.entities
    votes: dict[tuple[str, str], Counter[int]] = {}
    for i, entity in enumerate(found):
        for m in entity.mentions:
            votes.setdefault((run.file_of[m.source], m.form), Counter())[i] += 1
    got = {item: c.most_common(1)[0][0] for item, c in votes.items()}
    truth = {(f, a): i for i, e in enumerate(wanted) for f, aliases in e["aliases"].items() for a in aliases}
    items = sorted(truth)
    same_gold = {p for p in combinations(items, 2) if truth[p[0]] == truth[p[1]]}
    same_got = {p for p in combinations(items, 2) if p[0] in got and p[1] in got and got[p[0]] == got[p[1]]}
    wrong = sorted(same_got - same_gold)
    details = [f"wrongly merged: {a} + {b}" for a, b in wrong]
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
    hits = len(same_got & same_gold)
    return Scores.of(
        details,
        {"wrong_merges": len({(a[1], b[1]) for a, b in wrong}) + len(merged)},
        pair_precision=(hits, len(same_got)),
        pair_recall=(hits, len(same_gold)),
        alias_recall=(sum(item in got for item in items), len(items)),
        type_accuracy=(sum(t == e["type"] for e, t in typed), len(typed)),
        apart=(len(apart) - len(merged), len(apart)),
    )


def score_derivation(origins: Mapping[str, str], run: Run) -> Scores:
    """Origins per report, and derivation links as pairs of reports that share an origin: precision
    (of the pairs the engine links, the share the gold links), recall, and links between reports the
    gold says are independent."""
    got_origin = {run.file_of[o.source]: run.file_of[o.origin] for o in run.found.origins}
    details = [f"origin of {name}: {got_origin.get(name)}, gold says {want}"
               for name, want in sorted(origins.items()) if got_origin.get(name) != want]
    pairs = list(combinations(sorted(origins), 2))
    gold_linked = {p for p in pairs if origins[p[0]] == origins[p[1]]}
    got_linked = {p for p in pairs if got_origin.get(p[0]) is not None and got_origin.get(p[0]) == got_origin.get(p[1])}
    wrong = sorted(got_linked - gold_linked)
    details += [f"copy link the gold does not have: {a} ~ {b}" for a, b in wrong]
    details += [f"copy link missed: {a} ~ {b}" for a, b in sorted(gold_linked - got_linked)]
    linked = len(got_linked & gold_linked)
    return Scores.of(
        details,
        {"wrong_links": len(wrong)},
        origin_accuracy=(sum(got_origin.get(n) == o for n, o in origins.items()), len(origins)),
        link_precision=(linked, len(got_linked)),
        link_recall=(linked, len(gold_linked)),
    )


def score_claims(gold: Mapping[str, Any], run: Run) -> Scores:
    """Conflicts found and wrong, traps hit, and independence counts of key claims. A gold conflict
    is found when one conflict of the engine holds each of its values, stated in (at least) those
    files; every other conflict of the engine is wrong."""
    conflicts = [{(c.value, run.file_of[s]) for c in x.claims for s in c.sources} for x in run.found.conflicts]
    details: list[str] = []
    matched: set[int] = set()
    for want in gold["conflicts"]:
        stated = [(v["value"], f) for v in want["values"] for f in v["stated_in"]]
        hit = next((i for i, got in enumerate(conflicts) if all(_holds(got, item) for item in stated)), None)
        if hit is None:
            details.append(f"conflict not found: {want['topic']}: {[v['value'] for v in want['values']]}")
        else:
            matched.add(hit)
    for i, x in enumerate(run.found.conflicts):
        if i not in matched:
            where = "; ".join(_claim_where(c, run) for c in x.claims)
            details.append(f"conflict not in the gold: {x.topic}: {where}")
    traps: list[list[dict[str, Any]]] = gold.get("must_not_conflict", [])
    hit_traps = [pair for pair in traps
                 if any(all(_holds(got, (p["value"], p["file"])) for p in pair) for got in conflicts)]
    details += [f"false conflict (a trap): {pair}" for pair in hit_traps]
    independence = gold.get("independent_sources", [])
    right = 0
    for want in independence:
        claim = next((c for c in run.found.claims if _same_value(c.value, want["value"])
                      and any(run.file_of[s] == want["file"] for s in c.sources)), None)
        got_count = len(claim.origins) if claim else None
        right += got_count == want["count"]
        if got_count != want["count"]:
            details.append(f"independent sources of {want['value']} in {want['file']}: {got_count}, "
                           f"gold {want['count']}")
    return Scores.of(
        details,
        {"wrong_conflicts": len(run.found.conflicts) - len(matched), "traps_hit": len(hit_traps)},
        conflict_precision=(len(matched), len(run.found.conflicts)),
        conflict_recall=(len(matched), len(gold["conflicts"])),
        no_false_conflicts=(len(traps) - len(hit_traps), len(traps)),
        independence_accuracy=(right, len(independence)),
    )


def score_quotes(wanted: Iterable[Mapping[str, Any]], run: Run) -> Scores:
    """Quotes found by their first words, and whether the speaker is the entity with that alias."""
    wanted = list(wanted)
    entities = {e.id: e for e in run.found.entities}
    quoted = [(q, c) for c in run.found.claims if c.kind == "quote" for q in c.quotes]
    details: list[str] = []
    hits = right = 0
    for want in wanted:
        source = run.sources[want["file"]]
        match = next(((q, c) for q, c in quoted if q.source == source.id
                      and _starts(source.text[q.start : q.end], want["starts"])), None)
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
    return Scores.of(details, {"wrong_speakers": hits - right},
                     quote_recall=(hits, len(wanted)), attribution_accuracy=(right, hits))


def score_events(gold: Mapping[str, Any], run: Run) -> Scores:
    """Gold events found (an event of the type holding one of its mentions), dated right, merged
    (every gold mention in the one event); not_events absent; exchanges with status and sides."""
    states = _stating(run)
    hits = dated = merged = 0
    details: list[str] = []
    for want in gold["events"]:
        label = f"{want['type']} {want['date']}"
        typed = [e for e in run.found.events if e.type.value == want["type"]
                 and any(states(_event_spans(e), m) for m in want["mentions"])]
        if not typed:
            details.append(f"event not found: {label} ({want['mentions'][0]['file']} {want['mentions'][0]['in']!r})")
            continue
        hits += 1
        right = [e for e in typed if e.when is not None and e.when.iso == want["date"]]
        dated += bool(right)
        if not right:
            details.append(f"event {label} dated {sorted({e.when.iso if e.when else None for e in typed}, key=str)}")
        best = max(right or typed, key=lambda e: sum(states(_event_spans(e), m) for m in want["mentions"]))
        missing = [m for m in want["mentions"] if not states(_event_spans(best), m)]
        merged += not missing
        details += [f"{label}: not merged: {m['file']} {m['in']!r}" for m in missing]
    not_events = gold.get("not_events", [])
    wrong = [(want, e) for want in not_events for e in run.found.events
             if e.type.value == want["type"] and states(_event_spans(e), want)]
    details += [f"false event {want['type']}: {want['file']} {want['in']!r}" for want, _ in wrong]
    exchanges = gold.get("exchanges", [])
    traded = 0
    for want in exchanges:
        ok = any(_exchange_matches(x, want, states) for x in run.found.exchanges)
        traded += ok
        if not ok:
            details.append(f"exchange not found: {want['status']} {want['sides']} ({want['mentions'][0]['in']!r})")
    false_events = len({id(w) for w, _ in wrong})
    return Scores.of(
        details,
        {"false_events": false_events},
        event_recall=(hits, len(gold["events"])),
        event_dated=(dated, len(gold["events"])),
        date_accuracy=(dated, hits),
        event_merge=(merged, hits),
        no_false_events=(len(not_events) - false_events, len(not_events)),
        exchange_recall=(traded, len(exchanges)),
    )


Spans = list[tuple[str, int, int]]


def _stating(run: Run) -> Callable[[Spans, Mapping[str, Any]], bool]:
    ids = {name: s.id for name, s in run.sources.items()}
    texts = {s.id: s.text for s in run.sources.values()}

    def states(spans: Spans, want: Mapping[str, Any]) -> bool:
        words = " ".join(want["in"].split())  # spaces as any whitespace: pages use no-break spaces
        return any(source == ids[want["file"]] and words in " ".join(texts[source][start:end].split())
                   for source, start, end in spans)

    return states


def _event_spans(event: Event) -> Spans:
    return [(m.source, m.start, m.end) for m in event.mentions]


def _exchange_matches(exchange: Exchange, want: Mapping[str, Any], states: Callable[[Spans, Any], bool]) -> bool:
    spans = [(m.source, m.start, m.end) for m in exchange.mentions]
    if exchange.status.value != want["status"] or not all(states(spans, m) for m in want["mentions"]):
        return False
    one, other = (w.lower() for w in want["sides"])
    given, received = exchange.given.what.lower(), exchange.received.what.lower()
    return (one in given and other in received) or (one in received and other in given)


def _holds(got: set[tuple[float | str, str]], item: tuple[Any, str]) -> bool:
    """Whether a conflict's (value, file) pairs include the gold's value stated in that file."""
    value, file = item
    return any(f == file and _same_value(v, value) for v, f in got)


def _same_value(got: float | str, want: Any) -> bool:
    """Numbers equal to a part in a million; a date, place or attribute by its words (any case)."""
    if isinstance(want, int | float):
        return isinstance(got, int | float) and abs(got - want) <= 1e-6 * max(1.0, abs(want))
    return isinstance(got, str) and str(want).casefold() in got.casefold()


def _claim_where(claim: Claim, run: Run) -> str:
    """A claim's value and where its first two statements say it."""
    spans = [(q.source, q.value_start, q.value_end) for q in claim.quantities][:2]
    return f"{claim.value!r} at " + ", ".join(run.where(*s) for s in spans) if spans else repr(claim.value)


def _together(pair: list[str], got: dict[tuple[str, str], int]) -> bool:
    """Whether two aliases share an entity in any report."""
    first = {i for (_, alias), i in got.items() if alias == pair[0]}
    return any(i in first for (_, alias), i in got.items() if alias == pair[1])


def _starts(text: str, words: str) -> bool:
    return " ".join(text.split()).startswith(" ".join(words.split()))


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


def _same_field(key: str, got: Any, want: Any) -> bool:
    """Exact, except that a title or outlet may differ in spacing."""
    if key in {"title", "outlet"} and isinstance(got, str) and isinstance(want, str):
        return " ".join(got.split()) == " ".join(want.split())
    return bool(got == want)
