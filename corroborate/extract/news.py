"""Happenings of general news read from a verb and its arguments, not from a trigger word alone.

    news_trigger(token, w, dated) -> (EventType | None, why)

A disaster is a disaster noun that strikes ("the quake struck", "an earthquake rocked the province")
or a thing that gives way ("the dam burst", "the bridge collapsed"); a death toll is a counted dying
("2,800 people had died", "has killed at least 14 people", "2,012 people had been confirmed dead",
"the death toll had risen to 2,862"), a death a named person's; a search is what finds the wreckage;
a funeral, people buried (not "buried under rubble"); an investigation or a criminal case is one
opened; a charge is someone charged with an offence; a statement is a speech verb with a date of
its own ("Peskov said on Saturday"). An event noun whose happening "took place" or "occurred" is one
happening. The words are the report language's (lang/<code>/events.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from corroborate.extract import when as time
from corroborate.model import EventType

if TYPE_CHECKING:
    from corroborate.extract.events import Words

T = EventType
Trigger = tuple[EventType | None, str]
NONE: Trigger = (None, "")
# Entity labels of subjects that are no thing giving way ("talks collapsed" is FAILED anyway; "the
# government collapsed" is no disaster).
NOT_THINGS = ("PERSON", "ORG", "NORP", "GPE")


def news_trigger(token: Token, w: Words, dated: Callable[[Token], bool]) -> Trigger:
    """The type a verb names through its arguments, or none; `dated` tells whether a date hangs on a
    token in the parse."""
    if token.pos_ == "NOUN":
        return _toll(token, w)
    if token.pos_ != "VERB":
        return NONE
    d, lemma = w.data, token.lemma_.lower()
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    passive = any(c.dep_ == "auxpass" for c in token.children)
    for rule in (_disaster, _dying, _found, _buried, _charged, _opened, _occurred):
        found = rule(token, lemma, subjects, objects, passive, w)
        if found[0] is not None:
            return found
    if lemma in d.SPEECH and dated(token):
        return T.STATEMENT, f"the speech verb '{token.text}' with a date of its own"
    return NONE


def _disaster(token: Token, lemma: str, subjects: list[Token], objects: list[Token], passive: bool,
              w: Words) -> Trigger:
    d = w.data
    if lemma in d.LANDFALL_VERBS and any(o.lemma_.lower() in d.LANDFALL for o in objects):
        return T.DISASTER, f"'{token.text} landfall'"
    if lemma in d.DISASTER_STRIKE:
        subject = next((s for s in subjects if _disaster_noun(s, w)), None)
        if subject is None and token.dep_ == "relcl" and w.nouns.get(token.head.lemma_.lower()) is T.DISASTER:
            subject = token.head  # "the earthquake that hit Morocco"
        if subject is not None:
            return T.DISASTER, f"'{subject.text}' {token.text}"
    if lemma in d.DISASTER_VERBS and subjects and not passive and all(
        s.pos_ in ("NOUN", "PROPN") and s.ent_type_ not in NOT_THINGS for s in subjects
    ):
        return T.DISASTER, f"a thing that '{token.text}'"
    return NONE


def _disaster_noun(noun: Token, w: Words) -> bool:
    """'the quake', 'Cyclone Daniel', 'a violent storm': a disaster noun, or a name it is compounded with."""
    return any(w.nouns.get(t.lemma_.lower()) is T.DISASTER for t in [noun, *noun.children]
               if t is noun or t.dep_ == "compound")


def _dying(token: Token, lemma: str, subjects: list[Token], objects: list[Token], passive: bool,
           w: Words) -> Trigger:
    d = w.data
    if lemma in d.DIE or (lemma in d.KILL and passive):
        counted = subjects
    elif lemma in d.KILL:
        counted = objects
    elif any(c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in d.DEAD for c in token.children):
        counted = subjects
    else:
        return NONE
    if any(_count(c, w) for c in counted):
        return T.DEATH_TOLL, f"a count of people who '{token.text}'"
    if any(c.ent_type_ == "PERSON" for c in counted):
        return T.DEATH, f"a named person who '{token.text}'"
    return NONE


def _count(token: Token, w: Words) -> bool:
    """A number of more than one: '14', 'at least nine people', 'all five passengers'."""
    numbers = [token] if token.like_num else [c for c in token.children if c.dep_ == "nummod" and c.like_num]
    return any(n.lower_ not in w.data.ONE for n in numbers)


def _found(token: Token, lemma: str, subjects: list[Token], objects: list[Token], passive: bool,
           w: Words) -> Trigger:
    d = w.data
    things = objects + (subjects if passive else [])
    if lemma in d.RECOVER and any(t.lemma_.lower() in d.SEARCHED_FOR for t in things):
        return T.SEARCH, f"'{token.text}' what a search looks for"
    return NONE


def _buried(token: Token, lemma: str, subjects: list[Token], objects: list[Token], passive: bool,
            w: Words) -> Trigger:
    d = w.data
    if time.total(token.sent.text, w.language):
        return NONE  # "3,283 people had so far been buried": a running count, not one burial
    if lemma in d.BURY and passive and not any(_under(c, w) for c in token.children if c.dep_ == "prep"):
        return T.FUNERAL, f"people '{token.text}'"
    return NONE


def _under(prep: Token, w: Words) -> bool:
    """'under the rubble', 'in the debris': buried by the disaster, not by the living."""
    d = w.data
    return prep.lower_ in d.UNDER or (prep.lower_ in d.BURIED_IN and any(
        o.lemma_.lower() in d.RUBBLE for o in prep.children if o.dep_ == "pobj"))


def _charged(token: Token, lemma: str, subjects: list[Token], objects: list[Token], passive: bool,
             w: Words) -> Trigger:
    d = w.data
    charged = subjects if passive else objects
    if lemma in d.CHARGE and charged and any(c.dep_ == "prep" and c.lower_ in d.CHARGE_WITH for c in token.children) \
            and all(c.pos_ in ("PRON", "PROPN", "NOUN") and c.ent_type_ not in ("ORG", "GPE") for c in charged):
        return T.CHARGE, f"'{token.text} with' an offence"
    return NONE


def _opened(token: Token, lemma: str, subjects: list[Token], objects: list[Token], passive: bool,
            w: Words) -> Trigger:
    d = w.data
    if lemma not in d.OPEN:
        return NONE
    for o in objects:
        if o.lemma_.lower() in d.INQUIRY:
            return T.INVESTIGATION, f"'{token.text}' an {o.text}"
        if o.lemma_.lower() in d.CASE and any(c.lemma_.lower() in d.CRIMINAL for c in o.children):
            return T.CHARGE, f"'{token.text}' a criminal case"
    return NONE


def _occurred(token: Token, lemma: str, subjects: list[Token], objects: list[Token], passive: bool,
              w: Words) -> Trigger:
    """'The attack took place in Handlova on Wednesday': the event noun that took place."""
    d = w.data
    took_place = lemma in d.OCCUR or (lemma in d.TAKE and any(
        c.dep_ == "dobj" and c.lemma_.lower() in d.PLACE for c in token.children))
    if not took_place:
        return NONE
    subject = next((s for s in subjects if s.lemma_.lower() in w.nouns), None)
    if subject is None:
        return NONE
    return w.nouns[subject.lemma_.lower()], f"the event noun '{subject.text}' '{token.text}'"


def _toll(noun: Token, w: Words) -> Trigger:
    """'The death toll had risen to 2,862': a toll of death that stands at a number, not one that
    'was expected to climb' or 'could rise'."""
    d, head = w.data, noun.head
    if noun.lemma_.lower() not in d.TOLL or noun.dep_ != "nsubj" or head.lemma_.lower() not in d.TOLL_VERBS:
        return NONE
    if not any(c.lemma_.lower() in d.TOLL_OF for c in noun.children):
        return NONE
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children) or head.dep_ == "xcomp":
        return NONE
    if not any(t.like_num and t.i > head.i for t in head.subtree):
        return NONE
    return T.DEATH_TOLL, f"the death toll that '{head.text}' to a number"
