"""Measures: a number and its unit of measure, and the point it is measured from."""

from __future__ import annotations

from pathlib import Path

from ..reconcile.test_claims import two_reports
from .test_quantities import quantities_of


def test_a_measure_has_its_unit_and_the_place_it_is_measured_from(tmp_path: Path):
    found = quantities_of(
        tmp_path,
        "The epicentre of the quake lay 64km northeast of Varonsk. The ferry sank some 300 nautical miles off "
        "Kessel, in waters about 2,900 meters deep. The tremor struck at a depth of 12.5 kilometres.",
    )
    by_value = {q.value: q for q in found}
    assert (by_value[64].unit, by_value[64].trigger) == ("km", "from varonsk")
    assert (by_value[300].unit, by_value[300].trigger) == ("nautical mile", "from kessel")
    assert by_value[2900].unit == "m" and by_value[2900].qualifier == "about"
    assert (by_value[12.5].unit, by_value[12.5].trigger) == ("km", "depth")


def test_one_distance_from_one_place_is_one_claim_whatever_the_verb(tmp_path: Path):
    found = two_reports(
        tmp_path,
        ("The quake struck late on Friday, its epicentre lying 64km northeast of Varonsk.", "2026-09-09"),
        ("The epicentre was located 64 kilometres northeast of Varonsk, the geological institute said.", "2026-09-09"),
    )
    (claim,) = [c for c in found.claims if c.value == 64]
    assert len(claim.origins) == 2


def test_measures_of_no_happening_and_no_place_are_compared_with_nothing(tmp_path: Path):
    found = two_reports(
        tmp_path,
        ("The tremor on Friday was felt 350 km away, residents said.", "2026-09-09"),
        ("The tremor on Friday was felt 40 km away, residents said.", "2026-09-09"),
    )
    assert not found.conflicts
    assert {c.fact for c in found.claims if c.value == 350}.isdisjoint({c.fact for c in found.claims if c.value == 40})


def test_the_point_of_a_measure_is_found_past_a_conversion_and_is_never_a_neighbours(tmp_path: Path):
    found = quantities_of(
        tmp_path,
        "The quake hit a valley 64 kilometres (40 miles) southwest of the old market town of Varonsk on Friday. "
        "It lay at a depth of 12.5 kilometres, roughly 64km south-west of Varonsk and 30km west of the town of "
        "Kessel. The column stopped about 150 kilometers from the Ruritanian capital Lenzburg.",
    )
    points = {(q.value, q.trigger) for q in found}
    assert {(64, "from varonsk"), (12.5, "depth"), (30, "from kessel"), (150, "from lenzburg")} <= points
