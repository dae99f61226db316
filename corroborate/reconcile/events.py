"""Events: which event mentions of all reports are one real happening.

    reconcile_events(mentions, known, claims, texts) -> tuple[Event, ...]

1. Only what reports say took place (or was pledged) becomes an event; offers, failures and
   denials are left to the exchange ledger.
2. Mentions are blocked by type ("spoke with X" is a call or a meeting, whichever the others say).
   Inside a block two mentions are one happening when
   - they count with numbers of the same fact (reconcile.claims: "14 freed in June" and "16 freed
     this summer" are one release, whatever their numbers), or
   - their dates overlap at month precision or finer (same day where both name one) and nothing
     tells them apart: sanctions on different things ("oil", "banks") are two easings; a
     meeting or a call needs a participant in common when both name participants.
3. A mention with no precise date joins the one event of its block that shares a named participant
   (and a sanctions target) with it, else stands alone if it names someone, else is dropped: "prisoner
   releases" in general are no happening.
4. An event's date is the most precise one its mentions give, preferring dates the parse attaches
   to the trigger; its precision is what was said (`month` when only the month is known).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from corroborate import lang
from corroborate.event_types import types_where
from corroborate.model import (
    Claim,
    ClaimStatus,
    EntityType,
    Event,
    EventMention,
    EventType,
    Known,
    Mood,
    When,
)

# How this matcher is named in the dossier: mentions of one type at compatible times sharing participants,
# place or number.
ALGORITHM = "type-time-participants-v1"

# Moods that put a happening on the timeline.
HAPPENED = frozenset({Mood.FACT, Mood.PLEDGED})
# Types whose events need a participant in common to be one, when both name participants.
PERSONAL = types_where("personal")
SANCTIONS = types_where("sanctions")
# Mentions of every report meet here, and keep their trigger's and target's lemmas but not their
# report's language: they are read with the default language's words (the only rules any report is
# read with so far: lang.rules_language).
WORDS = lang.data(lang.DEFAULT, "events")
# Words of a sanctions target too general to tell two targets apart.
GENERAL_TARGET: frozenset[str] = WORDS.GENERAL_TARGET
# Types that a report may write for the same contact: "spoke with X" (a meeting) and "called X".
CONTACT = types_where("contact")
# A meeting or a call without a date is the dated one only if both sides are the same people: the
# same two people meet often.
CONTACT_SHARED = 2
# Types whose patients take part: "released 123 prisoners, including X and Y".
UNDERGONE = types_where("participants_undergo")
MAX_ACTORS = 8


def reconcile_events(
    mentions: Sequence[EventMention],
    known: Known,
    claims: Sequence[Claim],
    texts: Mapping[str, str],
) -> tuple[Event, ...]:
    origin_of, where = known.origin_of, known
    happened = [m for m in mentions if m.mood in HAPPENED]
    people = {m: _participants(m, where) for m in happened}
    fact_of = _facts_of_numbers(claims)
    groups = _group(happened, people, fact_of)
    events = []
    for group in groups:
        event = _event(group, people, where, origin_of, claims, fact_of, texts)
        if event is not None:
            events.append(event)
    events.sort(key=lambda e: (e.when is None, _sort_key(e.when), e.mentions[0].source, e.mentions[0].start))
    return tuple(
        Event(**{**e.__dict__, "id": f"event-{i:03d}"}) for i, e in enumerate(events, start=1)
    )


def _participants(m: EventMention, where: Known) -> frozenset[str]:
    """Entities named as the doer or partner; for a release, arrest or sentence also the people named
    inside the trigger's phrase."""
    found = set()
    for span in (m.agent, m.partner):
        if span:
            found |= {e.id for i in range(*span) if (e := where.at(m.source, i)) is not None}
    if m.type in UNDERGONE:  # "released 123 prisoners, including X and Y": the people it freed
        found |= {
            e.id for i in range(*m.scope)
            if (e := where.at(m.source, i)) is not None and e.type is EntityType.PERSON
        }
    return frozenset(found)


def _facts_of_numbers(claims: Sequence[Claim]) -> dict[tuple[str, int], str]:
    """(source, character) of each counted number -> the fact its claim belongs to."""
    found = {}
    for claim in claims:
        if claim.kind in ("quantity", "attribute"):
            for q in claim.quantities:
                for i in range(q.value_start, q.value_end):
                    found[(q.source, i)] = claim.fact
    return found


