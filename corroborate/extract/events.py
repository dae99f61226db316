"""Events: the happenings a report states, typed from the words and the parse, never from a story.

    events(parsed, reference) -> tuple[EventMention, ...]

A trigger is a verb or an event noun of a known class ("released", "the release of", "met",
"meeting", "dialed", "appointed"); sanctions are eased or imposed by the verb that governs them
("lifted sanctions", "eased sanctions", "sanctions relief", "was sanctioned"). A trigger must be
about the right thing: a release frees people, not "spare parts"; a meeting is with someone, not
"meets demands". A noun counts only when the text makes it one happening: a date, a number, a
possessor or a partner ("his meeting with X on December 12", "the release of 16 prisoners"), not
"prisoner releases" in general.

Each mention records its mood: a fact, or only pledged ("pledged to release"), proposed
("suggested a meeting", "would need to"), failed ("the idea fizzled out") or negated.
Its date is a date the parse attaches to it, else the sentence's own date when no other trigger
takes it, else the paragraph's time with the day dropped (the day belonged to another sentence).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from types import ModuleType

from spacy.tokens import Doc, Span, Token

from corroborate import lang
from corroborate.event_types import triggers, types_where
from corroborate.extract import when as time
from corroborate.extract.nlp import Parsed
from corroborate.extract.quantities import place_of
from corroborate.extract.spans import entities_in, sentence_of, sentences
from corroborate.extract.timing import sentence_times
from corroborate.model import EventMention, EventType, Mood, Reference, When

T = EventType
# What a release is of: people, or a named person. "release spare parts" is no release.
PERSON_LABELS = ("PERSON", "NORP")
# Happenings a person undergoes: a noun's possessor is the one it happens to ("his release").
UNDERGONE = types_where("possessor_undergoes")
# How far up the parse a mood or a date may be found.
MAX_CLIMB = 6


@dataclass(frozen=True)
class Words:
    """A report language's words for happenings: its trigger lemmas and the type each names (read
    through the one table of types), and the words that decide whether a trigger counts and in what
    mood (`data`: lang/<code>/events.py)."""

    language: str
    verbs: dict[str, EventType]
    nouns: dict[str, EventType]
    data: ModuleType
    people: frozenset[str]  # nouns for people ("prisoners", "detainees"): lang/<code>/quantities.py
    dates: time.Patterns  # the date patterns of lang/<code>/time.py


@cache
def words(language: str) -> Words:
    """The words that read happenings in a report written in `language`."""
    return Words(language, triggers(language, "verbs"), triggers(language, "nouns"), lang.data(language, "events"),
                 lang.data(language, "quantities").PEOPLE, time.patterns(language))


def events(parsed: Parsed, reference: Reference | None = None) -> tuple[EventMention, ...]:
    times = sentence_times(parsed, reference)
    reference = reference or Reference(parsed.source.meta.published)
    w = words(parsed.source.meta.language)
    found: list[EventMention] = []
    for sentence in sentences(parsed.doc):
        triggers = [(t, kind, why) for t in sentence for kind, why in [_trigger(t, sentence, w)] if kind is not None]
        if not triggers:
            continue
        timed = times[sentence.start_char]
        main = min(triggers, key=lambda x: _depth(x[0]))[0]
        for token, kind, why in triggers:
            at, dated = _time(token, sentence, timed.own, timed.at, main, reference, w)
            if at is not None and at.total:
                continue  # "has freed more than 250 since ...": a running total, not one happening
            mention = _mention(parsed, sentence, token, kind, why, at, dated, w)
            if mention is not None:
                found.append(mention)
    return tuple(found)


def _trigger(token: Token, sentence: Span, w: Words) -> tuple[EventType | None, str]:
    lemma = token.lemma_.lower()
    if lemma in w.data.SANCTION_NOUNS and token.pos_ == "NOUN":
        return _sanctions(token, w)
    if token.pos_ == "VERB" and lemma in w.data.SANCTION_VERBS:
        return T.SANCTIONS_IMPOSED, "the verb 'sanction'"
    if token.pos_ == "VERB":
        if lemma in w.data.CONVERSATION and _with(token, w) is not None:
            contact = T.CALL if w.data.PHONE.search(sentence.text) else T.MEETING
            return contact, f"'{token.text} with' someone" + (" by phone" if contact is T.CALL else "")
        if token.dep_ in ("amod", "acomp", "oprd") or _in_quote(token):
            return None, ""  # "the released prisoners", "unjustly detained"; quoted speech is not narration
        kind = w.verbs.get(lemma)
        if kind is None:
            if lemma in w.data.SEAL and any(c.dep_ == "dobj" and c.lemma_.lower() in w.data.AGREEMENT_NOUNS
                                        for c in token.children):
                return T.AGREEMENT, f"'{token.text}' an agreement"
            return None, ""
        if not _right_object(token, kind, w):
            return None, ""
        return kind, f"the verb '{token.text}'"
    if token.pos_ == "NOUN" and lemma in w.nouns and not _in_quote(token):
        kind = w.nouns[lemma]
        if lemma in w.data.PLURAL_MEETINGS and token.tag_ != "NNS":
            return None, ""  # "talk" in the singular is speech; "talks" are a meeting
        if kind is T.CALL and not w.data.PHONE.search(sentence.text):
            return None, ""
        if token.tag_ in ("NNS", "NNPS") and lemma not in w.data.PLURAL_MEETINGS and not _number_of(token, w):
            return None, ""  # "prisoner releases": happenings in general
        if not _specific(token, w):
            return None, ""
        if kind is T.RELEASE and not _of_people(token, w):
            return None, ""
        return kind, f"the event noun '{token.text}'"
    return None, ""


def _in_quote(token: Token) -> bool:
    """Whether the token lies between quotation marks in its sentence."""
    before = token.doc[sentence_of(token).start : token.i].text
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _sanctions(noun: Token, w: Words) -> tuple[EventType | None, str]:
    """'lifted sanctions', 'eased sanctions', 'sanctions were imposed', 'sanctions relief', 'the easing
    of sanctions'."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        if head.lemma_.lower() in w.data.EASE:
            return T.SANCTIONS_EASED, f"'{head.text} {noun.text}'"
        if head.lemma_.lower() in w.data.IMPOSE:
            return T.SANCTIONS_IMPOSED, f"'{head.text} {noun.text}'"
    for child in noun.children:
        if child.dep_ == "amod" and child.lemma_.lower() in w.data.EASE:
            return T.SANCTIONS_EASED, f"'{child.text} {noun.text}'"
    if noun.dep_ == "compound" and head.lemma_.lower() in w.data.EASE_NOUNS:
        return T.SANCTIONS_EASED, f"'{noun.text} {head.text}'"
    if noun.dep_ == "pobj" and head.lower_ in w.data.OF and head.head.lemma_.lower() in w.data.EASE_NOUNS:
        return T.SANCTIONS_EASED, f"'{head.head.text} {head.lower_} {noun.text}'"
    return None, ""


