"""Sentences with no extracted fact that are worded as a prediction or an opinion are not checkable."""

from __future__ import annotations

from corroborate.check import check_sources


def reasons(make_sources, text: str) -> list[str]:
    (article,) = make_sources((text, "2026-03-12"))
    return [u.why for u in check_sources(article, []).uncheckable]


def test_a_sentence_with_a_modal_of_the_future_is_a_prediction(make_sources):
    assert reasons(make_sources, "The harbour authority says the new pier will open to ferries next spring.") == [
        "a prediction ('will')"]


def test_a_verb_of_expecting_makes_a_prediction(make_sources):
    assert reasons(make_sources, "Economists at Brantley Bank expect the currency to weaken.") == [
        "a prediction ('expect')"]


def test_a_verb_of_belief_makes_an_opinion(make_sources):
    assert reasons(make_sources, "Several residents believe the council ignored their complaints.") == [
        "an opinion ('believe')"]


def test_a_modal_of_obligation_makes_an_opinion(make_sources):
    assert reasons(make_sources, "The council should have closed the road before the storm.") == [
        "an opinion ('should')"]


def test_a_plain_statement_of_what_happened_is_not_called_uncheckable(make_sources):
    assert reasons(make_sources, "The council closed the coastal road on Monday afternoon.") == []
