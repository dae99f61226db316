"""Events, the timeline and the exchange ledger, on the example corpus and an invented hostage deal."""

from pathlib import Path

import pytest

from corroborate import ingest
from corroborate.model import Analysis, EventMention, EventType, ExchangeStatus, Known, Mood, When
from corroborate.pipeline import analyse, clean_all
from corroborate.reconcile.events import _event as event_of

ROOT = Path(__file__).resolve().parents[2]


def _analyse(folder: Path) -> tuple[Analysis, dict[str, str]]:
    sources, _ = clean_all(ingest.read_inputs([folder]).documents)
    return analyse(sources), {s.id: s.doc.name[:2] for s in sources}


@pytest.fixture(scope="module")
def example() -> tuple[Analysis, dict[str, str]]:
    return _analyse(ROOT / "examples" / "belarus-2025")


@pytest.fixture(scope="module")
def hostages() -> tuple[Analysis, dict[str, str]]:
    return _analyse(ROOT / "tests" / "fixtures" / "stories" / "hostages")


def _event(found: Analysis, kind: EventType, iso: str):
    matches = [e for e in found.events if e.type is kind and e.when is not None and e.when.iso == iso]
    assert len(matches) == 1, [e.summary for e in found.events if e.type is kind]
    return matches[0]


@pytest.mark.parametrize(
    ("kind", "iso"),
    [
        (EventType.RELEASE, "2025-02-12"),
        (EventType.RELEASE, "2025-06"),
        (EventType.CALL, "2025-08"),
        (EventType.RELEASE, "2025-09"),
        (EventType.SANCTIONS_EASED, "2025-09"),
        (EventType.APPOINTMENT, "2025-11"),
        (EventType.MEETING, "2025-12-12"),
        (EventType.RELEASE, "2025-12-13"),
        (EventType.SANCTIONS_EASED, "2025-12"),
    ],
)
def test_the_timeline_has_each_happening_once_dated_and_typed(example, kind, iso):
    found, _ = example
    _event(found, kind, iso)


def test_mentions_merge_across_reports_and_numbers_link_claims(example):
    found, _ = example
    june = _event(found, EventType.RELEASE, "2025-06")
    assert len(june.sources) == 4  # 000, 001, 003 and 004's "His release"
    assert june.conflicted and june.claims  # 14 against 16
    call = _event(found, EventType.CALL, "2025-08")
    assert len(call.sources) == 3 and len(call.origins) == 2  # 000 retells 001: not a second witness
    meeting = _event(found, EventType.MEETING, "2025-12-12")
    assert len(meeting.sources) == 2  # 004's undated "on Friday" joins by both participants


def test_the_ledger_has_the_three_trades_and_the_failed_offer(example):
    found, _ = example
    done = [x for x in found.exchanges if x.status is ExchangeStatus.DONE and len(x.sources) == 2]
    events = {e.id: e for e in found.events}
    months = sorted(events[x.given.event].when.iso[:7] for x in done if x.given.event)
    assert months == ["2025-06", "2025-09", "2025-12"]
    failed = [x for x in found.exchanges if x.status is ExchangeStatus.FAILED]
    assert len(failed) == 1 and "Boeing parts" in failed[0].given.what and "30 prisoners" in failed[0].received.what


def test_wished_for_and_refused_happenings_are_not_events(example):
    found, _ = example
    triggers = [m for e in found.events for m in e.mentions]
    assert not any(m.type is EventType.RELEASE and m.trigger == "release" and m.mood.value == "failed"
                   for m in triggers)
    assert all(m.mood.value in ("fact", "pledged") for m in triggers)


def test_a_hostage_swap_two_releases_a_day_apart_and_a_conflict(hostages):
    found, _ = hostages
    hostages_freed = _event(found, EventType.RELEASE, "2026-03-12")
    fighters_freed = _event(found, EventType.RELEASE, "2026-03-13")
    assert len(hostages_freed.sources) == 3  # 02 and 04 say "on Thursday" undated: joined by the names
    assert fighters_freed.conflicted  # 40 against 41
    assert len(_event(found, EventType.CALL, "2026-03-02").sources) == 3
    swap = next(x for x in found.exchanges if x.status is ExchangeStatus.DONE)
    assert len(swap.sources) == 3
    failed = [x for x in found.exchanges if x.status is ExchangeStatus.FAILED]
    assert len(failed) == 1 and len(failed[0].sources) == 2  # "in exchange for 10 fighters" = "trade ... for 10"


def test_actors_tied_in_count_come_in_one_order_whatever_the_hash_seed():
    mention = EventMention(source="s1", start=0, end=40, trigger_start=4, trigger_end=12, type=EventType.MEETING,
                           trigger="meet", when=When(2024, frozenset({3}), day=5), dated=True, mood=Mood.FACT)
    ids = [f"entity-{i:03d}" for i in range(12, 0, -1)]
    people = {mention: frozenset(ids)}
    event = event_of([mention], people, Known.of((), ()), {}, (), {}, {"s1": "The envoys met on March 5 in a hotel."})
    assert event is not None and event.actors[:8] == tuple(sorted(ids))[:8]
