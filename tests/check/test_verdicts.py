"""Verdicts on an article's statements, on invented reports analysed with the pipeline's own stages."""

from __future__ import annotations

from corroborate.check import Verdict, check_sources

from .conftest import WIRE


def verdict_of(result, value: str):
    (checked,) = [c for c in result.checked if c.value == value]
    return checked


def test_the_same_fact_from_another_outlet_supports_it_with_that_outlet_s_sentence(make_sources):
    stored, article = make_sources(
        ("Firefighters rescued 12 people from a flooded tunnel in Marlow on Tuesday, the fire service said.",
         "2026-03-14"),
        ("Rescue crews rescued 12 people from the flooded tunnel in Marlow on Tuesday.", "2026-03-15"),
    )
    twelve = verdict_of(check_sources(article, [stored]), "12")
    assert twelve.verdict is Verdict.SUPPORTED
    (support,) = twelve.support
    assert support.file == stored.doc.name and stored.text[support.value_start:support.value_end] == "12"
    assert article.text[twelve.here.value_start:twelve.here.value_end] == "12"


def test_another_value_of_the_same_fact_contradicts_it_and_names_the_value_and_report(make_sources):
    stored, article = make_sources(
        ("Riot police arrested 40 protesters on March 10 outside the parliament in Valdora.", "2026-03-14"),
        ("Security forces arrested 40 protesters on March 11 near the parliament building.", "2026-03-15"),
    )
    result = check_sources(article, [stored])
    date = verdict_of(result, "2026-03-11")
    assert date.verdict is Verdict.CONTRADICTED
    assert [(s.file, s.value) for s in date.against] == [(stored.doc.name, "2026-03-10")]
    assert verdict_of(result, "40").verdict is Verdict.SUPPORTED


def test_a_fact_no_other_report_states_is_only_here(make_sources):
    stored, article = make_sources(
        ("Riot police arrested 40 protesters on March 10 outside the parliament in Valdora.", "2026-03-14"),
        ("The interior ministry said 12 officers were injured in the clashes in Valdora.", "2026-03-15"),
    )
    twelve = verdict_of(check_sources(article, [stored]), "12")
    assert twelve.verdict is Verdict.ONLY_HERE and not twelve.support


def test_a_copy_of_a_stored_wire_story_is_not_supported_by_its_original(make_sources):
    wire, copy = make_sources((WIRE, "2026-03-11"), (WIRE.replace("Riot police", "Police"), "2026-03-12"))
    result = check_sources(copy, [wire])
    assert [file for file, _ in result.derives_from] == [wire.doc.name]
    assert result.checked and all(c.verdict is not Verdict.SUPPORTED for c in result.checked)
    assert all(c.copied == (wire.doc.name,) and "not counted" in c.why for c in result.checked)


def test_a_place_is_shown_by_its_name_not_its_entity_id(make_sources):
    wire, copy = make_sources((WIRE, "2026-03-11"), (WIRE.replace("Riot police", "Police"), "2026-03-12"))
    values = {c.value for c in check_sources(copy, [wire]).checked}
    assert "Valdora" in values and not any(v.startswith("ent-") for v in values)


def test_an_article_already_stored_is_checked_against_the_other_reports_only(make_sources):
    first, second = make_sources(
        ("Firefighters rescued 12 people from a flooded tunnel in Marlow on Tuesday, the fire service said.",
         "2026-03-14"),
        ("Rescue crews rescued 12 people from the flooded tunnel in Marlow on Tuesday.", "2026-03-15"),
    )
    result = check_sources(second, [first, second])
    assert result.already_stored == second.doc.name
    assert verdict_of(result, "12").verdict is Verdict.SUPPORTED
