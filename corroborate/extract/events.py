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

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from corroborate.event_types import triggers, types_where
from corroborate.extract import when as time
from corroborate.extract.nlp import Parsed
from corroborate.extract.quantities import PEOPLE, place_of
from corroborate.extract.timing import sentence_times
from corroborate.lang.en import events as en
from corroborate.model import EventMention, EventType, Mood, Reference, When

T = EventType
# Trigger lemmas and the type each names, and the words that decide whether a trigger counts and
# in what mood: English data (lang/en/events.py), read through the one table of types.
VERBS = triggers("en", "verbs")
NOUNS = triggers("en", "nouns")
CONVERSATION, PHONE, SEAL = en.CONVERSATION, en.PHONE, en.SEAL
AGREEMENT_NOUNS, SANCTION_NOUNS, EASE, IMPOSE, EASE_NOUNS = (
    en.AGREEMENT_NOUNS, en.SANCTION_NOUNS, en.EASE, en.IMPOSE, en.EASE_NOUNS
)
PLEDGE, PROPOSE, REFUSE, FAILED, PERSON_NOUN = en.PLEDGE, en.PROPOSE, en.REFUSE, en.FAILED, en.PERSON_NOUN
# What a release is of: people, or a named person. "release spare parts" is no release.
PERSON_LABELS = ("PERSON", "NORP")
# Happenings a person undergoes: a noun's possessor is the one it happens to ("his release").
UNDERGONE = types_where("possessor_undergoes")
# How far up the parse a mood or a date may be found.
MAX_CLIMB = 6


def events(parsed: Parsed, reference: Reference | None = None) -> tuple[EventMention, ...]:
    times = sentence_times(parsed, reference)
    reference = reference or Reference(parsed.source.meta.published)
    found: list[EventMention] = []
    for sentence in parsed.doc.sents:
        triggers = [(t, kind, why) for t in sentence for kind, why in [_trigger(t, sentence)] if kind is not None]
        if not triggers:
            continue
        timed = times[sentence.start_char]
        main = min(triggers, key=lambda x: _depth(x[0]))[0]
        for token, kind, why in triggers:
            at, dated = _time(token, sentence, timed.own, timed.at, main, reference)
            if at is not None and at.total:
                continue  # "has freed more than 250 since ...": a running total, not one happening
            mention = _mention(parsed, sentence, token, kind, why, at, dated)
            if mention is not None:
                found.append(mention)
    return tuple(found)


def _trigger(token: Token, sentence: Span) -> tuple[EventType | None, str]:
    lemma = token.lemma_.lower()
    if lemma in SANCTION_NOUNS and token.pos_ == "NOUN":
        return _sanctions(token)
    if token.pos_ == "VERB" and lemma == "sanction":
        return T.SANCTIONS_IMPOSED, "the verb 'sanction'"
    if token.pos_ == "VERB":
        if lemma in CONVERSATION and _with(token) is not None:
            contact = T.CALL if PHONE.search(sentence.text) else T.MEETING
            return contact, f"'{token.text} with' someone" + (" by phone" if contact is T.CALL else "")
        if token.dep_ in ("amod", "acomp", "oprd") or _in_quote(token):
            return None, ""  # "the released prisoners", "unjustly detained"; quoted speech is not narration
        kind = VERBS.get(lemma)
        if kind is None:
            if lemma in SEAL and any(c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS for c in token.children):
                return T.AGREEMENT, f"'{token.text}' an agreement"
            return None, ""
        if not _right_object(token, kind):
            return None, ""
        return kind, f"the verb '{token.text}'"
    if token.pos_ == "NOUN" and lemma in NOUNS and not _in_quote(token):
        kind = NOUNS[lemma]
        if lemma == "talk" and token.tag_ != "NNS":
            return None, ""  # "talk" in the singular is speech; "talks" are a meeting
        if kind is T.CALL and not PHONE.search(sentence.text):
            return None, ""
        if token.tag_ in ("NNS", "NNPS") and lemma != "talk" and not _number_of(token):
            return None, ""  # "prisoner releases": happenings in general
        if not _specific(token):
            return None, ""
        if kind is T.RELEASE and not _of_people(token):
            return None, ""
        return kind, f"the event noun '{token.text}'"
    return None, ""