def _right_object(verb: Token, kind: EventType, w: Words) -> bool:
    """A release frees people; a meeting, call or appointment is of someone (not "meets demands",
    "called it a move")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if kind in (T.RELEASE, T.ARREST, T.SENTENCE):
        if not objects and any(c.dep_ == "auxpass" for c in verb.children):  # "were freed", subject lost by the parse
            before = verb.doc[sentence_of(verb).start : verb.i]
            return any(_is_people(t, w) for t in before if t.pos_ in ("NOUN", "PROPN"))
        return bool(objects) and all(_is_people(o, w) for o in objects)  # someone is freed, not "parts"
    if kind is T.APPOINTMENT:
        return True
    if kind in (T.MEETING, T.CALL, T.APPOINTMENT):
        if any(c.dep_ in ("oprd", "ccomp", "xcomp", "attr") for c in verb.children):
            return kind is T.APPOINTMENT
        if any(c.dep_ == "prep" and (c.lower_ in w.data.CONTACT_UNLESS_PARTNER or (
            c.lower_ in w.data.CONTACT_UNLESS_DATED and not any(t.ent_type_ == "DATE" for t in c.subtree)
        )) for c in verb.children):
            return _with(verb, w) is not None  # "calling for dialogue" is no call; "met with X" is a meeting
        return all(_is_people(o, w) or o.ent_type_ in ("ORG", "GPE") for o in objects)
    return True


def _is_people(token: Token, w: Words) -> bool:
    """People: a noun for people, a name, a pronoun, a word for a person's trade ("teacher",
    "journalist"), "a group of prisoners"."""
    return (
        token.lemma_.lower() in w.people
        or (token.pos_ == "NOUN" and w.data.PERSON_NOUN.search(token.lemma_.lower()) is not None)
        or token.ent_type_ in PERSON_LABELS
        or token.pos_ == "PRON"
        or (token.lemma_.lower() in w.data.PEOPLE_GROUPS and any(
            o.lemma_.lower() in w.people for p in token.children if p.lower_ in w.data.OF for o in p.children))
    )


def _of_people(noun: Token, w: Words) -> bool:
    """'the release of 16 prisoners', 'his release', 'prisoner release': a release of people."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and _is_people(child, w)):
            return True
        if child.dep_ == "prep" and child.lower_ in w.data.OF:
            return any(_is_people(o, w) for o in child.children if o.dep_ == "pobj")
    return noun.dep_ in ("nsubj", "nsubjpass") or noun.head.lemma_.lower() in w.data.RELEASE_GOVERNORS


