"""The exchange ledger: which reports' trades are one exchange.

    reconcile_exchanges(mentions, events, known) -> tuple[Exchange, ...]

Two exchange mentions are one exchange when a side of each is the same event (the June release
of prisoners for sanctions relief, however each report words it), whichever side each report names
first. Mentions with no event on either side (a trade only offered or failed) are one when their
words mostly agree ("the nurse in exchange for 10 fighters", "trade the nurse for 10 fighters").
The status is the most advanced any report gives (done over pledged over proposed), since a later
report knows more; failed stays failed only when no report says it was done.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from corroborate.event_types import types_where
from corroborate.model import (
    Event,
    EventType,
    Exchange,
    ExchangeMention,
    ExchangeStatus,
    Known,
    Side,
    SideMention,
)

# How this matcher is named in the dossier: trades by cue words or by a release answered with a concession.
ALGORITHM = "cue-reciprocity-v1"

PRECEDENCE = [ExchangeStatus.UNKNOWN, ExchangeStatus.PROPOSED, ExchangeStatus.FAILED, ExchangeStatus.PLEDGED,
              ExchangeStatus.DONE]

# What one side of a trade for people freed may be (the table of types).
CONCESSIONS = types_where("concession")


def reconcile_exchanges(
    mentions: Sequence[ExchangeMention], events: Sequence[Event], known: Known
) -> tuple[Exchange, ...]:
    origin_of, where = known.origin_of, known
    event_of = {id(m): e.id for e in events for m in e.mentions}
    groups: list[list[tuple[ExchangeMention, bool]]] = []  # (mention, sides swapped)
    for mention in mentions:
        given, received = _event_id(mention.given, event_of), _event_id(mention.received, event_of)
        target = None
        for group in groups:
            first, swapped = group[0]
            g0, r0 = _event_id(first.given, event_of), _event_id(first.received, event_of)
            if swapped:
                g0, r0 = r0, g0
            if (given and given == g0) or (received and received == r0):
                target, flip = group, False
            elif (given and given == r0) or (received and received == g0):
                target, flip = group, True
            elif not (given or received or g0 or r0) and mention.status is first.status and _similar(mention, first):
                target, flip = group, False
            if target is not None:
                break
        if target is None:
            groups.append([(mention, False)])
        else:
            target.append((mention, flip))
    found = []
    for i, group in enumerate(groups, start=1):
        found.append(_exchange(f"exchange-{i:03d}", group, event_of, where, origin_of))
    return tuple(found)


# Two trades with no event on either side are one when this share of their words is common.
SAME_WORDS = 0.5


def _similar(a: ExchangeMention, b: ExchangeMention) -> bool:
    """Word overlap (Jaccard) of the two trades' sides, for trades only offered or failed."""
    def words(x: ExchangeMention) -> set[str]:
        return {w.lower().strip(".,;:’'\"") for w in f"{x.given.what} {x.received.what}".split() if len(w) > 3}

    wa, wb = words(a), words(b)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= SAME_WORDS


def _event_id(side: SideMention, event_of: Mapping[int, str]) -> str | None:
    return event_of.get(id(side.event)) if side.event is not None else None


def _exchange(
    exchange_id: str,
    group: list[tuple[ExchangeMention, bool]],
    event_of: Mapping[int, str],
    where: Known,
    origin_of: Mapping[str, str],
) -> Exchange:
    sides = [((m.received, m.given) if swapped else (m.given, m.received), m) for m, swapped in group]

    def best(index: int) -> Side:
        chosen = [(pair[index], m) for pair, m in sides]
        side, m = max(chosen, key=lambda x: (_event_id(x[0], event_of) is not None, x[0].by is not None))
        return Side(_by(side, m.source, where), side.what, _event_id(side, event_of))

    given, received = best(0), best(1)
    if _kind(sides, 0) in CONCESSIONS and _kind(sides, 1) is EventType.RELEASE:
        given, received = received, given  # the ledger puts the people freed first
    statuses = [m.status for m, _ in group]
    status = max(statuses, key=PRECEDENCE.index)
    evidence = [f"{m.source}: '{m.cue}' ({m.status.value})" for m, _ in group]
    if len(group) > 1:
        evidence.append("one exchange: the reports share an event on one side")
    return Exchange(
        id=exchange_id,
        given=given,
        received=received,
        status=status,
        mentions=tuple(m for m, _ in group),
        origins=tuple(sorted({origin_of.get(m.source, m.source) for m, _ in group})),
        evidence=tuple(evidence),
    )


def _kind(sides: list[tuple[tuple[SideMention, SideMention], ExchangeMention]], index: int) -> EventType | None:
    events = (pair[index].event for pair, _ in sides)
    return next((e.type for e in events if e is not None), None)


def _by(side: SideMention, source: str, where: Known) -> str | None:
    if side.by is None:
        return None
    return next((e.id for i in range(*side.by) if (e := where.at(source, i)) is not None), None)
