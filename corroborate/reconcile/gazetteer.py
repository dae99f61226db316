"""Places by name in many languages, from the Unicode CLDR shipped with Babel: the names of
countries and territories, and of the cities that name a time zone ("Moscou", "Moskwa", "Mosca"
are one city), each in the languages of lang/xx/places.py.

    place_of(form) -> Place | None     the one place a name stands for, or None (unknown or ambiguous)

A name that stands for two places stands for none: the gazetteer types and joins only what it can
tell apart. Only a country and cities of its own ("Qatar", "Kuwait": the country and its capital)
go to the country, as a report naming them alone most often means it. Regions ("Americas",
"Europe") are left out: "America" is most often the United States.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from babel import Locale
from babel.core import UnknownLocaleError, get_global

from corroborate.lang.xx import places as data
from corroborate.reconcile.names import fold


@dataclass(frozen=True)
class Place:
    id: str  # "territory:MA", "city:Europe/Moscow"
    name: str  # its English name ("Morocco", "Moscow")

    @property
    def kind(self) -> str:
        return "country or territory" if self.id.startswith("territory:") else "city"


def place_of(form: str) -> Place | None:
    """The place `form` names in some language, when it names exactly one ('the' and dots ignored)."""
    return _table().get(_key(form))


def _key(form: str) -> str:
    folded = fold(form.replace(".", "").replace("-", " ").replace("’", "'"))
    return folded[4:] if folded.startswith("the ") else folded


@cache
def _table() -> dict[str, Place]:
    found: dict[str, set[Place]] = {}
    for name, named in _names():
        if _key(name):
            found.setdefault(_key(name), set()).add(named)
    table: dict[str, Place] = {}
    for key, places in found.items():
        one = _one(places)
        if one is not None:
            table[key] = one
    return table


def _one(places: set[Place]) -> Place | None:
    if len(places) == 1:
        return next(iter(places))
    countries = [p for p in places if p.id.startswith("territory:")]
    zones = get_global("zone_territories")
    own = len(countries) == 1 and all(p in countries or zones.get(p.id[5:]) == countries[0].id[10:] for p in places)
    return countries[0] if own else None


def _names() -> list[tuple[str, Place]]:
    english = Locale.parse("en")
    territories = {code: Place(f"territory:{code}", name) for code, name in english.territories.items()
                   if code.isalpha() and code not in data.NOT_PLACES}
    zones = sorted(z for z in get_global("zone_territories") if not z.startswith(data.ZONE_GROUPS_LEFT_OUT))
    cities = {zone: Place(f"city:{zone}", _city(english, zone) or zone.rsplit("/", 1)[-1].replace("_", " "))
              for zone in zones}
    names = [(p.name, p) for p in [*territories.values(), *cities.values()]]
    for language in data.LANGUAGES:
        try:
            locale = Locale.parse(language)
        except UnknownLocaleError:
            continue
        names += [(n, territories[c]) for c, n in locale.territories.items() if c in territories]
        names += [(n, cities[z]) for z in zones if (n := _city(locale, z))]
    return names


def _city(locale: Locale, zone: str) -> str | None:
    city = locale.time_zones.get(zone, {}).get("city")
    return city if isinstance(city, str) else None