def _specific(noun: Token, w: Words) -> bool:
    """A noun names one happening when it has a possessor, a partner, a number or a date of its own,
    or a definite article and an argument ("the release of 16 prisoners")."""
    if _number_of(noun, w) or any(c.dep_ == "poss" for c in noun.children):
        return True
    if any(e.label_ == "DATE" and _attached(e, noun, w) for e in entities_in(sentence_of(noun))):
        return True
    if any(c.dep_ == "prep" and c.lower_ in w.data.ARGUMENT_PREPS for c in noun.children):
        return any(c.lower_ in w.data.DEFINITE for c in noun.children) or _partner(noun, w) is not None
    return False


def _number_of(token: Token, w: Words) -> Token | None:
    for child in token.children:
        if child.like_num and child.dep_ in ("nummod", "quantmod"):
            return child
        if child.dep_ == "prep" and child.lower_ in w.data.OF:
            for obj in child.children:
                number = next((n for n in obj.children if n.like_num and n.dep_ == "nummod"), None)
                if number is not None:
                    return number
    return None


def _with(token: Token, w: Words) -> Token | None:
    """'met with X', 'his meeting with X', 'talks between X and Y': X, when a name or people."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in w.data.PARTNER_PREPS:
            other = next((o for o in child.children if o.dep_ == "pobj"), None)
            if other is not None and (_is_people(other, w) or other.pos_ == "PROPN" or any(
                t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in other.subtree
            )):
                return other
    return None


def _partner(token: Token, w: Words) -> Token | None:
    """The one a happening is with: 'met with X', 'his meeting with X', 'called X', 'met X'."""
    other = _with(token, w)
    if other is not None:
        return other
    if token.pos_ == "VERB":
        return next((c for c in token.children
                     if c.dep_ == "dobj" and (_is_people(c, w) or c.ent_type_ in ("ORG", "GPE"))), None)
    return None


def _depth(token: Token) -> int:
    depth = 0
    while token.head != token:
        token, depth = token.head, depth + 1
    return depth


def _attached(ent: Span, trigger: Token, w: Words) -> bool:
    """Whether date words hang off `trigger` in the parse (for a noun object, off the verb that
    governs it: "began his meeting ... on December 12")."""
    targets = {trigger}
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        targets.add(trigger.head)
    current: Token | None = ent.root.head if ent.root.head != ent.root else None
    for _ in range(MAX_CLIMB):
        if current is None:
            return False
        if current in targets:
            return True
        if current.pos_ == "VERB" or current.lemma_.lower() in w.nouns:
            return False  # the date belongs to another happening ("agreement follows a call on March 2")
        current = current.head if current.head != current else None
    return False


def _time(
    trigger: Token, sentence: Span, own: When | None, at: When | None, main: Token, reference: Reference, w: Words
) -> tuple[When | None, bool]:
    for ent in entities_in(sentence):
        if ent.label_ == "DATE" and not any(p.match(ent.text) for p in (w.dates.duration, w.dates.age)) and _attached(
            ent, trigger, w
        ) and not time.in_dateline(sentence.text, ent.start_char - sentence.start_char):
            resolved = time.resolve(ent.text, reference.date, reference.estimated, w.language)
            if resolved is not None:
                return replace(resolved, start=ent.start_char, end=ent.end_char), True
    if own is not None and trigger == main and not _taken(own, sentence, trigger, w):
        return own, False
    if at is not None and (own is None or at.inherited):
        return replace(at, day=None, inherited=True), False  # the day belonged to another happening
    return None, False


def _taken(own: When, sentence: Span, trigger: Token, w: Words) -> bool:
    """Whether the sentence's date words belong to another happening ("won the 2020 election")."""
    ent = next((e for e in entities_in(sentence) if e.start_char == own.start), None)
    if ent is None or _attached(ent, trigger, w):
        return False
    current = ent.root.head
    for _ in range(MAX_CLIMB):
        lemma = current.lemma_.lower()
        if current.pos_ == "VERB" or lemma in w.nouns:
            return lemma in w.nouns or lemma in w.verbs or lemma in w.data.SANCTION_NOUNS
        if current.head == current:
            break
        current = current.head
    return False


def _mood(trigger: Token, w: Words) -> Mood:
    if w.data.FAILED.search(sentence_of(trigger).text):
        return Mood.FAILED
    current = trigger
    for _ in range(MAX_CLIMB):
        if any(c.dep_ == "neg" for c in current.children):
            return Mood.NEGATED
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in current.children):
            return Mood.PROPOSED
        lemma = current.lemma_.lower()
        if current != trigger and lemma in w.data.REFUSE:
            return Mood.NEGATED
        if current != trigger and lemma in w.data.PLEDGE:
            return Mood.PLEDGED
        if current != trigger and lemma in w.data.PROPOSE:
            return Mood.PROPOSED
        infinitive = current.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ in w.data.INFINITIVE for c in current.children
        )
        if current.dep_ not in ("xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep", "amod", "compound", "acl") and (
            not infinitive
        ):
            break
        current = current.head
    return Mood.FACT


