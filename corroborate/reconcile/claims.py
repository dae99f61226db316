"""Claims and conflicts: which numbers of different reports state the same fact, and whether they agree.

    reconcile_claims(quantities, known, sources) -> tuple[tuple[Claim, ...], tuple[Conflict, ...]]
    role_claims(roles, known, first) -> tuple[Claim, ...]

1. Facts. Quantities are blocked by what they count and the happening they belong to (kind,
   unit class, happening class: "people, release"; any noun for people of a happening the language
   names, "pilots" or "airmen killed", is one class; a measure by the named point it is taken from,
   "km from <entity>", or the noun it is the size of; a measure of neither, like an age beside no
   person, is compared with nothing); a block is never compared with another, so
   the cost follows the block sizes, not the square of all claims. Inside a block, quantities
   with precise times (a month, a season, a running total) form one fact when their times overlap
   and they count with one noun:
   "14 freed in June" and "123 freed in December" are two facts. A quantity with no precise time
   joins the one fact its value agrees with, or stays a fact of its own: a number with an unknown
   time never makes a conflict.
2. Values. Inside a fact, quantities whose values are compatible given their qualifiers (52 and
   "more than 50") are one claim. Two lower bounds far apart ("more than 250", "more than 430")
   are not: nobody who knew of 430 would write "more than 250". A fact with more than one claim is
   a conflict, unless its values are not reports contradicting each other: fewer than two of them
   have a precise time; one report states two of them (parts, or moments it tells apart); or a
   running total reported on different days (a series, given in the claims' evidence). A date or
   place of a fact conflicts only when its happening is one the language names and no report
   states two of its values.
3. Roles. What reports call a person ("opposition leader", "U.S. special envoy") is an attribute
   claim per person and head noun: "leader" from two origins is corroborated. Different words for
   a role are not set against each other: a man can be a lawyer and an envoy.
4. Independence. A claim's independent sources are the origins of the reports that state it
   (reconcile.derivation): a rewrite repeating its original is not a second witness.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from corroborate import lang
from corroborate.extract.quantities import MEASURED_FROM_ROLE as MEASURED_FROM
from corroborate.model import (
    Claim,
    ClaimKind,
    ClaimStatus,
    Conflict,
    ConflictKind,
    Entity,
    EntityType,
    Known,
    Qualifier,
    Quantity,
    QuantityKind,
    Quote,
    Role,
    Source,
    When,
)
from corroborate.reconcile import ages

# How this matcher is named in the dossier: numbers blocked by what they count and the governing happening
# (v2: one class for nouns of people, measures by their point), one fact per overlapping time and noun.
ALGORITHM = "unit-trigger-time-v2"

# Two lower bounds ("more than X", "at least Y") are one value only when the larger is at most this
# many times the smaller: "more than 50" and "at least 52" agree; "more than 250" and "more than 430"
# do not.
LOWER_BOUND_RATIO = 1.25
# "about X" covers X give or take this share.
ABOUT_SHARE = 0.1
# Why a date or place side fact is a conflict, in one line.
SIDE_CONFLICT = {
    ClaimKind.DATE: "different reports date this happening differently, and no report gives two dates for it",
    ClaimKind.PLACE: "different reports place this happening differently, and no report gives two places for it",
}
# Why two ages of one person are a conflict: a story is told within days, and an age does not
# change within them (a report giving two ages of one person is still set apart, as any fact).
AGE_CONFLICT = ("reports give the same person different ages, each written beside the name; an age does not "
                "change within the days a story is reported")
# Kinds whose facts belong to one person or thing: an age or a prison term joins a fact only when
# the sentences share a named person.
PERSONAL_KINDS = frozenset({QuantityKind.AGE, QuantityKind.DURATION})
PLACES = frozenset({EntityType.PLACE})
PEOPLE = frozenset({EntityType.PERSON})


@dataclass
class _Fact:
    """Quantities of one happening, with the distinct times, values and people seen so far (so that a
    new quantity is compared with what is distinct, not with every copy of it)."""

    quantities: list[Quantity]
    evidence: list[str] = field(default_factory=list)
    times: set[When] = field(default_factory=set)
    values: dict[tuple[float, Qualifier], Quantity] = field(default_factory=dict)
    people: set[str] = field(default_factory=set)
    units: set[str] = field(default_factory=set)

    def add(self, q: Quantity, people: set[str]) -> None:
        self.quantities.append(q)
        self.units.add(q.unit)
        if q.when is not None and q.when.precise:
            self.times.add(When(q.when.year, q.when.months, q.when.total))
        self.values.setdefault((q.value, q.qualifier), q)
        self.people |= people

    @property
    def precise(self) -> list[Quantity]:
        return [q for q in self.quantities if q.when is not None and q.when.precise]


def reconcile_claims(
    quantities: Sequence[Quantity], known: Known, sources: Sequence[Source]
) -> tuple[tuple[Claim, ...], tuple[Conflict, ...]]:
    origin_of = known.origin_of
    order = {s.id: i for i, s in enumerate(sources)}
    person_ids = {e.id for e in known.entities if e.type is EntityType.PERSON}
    named = _named_in_sentences(quantities, known, frozenset({EntityType.PERSON, EntityType.ORGANIZATION}))
    people = {q: {e for e in found if e in person_ids} for q, found in named.items()}

    def place_of(q: Quantity) -> tuple[str, str] | None:
        entity = known.starting_at(q.source, q.place[0], PLACES) if q.place and q.place[2] != MEASURED_FROM else None
        return (entity.id, entity.name) if entity else None

    def point_of(q: Quantity) -> str | None:
        """The entity a measure is taken from (any type: NER tags many towns otherwise)."""
        entity = known.starting_at(q.source, q.place[0]) if q.place and q.place[2] == MEASURED_FROM else None
        return entity.id if entity else None

    texts = {s.id: s.text for s in sources}
    aged = ages.subjects(quantities, known, texts)
    quantities = [q for q in quantities if q in aged or not ages.apposed(q, texts[q.source])]
    happenings = frozenset(name for s in sources for name in lang.data(s.meta.language, "quantities").HAPPENINGS)
    counted = frozenset(word for s in sources for word in lang.data(s.meta.language, "quantities").COUNTED_PEOPLE)
    measures = frozenset(unit for s in sources for unit in lang.data(s.meta.language, "quantities").MEASURES.values())
    blocks: dict[tuple[str, str, str], list[Quantity]] = defaultdict(list)
    for q in sorted(quantities, key=lambda q: (order.get(q.source, 0), q.start)):
        blocks[_block(q, aged, _people_of_happening(q, counted, happenings), measures, point_of(q))].append(q)
    claims: list[Claim] = []
    conflicts: list[Conflict] = []
    published = _dates_of(sources, origin_of)
    for key in sorted(blocks):
        person = aged.get(blocks[key][0]) if key[0] == QuantityKind.AGE else None
        for fact in _facts(blocks[key], people) if person is None else [_age_fact(blocks[key], person.name)]:
            fact_id = f"fact-{len({c.fact for c in claims}) + 1:03d}"
            values = _values(fact.quantities)
            apart = _not_a_conflict(fact, values, published, person is not None) if len(values) > 1 else None
            if apart:
                fact.evidence.append(apart)
            status_if_alone = len(values) > 1 and apart is None
            made = [
                _claim(f"claim-{len(claims) + i + 1:03d}", fact_id, group, origin_of, named, status_if_alone,
                       fact.evidence)
                for i, group in enumerate(values)
            ]
            if person is not None:
                made = [replace(c, statement=f"{person.name} is {_number(c.quantities[0])}", subject=person.id)
                        for c in made]
            if len(made) > 1 and apart is None:
                made = _against_each_other(made)
                conflict = _conflict(f"conflict-{len(conflicts) + 1:03d}", made, sources)
                if person is not None:
                    conflict = replace(conflict, topic=f"age of {person.name}", note=AGE_CONFLICT)
                conflicts.append(conflict)
            claims += made
            what = made[0].statement.split(" (")[0]
            for side in (_date_claims(fact, what), _place_claims(fact, what, place_of)):
                settled = len(side.groups) > 1 and _side_conflicts(side, fact, happenings)
                made = [_side_claim(f"claim-{len(claims) + k + 1:03d}", fact_id, side, group, origin_of, settled)
                        for k, group in enumerate(side.groups)]
                if settled:
                    made = _against_each_other(made)
                    conflict_id = f"conflict-{len(conflicts) + 1:03d}"
                    conflicts.append(Conflict(conflict_id, side.topic, tuple(made), SIDE_CONFLICT[side.kind],
                                              ConflictKind(side.kind)))
                claims += made
    return tuple(claims), tuple(conflicts)


@dataclass(frozen=True)
class _Side:
    """A side fact of a happening (when, where) as the reports state it, grouped by agreement."""

    kind: ClaimKind  # date | place
    topic: str
    groups: list[list[tuple[Quantity, str, str]]]  # per agreeing value: (quantity, value, words) statements
    spans: dict[Quantity, tuple[int, int]]  # the words of each statement
    why: str


def _date_claims(fact: _Fact, what: str) -> _Side:
    """When the fact's happening took place, as each report dates it (date words that modify the
    happening in the parse), grouped when they agree (same month and year, and the same day where
    both name one)."""
    dated = [q for q in fact.quantities if q.dated and q.when is not None and q.when.precise and not q.when.total]
    groups: list[list[Quantity]] = []
    for q in sorted(dated, key=lambda q: q.when.day is None if q.when else True):
        target = next((g for g in groups if all(_same_date(q, other) for other in g)), None)
        if target is None:
            groups.append([q])
        else:
            target.append(q)
    rows = [[(q, q.when.iso if q.when else "", _time_words(q)) for q in g] for g in groups]
    spans = {q: (q.when.start or 0, q.when.end or 0) for q in dated if q.when}
    return _Side(ClaimKind.DATE, f"when: {what}", rows, spans, "the date words modify the happening in the parse")


def _place_claims(fact: _Fact, what: str, place_of: Callable[[Quantity], tuple[str, str] | None]) -> _Side:
    """Where the happening took people ("to") or took place ("in"), per place entity and role."""
    by_role: dict[str, dict[str, list[Quantity]]] = defaultdict(lambda: defaultdict(list))
    names = {}
    for q in fact.quantities:
        found = place_of(q)
        if found and q.place:
            entity_id, name = found
            by_role[q.place[2]][entity_id].append(q)
            names[entity_id] = name
    # One role at a time: "in Minsk" and "to Lithuania" do not contradict each other.
    role, places = max(by_role.items(), key=lambda r: len(r[1]), default=("to", {}))
    rows = [[(q, entity_id, f"{role} {names[entity_id]}") for q in qs] for entity_id, qs in sorted(places.items())]
    spans = {q: (q.place[0], q.place[1]) for qs in places.values() for q in qs if q.place}
    return _Side(ClaimKind.PLACE, f"where ({role}): {what}", rows, spans, f"a place the happening points to ('{role}')")


def _side_claim(
    claim_id: str, fact_id: str, side: _Side, group: list[tuple[Quantity, str, str]], origin_of: dict[str, str],
    contradicted: bool,
) -> Claim:
    quantities = tuple(q for q, _, _ in group)
    value, words = group[0][1], group[0][2]
    origins = origins_of(quantities, origin_of)
    return Claim(
        id=claim_id,
        fact=fact_id,
        kind=side.kind,
        statement=f"{side.topic.split(': ', 1)[1]}, {'when' if side.kind == ClaimKind.DATE else 'where'}: {words}",
        value=value,
        qualifier=None,
        unit=None,
        quantities=quantities,
        origins=origins,
        status=status_of(origins, contradicted),
        evidence=(side.why,),
        spans=tuple(side.spans[q] for q in quantities),
    )


def _dates_of(sources: Sequence[Source], origin_of: Mapping[str, str]) -> dict[str, str | None]:
    """Each report's day of publication or, when it states none, the one day its origin group
    states (a wire copy or a rewrite is of the same day as the reports it shares an origin with);
    None when that is not one day."""
    days = {s.id: (s.meta.published or "")[:10] for s in sources}
    group_days: dict[str, set[str]] = defaultdict(set)
    for i, day in days.items():
        if len(day) == 10:
            group_days[origin_of.get(i, i)].add(day)
    shared = {o: next(iter(d)) for o, d in group_days.items() if len(d) == 1}
    return {i: day if len(day) == 10 else shared.get(origin_of.get(i, i)) for i, day in days.items()}


def _people_of_happening(q: Quantity, counted: frozenset[str], happenings: frozenset[str]) -> bool:
    """Whether a number counts people (any noun for people: "pilots", "airmen") of a happening the
    language names ("kill", "release"): such counts are compared within one block, whatever the noun."""
    return q.kind is QuantityKind.COUNT and q.unit in counted and q.trigger in happenings


def _block(
    q: Quantity, aged: Mapping[Quantity, Entity], of_people: bool = False, measures: frozenset[str] = frozenset(),
    point: str | None = None,
) -> tuple[str, str, str]:
    """What a quantity is compared within: its kind, unit class and happening (every noun for people
    is one class when `of_people`); an age, by the person it belongs to. An age beside no person, and
    a measure (a unit of `measures`) of no happening and no named point, are blocks of their own:
    compared with nothing ("at a depth of 18.5 km" and "felt 350 km away" measure different things);
    a measure from a resolved `point`, with measures from that entity however its name is spelled."""
    alone = f"?{q.source}:{q.value_start}"
    if q.kind is QuantityKind.AGE:
        person = aged.get(q)
        return (q.kind, q.unit, person.id if person else alone)
    if q.kind is QuantityKind.COUNT and q.unit in measures and not q.trigger:
        return (q.kind, q.unit, alone)
    if point is not None:
        return (q.kind, q.unit, f"from {point}")
    return (q.kind, "people" if of_people else q.unit, "" if q.kind == QuantityKind.PERCENT else q.trigger)


def _age_fact(quantities: list[Quantity], name: str) -> _Fact:
    """Every age given to one person: one fact, whatever the time (see AGE_CONFLICT)."""
    fact = _Fact([], [f"ages given to {name}, each written beside the name"])
    for q in quantities:
        fact.add(q, set())
    return fact


def _not_a_conflict(
    fact: _Fact, values: list[list[Quantity]], published: Mapping[str, str | None], timeless: bool = False
) -> str | None:
    """Why the disagreeing values of one fact are not reports contradicting each other, or None when
    they are: fewer than two values have a precise time (a number whose time is unknown never makes
    a conflict); one report states two of them (parts of a whole, or two
    moments it tells apart: "16 in Kyiv's count, 29 in Moscow's"); or they are a running total
    reported on different days (a series)."""
    if not timeless and not all(any(q.when is not None and q.when.precise for q in group) for group in values):
        return "a value has no precise time: the values may count different moments"
    stated = [{q.source for q in group} for group in values]
    if any(a & b for i, a in enumerate(stated) for b in stated[i + 1 :]):
        return "one report states two of these values: parts or moments of the fact, not reports disagreeing"
    return _series(values, published)


def _series(values: list[list[Quantity]], published: Mapping[str, str | None]) -> str | None:
    """The series, when every value is a running total and each report's day is known and no day
    has two values: "7,500 (2023-06-15), then 3,600 (2023-06-18)"."""
    if not all(q.when is not None and q.when.total for group in values for q in group):
        return None
    days = [{published.get(q.source) for q in group} for group in values]
    known = [{d for d in day if d is not None} for day in days]
    if any(None in d for d in days) or any(a & b for i, a in enumerate(known) for b in known[i + 1 :]):
        return None
    steps = sorted((min(d), _number(group[0])) for d, group in zip(known, values, strict=True))
    return "a running total reported on different days, a series and not a conflict: " + ", then ".join(
        f"{number} ({day})" for day, number in steps)


def _side_conflicts(side: _Side, fact: _Fact, happenings: frozenset[str]) -> bool:
    """Whether a date or place side fact is a conflict: its happening is one the language names (a
    bare verb such as "come" does not say which happening two reports date), and no report states
    two of its values."""
    if fact.quantities[0].trigger not in happenings:
        return False
    stated = [{q.source for q, _, _ in group} for group in side.groups]
    return not any(a & b for i, a in enumerate(stated) for b in stated[i + 1 :])


def _same_date(a: Quantity, b: Quantity) -> bool:
    if a.when is None or b.when is None:
        return False
    days = a.when.day is None or b.when.day is None or a.when.day == b.when.day
    return a.when.overlaps(b.when) and days


def _named_in_sentences(
    quantities: Sequence[Quantity], known: Known, types: frozenset[EntityType]
) -> dict[Quantity, Counter[str]]:
    """For each quantity, the entities of `types` named in its sentence, with how often."""
    return {q: Counter(e.id for start, _, e in known.mentions.get(q.source, ()) if q.start <= start < q.end
                       and e.type in types) for q in quantities}


def _facts(block: list[Quantity], people: dict[Quantity, set[str]]) -> list[_Fact]:
    facts: list[_Fact] = []
    vague = []
    for q in block:
        if q.when is None or not q.when.precise:
            vague.append(q)
            continue
        fact = next((f for f in facts if _same_time(q, f) and q.unit in f.units and _same_subject(q, f, people)), None)
        if fact is None:
            fact = _Fact([], [f"{_time_words(q)}: {q.unit_text}, {q.trigger or 'no verb'}"])
            facts.append(fact)
        fact.add(q, people[q])
    for q in vague:  # no precise time: join the one fact it agrees with, else one of its own
        fits = [f for f in facts if any(compatible(q, other) for other in f.values.values())
                and _same_subject(q, f, people)]
        if len(fits) == 1:
            fits[0].add(q, people[q])
            fits[0].evidence.append(f"{_number(q)} has no precise time; it agrees with this fact's values only")
        else:
            alone = _Fact([], ["no precise time"])
            alone.add(q, people[q])
            facts.append(alone)
    return facts


def _same_time(q: Quantity, fact: _Fact) -> bool:
    return q.when is not None and any(q.when.overlaps(t) for t in fact.times)


def _same_subject(q: Quantity, fact: _Fact, people: dict[Quantity, set[str]]) -> bool:
    if q.kind not in PERSONAL_KINDS:
        return True
    return bool(people[q] & fact.people)


def _values(quantities: list[Quantity]) -> list[list[Quantity]]:
    """Quantities grouped so that every two in a group are compatible; exact values first. Each group
    is compared through its distinct (value, qualifier) pairs, not every copy."""
    groups: list[tuple[list[Quantity], dict[tuple[float, Qualifier], Quantity]]] = []
    for q in sorted(quantities, key=lambda q: q.qualifier is not Qualifier.EXACT):
        fits = [g for g in groups if all(compatible(q, other) for other in g[1].values())]
        same = [g for g in fits if any(value == q.value for value, _ in g[1])]
        if same or fits:
            members, distinct = (same or fits)[0]
            members.append(q)
            distinct.setdefault((q.value, q.qualifier), q)
        else:
            groups.append(([q], {(q.value, q.qualifier): q}))
    return [members for members, _ in groups]


def _interval(q: Quantity) -> tuple[float, float, bool, bool]:
    """(low, high, low included, high included)."""
    v = q.value
    return {
        Qualifier.EXACT: (v, v, True, True),
        Qualifier.AT_LEAST: (v, math.inf, True, False),
        Qualifier.MORE_THAN: (v, math.inf, False, False),
        Qualifier.ABOUT: (v * (1 - ABOUT_SHARE), v * (1 + ABOUT_SHARE), True, True),
        Qualifier.UP_TO: (0.0, v, True, True),
        Qualifier.LESS_THAN: (0.0, v, True, False),
    }[q.qualifier]


def compatible(a: Quantity, b: Quantity) -> bool:
    lower = (Qualifier.AT_LEAST, Qualifier.MORE_THAN)
    if a.qualifier in lower and b.qualifier in lower:
        small, large = sorted((a.value, b.value))
        return large <= small * LOWER_BOUND_RATIO
    lo_a, hi_a, lo_a_in, hi_a_in = _interval(a)
    lo_b, hi_b, lo_b_in, hi_b_in = _interval(b)
    low, low_in = max((lo_a, lo_a_in), (lo_b, lo_b_in), key=lambda x: (x[0], not x[1]))
    high, high_in = min((hi_a, hi_a_in), (hi_b, hi_b_in), key=lambda x: (x[0], x[1]))
    return low < high or (low == high and low_in and high_in)


def _claim(
    claim_id: str, fact_id: str, group: list[Quantity], origin_of: dict[str, str],
    named: dict[Quantity, Counter[str]], contradicted: bool, evidence: list[str],
) -> Claim:
    best = min(group, key=lambda q: (q.qualifier is not Qualifier.EXACT, q.qualifier is Qualifier.ABOUT))
    origins = origins_of(group, origin_of)
    status = status_of(origins, contradicted)
    return Claim(
        id=claim_id,
        fact=fact_id,
        kind=ClaimKind.ATTRIBUTE if best.kind is QuantityKind.AGE else ClaimKind.QUANTITY,
        statement=_statement(best),
        value=best.value,
        qualifier=best.qualifier,
        unit=best.unit,
        quantities=tuple(group),
        origins=origins,
        status=status,
        subject=_subject(group, named),
        evidence=tuple(evidence),
    )


def origins_of(stated: Iterable[Quantity | Role | Quote], origin_of: Mapping[str, str]) -> tuple[str, ...]:
    """The distinct origins (independence groups) of the reports that state something."""
    return tuple(sorted({origin_of.get(x.source, x.source) for x in stated}))


def status_of(origins: Sequence[str], contradicted: bool = False) -> ClaimStatus:
    """Contradicted when in a conflict; else corroborated by two or more origins; else single-source."""
    if contradicted:
        return ClaimStatus.CONTRADICTED
    return ClaimStatus.CORROBORATED if len(origins) >= 2 else ClaimStatus.SINGLE_SOURCE


def _against_each_other(claims: list[Claim]) -> list[Claim]:
    """The claims of one conflict, each naming the others in `conflicts_with`."""
    ids = [c.id for c in claims]
    return [replace(c, conflicts_with=tuple(i for i in ids if i != c.id)) for c in claims]


def _conflict(conflict_id: str, claims: list[Claim], sources: Sequence[Source]) -> Conflict:
    first = claims[0].quantities[0]
    topic = f"how many {first.unit_text} ({first.trigger or first.kind}, {_time_words(first)})"
    published = {s.id: s.meta.published for s in sources}
    note = None
    times = [q.when for c in claims for q in c.quantities if q.when is not None]
    if any(t.total for t in times):
        dates = sorted({published.get(q.source) or "undated" for c in claims for q in c.quantities})
        note = ("running totals: the reports were published at different times (" + ", ".join(dates)
                + "), so a later one may count more")
    lower = {Qualifier.AT_LEAST, Qualifier.MORE_THAN}
    if all(c.qualifier in lower for c in claims):
        note = (note + "; " if note else "") + "every value is a lower bound, but they are too far apart to agree"
    if note is None:
        note = (f"different reports count this at the same time ({_time_words(first)}) and their values do not "
                "agree given their qualifiers; no report gives two of them, so they are not parts of a whole "
                "or a series")
    return Conflict(conflict_id, topic, tuple(claims), note)


def _subject(group: list[Quantity], named: dict[Quantity, Counter[str]]) -> str | None:
    """The person or organisation named most often in the claim's sentences."""
    counts: Counter[str] = sum((named[q] for q in group), Counter())
    return min(counts, key=lambda e: (-counts[e], e)) if counts else None


