"""One count of people, however the noun names them: "13 pilots died" and "13 airmen were killed"
are one claim with two witnesses. Only for a happening the language names: two reports that "pulled"
13 people from the water may tell of two rescues."""

from __future__ import annotations

from .test_claims import two_reports


def test_pilots_and_airmen_killed_are_one_claim(tmp_path):
    found = two_reports(
        tmp_path,
        ("Military channels said on Saturday, June 14, that 13 pilots died when militia fighters shot down "
                 "their aircraft near Varonsk.", "2026-06-15"),
        ("Militia fighters shot down several aircraft near Varonsk and killed 13 airmen, bloggers said.", "2026-06-16"),
    )
    (claim,) = [c for c in found.claims if c.value == 13]
    assert len(claim.origins) == 2
    assert not found.conflicts


def test_people_of_a_happening_the_language_does_not_name_stay_apart(tmp_path):
    found = two_reports(
        tmp_path,
        ("Rescuers pulled 13 passengers from the river near Varonsk, officials said.", "2026-06-15"),
        ("Divers pulled 13 survivors from the wreck of a ferry off Kessel, the coast guard said.", "2026-06-16"),
    )
    assert all(len(c.origins) == 1 for c in found.claims if c.value == 13)