def _agent(trigger: Token) -> Token | None:
    """Who did it: the subject, the passive's 'by', a noun's possessor, or the subject of the verb a
    happening is the complement of ("he pledged to release")."""
    current = trigger
    for _ in range(3):
        for child in current.children:
            if child.dep_ in ("nsubj", "poss") or (child.dep_ == "agent"):
                return next((o for o in child.children if o.dep_ == "pobj"), None) if child.dep_ == "agent" else child
        if current.dep_ != "xcomp" or current.head == current:
            break  # "X said the fighters were freed": the speaker is not the doer
        current = current.head
    return None


def _mention(
    parsed: Parsed, sentence: Span, token: Token, kind: EventType, why: str, at: When | None, dated: bool, w: Words
) -> EventMention | None:
    doc, source = parsed.doc, parsed.source
    if kind in (T.SANCTIONS_EASED, T.SANCTIONS_IMPOSED):
        verb = token.head if token.dep_ in ("dobj", "nsubjpass") else token
        target = _target(token, w)
    else:
        verb, target = token, frozenset()
    agent = _agent(verb)
    partner = _partner(token, w)
    if token.pos_ == "NOUN" and kind in UNDERGONE and agent is not None and agent.dep_ == "poss":
        agent, partner = None, agent  # "his release": he was released
    number = _number_of(next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), token), w)
    numbers = tuple(t.idx for t in [number] if t is not None)
    left, right = verb.left_edge, verb.right_edge
    place = place_of(verb, w.language)
    mood = _mood(token, w)
    return EventMention(
        source=source.id,
        start=sentence.start_char,
        end=sentence.start_char + len(sentence.text.rstrip()),
        trigger_start=token.idx,
        trigger_end=token.idx + len(token.text),
        type=kind,
        trigger=token.lemma_.lower(),
        when=at,
        dated=dated,
        mood=mood,
        agent=_name_span(doc, agent),
        partner=_name_span(doc, partner),
        scope=(left.idx, right.idx + len(right.text)),
        patient=_patient(token, verb, w),
        target=target,
        place=(place[0], place[1]) if place else None,
        numbers=numbers,
        why=why,
    )


def _target(noun: Token, w: Words) -> frozenset[str]:
    """What sanctions are on or against: content words ('oil', 'banks', 'the national carrier')."""
    words: set[str] = set()
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in w.data.TARGET_PREPS:
            words |= {t.lemma_.lower() for t in child.subtree
                      if t.pos_ in ("NOUN", "PROPN") and not t.is_stop and t.ent_type_ not in ("GPE", "NORP", "LOC")}
    return frozenset(words)


def _patient(trigger: Token, verb: Token, w: Words) -> str:
    """What or whom the happening was done to, as written: the object's phrase, at most a few words."""
    for head in (trigger, verb):
        for child in head.children:
            noun_argument = head.pos_ == "NOUN" and child.dep_ == "prep" and child.lower_ in w.data.PATIENT_PREPS
            if child.dep_ in ("dobj", "nsubjpass") or noun_argument:
                words = list(child.subtree)[:8]
                return doc_text(words)
    return ""


def doc_text(tokens: list[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip(" ,")


def _name_span(doc: Doc, token: Token | None) -> tuple[int, int] | None:
    """The characters of the name `token` stands for; a pronoun is replaced by its antecedent."""
    if token is None:
        return None
    if token.pos_ == "PRON":
        named = _antecedent(doc, token)
        return (named.start_char, named.end_char) if named is not None else None
    words = [t for t in token.subtree if t.dep_ in ("compound", "flat") or t == token]
    return min(t.idx for t in words), token.idx + len(token.text)


def _antecedent(doc: Doc, pronoun: Token) -> Span | None:
    """The person a pronoun stands for: a subject named before it in its sentence, else the subject of
    the previous sentence if it names a person, else the first person it names, else the last person
    named before the pronoun."""
    sentence = sentence_of(pronoun)
    before = [e for e in entities_in(sentence) if e.label_ == "PERSON" and e.end <= pronoun.i]
    subjects = [e for e in before if e.root.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[-1]
    if sentence.start > 0:
        previous = sentence_of(doc[sentence.start - 1])
        people = [e for e in entities_in(previous) if e.label_ == "PERSON"]
        subject = next((e for e in people if e.root.dep_ in ("nsubj", "nsubjpass")), None)
        if subject or people:
            return subject or people[0]
    return before[-1] if before else None
