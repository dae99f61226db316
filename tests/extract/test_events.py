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
