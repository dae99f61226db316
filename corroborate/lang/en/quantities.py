"""How English states a quantity: the words that qualify a number, the nouns it counts, the
happenings it belongs to, and the prepositions of place. Read by `extract/quantities.py`."""

from __future__ import annotations

# Words just before a number (or opening it) that qualify it, per `Qualifier` value. In order: the
# first that matches is taken. "~" is no word, but it is written where "about" would be.
QUALIFIERS: dict[str, str] = {
    "more than": r"more than|over|upwards of|in excess of|above",
    "at least": r"at least|no fewer than|no less than|a minimum of",
    "about": r"about|around|some|roughly|approximately|nearly|almost|close to|an estimated|estimated|circa|~",
    "up to": r"up to|as many as|at most|a maximum of",
    "less than": r"fewer than|less than|under|below",
}
# Words that say a number is exact: taken off its words ("only 14").
EXACT = r"just|only|exactly|precisely"
# Words of an amount that are not its number: the "US" of "US$ 5", "per cent".
AMOUNT_WORDS = r"us|per ?cent|percent"
# Currency signs and words, and the currency (ISO 4217, lower case) each names. In order: the
# first found in an amount is taken, so "$" (dollars) before "us$".
CURRENCIES: dict[str, str] = {"$": "usd", "us$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₽": "rub",
                              "dollar": "usd", "euro": "eur", "pound": "gbp", "rouble": "rub", "ruble": "rub",
                              "yuan": "cny"}
# The preposition of a part or a share: "ten of his sailors", "4% of GDP".
OF = "of"
# Nouns (lemmas) that count people: one class, so that "14 dissidents" and "16 prisoners" can be
# one fact.
PEOPLE = frozenset(
    "people person prisoner dissident detainee captive hostage inmate protester protestor activist "
    "opponent journalist civilian soldier worker migrant refugee citizen national sailor crew member "
    "politician candidate demonstrator victim".split()
)
# More nouns a number counts people with, read by claims only: words for people by condition, age,
# trade or part in a happening. A count of them stays a count of its own noun ("12 pilots"), but a
# count of a named happening with no precise time joins a count of people of that happening whose
# value it agrees with ("12 airmen killed" and "12 pilots died": one claim, two witnesses). A word
# for a group of people ("family", "unit") or for their remains ("body") is not here: five families
# are not five people.
COUNTED_PEOPLE = PEOPLE | frozenset(
    "man woman child boy girl adult individual resident inhabitant passenger traveller traveler tourist "
    "visitor pilot airman aircrew crewman crewmember serviceman servicewoman troop fighter combatant "
    "militant mercenary officer guard rescuer firefighter survivor casualty patient employee staffer "
    "student volunteer official diplomat".split()
)
# Units of measure (lemmas, lower case, as the words of a QUANTITY entity after its number) and the
# unit each is: "72km" and "72 kilometres" are one unit; a nautical mile is not a mile.
MEASURES: dict[str, str] = {
    "km": "km", "kilometre": "km", "kilometer": "km", "kilometres": "km", "kilometers": "km",
    "mile": "mile", "miles": "mile", "nautical mile": "nautical mile", "nautical miles": "nautical mile",
    "m": "m", "metre": "m", "meter": "m", "metres": "m", "meters": "m",
    "foot": "foot", "feet": "foot", "ft": "foot",
    "kg": "kg", "kilogram": "kg", "kilogramme": "kg", "tonne": "tonne", "ton": "tonne",
    "hectare": "hectare", "acre": "acre", "square kilometre": "km2", "square kilometer": "km2",
    "square mile": "mile2",
}
# Prepositions that name the point a measure is taken from: "72km southwest of X", "435 miles
# from X", "400 nautical miles off X".
MEASURED_FROM = frozenset("of from off".split())
# Forms of the copula that can set an age as a whole predicate after a name: "Verhaegen was 63."
COPULAS = frozenset({"is", "was"})
# Verbs and event nouns (lemmas) of one happening, per happening class: "freed" and "released"
# count the same thing.
HAPPENINGS: dict[str, str] = {
    "release": "release free liberate pardon transfer let",
    "arrest": "arrest detain detention jail imprison capture seize abduct kidnap",
    "sentence": "sentence convict",
    "kill": "kill die death murder",
    "sanction": "sanction",
    "pay": "pay spend cost fund",
}
# Nouns (lemmas) that are a happening a number can belong to ("the release of 16 prisoners").
EVENT_NOUNS = frozenset("release arrest detention sentence killing death exchange deal transfer payment".split())
# Prepositions that say where a happening took people or things, and where it took place.
DESTINATION = frozenset("to into across toward towards over".split())
LOCATION = frozenset("in at near inside outside".split())