def _compatible(a: EventMention, b: EventMention) -> bool:
    if a.type == b.type:
        return True
    meeting = a if a.type is EventType.MEETING else b
    return {a.type, b.type} == CONTACT and meeting.trigger in WORDS.CONVERSATION  # "spoke with X" may be a call


def _precise(m: EventMention) -> bool:
    return m.when is not None and m.when.precise and not m.when.total


def _same_time(a: When, b: When) -> bool:
    return a.overlaps(b) and (a.day is None or b.day is None or a.day == b.day)


def _targets_agree(a: EventMention, b: EventMention) -> bool:
    ta, tb = a.target - GENERAL_TARGET, b.target - GENERAL_TARGET
    return not ta or not tb or bool(ta & tb)


def _group(
    mentions: list[EventMention], people: Mapping[EventMention, frozenset[str]], fact_of: Mapping[tuple[str, int], str]
) -> list[list[EventMention]]:
    """Mentions counted by numbers of one fact start as one group; then each other mention, the most
    precisely dated first, joins the one group it fits, or starts its own: a mention that fits two
    (the month of two releases on different days) is not guessed into either."""
    by_fact: dict[tuple[EventType, str], list[EventMention]] = defaultdict(list)
    for m in mentions:
        fact = next((fact_of[(m.source, n)] for n in m.numbers if (m.source, n) in fact_of), None)
        if fact is not None:
            by_fact[(m.type, fact)].append(m)
    groups = list(by_fact.values())
    grouped = {m for g in groups for m in g}
    for m in sorted((m for m in mentions if m not in grouped), key=_precision_rank):
        if _precise(m) or _year_only(m):
            fits = [g for g in groups if all(_fits(m, other, people) for other in g)
                    and any(other.when is not None and not other.when.total for other in g)]
        else:
            fits = []
        if not fits and not _precise(m):
            fits = _best_shared(m, groups, people)
        if len(fits) == 1:
            fits[0].append(m)
        else:
            groups.append([m])
    return groups


def _precision_rank(m: EventMention) -> tuple[int, int]:
    """Day first, then month, season, year, undated."""
    w = m.when
    if w is None or w.total or not w.months:
        return (4, 0)
    if w.day is not None:
        return (0, 0)
    return (1 if len(w.months) == 1 else 2 if w.precise else 3, len(w.months))


def _fits(m: EventMention, other: EventMention, people: Mapping[EventMention, frozenset[str]]) -> bool:
    """Whether two mentions can be one happening: compatible types, times that overlap (the same
    day where both name one; a year-only time only with another of the same year), nothing apart."""
    if not _compatible(m, other) or _apart(m, other, people):
        return False
    if other.when is None or other.when.total or m.when is None:
        return True
    if _year_only(m) != _year_only(other):
        return False
    return _same_time(m.when, other.when)


def _best_shared(
    m: EventMention, groups: list[list[EventMention]], people: Mapping[EventMention, frozenset[str]]
) -> list[list[EventMention]]:
    """For a mention without a date: the one dated group it shares the most participants with (and,
    for sanctions, what they are on); none when two share as much."""
    scores = []
    for g in groups:
        dated = [o for o in g if _precise(o)]
        if not dated or not all(_compatible(m, o) and _year_agrees(m, o) and _targets_agree(m, o) for o in g):
            continue
        shared = len(people[m] & frozenset().union(*(people[o] for o in g)))
        if m.type in SANCTIONS:  # sanctions on the same thing, or nothing in common
            shared = shared + 1 if any(m.target - GENERAL_TARGET & o.target for o in g) else 0
        scores.append((shared, g))
    best = max((score for score, _ in scores), default=0)
    if m.type in CONTACT and best < CONTACT_SHARED:
        return []
    return [g for score, g in scores if score == best] if best else []


def _year_only(m: EventMention) -> bool:
    return m.when is not None and not m.when.total and m.when.year is not None and not m.when.precise


def _year_agrees(a: EventMention, b: EventMention) -> bool:
    return a.when is None or b.when is None or a.when.year is None or b.when.year is None or a.when.year == b.when.year


def _apart(a: EventMention, b: EventMention, people: Mapping[EventMention, frozenset[str]]) -> bool:
    """What tells two same-time mentions apart: different sanctions targets, or no participant in common."""
    if a.type in SANCTIONS and not _targets_agree(a, b):
        return True
    if a.type in PERSONAL and people[a] and people[b]:
        return not people[a] & people[b]
    return False


