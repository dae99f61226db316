"""Event mentions, table-driven: one sentence each, the rule it exercises, what must (not) come out."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate import extract, ingest, lang, pipeline
from corroborate.event_types import EVENT_TYPES, triggers, types_where
from corroborate.extract.events import words
from corroborate.model import EventType


def mentions(tmp_path: Path, text: str) -> list[tuple[str, str, str, str | None]]:
    """(type, trigger as written, mood, partner as written) of every event mention of `text`."""
    (tmp_path / "r.txt").write_text(text + "\n", "utf-8")
    sources, _ = pipeline.clean_all(ingest.read_inputs([tmp_path / "r.txt"]).documents)
    (parsed,) = extract.parse(sources)
    body = sources[0].text
    return [(m.type.value, body[m.trigger_start : m.trigger_end], m.mood.value,
             body[m.partner[0] : m.partner[1]] if m.partner else None) for m in extract.events(parsed)]


CASES = [
    # (rule, sentence, expected mentions)
    ("a trigger verb with people as its object", "Police arrested two journalists in the capital on Monday.",
     [("arrest", "arrested", "fact", "journalists")]),
    ("a release frees people, not things", "The company released spare parts to its dealers on Monday.", []),
    ("'meets demands' is no meeting", "The offer meets the demands of the union.", []),
    ("a plural noun without a number is happenings in general", "Prisoner releases have become common in the region.",
     []),
    ("a noun with a number of its own is one happening", "The release of 16 prisoners came on Friday.",
     [("release", "release", "fact", None)]),
    ("talking with someone by phone is a call", "The minister spoke with Tomas Ruiz by phone on Tuesday.",
     [("call", "spoke", "fact", "Tomas Ruiz")]),
    ("talking with someone without a phone is a meeting", "The minister spoke with Tomas Ruiz in Muscat on Tuesday.",
     [("meeting", "spoke", "fact", "Tomas Ruiz")]),
    ("'met with X': X is the partner", "The envoy met with Lukashenko in Minsk on Friday.",
     [("meeting", "met", "fact", "Lukashenko")]),
    ("sanctions lifted are eased", "Washington lifted sanctions on the national airline.",
     [("sanctions_eased", "sanctions", "fact", None)]),
    ("sanctions imposed", "The European Union imposed sanctions on the state bank.",
     [("sanctions_imposed", "sanctions", "fact", None)]),
    ("'sanctions relief' is sanctions eased", "The deal brought sanctions relief for the potash industry.",
     [("sanctions_eased", "sanctions", "fact", None)]),
    ("a verb that seals an agreement noun", "The two sides signed the deal in Doha on Sunday.",
     [("agreement", "signed", "fact", None), ("agreement", "deal", "fact", None)]),
    ("a pledge makes it pledged", "He pledged to release 14 more prisoners.",
     [("release", "release", "pledged", "prisoners")]),
    ("a refusal negates it", "The government refused to free the journalists.",
     [("release", "free", "negated", "journalists")]),
    ("a modal makes it proposed", "The country may hold a meeting with the rebels next week.",
     [("meeting", "meeting", "proposed", None)]),
    ("a participle modifying a noun is no happening", "The released prisoners crossed the border into Lithuania.", []),
    ("quoted speech is not narration", "“We will free them all,” the commander said.", []),
    ("a court's sentence", "The court sentenced the activist to ten years in prison.",
     [("sentence", "sentenced", "fact", "activist")]),
    ("'talk' in the singular is speech, not a meeting", "His talk at the university on Monday drew a crowd.", []),
    ("a call noun without a word of telephoning is a demand", "Two calls for calm came from the mayor on Monday.", []),
    ("a plural noun without a number of its own is happenings in general, even when specific",
     "The releases of the prisoners took place on Friday.", []),
    ("a release noun of no people is no release", "The release of the report came on Friday.", []),
    ("a crash, the demonstration type added by one table entry", "The helicopter crashed in fog on Sunday.",
     [("crash", "crashed", "fact", None)]),
    ("an appointment of a named person", "The president appointed Maria Berg as envoy in February.",
     [("appointment", "appointed", "fact", "Maria Berg")]),
    ("a disaster noun that strikes is a disaster", "The quake struck the mountain villages late on Friday.",
     [("disaster", "struck", "fact", None)]),
    ("a named storm that hits is a disaster", "Cyclone Daniel hit the northeast of the country on September 10.",
     [("disaster", "hit", "fact", None)]),
    ("a storm that made landfall is a disaster", "The storm made landfall on the eastern coast on Sunday.",
     [("disaster", "made", "fact", None)]),
    ("a thing that gives way is a disaster", "The dam burst in the early hours, flooding dozens of villages.",
     [("disaster", "burst", "fact", None)]),
    ("talks that collapsed failed: no disaster on the timeline", "The talks collapsed in the spring.",
     [("disaster", "collapsed", "failed", None)]),
    ("a counted killing is a death toll", "The flooding has killed at least 14 people in the region.",
     [("death_toll", "killed", "fact", "people")]),
    ("counted people confirmed dead are a death toll", "Officials said 2,012 people had been confirmed dead.",
     [("death_toll", "confirmed", "fact", None)]),
    ("a death toll that rose to a number", "The death toll had risen to 2862 by the evening.",
     [("death_toll", "toll", "fact", None)]),
    ("a toll only expected to climb is none", "The toll was expected to climb in the coming days.", []),
    ("a toll that may be is proposed", "The storm may have killed as many as 20,000 people.",
     [("death_toll", "killed", "proposed", "people")]),
    ("finding the wreckage is a search", "Remote vehicles located the wreckage near the bow of the wreck.",
     [("search", "located", "fact", None)]),
    ("people buried are a funeral", "More than 300 of the dead were buried in the town cemetery.",
     [("funeral", "buried", "fact", None)]),
    ("buried under rubble is no funeral", "Many families were buried under the rubble of their homes.", []),
    ("buried in rubble is no funeral", "Two children were buried in the rubble of the school.", []),
    ("charged with an offence", "The suspect has been charged with attempted murder.",
     [("charge", "charged", "fact", None)]),
    ("an investigation opened", "The safety board is opening an investigation into the sinking.",
     [("investigation", "opening", "fact", None)]),
    ("an investigation only to be led is proposed", "The coast guard will lead an investigation into the sinking.",
     []),
    ("a criminal case opened is a charge", "Prosecutors opened a criminal case against the commander.",
     [("charge", "opened", "fact", None)]),
    ("a speech verb with a date of its own is a statement", "Peskov told reporters on June 24 that talks went well.",
     [("statement", "told", "fact", "reporters")]),
    ("a speech verb without a date is no event", "Peskov told reporters that talks went well.", []),
    ("an event noun that took place", "The attack took place in the town square on Wednesday afternoon.",
     [("attack", "took", "fact", None)]),
    ("a headline is not an event", "Flood death toll climbs to 18\n\nThe river rose again on Thursday.", []),
]


@pytest.mark.parametrize(("rule", "sentence", "expected"), CASES, ids=[c[0] for c in CASES])
def test_event_rules(tmp_path: Path, rule: str, sentence: str, expected: list):
    assert mentions(tmp_path, sentence) == expected, rule


def test_every_type_has_a_noun_and_every_trigger_names_one_type():
    assert set(EVENT_TYPES) == set(EventType)
    assert all(kind.noun for kind in EVENT_TYPES.values())
    for part in ("verbs", "nouns"):
        words = [w for kind in EVENT_TYPES.values() for w in getattr(kind, part)("en")]
        assert len(words) == len(set(words)) == len(triggers("en", part))


def test_flags_of_the_table():
    assert types_where("contact") == {EventType.MEETING, EventType.CALL}
    assert types_where("concession") == {EventType.SANCTIONS_EASED}
    assert EventType.APPOINTMENT in types_where("possessor_undergoes") - types_where("participants_undergo")


def test_a_language_without_a_package_reads_with_the_default_languages_words():
    assert "xx" not in lang.available()
    assert EVENT_TYPES[EventType.RELEASE].verbs("xx") == EVENT_TYPES[EventType.RELEASE].verbs(lang.DEFAULT)


def test_the_words_for_happenings_are_built_once_per_language():
    assert words("en") is words("en")
    assert words("en").verbs == triggers("en", "verbs") and words("en").nouns == triggers("en", "nouns")
    assert words("fr").data is lang.data(lang.DEFAULT, "events")


MORE_CASES = [
    ("things seized are no arrest", "On Friday, police seized a computer and some documents at his home.", []),
    ("'released nothing' frees no one", "The agencies released nothing further on Monday.", []),
    ("what 'which' stands for is what was seized", "Fighters entered Rostov, which he said they had seized.", []),
    ("a line without sentence punctuation is a heading", "Wagner seizes Rostov and kills 13 aircrew\n\nIt was quiet.",
     []),
    ("a photo caption's date is the picture's", "The case was closed.\n\nPhoto: Belarusian President Alexander "
     "Lukashenko speaks at a ceremony in Minsk, Belarus, Tuesday, June 27, 2023.\n\nThe fighters left.", []),
    ("a count of burials so far is no funeral", "The minister said 3,283 people had so far been buried.", []),
]


@pytest.mark.parametrize(("rule", "sentence", "expected"), MORE_CASES, ids=[c[0] for c in MORE_CASES])
def test_precision_rules(tmp_path: Path, rule: str, sentence: str, expected: list):
    assert mentions(tmp_path, sentence) == expected, rule
