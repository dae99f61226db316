"""One count of people, however the noun names them: "13 pilots died" and "13 airmen were killed"
are one claim with two witnesses. Only for a happening the language names: two reports that "pulled"
13 people from the water may tell of two rescues."""

from __future__ import annotations

from .test_claims import analyse_records


def test_pilots_and_airmen_killed_are_one_claim(tmp_path):
    found = analyse_records(
        tmp_path,
        {"text": "Military channels said on Saturday, June 14, that 13 pilots died when militia fighters shot down "
                 "their aircraft near Varonsk.", "published": "2026-06-15", "outlet": "Harbour Post"},
        {"text": "Militia fighters shot down several aircraft near Varonsk and killed 13 airmen, bloggers said.",
         "published": "2026-06-16", "outlet": "Valley Times"},
    )
    (claim,) = [c for c in found.claims if c.value == 13]
    assert len(claim.origins) == 2
    assert not found.conflicts


def test_people_of_a_happening_the_language_does_not_name_stay_apart(tmp_path):
    found = analyse_records(
        tmp_path,
        {"text": "Rescuers pulled 13 passengers from the river near Varonsk, officials said.",
         "published": "2026-06-15", "outlet": "Harbour Post"},
        {"text": "Divers pulled 13 survivors from the wreck of a ferry off Kessel, the coast guard said.",
         "published": "2026-06-16", "outlet": "Valley Times"},
    )
    assert all(len(c.origins) == 1 for c in found.claims if c.value == 13)