def _event(
    group: list[EventMention],
    people: Mapping[EventMention, frozenset[str]],
    where: Known,
    origin_of: Mapping[str, str],
    claims: Sequence[Claim],
    fact_of: Mapping[tuple[str, int], str],
    texts: Mapping[str, str],
) -> Event | None:
    actors = Counter(e for m in group for e in sorted(people[m]))  # sorted: ties keep one order, whatever the hash seed
    facts = {fact_of[(m.source, n)] for m in group for n in m.numbers if (m.source, n) in fact_of}
    if not any(_precise(m) or _year_only(m) for m in group) and not actors and not facts:
        return None  # no date, nobody named, nothing counted: a happening in general
    kinds = Counter(m.type for m in group)
    kind = EventType.CALL if EventType.CALL in kinds else kinds.most_common(1)[0][0]
    when, why_date = _date(group)
    linked = [c for c in claims if c.fact in facts]
    places = Counter(
        e.id for m in group if m.place for i in range(*m.place) if (e := where.at(m.source, i)) is not None
    )
    best = max(group, key=lambda m: (m.dated, m.agent is not None, len(m.patient), -m.start))
    quantity = max(
        (c for c in linked if c.kind == "quantity" and c.value is not None), key=lambda c: len(c.origins), default=None
    )
    evidence = [f"{len(group)} mention(s) in {len({m.source for m in group})} report(s)", why_date]
    if facts:
        evidence.append("linked by the numbers of " + ", ".join(sorted(facts)))
    if all(m.mood is Mood.PLEDGED for m in group):
        evidence.append("only pledged in the reports")
    return Event(
        id="",
        type=kind,
        when=when,
        summary=_summary(kind, best, texts[best.source]),
        mentions=tuple(sorted(group, key=lambda m: (m.source, m.start))),
        origins=tuple(sorted({origin_of.get(m.source, m.source) for m in group})),
        actors=tuple(e for e, _ in actors.most_common(MAX_ACTORS)),
        place=places.most_common(1)[0][0] if places else None,
        quantity=(quantity.value, quantity.unit or "") if quantity and quantity.value is not None else None,  # type: ignore[arg-type]
        claims=tuple(sorted({c.id for c in linked})),
        conflicted=any(c.status is ClaimStatus.CONTRADICTED for c in linked),
        evidence=tuple(evidence),
    )


def _date(group: list[EventMention]) -> tuple[When | None, str]:
    """The most precise date the mentions give (attached dates first), and where it comes from."""
    times = [m for m in group if m.when is not None and not m.when.total and m.when.months]
    if not times:
        return None, "no date stated"

    def rank(m: EventMention) -> tuple[int, int, bool, int]:
        w = m.when
        assert w is not None
        return (w.day is not None, -len(w.months), w.year is not None, m.dated)

    best = max(times, key=rank)
    assert best.when is not None
    how = "attached to the trigger" if best.dated else "from the sentence" if not best.when.inherited else (
        "from the paragraph")
    return best.when, f"date '{best.when.text}' ({how}) in {best.source}"


def _sort_key(when: When | None) -> tuple[int, int, int]:
    if when is None:
        return (0, 0, 0)
    return (when.year or 0, min(when.months) if when.months else 0, when.day or 0)


LABELS = {
    EventType.SANCTIONS_EASED: "Sanctions eased",
    EventType.SANCTIONS_IMPOSED: "Sanctions imposed",
}


# How much of the sentence after the trigger a summary quotes.
SUMMARY_CHARS = 90


def _summary(kind: EventType, m: EventMention, text: str) -> str:
    """'Release: the junta released 20 detainees': the type, then the report's own words
    from the doer (when named just before the trigger) to the end of the trigger's object."""
    label = LABELS.get(kind, kind.value.replace("_", " ").capitalize())
    start = m.trigger_start
    if m.agent and m.start <= m.agent[0] < start and start - m.agent[0] <= SUMMARY_CHARS:
        start = m.agent[0]
    end = min(m.end, m.trigger_end + SUMMARY_CHARS)
    words = text[start:end]
    cut = next((i for i, ch in enumerate(words) if ch in ",;—(" and i > m.trigger_end - start + len(m.patient) - 1),
               None)
    words = words[:cut] if cut else words.rsplit(" ", 1)[0] if end < m.end else words
    return f"{label}: {words.strip(' ,.')}"