def _in_quote(token: Token) -> bool:
    """Whether the token lies between quotation marks in its sentence."""
    before = token.doc[token.sent.start : token.i].text
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _sanctions(noun: Token) -> tuple[EventType | None, str]:
    """'lifted sanctions', 'eased sanctions', 'sanctions were imposed', 'sanctions relief', 'the easing
    of sanctions'."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        if head.lemma_.lower() in EASE:
            return T.SANCTIONS_EASED, f"'{head.text} {noun.text}'"
        if head.lemma_.lower() in IMPOSE:
            return T.SANCTIONS_IMPOSED, f"'{head.text} {noun.text}'"
    for child in noun.children:
        if child.dep_ == "amod" and child.lemma_.lower() in EASE:
            return T.SANCTIONS_EASED, f"'{child.text} {noun.text}'"
    if noun.dep_ == "compound" and head.lemma_.lower() in EASE_NOUNS:
        return T.SANCTIONS_EASED, f"'{noun.text} {head.text}'"
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in EASE_NOUNS:
        return T.SANCTIONS_EASED, f"'{head.head.text} of {noun.text}'"
    return None, ""


def _right_object(verb: Token, kind: EventType) -> bool:
    """A release frees people; a meeting, call or appointment is of someone (not "meets demands",
    "called it a move")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if kind in (T.RELEASE, T.ARREST, T.SENTENCE):
        if not objects and any(c.dep_ == "auxpass" for c in verb.children):  # "were freed", subject lost by the parse
            return any(_is_people(t) for t in verb.doc[verb.sent.start : verb.i] if t.pos_ in ("NOUN", "PROPN"))
        return bool(objects) and all(_is_people(o) for o in objects)  # someone is freed, not "parts"
    if kind is T.APPOINTMENT:
        return True
    if kind in (T.MEETING, T.CALL, T.APPOINTMENT):
        if any(c.dep_ in ("oprd", "ccomp", "xcomp", "attr") for c in verb.children):
            return kind is T.APPOINTMENT
        if any(c.dep_ == "prep" and (c.lower_ in ("for", "off", "with") or (c.lower_ == "on" and not any(
            t.ent_type_ == "DATE" for t in c.subtree
        ))) for c in verb.children):
            return _with(verb) is not None  # "calling for dialogue" is no call; "met with X" is a meeting
        return all(_is_people(o) or o.ent_type_ in ("ORG", "GPE") for o in objects)
    return True


def _is_people(token: Token) -> bool:
    """People: a noun for people, a name, a pronoun, a word for a person's trade ("teacher",
    "journalist"), "a group of prisoners"."""
    return (
        token.lemma_.lower() in PEOPLE
        or (token.pos_ == "NOUN" and PERSON_NOUN.search(token.lemma_.lower()) is not None)
        or token.ent_type_ in PERSON_LABELS
        or token.pos_ == "PRON"
        or (token.lemma_.lower() in ("group", "batch", "number") and any(
            o.lemma_.lower() in PEOPLE for p in token.children if p.lower_ == "of" for o in p.children))
    )


def _of_people(noun: Token) -> bool:
    """'the release of 16 prisoners', 'his release', 'prisoner release': a release of people."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and _is_people(child)):
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            return any(_is_people(o) for o in child.children if o.dep_ == "pobj")
    return noun.dep_ in ("nsubj", "nsubjpass") or noun.head.lemma_.lower() in ("oversee", "secure", "win", "negotiate")


def _specific(noun: Token) -> bool:
    """A noun names one happening when it has a possessor, a partner, a number or a date of its own,
    or a definite article and an argument ("the release of 16 prisoners")."""
    if _number_of(noun) or any(c.dep_ == "poss" for c in noun.children):
        return True
    if any(e.label_ == "DATE" and _attached(e, noun) for e in noun.sent.ents):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "of", "by", "in", "on") for c in noun.children):
        return any(c.lower_ in ("the", "this", "that") for c in noun.children) or _partner(noun) is not None
    return False


def _number_of(token: Token) -> Token | None:
    for child in token.children:
        if child.like_num and child.dep_ in ("nummod", "quantmod"):
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                number = next((n for n in obj.children if n.like_num and n.dep_ == "nummod"), None)
                if number is not None:
                    return number
    return None


def _with(token: Token) -> Token | None:
    """'met with X', 'his meeting with X', 'talks between X and Y': X, when a name or people."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "between"):
            other = next((o for o in child.children if o.dep_ == "pobj"), None)
            if other is not None and (_is_people(other) or other.pos_ == "PROPN" or any(
                t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in other.subtree
            )):
                return other
    return None


def _partner(token: Token) -> Token | None:
    """The one a happening is with: 'met with X', 'his meeting with X', 'called X', 'met X'."""
    other = _with(token)
    if other is not None:
        return other
    if token.pos_ == "VERB":
        return next((c for c in token.children
                     if c.dep_ == "dobj" and (_is_people(c) or c.ent_type_ in ("ORG", "GPE"))), None)
    return None


def _depth(token: Token) -> int:
    depth = 0
    while token.head != token:
        token, depth = token.head, depth + 1
    return depth


