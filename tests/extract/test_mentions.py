"""Mentions: spaCy's entities trimmed to the name, with type cues read from the parse."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from corroborate import extract, ingest, lang, pipeline
from corroborate.extract.mentions import _name_run, cue_nouns, head_nouns, words
from corroborate.model import EntityType, Mention


def mentions_of(tmp_path: Path, text: str) -> list[Mention]:
    (tmp_path / "report.txt").write_text(text, "utf-8")
    sources, _ = pipeline.clean_all(ingest.read_inputs([tmp_path / "report.txt"]).documents)
    (parsed,) = extract.parse(sources)
    found = list(extract.mentions(parsed))
    for m in found:
        assert parsed.source.text[m.start : m.end] == m.text
    return found


def test_possessives_and_articles_are_not_part_of_the_name(tmp_path: Path):
    found = mentions_of(
        tmp_path,
        "The envoy met officials of the State Department on Monday. Later, Coale’s plane left Minsk.\n",
    )
    forms = {m.form for m in found}
    assert "State Department" in forms and "the State Department" not in forms
    assert not any(f.endswith("’s") for f in forms)


def test_capitalised_common_words_in_a_headline_are_not_names(tmp_path: Path):
    found = mentions_of(
        tmp_path,
        "Minister Offered Airline Relief and a Weight-Loss Drug\n\n"
        "The government offered relief to the national airline and access to a new weight-loss drug, "
        "officials in Warsaw said on Tuesday.\n",
    )
    assert "Weight-Loss Drug" not in {m.form for m in found}


def test_apposition_tells_what_a_name_is(tmp_path: Path):
    found = mentions_of(
        tmp_path,
        "Washington eased sanctions on the state airline, Aerovia, and offered Slimzen, an injectable drug, "
        "to the minister. Exports still cannot pass through the port of Darnova.\n",
    )
    cues = {m.form: {c.type for c in m.cues} for m in found}
    assert EntityType.ORGANIZATION in cues.get("Aerovia", set())
    assert EntityType.PRODUCT in cues.get("Slimzen", set())
    assert EntityType.PLACE in cues.get("Darnova", set())


def test_a_byline_name_is_a_person(tmp_path: Path):
    found = mentions_of(tmp_path, "Talks resume\nBy Harriet Okafor\n\nHarriet Okafor reported from Doha.\n")
    assert any(c.why == "byline" for m in found if m.form == "Harriet Okafor" for c in m.cues)


def test_a_names_own_head_noun_tells_what_it_is(tmp_path: Path):
    found = mentions_of(
        tmp_path,
        "Delegates met at the Grand Meridian Hotel before the Harbour Summit, and the Regional Security "
        "Council issued a statement.\n",
    )
    cues = {m.form: {c.type for c in m.cues} for m in found}
    assert EntityType.PLACE in cues.get("Grand Meridian Hotel", set())
    assert EntityType.ORGANIZATION in cues.get("Regional Security Council", set())


def test_the_words_for_a_name_are_read_per_language_and_fall_back_to_the_default():
    assert "airline" in cue_nouns("en")[EntityType.ORGANIZATION]
    assert list(head_nouns("en")) == [EntityType.ORGANIZATION, EntityType.PLACE, EntityType.OTHER]
    assert cue_nouns("fr") is cue_nouns("fr")  # built once per language
    assert cue_nouns("fr") == cue_nouns(lang.DEFAULT) and words("fr") is words(lang.DEFAULT)


@pytest.mark.parametrize(
    ("entity", "name"),
    [
        ("Robert Kaliňák začátkem června v médiích řekl", "Robert Kaliňák"),  # NER ran on (a Czech report)
        ("Chi è Evgeny Prigozhin", "Evgeny Prigozhin"),  # an Italian headline: "who is"
        ("Mohammed al-Rashidi", "Mohammed al-Rashidi"),  # a particle is part of the name
        ("Greta van der Berg", "Greta van der Berg"),
        ("Jutarnji list", "Jutarnji list"),  # one capitalised word: a name with a small word in it
    ],
)
def test_a_persons_name_is_its_run_of_capitalised_words(entity: str, name: str):
    doc = spacy.blank("xx")(entity)
    start, end = _name_run(doc, 0, len(doc))
    assert doc[start:end].text == name


def test_in_a_report_read_with_another_languages_rules_one_word_is_a_run():
    doc = spacy.blank("xx")("Lukashenko si è offerto")
    assert doc[slice(*_name_run(doc, 0, len(doc), shortest=1))].text == "Lukashenko"
    assert doc[slice(*_name_run(doc, 0, len(doc), shortest=2))].text == "Lukashenko si è offerto"


def test_a_reservoir_is_a_place(tmp_path: Path):
    assert EntityType.PLACE in {c.type for m in mentions_of(
        tmp_path, "Water poured out of the Kakhovka Reservoir on Tuesday, officials said.\n"
    ) if m.form == "Kakhovka Reservoir" for c in m.cues}


def test_a_name_the_gazetteer_knows_carries_a_place_cue(tmp_path: Path):
    text = "Talks stall\n\nEnvoys from the Harbourview Trust met officials in Kyiv on Monday, then flew on.\n"
    found = mentions_of(tmp_path, text)
    kyiv = [m for m in found if m.form == "Kyiv"]
    assert kyiv and any(c.type is EntityType.PLACE and c.why.startswith("gazetteer") for c in kyiv[0].cues)
    assert not any(c.why.startswith("gazetteer") for m in found if m.form == "Harbourview Trust" for c in m.cues)
