"""Roles: what a report calls a person, read from the parse around the name."""

from __future__ import annotations

from pathlib import Path

from corroborate import extract, ingest, pipeline
from corroborate.extract.mentions import cue_nouns
from corroborate.extract.roles import role_nouns
from corroborate.model import EntityType


def roles_of(tmp_path: Path, text: str) -> dict[str, list[str]]:
    (tmp_path / "r.txt").write_text(text, "utf-8")
    sources, _ = pipeline.clean_all(ingest.read_inputs([tmp_path / "r.txt"]).documents)
    (parsed,) = extract.parse(sources)
    found: dict[str, list[str]] = {}
    for role in extract.roles(parsed):
        name = sources[0].text[role.person_start : role.person_end]
        assert sources[0].text[role.phrase_start : role.phrase_end] == role.phrase
        found.setdefault(name, []).append(role.phrase)
    return found


def test_titles_appositions_and_descriptions(tmp_path: Path):
    found = roles_of(
        tmp_path,
        "Opposition leader Anna Kowal met the U.S. special envoy Peter Marsh in Vilnius on Monday. "
        "Marsh's deputy, Tom Reyes, a former lawyer, joined them, as did Prime Minister Jan Dvorak.\n",
    )
    assert found["Anna Kowal"] == ["Opposition leader"]
    assert found["Peter Marsh"] == ["U.S. special envoy"]
    assert "former lawyer" in found["Tom Reyes"]


def test_role_claims_count_origins(example_dossier: dict):
    by_statement = {c["statement"]: c for c in example_dossier["claims"] if c["kind"] == "attribute"}
    laureate = by_statement["Ales Bialiatski: Nobel laureate"]
    assert laureate["status"] == "corroborated"
    # Stated by 001, its rewrite 002, and 003 and 004: three origins, not four reports.
    assert len(laureate["sources"]) == 4 and laureate["independent_sources"] == 3


def test_role_nouns_are_the_personal_cue_nouns_and_the_go_betweens():
    assert role_nouns("en") >= cue_nouns("en")[EntityType.PERSON] | {"negotiator", "mediator"}
    assert role_nouns("fr") is role_nouns("fr") and role_nouns("fr") == role_nouns("en")
