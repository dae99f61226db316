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
    "arrest": "arrest detain jail imprison abduct kidnap seize capture apprehend",
    "sentence": "sentence convict",
    "meeting": "meet visit host",
    "call": "call phone telephone dial",
    "appointment": "appoint nominate",
    "statement": "announce declare",
    "election": "elect re-elect",
    "protest": "protest",
    "military": "invade attack bomb shell deploy",
    "crash": "crash",  # "the helicopter crashed"; a vehicle hitting something is a collision
    "search": "search comb",  # "were still in the water searching"
    "evacuation": "evacuate",
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
    "military": "invasion offensive",
    "crash": "crash collision",
    "attack": "attack assault shooting stabbing bombing",
    "disaster": "earthquake quake flood flooding wildfire hurricane cyclone typhoon tsunami landslide eruption storm "
                "implosion disaster",  # not "collapse": "the collapse of Communism"
    "search": "search manhunt",
    "funeral": "funeral burial",
    "evacuation": "evacuation",
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

# News happenings read from a verb and its arguments (extract/news.py), not from a trigger word alone.
# Verbs of a natural or structural disaster happening when a disaster noun is their subject ("the
# quake struck", "an earthquake rocked the province", "the earthquake that hit Morocco").
DISASTER_STRIKE = frozenset("strike hit rock jolt ravage devastate batter lash".split())
# Verbs that are a disaster of their subject when it is a thing, not a person or group ("the dam
# burst", "the bridge collapsed", "the craft imploded"); "talks collapsed" is failed, not a disaster.
DISASTER_VERBS = frozenset("collapse implode burst".split())
# "The storm made landfall in Libya on Sunday": the verb and its object.
LANDFALL_VERBS = frozenset({"make"})
LANDFALL = frozenset({"landfall"})
# Verbs of dying: a counted subject (or a counted object of "kill") is a death toll ("2,800 people had
# died", "has killed at least 14 people"); a named person, a death.
DIE = frozenset("die perish".split())
KILL = frozenset({"kill"})
# "confirmed dead", "presumed dead", "found dead": the adjective that makes its verb a death.
DEAD = frozenset({"dead"})
# "the death toll rose to 2,862": the toll noun, its modifier, and the verbs of a toll that stands at
# a number.
TOLL = frozenset({"toll"})
TOLL_OF = frozenset({"death"})
TOLL_VERBS = frozenset("rise climb reach stand hit jump increase top soar".split())
# Counts that are no toll: one person dying is a death.
ONE = frozenset({"one", "1"})
# Verbs of recovering what a search looks for: "located the wreckage", "divers pulled the remains".
RECOVER = frozenset("find locate recover retrieve pull".split())
SEARCHED_FOR = frozenset("wreckage debris wreck remains".split())
# "were buried": a funeral, not "buried under rubble".
BURY = frozenset({"bury"})
UNDER = frozenset("under beneath below".split())
BURIED_IN = frozenset({"in"})  # "buried in the rubble", not "buried in the town cemetery"
RUBBLE = frozenset("rubble debris mud snow avalanche landslide ruin wreckage".split())
# Investigations and criminal cases that are opened: "opening an investigation", "launched a probe",
# "opened a criminal case against them" (a charge); "will lead an investigation" is a plan.
INQUIRY = frozenset("investigation probe inquiry".split())
OPEN = frozenset("open launch start begin".split())
CASE = frozenset({"case"})
CRIMINAL = frozenset({"criminal"})
# "has been charged with attempted murder": the verb and the preposition of the offence.
CHARGE = frozenset({"charge"})
CHARGE_WITH = frozenset({"with"})
# Verbs of speaking: a statement when a date hangs on them in the parse ("Peskov said on Saturday",
# "told CNN on Sunday", "Speaking to reporters on Monday").
SPEECH = frozenset("say tell speak".split())
# "The attack took place", "the crash occurred": an event noun whose happening took place.
OCCUR = frozenset("occur happen".split())
TAKE = frozenset({"take"})
PLACE = frozenset({"place"})
# A line that ends with none of these is a heading, not a sentence of the narration.
SENTENCE_END = re.compile(r"[.!?:;”\"’'»)\]…]\s*$")
# A photo caption's opening: its date is the picture's, not the happening's.
CAPTION = re.compile(r"\s*\[?\s*(?:photo|picture|image|file photo)\s*:", re.I)
# Nouns with a person-like ending that name things ("seized a computer and some documents").
NOT_PEOPLE = frozenset(
    "computer paper water border number center centre corner letter order power matter quarter chapter river tower "
    "shelter meter filter monitor error floor door motor sector factor document equipment government parliament "
    "department component statement agreement element instrument moment event amount payment investment settlement "
    "treatment weapon".split()
)
# Pronouns for things, never people: "the agencies released nothing further", "which he had seized".
THING_PRONOUNS = frozenset("nothing anything something everything it this what which".split())
