"""Quantities: values, qualifiers, what they count, the happening and its time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corroborate import extract, ingest, pipeline
from corroborate.extract.quantities import parse_number, words
from corroborate.extract.when import resolve
from corroborate.model import Qualifier, Quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [("14", 14), ("1,234", 1234), ("fourteen", 14), ("twenty-one", 21), ("a dozen", 12), ("half a dozen", 6),
     ("9.5 million", 9_500_000), ("two thousand", 2000), ("blue", None), ("", None)],
)
def test_numbers_are_read_as_numbers(text: str, value: float | None):
    assert parse_number(text, "en") == value


def quantities_of(tmp_path: Path, text: str, published: str = "2026-03-14") -> list[Quantity]:
    (tmp_path / "r.json").write_text(json.dumps({"text": text, "published": published}), "utf-8")
    sources, rejections = pipeline.clean_all(ingest.read_inputs([tmp_path / "r.json"]).documents)
    assert not rejections
    (parsed,) = extract.parse(sources)
    found = list(extract.quantities(parsed))
    for q in found:
        assert sources[0].text[q.value_start : q.value_end].strip()
    return found


def test_qualifiers_units_and_happenings(tmp_path: Path):
    found = quantities_of(
        tmp_path,
        "Since the war began, the authorities have freed more than 250 detainees. In June, police arrested "
        "some 40 protesters in the capital. The tax brings in roughly 4% of gross domestic product.",
    )
    by_value = {q.value: q for q in found}
    total = by_value[250]
    assert (total.qualifier, total.unit, total.trigger) == (Qualifier.MORE_THAN, "people", "release")
    assert by_value[250].when is not None and by_value[250].when.total
    assert (by_value[40].qualifier, by_value[40].trigger) == (Qualifier.ABOUT, "arrest")
    assert by_value[40].when is not None and by_value[40].when.months == {6}
    assert (by_value[4].kind, by_value[4].unit) == ("percent", "% of gdp")


def test_time_carries_over_within_a_paragraph_only(tmp_path: Path):
    found = quantities_of(
        tmp_path,
        "In June, the envoy flew to the capital. He secured the release of 14 prisoners.\n\n"
        "The government later freed 30 more prisoners.",
    )
    by_value = {q.value: q for q in found}
    assert by_value[14].when is not None and by_value[14].when.months == {6} and by_value[14].when.inherited
    assert by_value[30].when is None


@pytest.mark.parametrize(
    ("words", "published", "year", "months"),
    [("In June", "2025-12-26", 2025, {6}), ("this summer", "2025-12-23", 2025, {6, 7, 8}),
     ("last month", "2025-12-20", 2025, {11}), ("on Friday", "2026-03-14", 2026, {3}),
     ("In early September", None, None, {9}), ("2020", None, 2020, set(range(1, 13)))],
)
def test_times_resolve_against_the_publication_date(words, published, year, months):
    when = resolve(words, published, False, "en")
    assert when is not None and (when.year, set(when.months)) == (year, months)


def test_relative_time_without_a_publication_date_stays_unknown():
    assert resolve("last month", None, False, "en") is None


def test_quantity_words_are_built_once_per_language_and_a_language_without_words_reads_english():
    assert words("en") is words("en")
    assert words("fr").happening == words("en").happening  # no French package yet
    assert words("en").happening["free"] == "release" and words("en").numbers["dozen"] == 12
    assert parse_number("two dozen", "fr") == parse_number("two dozen", "en") == 24


def test_a_date_dates_the_happening_only_when_no_other_verb_stands_between(tmp_path: Path):
    (freed,) = quantities_of(tmp_path, "Police freed 16 prisoners on Friday.")
    assert freed.dated
    found = quantities_of(tmp_path, "More than 1,000 people were killed when a powerful quake struck the province, "
                                    "and the toll was expected to climb on Saturday.")
    killed = next(q for q in found if q.value == 1000)
    assert not killed.dated  # Saturday is when the toll climbs, not when the people were killed
