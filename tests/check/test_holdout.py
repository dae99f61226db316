"""The verdicts a gold file implies for one held-out report (invented gold, no engine run)."""

from __future__ import annotations

from corroborate.check.holdout import expected
from corroborate.check.verdicts import Verdict

GOLD = {
    "origins": {"a.txt": "a.txt", "b.txt": "b.txt", "c.txt": "a.txt"},
    "conflicts": [
        {"topic": "ferries cancelled", "values": [{"value": 14, "stated_in": ["a.txt", "c.txt"]},
                                                   {"value": 16, "stated_in": ["b.txt"]}]},
        {"topic": "a copy's own slip", "values": [{"value": 3, "stated_in": ["a.txt"]},
                                                   {"value": 4, "stated_in": ["c.txt"]}]},
    ],
    "independent_sources": [
        {"value": 120, "file": "a.txt", "count": 2},
        {"value": 9, "file": "a.txt", "count": 1},
        {"value": 14, "file": "a.txt", "count": 1},
        {"value": 120, "file": "b.txt", "count": 2},
    ],
}


def test_a_conflict_with_another_origin_expects_contradicted_and_one_with_a_copy_does_not():
    got = {(e.value, e.verdict) for e in expected(GOLD, "a.txt")}
    assert (14, Verdict.CONTRADICTED) in got
    assert not any(v == 3 for v, _ in got)  # 4 is stated only by a's own copy


def test_independence_counts_expect_supported_or_only_here_unless_the_value_is_contested():
    got = {(e.value, e.verdict) for e in expected(GOLD, "a.txt")}
    assert (120, Verdict.SUPPORTED) in got and (9, Verdict.ONLY_HERE) in got
    assert (14, Verdict.ONLY_HERE) not in got
    assert {e.value for e in expected(GOLD, "b.txt")} == {16, 120}
