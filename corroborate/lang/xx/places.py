"""Which part of the Unicode CLDR (shipped with Babel) the place gazetteer reads: the languages
whose names of countries and cities it takes, and the codes and time zones that are no place a
report names. Read by `reconcile/gazetteer.py`."""

from __future__ import annotations

# Languages whose CLDR names of countries and cities are read: the world's most written news
# languages and those of Europe, the Middle East and Asia. More languages only add spellings.
LANGUAGES: tuple[str, ...] = tuple(
    "en fr de es it pt nl sv da nb fi pl cs sk sl hr sr bs bg ro hu el lt lv et ru uk be ka hy az "
    "tr ar fa ur he hi bn id ms vi th zh ja ko sw".split()
)
# CLDR territory codes that are no place: unions, the eurozone, "Outlying Oceania", "Unknown Region"
# ("United Nations" is an organisation).
NOT_PLACES = frozenset("EU EZ UN QO ZZ".split())
# Time-zone groups whose exemplar "cities" are research stations and oceans' islands (Antarctica's
# "Casey", "Davis", "Palmer" are surnames) or no city at all.
ZONE_GROUPS_LEFT_OUT = ("Antarctica/", "Etc/")
