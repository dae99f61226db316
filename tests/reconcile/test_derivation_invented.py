"""Independence on invented stories: twelve independent reports of one event are twelve origins,
and the links among a story's reports do not move when more independent reports of it, or reports
of other stories, join the run (tests/fixtures/stories: ferry, ferry-more, sailors, hostages)."""

from __future__ import annotations

from pathlib import Path

from corroborate import ingest, pipeline

from ..conftest import STORIES

FERRY = sorted((STORIES / "ferry").glob("*.txt"))  # an agency story, its French translation, two reports
MORE = sorted((STORIES / "ferry-more").glob("*.txt"))  # nine more independent reports of the grounding
OTHERS = sorted((STORIES / "sailors").glob("*.txt")) + sorted((STORIES / "hostages").glob("*.txt"))


def links_of(files: list[Path]) -> dict[str, tuple[str, tuple[tuple[str, str], ...], int]]:
    """file name -> (its origin's file name, its links as (file name, kind), how many possible links)."""
    sources, rejections = pipeline.clean_all(ingest.read_inputs(files).documents)
    assert not rejections
    names = {s.id: s.doc.name for s in sources}
    return {names[o.source]: (names[o.origin], tuple(sorted((names[d.source], d.kind.value) for d in o.derived_from)),
                              len(o.possibly_derived_from)) for o in pipeline.analyse(sources).origins}


def test_twelve_independent_reports_of_one_event_are_twelve_origins():
    # Every one names the ferry, Nordvik, the fog, the island and that nobody was hurt; each has its
    # own witnesses and officials, and two quote no one the others do not.
    reports = [p for p in FERRY if p.name != "02_french.txt"] + MORE
    found = links_of(reports)
    assert len(found) == 12
    assert {name: origin for name, (origin, _, _) in found.items()} == {p.name: p.name for p in reports}
    assert all(links == () and possible == 0 for _, links, possible in found.values())


def test_the_stories_links_do_not_move_when_more_reports_of_it_or_of_other_stories_are_added():
    alone = links_of(FERRY)
    assert alone["02_french.txt"][:2] == ("01_wire.txt", (("01_wire.txt", "translation"),))
    for extra in (MORE, OTHERS, MORE + OTHERS):
        together = links_of(FERRY + extra)
        assert {name: together[name] for name in alone} == alone
