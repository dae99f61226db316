"""Events of general news across reports: a death toll of each day is its own event, statements of
one day by different people are two, on two invented reports of an earthquake."""

import json
from pathlib import Path

from corroborate import ingest
from corroborate.model import Analysis, EventType
from corroborate.pipeline import analyse, clean_all

REPORTS = {
    "a.json": ("2023-09-09", "Quake kills hundreds in mountain villages",
               "The quake struck the mountain villages of the province late on Friday.\n\n"
               "At least 820 people have been killed, Interior Minister Omar Zaki said on Saturday.\n\n"
               "Rescue teams worked through the night in the worst-hit district."),
    "b.json": ("2023-09-11", "Toll climbs as rescuers dig",
               "The death toll had risen to 2,862 on Monday, state television reported.\n\n"
               "Army chief Karim Haddou said on Monday that more troops were on their way.\n\n"
               "Survivors slept outdoors for a third night."),
}


def _analyse(tmp_path: Path) -> Analysis:
    for name, (published, title, text) in REPORTS.items():
        (tmp_path / name).write_text(json.dumps({"published": published, "title": title, "text": text}), "utf-8")
    sources, _ = clean_all(ingest.read_inputs([tmp_path]).documents)
    return analyse(sources)


def test_tolls_of_two_days_are_two_events_and_statements_keep_their_speakers(tmp_path: Path):
    found = _analyse(tmp_path)
    tolls = sorted(e.when.iso for e in found.events if e.type is EventType.DEATH_TOLL and e.when)
    assert tolls == ["2023-09-09", "2023-09-11"]  # the count changes with the day: not one fact-event
    disaster = [e for e in found.events if e.type is EventType.DISASTER]
    assert len(disaster) == 1
    statements = [e for e in found.events if e.type is EventType.STATEMENT]
    assert len({m.source for e in statements for m in e.mentions}) == 2
    assert all(len(e.sources) == 1 for e in statements)  # Zaki's and Haddou's are not one statement


def test_a_headline_is_not_an_event(tmp_path: Path):
    found = _analyse(tmp_path)
    headline_words = {"kills", "climbs"}
    assert not [m for e in found.events for m in e.mentions if m.trigger in headline_words]
