"""Values of one fact that differ but are not reports contradicting each other: a report that gives
two of them, a running total on different days, numbers whose time is unknown, dates of a bare verb."""

from __future__ import annotations

from .test_claims import analyse_records, two_reports


def test_a_report_giving_both_counts_is_two_scopes_not_a_conflict(tmp_path):
    found = analyse_records(
        tmp_path,
        {"text": "Sixteen people died in the floods on June 15, officials in the capital said. "
                 "Officials in the occupied region said 29 people died in the floods on June 15.",
         "published": "2026-06-16", "outlet": "Harbour Post"},
        {"text": "Eighteen people died in the floods on June 15, the regional governor said.",
         "published": "2026-06-16", "outlet": "Valley Times"},
    )
    assert not [c for c in found.conflicts if {16, 29} & {x.value for x in c.claims}]
    assert any("one report states two" in e for c in found.claims for e in c.evidence)


def test_a_running_total_on_different_days_is_a_series(tmp_path):
    found = two_reports(
        tmp_path,
        ("So far, more than 7,500 people have been evacuated from the flooded areas, the governor said.",
         "2026-06-15"),
        ("So far, more than 3,600 people have been evacuated from the flooded areas, the ministry said.",
         "2026-06-18"),
    )
    assert not found.conflicts
    (series,) = {e for c in found.claims for e in c.evidence if "series" in e}
    assert series.index("2026-06-15") < series.index("2026-06-18")


def test_numbers_whose_time_is_unknown_make_no_conflict(tmp_path):
    found = analyse_records(
        tmp_path,
        {"text": "The floods killed 2,800 people, local officials said.", "outlet": "Harbour Post"},
        {"text": "The floods killed as many as 20,000 people, the mayor said.", "outlet": "Valley Times"},
        {"text": "The floods killed more than 11,000 people, the aid group said.", "outlet": "Coast Daily"},
    )
    assert not found.conflicts


def test_dates_of_a_bare_verb_make_no_date_conflict(tmp_path):
    found = analyse_records(
        tmp_path,
        {"text": "The five Americans came home on September 19 after the deal.", "published": "2026-09-20",
         "outlet": "Harbour Post"},
        {"text": "The five Americans came home on September 18 after the deal.", "published": "2026-09-20",
         "outlet": "Valley Times"},
    )
    assert not [c for c in found.conflicts if c.kind == "date"]
