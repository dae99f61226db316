"""How English words a happening: trigger verbs and nouns per event type (by lemma), and the words
that decide whether a trigger counts, and in what mood. Read by `extract/events.py` through
`corroborate.event_types.EVENT_TYPES`.
"""

from __future__ import annotations

import re

# Trigger lemmas per event type (the type's value in the one table). "call" and "talk" need a
# partner; a noun counts only when the text makes it one happening (extract/events.py).
VERBS: dict[str, str] = {
    "release": "release free liberate pardon",
    "arrest": "arrest detain jail imprison abduct kidnap seize capture",
    "sentence": "sentence convict",
    "meeting": "meet visit host",
    "call": "call phone telephone dial",
    "appointment": "appoint nominate",
    "statement": "announce declare",
    "election": "elect re-elect",
    "protest": "protest",
    "military": "invade attack bomb shell deploy",
    "crash": "crash",  # "the helicopter crashed"; a vehicle hitting something is a collision
}
NOUNS: dict[str, str] = {
    "release": "release freeing liberation pardon",
    "arrest": "arrest detention abduction kidnapping",
    "sentence": "conviction",
    "meeting": "meeting talk summit visit",
    "call": "call",
    "appointment": "appointment nomination",
    "agreement": "agreement accord treaty deal",
    "statement": "statement announcement declaration",
    "election": "election vote referendum",
    "protest": "protest demonstration rally",
    "military": "invasion attack offensive bombing",
    "crash": "crash collision",
}
# Verbs of talking that are a call or a meeting when they have a partner ("spoke with X").
CONVERSATION = frozenset("speak talk chat converse".split())
# Words in the sentence that make a conversation a call.
PHONE = re.compile(r"\b(?:phone|telephone|call|dial(?:l?ed)?|video ?link|by video)\b", re.I)
# Verbs that seal an agreement noun ("signed the deal", "inked the accord").
SEAL = frozenset("sign ink seal strike reach conclude finalize finalise broker".split())
AGREEMENT_NOUNS = frozenset("agreement accord treaty deal pact".split())
SANCTION_NOUNS = frozenset("sanction restriction embargo tariff".split())
# What is done to sanctions: eased ("lifted sanctions") or imposed ("slapped sanctions on").
EASE = frozenset("ease lift relax remove waive suspend loosen drop end unfreeze scrap revoke rescind".split())
IMPOSE = frozenset("impose introduce tighten expand extend slap reimpose toughen widen".split())
EASE_NOUNS = frozenset("relief easing lifting removal suspension waiver".split())
# Heads that make a happening only promised or only wished for.
PLEDGE = frozenset("pledge promise vow commit undertake agree guarantee".split())
PROPOSE = frozenset(
    "offer propose suggest want hope seek ask request try need plan negotiate urge demand insist "
    "push discuss dangle intend aim expect attempt poise prepare threaten due".split()
)
REFUSE = frozenset("refuse decline deny reject".split())
FAILED = re.compile(r"\b(?:fizzl\w*|f[ae]ll through|collaps\w*|fail\w*|reject\w*|scuttl\w*|broke down|"
                    r"break(?:s)? down|came to nothing|went nowhere|derail\w*)\b", re.I)
# Endings of nouns for a person by trade or role: "teacher", "journalist", "American", "detainee".
PERSON_NOUN = re.compile(r"(?:[^m]er|or|ist|ian|ee|ant|ent)$")
# The verb of "X was sanctioned": sanctions imposed, with no noun.
SANCTION_VERBS = frozenset({"sanction"})
# A noun that is a meeting only in the plural: "talks" are a meeting, "talk" is speech.
PLURAL_MEETINGS = frozenset({"talk"})
# The preposition that hangs a noun's argument on it: "the release of 16 prisoners", "the easing of
# sanctions", "a group of prisoners".
OF = frozenset({"of"})
# Prepositions after a contact verb that make it no contact unless it has a partner: "calling for
# dialogue", "called off", "met with X". And "on", unless a date hangs under it: "called on X to".
CONTACT_UNLESS_PARTNER = frozenset({"for", "off", "with"})
CONTACT_UNLESS_DATED = frozenset({"on"})
# Nouns for a number of people when "of" people follows: "a group of prisoners".
PEOPLE_GROUPS = frozenset({"group", "batch", "number"})
# Verbs whose object is a release of people even with no people named: "secured the release".
RELEASE_GOVERNORS = frozenset({"oversee", "secure", "win", "negotiate"})
# Prepositions that give an event noun an argument ("the meeting with X", "talks between",
# "the release of", "a visit by", "talks in Geneva", "the vote on").
ARGUMENT_PREPS = frozenset({"with", "between", "of", "by", "in", "on"})
# Determiners that, with an argument, make an event noun one happening: "the release of".
DEFINITE = frozenset({"the", "this", "that"})
# Prepositions of the partner of a contact: "met with X", "talks between X and Y".
PARTNER_PREPS = frozenset({"with", "between"})
# The infinitive marker of "in order to" clauses whose head carries the mood ("to secure ...").
INFINITIVE = frozenset({"to"})
# Prepositions of what sanctions are on: "sanctions on oil", "against banks", "targeting the carrier".
TARGET_PREPS = frozenset({"on", "against", "targeting"})
# Prepositions of what an event noun was done to: "the release of X", "an attack on X", "against X".
PATIENT_PREPS = frozenset({"of", "on", "against"})
# Words of a sanctions target too general to tell two targets apart (reconcile/events.py).
GENERAL_TARGET = frozenset("country state economy regime government company companies sector industry".split())
