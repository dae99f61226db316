"""Language knowledge as data, one package per language (laid out like spaCy's `lang/`).

    data("en", "events")        corroborate.lang.en.events: the English words for happenings
    data("fr", "time")          no French package yet: English's, the stated default (DEFAULT)
    rules_language("fr")        "en": the language whose rules a French report is read with
    fallbacks(["en", "fr"])     {"fr": "en"}: what the run tells the user it did

The engine's own tables (`corroborate.event_types`) say what a thing is; a language package says
how that language words it. A stage asks for the data of its report's `Source.meta.language`.
A language without a package is read with DEFAULT's rules, and the run says so (`fallbacks`):
never silently. A package that exists but lacks a part is an error, not a fallback.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from functools import cache
from types import ModuleType

from corroborate.errors import CorroborateError

# The language whose rules read a report in a language that has no package here (or none told:
# "und"). English: the only language the rules were written and measured for so far.
DEFAULT = "en"
# The package of knowledge that holds across languages (page furniture in many languages, name
# particles); read directly, never as a report's language.
MULTI = "xx"


@cache
def available() -> frozenset[str]:
    """The languages that have a package under corroborate/lang/ (`xx`, as in spaCy, holds what is
    true of many languages at once, such as name particles: it reads no report on its own)."""
    return frozenset(m.name for m in pkgutil.iter_modules(__path__) if m.ispkg and m.name != MULTI)


def rules_language(language: str) -> str:
    """The language whose data reads a report in `language`: its own, or DEFAULT's."""
    return language if language in available() else DEFAULT


def fallbacks(languages: Iterable[str]) -> dict[str, str]:
    """Each of `languages` that is read with another language's rules, and whose."""
    return {code: rules_language(code) for code in sorted(set(languages)) if rules_language(code) != code}


@cache
def data(language: str, part: str) -> ModuleType:
    """The `part` module ("events", "time", ...) of the language that reads `language`."""
    code = rules_language(language)
    try:
        return importlib.import_module(f"{__name__}.{code}.{part}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{code}.{part}":
            raise
        raise CorroborateError(f"language {code!r} has no {part!r} data (corroborate/lang/{code}/{part}.py)") from None
