"""Ages written as an apposition beside a name, and whose age each is."""

from __future__ import annotations

from pathlib import Path

from corroborate.model import QuantityKind

from ..reconcile.test_claims import two_reports
from .test_quantities import quantities_of


def ages(tmp_path: Path, text: str) -> list[float]:
    return [q.value for q in quantities_of(tmp_path, text) if q.kind is QuantityKind.AGE]


def test_an_age_beside_a_name_is_an_age(tmp_path: Path):
    assert ages(tmp_path, "A local group identified him as Miguel Luna, 40, who came from El Salvador.") == [40]


def test_each_age_of_a_list_of_people_is_read(tmp_path: Path):
    text = ("Those on board were the British explorer Hamish Harding (58); the businessman Shahzada Dawood (48) "
            "and the French diver Paul Martin, 77, who had made many dives.")
    assert ages(tmp_path, text) == [58, 48, 77]


def test_a_number_beside_a_name_that_does_not_close_is_no_age(tmp_path: Path):
    assert ages(tmp_path, "The minister told Miguel Luna, 40 people had been rescued by Tuesday.") == []


def test_one_person_given_two_ages_by_two_reports_is_an_age_conflict(tmp_path):
    found = two_reports(
        tmp_path,
        ("Rescuers named one of the missing workers as Miguel Luna, 40, who came from El Salvador.",
         "2026-03-27"),
        ("The three remaining victims are Miguel Luna, 49; Jose Mynor Lopez, 35; and Carlos Ramos, 24.",
         "2026-03-28"),
    )
    (conflict,) = found.conflicts
    assert {c.value for c in conflict.claims} == {40, 49}
    assert conflict.topic == "age of Miguel Luna" and "different ages" in (conflict.note or "")
    assert {c.statement for c in conflict.claims} == {"Miguel Luna is 40 years old", "Miguel Luna is 49 years old"}


def test_ages_of_different_people_in_one_sentence_do_not_conflict(tmp_path):
    found = two_reports(
        tmp_path,
        ("Police named the two men as Michael Turner, 35, of Baltimore, and David Brown, 26, of Dundalk.",
         "2026-03-28"),
        ("Officials identified them as Michael Turner, 35, and David Brown, 26, both from Baltimore.",
         "2026-03-28"),
    )
    assert not found.conflicts
    # Each age is one claim stated by both reports (whether the two count as one origin is
    # derivation's call: two one-sentence reports naming the same two men look alike to it).
    stated_by_both = {c.value for c in found.claims
                      if c.kind == "attribute" and len({q.source for q in c.quantities}) == 2}
    assert {35, 26} <= stated_by_both


def test_a_breakdown_by_name_in_brackets_is_no_age(tmp_path: Path):
    text = ("Los datos recientes del Ministerio recogen víctimas en una decena de provincias: la de Al Haouz "
            "suma 694 fallecidos; le siguen Taroudant, con 347, y Chichaoua, con 191, además de Ouarzazate (39), "
            "Marrakech (14), Azilal (11), Agadir (5), Casablanca (3), Al Youssufia (1) y Tinguir (1).")
    assert ages(tmp_path, text) == []


def test_a_bracketed_counter_on_a_line_of_its_own_is_no_age(tmp_path: Path):
    assert ages(tmp_path, "Diskusia (3)\n\nThe suspect, Juraj Novak, 71, was detained at the scene.") == [71]


def test_an_age_beside_a_name_tagged_as_an_organisation_is_read(tmp_path: Path):
    found = two_reports(
        tmp_path,
        ("Port officials named the Guatemalan welder as Ovidio Quintanilla, 34, of Glen Harbor. Quintanilla had "
         "also been an organiser with the union, his wife said.", "2026-03-27"),
        ("The last of the welders, Ovidio Quintanilla, 38, was found on Friday. Mr. Quintanilla leaves two children.",
         "2026-03-28"),
    )  # NER tags the name beside each age as an organisation; resolution keeps it as a person
    assert {c.value for x in found.conflicts for c in x.claims} == {34, 38}


def test_an_age_as_the_predicate_of_a_copula_after_a_name_is_read(tmp_path: Path):
    found = two_reports(
        tmp_path,
        ("President Tomas Verhaegen died in the crash of his plane on Sunday. Verhaegen was 63.", "2026-05-20"),
        ("Tomas Verhaegen, 64, had led the country since 2021.", "2026-05-21"),
    )
    (conflict,) = found.conflicts
    assert {c.value for c in conflict.claims} == {63, 64}


def test_a_copula_with_a_number_that_is_not_the_whole_predicate_is_no_age(tmp_path: Path):
    assert ages(tmp_path, "The toll was 63. Verhaegen was 63 kilometres from the border.") == []
