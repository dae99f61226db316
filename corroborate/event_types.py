"""What an event type is, in one table: how the report names it, how it behaves when mentions are
merged and traded, and (per language, from `corroborate.lang`) the words that trigger it.

    EVENT_TYPES[EventType.RELEASE].noun             "a release"
    EVENT_TYPES[EventType.RELEASE].verbs("en")      frozenset({"release", "free", ...})
    types_where("contact")                          frozenset({MEETING, CALL})

Adding a type is one member and one entry in this file, its words in `lang/<code>/events.py`, and
its tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from types import ModuleType

from corroborate import lang


class EventType(StrEnum):
    """What kind of happening: the dossier/1 `events[].type` value. Each member has its entry in
    EVENT_TYPES below; a happening of a kind without one is OTHER."""

    RELEASE = "release"
    ARREST = "arrest"
    SENTENCE = "sentence"
    SANCTIONS_IMPOSED = "sanctions_imposed"
    SANCTIONS_EASED = "sanctions_eased"
    MEETING = "meeting"
    CALL = "call"
    APPOINTMENT = "appointment"
    AGREEMENT = "agreement"
    STATEMENT = "statement"
    ELECTION = "election"
    PROTEST = "protest"
    MILITARY = "military"
    CRASH = "crash"
    OTHER = "other"


@dataclass(frozen=True)
class EventKind:
    type: EventType
    noun: str  # how the story paragraph names one: "a release"
    possessor_undergoes: bool = False  # "his release": the possessor is the one it happens to
    participants_undergo: bool = False  # "released 123 prisoners, including X and Y": X and Y took part
    personal: bool = False  # two events are one only if they share a participant, when both name some
    contact: bool = False  # a report may write the same contact as a meeting ("spoke with X") or a call
    sanctions: bool = False  # merged by what the sanctions are on
    concession: bool = False  # one side of a trade for people freed

    def verbs(self, language: str) -> frozenset[str]:
        return frozenset(_words(language).VERBS.get(self.type.value, "").split())

    def nouns(self, language: str) -> frozenset[str]:
        return frozenset(_words(language).NOUNS.get(self.type.value, "").split())


T = EventType
EVENT_TYPES: dict[EventType, EventKind] = {
    k.type: k
    for k in (
        EventKind(T.RELEASE, "a release", possessor_undergoes=True, participants_undergo=True),
        EventKind(T.ARREST, "an arrest", possessor_undergoes=True, participants_undergo=True, personal=True),
        EventKind(T.SENTENCE, "a sentence", possessor_undergoes=True, participants_undergo=True, personal=True),
        EventKind(T.SANCTIONS_IMPOSED, "sanctions imposed", sanctions=True),
        EventKind(T.SANCTIONS_EASED, "sanctions eased", sanctions=True, concession=True),
        EventKind(T.MEETING, "a meeting", personal=True, contact=True),
        EventKind(T.CALL, "a call", personal=True, contact=True),
        EventKind(T.APPOINTMENT, "an appointment", possessor_undergoes=True, personal=True),
        EventKind(T.AGREEMENT, "an agreement"),
        EventKind(T.STATEMENT, "a statement"),
        EventKind(T.ELECTION, "an election"),
        EventKind(T.PROTEST, "a protest"),
        EventKind(T.MILITARY, "military action"),
        EventKind(T.CRASH, "a crash"),
        EventKind(T.OTHER, "an event"),
    )
}


def types_where(flag: str) -> frozenset[EventType]:
    """The types whose entry has `flag` set."""
    return frozenset(t for t, kind in EVENT_TYPES.items() if getattr(kind, flag))


def triggers(language: str, part: str) -> dict[str, EventType]:
    """Every trigger lemma of a language ("verbs" or "nouns") and the type it names."""
    return {word: t for t, kind in EVENT_TYPES.items() for word in getattr(kind, part)(language)}


def _words(language: str) -> ModuleType:
    return lang.data(language, "events")
