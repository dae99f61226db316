"""Dates as a narrative states them: shifts from an earlier date, and estimated publication dates."""

from corroborate.extract.when import in_dateline, patterns, resolve, shift
from corroborate.model import When


def test_the_next_day_after_a_named_day_is_that_day_plus_one():
    anchor = When(2025, frozenset({2}), text="Feb. 11", day=11)
    found = shift("The next day Belarus released an American", anchor, "en")
    assert found is not None and (found.year, found.months, found.day) == (2025, frozenset({2}), 12)


def test_days_later_after_mid_month_keeps_the_month_and_invents_no_day():
    anchor = When(2025, frozenset({12}), text="mid-December")
    found = shift("Days later, the Treasury eased sanctions", anchor, "en")
    assert found is not None and found.months == frozenset({12}) and found.day is None


def test_weeks_later_may_reach_the_next_month_and_a_year_end_loses_the_year():
    june = When(2025, frozenset({6}), text="June")
    assert shift("Weeks later, he was back", june, "en").months == frozenset({6, 7, 8})
    assert shift("Days later it ended", When(2025, frozenset({12}), text="December", day=30), "en") is None


def test_an_estimated_publication_date_gives_years_only():
    assert resolve("June", "2025-12-26", estimated=True, language="en") == When(2025, frozenset({6}), text="June")
    assert resolve("Feb. 11", "2025-12-26", estimated=True, language="en").day == 11
    for relative in ("last month", "Friday", "this summer", "last year"):
        assert resolve(relative, "2025-12-26", estimated=True, language="en") is None
    assert resolve("Friday", "2025-12-26", False, "en").day == 26  # a known date resolves it


def test_a_dateline_date_is_the_reports_not_a_happenings():
    sentence = "PORTO LENZ, March 15 (Northline) - Valdoria's government released 41 fighters on Friday."
    assert in_dateline(sentence, sentence.index("March 15"))
    assert not in_dateline(sentence, sentence.index("Friday"))


def test_times_overlap_by_year_and_months_and_totals_only_with_totals():
    june, summer = When(2025, frozenset({6})), When(2025, frozenset({6, 7, 8}))
    assert june.overlaps(summer) and summer.overlaps(june)
    assert not june.overlaps(When(2024, frozenset({6})))
    assert june.overlaps(When(None, frozenset({6})))  # a year unknown on one side
    assert not june.overlaps(When(2025, frozenset({6}), total=True))
    assert When(None, frozenset(), total=True).overlaps(When(2025, frozenset(), total=True))


def test_times_in_words():
    assert When(2025, frozenset({12}), day=13).words == "13 December 2025"
    assert When(2025, frozenset({6, 7, 8})).words == "summer 2025"
    assert When(2025, frozenset(range(1, 13))).words == "2025"
    assert When(None, frozenset(), total=True).words == "running total"


def test_date_patterns_are_compiled_once_per_language_and_a_language_without_words_reads_english():
    assert patterns("en") is patterns("en")
    assert patterns("fr").month.pattern == patterns("en").month.pattern  # no French package yet
    assert resolve("last month", "2025-12-26", False, "fr") == resolve("last month", "2025-12-26", False, "en")
    assert patterns("en").day_counts["ten"] == 10 and "eleven" not in patterns("en").day_counts


def test_weekdays_are_listed_in_the_order_of_date_weekday():
    assert resolve("on Monday", "2025-12-26", False, "en").day == 22  # 22 December 2025 was a Monday
    assert resolve("yesterday", "2025-12-26", False, "en").day == 25