def _number(q: Quantity) -> str:
    value = f"{q.value:,.0f}" if q.value == int(q.value) else f"{q.value:,}"
    words = "" if q.qualifier is Qualifier.EXACT else q.qualifier.value + " "
    if q.kind == QuantityKind.PERCENT:
        return f"{words}{value}{q.unit_text}"
    if q.kind == QuantityKind.MONEY:
        return f"{words}{value} {q.unit.upper()}"
    return f"{words}{value} {q.unit_text}"


def _statement(best: Quantity) -> str:
    what = f"{best.trigger}: " if best.trigger else ""
    return f"{what}{_number(best)}" + (f" ({_time_words(best)})" if best.when else "")


def _time_words(q: Quantity) -> str:
    return time_words(q.when)


def time_words(w: When | None) -> str:
    """'June 2025', 'summer 2025', '13 December 2025', 'running total', 'time not stated'."""
    return w.words if w is not None else "time not stated"


def role_claims(
    roles: Sequence[Role], known: Known, first: int
) -> tuple[Claim, ...]:
    """Attribute claims, numbered from claim-`first`: one per person and role head noun."""
    origin_of = known.origin_of
    groups: dict[tuple[str, str], list[Role]] = defaultdict(list)
    names = {}
    for role in roles:
        person = known.at(role.source, role.person_start, PEOPLE) or known.at(role.source, role.person_end - 1, PEOPLE)
        if person is not None:
            groups[(person.id, role.head)].append(role)
            names[person.id] = person.name
    claims: list[Claim] = []
    for (person_id, head), group in sorted(groups.items()):
        phrases = Counter(role.phrase for role in group)
        phrase = max(sorted(phrases), key=lambda p: (phrases[p], len(p)))
        origins_ = origins_of(group, origin_of)
        claims.append(
            Claim(
                id=f"claim-{first + len(claims):03d}",
                fact=f"role-{person_id}-{head}",
                kind=ClaimKind.ATTRIBUTE,
                statement=f"{names[person_id]}: {phrase}",
                value=phrase,
                qualifier=None,
                unit=None,
                quantities=(),
                origins=origins_,
                status=status_of(origins_),
                subject=person_id,
                evidence=(f"what the reports call {names[person_id]}, with the head noun '{head}'",),
                roles=tuple(group),
            )
        )
    return tuple(claims)
