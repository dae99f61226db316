"""Exchanges, table-driven: the cue each rule reads, the two sides and the status."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate import extract, ingest, pipeline


def trades(tmp_path: Path, text: str) -> list[tuple[str, str, str, str]]:
    """(status, what was given, what was received, the cue) of every exchange mention of `text`."""
    (tmp_path / "r.txt").write_text(text + "\n", "utf-8")
    sources, _ = pipeline.clean_all(ingest.read_inputs([tmp_path / "r.txt"]).documents)
    (parsed,) = extract.parse(sources)
    found = extract.exchanges(parsed, extract.events(parsed))
    return [(x.status.value, x.given.what, x.received.what, x.cue) for x in found]


CASES = [
    ("'X in exchange for Y': both told as facts, done",
     "The militia freed three aid workers in exchange for the release of 40 fighters.",
     [("done", "freed three aid workers", "the release of 40 fighters", "in exchange for")]),
    ("'in return for': a pledged side makes it pledged",
     "Belarus pledged to release 14 more prisoners in return for the lifting of sanctions on potash.",
     [("pledged", "release 14 more prisoners", "the lifting of sanctions on potash", "in return for")]),
    ("a failed idea makes it failed",
     "He offered to free the nurse in exchange for 20 fighters, but the idea fizzled out.",
     [("failed", "free the nurse", "20 fighters", "in exchange for")]),
    ("'trade X for Y'", "Moscow traded the pilot for two convicted spies.",
     [("unknown", "the pilot", "two convicted spies", "traded ... for")]),
    ("'In return, Z' after the last happening told",
     "Valdoria freed 40 fighters on Friday.\n\nIn return, the militia handed over three aid workers.",
     [("done", "freed 40 fighters on Friday", "handed over three aid workers", "in return")]),
    ("'In return' with nothing told before it is no trade",
     "It was a cold morning in the capital. In return, the militia freed three aid workers.", []),
    ("a release and a concession with no party named for either are no trade (no 'other party' to tell)",
     "Three aid workers were freed on Friday after sanctions on the airline were lifted.", []),
    ("a modal makes the trade only proposed", "The rebels would free the nurse in exchange for 20 fighters.",
     [("proposed", "free the nurse", "20 fighters", "in exchange for")]),
    ("a release and a concession in different paragraphs are no trade",
     "The militia freed three aid workers on Friday.\n\nAfter that, Washington lifted sanctions on the airline.", []),
    ("a release and a concession at times that do not overlap are no trade",
     "The militia freed three aid workers in March 2024 after Washington lifted sanctions on the airline in "
     "October 2025.", []),
    ("a release and a concession side by side, with no word linking them, are no trade",
     "The militia freed three aid workers on Friday, and Washington lifted sanctions on the airline on Friday.", []),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_exchange_rules(tmp_path: Path, rule: str, text: str, expected: list):
    assert trades(tmp_path, text) == expected, rule


def test_a_release_after_a_concession_by_another_party_is_a_trade(tmp_path: Path):
    (found,) = trades(tmp_path, "Belarus freed 52 prisoners on Thursday after Washington eased sanctions on the "
                                "national airline.")
    status, given, received, cue = found
    assert (status, cue, received) == ("done", "after", "eased sanctions on the national airline")
    assert given.startswith("freed 52 prisoners")
