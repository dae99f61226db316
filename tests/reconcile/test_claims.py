"""Claims and conflicts on the example and on invented statements."""

from __future__ import annotations

import pytest

from corroborate.model import Qualifier, Quantity, When
from corroborate.reconcile.claims import compatible

from ..conftest import source_by_file


def values_of(conflict: dict) -> set[float]:
    return {v["value"] for v in conflict["values"]}


def test_june_release_is_one_conflict_14_against_16(example_dossier: dict):
    june = [c for c in example_dossier["conflicts"] if values_of(c) == {14, 16}]
    assert len(june) == 1
    assert "not parts of a whole or a series" in june[0]["note"]
    files = {v["value"]: {s for s in v["sources"]} for v in june[0]["values"]}
    assert files[14] == {source_by_file(example_dossier, p)["id"] for p in ("000", "001")}
    assert files[16] == {source_by_file(example_dossier, "003")["id"]}


def test_running_totals_conflict_with_a_note_on_timing(example_dossier: dict):
    (totals,) = [c for c in example_dossier["conflicts"] if values_of(c) == {250, 430}]
    assert "different times" in totals["note"]
    assert {v["qualifier"] for v in totals["values"]} == {"more than"}


@pytest.mark.parametrize("pair", [{14, 123}, {52, 123}, {14, 52}, {50, 52}, {16, 123}])
def test_no_conflict_sets_different_happenings_or_agreeing_values_against_each_other(example_dossier, pair):
    assert not any(pair <= values_of(c) for c in example_dossier["conflicts"])


def test_independence_counts_origins_not_reports(example_dossier: dict):
    claims = example_dossier["claims"]
    (gdp,) = [c for c in claims if c["value"] == 4 and c["unit"].startswith("%")]
    assert len(gdp["sources"]) == 2 and gdp["independent_sources"] == 1 and gdp["status"] == "single-source"
    (december,) = [c for c in claims if c["value"] == 123]
    assert december["independent_sources"] == 2 and december["status"] == "corroborated"


def test_conflicting_claims_point_at_each_other_and_quote_their_sentences(example_dossier: dict):
    texts = {s["id"]: s["text"] for s in example_dossier["sources"]}
    for claim in (c for c in example_dossier["claims"] if c["status"] == "contradicted"):
        assert claim["conflicts_with"]
        for stated in claim["values"]:
            span = stated["span"]
            assert texts[span["source"]][span["start"] : span["end"]] == span["text"]
        for mention in claim["mentions"]:
            assert any(v["span"]["start"] >= mention["start"] and v["span"]["end"] <= mention["end"]
                       for v in claim["values"] if v["span"]["source"] == mention["source"])


def q(value: float, qualifier: Qualifier = Qualifier.EXACT) -> Quantity:
    return Quantity("s", 0, 1, 0, 1, value, qualifier, "count", "people", "people", "release", "freed",
                    When(2025, frozenset({9})))


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [(q(52), q(50, Qualifier.MORE_THAN), True), (q(14), q(16), False), (q(4, Qualifier.ABOUT), q(4), True),
     (q(250, Qualifier.MORE_THAN), q(430, Qualifier.MORE_THAN), False),
     (q(50, Qualifier.MORE_THAN), q(52, Qualifier.AT_LEAST), True), (q(50, Qualifier.MORE_THAN), q(50), False),
     (q(30, Qualifier.UP_TO), q(25), True), (q(30, Qualifier.LESS_THAN), q(30), False)],
)
def test_values_agree_when_their_qualifiers_allow(a: Quantity, b: Quantity, agree: bool):
    assert compatible(a, b) is agree and compatible(b, a) is agree


def two_reports(tmp_path, first: tuple[str, str], second: tuple[str, str]):
    """Two one-paragraph reports, (text, published day) each, from two outlets, analysed together."""
    return analyse_records(tmp_path, *({"text": text, "published": day, "outlet": outlet}
                                       for (text, day), outlet in ((first, "Harbour Post"), (second, "Valley Times"))))


def analyse_records(tmp_path, *records: dict):
    import json as _json

    from corroborate import ingest, pipeline

    for i, record in enumerate(records):
        (tmp_path / f"r{i}.json").write_text(_json.dumps(record), "utf-8")
    sources, rejections = pipeline.clean_all(ingest.read_inputs([tmp_path]).documents)
    assert not rejections
    return pipeline.analyse(sources)


def test_two_reports_dating_one_happening_differently_are_a_date_conflict(tmp_path):
    found = two_reports(
        tmp_path,
        ("Riot police arrested 40 protesters on March 10 outside the parliament in Valdora.",
         "2026-03-14"),
        ("Security forces arrested 40 protesters on March 11 near the parliament building.",
         "2026-03-15"),
    )
    kinds = {c.kind: c for c in found.conflicts}
    assert set(kinds) == {"date"}  # the number agrees: 40 and 40
    assert {c.value for c in kinds["date"].claims} == {"2026-03-10", "2026-03-11"}
    assert "date this happening differently" in (kinds["date"].note or "")


def test_a_date_of_saying_does_not_date_the_happening(tmp_path):
    found = analyse_records(
        tmp_path,
        {"text": "Eleven crew members have been released, the owner said on Saturday.", "published": "2026-03-16"},
    )
    assert not [c for c in found.claims if c.kind == "date"]


def test_two_reports_sending_the_same_people_to_different_places_are_a_place_conflict(tmp_path):
    found = two_reports(
        tmp_path,
        ("The government released 20 prisoners to Lithuania in May, officials in Vilnius confirmed.",
         "2026-06-01"),
        ("The government released 20 prisoners to Poland in May, according to rights groups.",
         "2026-06-02"),
    )
    (conflict,) = [c for c in found.conflicts if c.kind == "place"]
    assert {c.statement.rsplit(": ", 1)[1] for c in conflict.claims} == {"to Lithuania", "to Poland"}