def _attached(ent: Span, trigger: Token) -> bool:
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
        if current.pos_ == "VERB" or current.lemma_.lower() in NOUNS:
            return False  # the date belongs to another happening ("agreement follows a call on March 2")
        current = current.head if current.head != current else None
    return False


def _time(
    trigger: Token, sentence: Span, own: When | None, at: When | None, main: Token, reference: Reference
) -> tuple[When | None, bool]:
    for ent in sentence.ents:
        if ent.label_ == "DATE" and not any(p.match(ent.text) for p in (time.DURATION, time.AGE)) and _attached(
            ent, trigger
        ) and not time.in_dateline(sentence.text, ent.start_char - sentence.start_char):
            resolved = time.resolve(ent.text, reference.date, reference.estimated)
            if resolved is not None:
                return replace(resolved, start=ent.start_char, end=ent.end_char), True
    if own is not None and trigger == main and not _taken(own, sentence, trigger):
        return own, False
    if at is not None and (own is None or at.inherited):
        return replace(at, day=None, inherited=True), False  # the day belonged to another happening
    return None, False


def _taken(own: When, sentence: Span, trigger: Token) -> bool:
    """Whether the sentence's date words belong to another happening ("won the 2020 election")."""
    ent = next((e for e in sentence.ents if e.start_char == own.start), None)
    if ent is None or _attached(ent, trigger):
        return False
    current = ent.root.head
    for _ in range(MAX_CLIMB):
        lemma = current.lemma_.lower()
        if current.pos_ == "VERB" or lemma in NOUNS:
            return lemma in NOUNS or lemma in VERBS or lemma in SANCTION_NOUNS
        if current.head == current:
            break
        current = current.head
    return False


def _mood(trigger: Token) -> Mood:
    if FAILED.search(trigger.sent.text):
        return Mood.FAILED
    current = trigger
    for _ in range(MAX_CLIMB):
        if any(c.dep_ == "neg" for c in current.children):
            return Mood.NEGATED
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in current.children):
            return Mood.PROPOSED
        lemma = current.lemma_.lower()
        if current != trigger and lemma in REFUSE:
            return Mood.NEGATED
        if current != trigger and lemma in PLEDGE:
            return Mood.PLEDGED
        if current != trigger and lemma in PROPOSE:
            return Mood.PROPOSED
        infinitive = current.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
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
    parsed: Parsed, sentence: Span, token: Token, kind: EventType, why: str, at: When | None, dated: bool
) -> EventMention | None:
    doc, source = parsed.doc, parsed.source
    if kind in (T.SANCTIONS_EASED, T.SANCTIONS_IMPOSED):
        verb = token.head if token.dep_ in ("dobj", "nsubjpass") else token
        target = _target(token)
    else:
        verb, target = token, frozenset()
    agent = _agent(verb)
    partner = _partner(token)
    if token.pos_ == "NOUN" and kind in UNDERGONE and agent is not None and agent.dep_ == "poss":
        agent, partner = None, agent  # "his release": he was released
    number = _number_of(next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), token))
    numbers = tuple(t.idx for t in [number] if t is not None)
    left, right = verb.left_edge, verb.right_edge
    place = place_of(verb)
    mood = _mood(token)
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
        patient=_patient(token, verb),
        target=target,
        place=(place[0], place[1]) if place else None,
        numbers=numbers,
        why=why,
    )


def _target(noun: Token) -> frozenset[str]:
    """What sanctions are on or against: content words ('oil', 'banks', 'the national carrier')."""
    words: set[str] = set()
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against", "targeting"):
            words |= {t.lemma_.lower() for t in child.subtree
                      if t.pos_ in ("NOUN", "PROPN") and not t.is_stop and t.ent_type_ not in ("GPE", "NORP", "LOC")}
    return frozenset(words)


def _patient(trigger: Token, verb: Token) -> str:
    """What or whom the happening was done to, as written: the object's phrase, at most a few words."""
    for head in (trigger, verb):
        for child in head.children:
            noun_argument = head.pos_ == "NOUN" and child.dep_ == "prep" and child.lower_ in ("of", "on", "against")
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
    sentence = pronoun.sent
    before = [e for e in sentence.ents if e.label_ == "PERSON" and e.end <= pronoun.i]
    subjects = [e for e in before if e.root.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[-1]
    if sentence.start > 0:
        previous = doc[sentence.start - 1].sent
        people = [e for e in previous.ents if e.label_ == "PERSON"]
        subject = next((e for e in people if e.root.dep_ in ("nsubj", "nsubjpass")), None)
        if subject or people:
            return subject or people[0]
    return before[-1] if before else None
