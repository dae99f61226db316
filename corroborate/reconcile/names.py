"""Personal names across spellings and romanisations: parse, key, compare, and say why.

    parse_name(form) -> PersonName
    surname_keys(name) -> frozenset[str]        blocking keys: equal keys are worth comparing
    compare(a, b) -> Verdict                    same person or not, with the features that decided

String similarity alone cannot both join "Aleksandr Gritsenko" with "Oleksandr Hrytsenko" and
keep "Pavel Sokolovsky" apart from his wife "Anna Sokolovskaya" (FINDINGS.md). So a name is compared part by
part: the surname by a phonetic skeleton built from how Slavic names are romanised (Belarusian
ts/dz before i or e for Russian t/d, h for g, ia for e, ou for ov, a for an unstressed o; kh/h,
w/v, j/y), with its gendered ending read off first and never ignored; given names by the same
rules, by initials, or by a table of variants the rules cannot derive (given_names.txt).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources

from anyascii import anyascii
from nameparser import HumanName

from corroborate.lang.xx import names as xx_names

# The particles, endings and romanisation rules of names are many languages' knowledge:
# lang/xx/names.py, compiled here.
PARTICLES = xx_names.PARTICLES
DIGRAPH_LETTERS = str.maketrans(xx_names.DIGRAPH_LETTERS)


class Gender(StrEnum):
    FEMININE = "feminine"
    MASCULINE = "masculine"


GENDERED_ENDINGS: tuple[tuple[re.Pattern[str], Gender, str], ...] = tuple(
    (re.compile(pattern), Gender(gender), stem) for pattern, gender, stem in xx_names.GENDERED_ENDINGS
)
SLAVIC_MARKS = re.compile(xx_names.SLAVIC_MARKS)
Rules = tuple[tuple[re.Pattern[str], str, str], ...]  # (pattern, replacement, the rule in words)


def _rules(*rules: tuple[str, str, str]) -> Rules:
    return tuple((re.compile(p), r, why) for p, r, why in rules)


SLAVIC_RULES = _rules(*xx_names.SLAVIC_RULES)
GENERAL_RULES = _rules(*xx_names.GENERAL_RULES)
VOWELS = re.compile(r"[aeiouy]")
DOUBLES = re.compile(r"(.)\1+")


@dataclass(frozen=True)
class PersonName:
    form: str  # as written (whitespace normalised)
    given: tuple[str, ...]  # folded, lower case; an initial is one letter
    surname: str  # folded, lower case, particles and the gendered ending kept
    gender: Gender | None  # read off the surname's ending

    @property
    def full(self) -> bool:
        return bool(self.given and self.surname)


@dataclass(frozen=True)
class Verdict:
    same: bool
    features: tuple[str, ...]  # what matched or what kept them apart, in words


def fold(text: str, digits: bool = False) -> str:
    """Lower-case ASCII letters, hyphens and spaces (and digits if asked): 'Kovačević' -> 'kovachevich'."""
    ascii_text = anyascii(text.translate(DIGRAPH_LETTERS)).lower()
    drop = r"[^a-z0-9\- ]" if digits else r"[^a-z\- ]"
    return " ".join(re.sub(drop, "", ascii_text.replace(".", " ")).split())


@cache
def parse_name(form: str) -> PersonName:
    form = " ".join(form.split())
    words = form.split()
    if len(words) == 1 or all(w.lower() in PARTICLES for w in words[:-1]):  # "Smith", "Van der Berg"
        surname = fold(form)
        return PersonName(form, (), surname, _gender(surname))
    parsed = HumanName(form)
    given = tuple(fold(w) for w in f"{parsed.first} {parsed.middle}".split() if fold(w))
    surname = fold(parsed.last) or fold(words[-1])
    return PersonName(form, given, surname, _gender(surname))


def surname_keys(name: PersonName) -> frozenset[str]:
    """Keys under which `name` is filed for comparison: its general skeleton and, if the surname
    looks Slavic, its Slavic one. Two names are compared only when they share a key."""
    stem = _stem(name.surname)
    keys = {"g:" + _skeleton(stem, GENERAL_RULES)[0]}
    if is_slavic(name.surname):
        keys.add("s:" + _skeleton(stem, SLAVIC_RULES)[0])
    return frozenset(keys)


def is_slavic(surname: str) -> bool:
    return bool(surname) and SLAVIC_MARKS.search(_core(surname)) is not None


def compare(a: PersonName, b: PersonName) -> Verdict:
    """Whether two full or partial names can be the same person. Surnames must match; given names
    must match when both are known. A missing given name is no evidence either way."""
    if a.gender and b.gender and a.gender is not b.gender:
        return Verdict(False, (f"gendered endings differ: {a.surname} ({a.gender}) vs {b.surname} ({b.gender})",))
    if a.full and b.full and _letters(a.form) == _letters(b.form):
        return Verdict(True, (f"the same letters but for spaces and hyphens: {a.form} ~ {b.form}",))
    slavic = is_slavic(a.surname) and is_slavic(b.surname)
    surname = _same_part(a.surname, b.surname, slavic, "surname")
    if surname is None:
        return Verdict(False, (f"surnames differ: {a.surname} vs {b.surname}",))
    features = [surname]
    if a.given and b.given:
        for i, (x, y) in enumerate(zip(a.given, b.given, strict=False)):
            given = _same_given(x, y, slavic)
            if given is None:
                if i > 0 and (len(x) == 1 or len(y) == 1):  # "John P." vs "John Paul": fine; vs "John Q.": not
                    return Verdict(False, (*features, f"middle initials differ: {x} vs {y}"))
                if i > 0:
                    continue  # a second given name written by one report only
                return Verdict(False, (*features, f"given names differ: {x} vs {y}"))
            features.append(given)
    else:
        features.append("no given name on one side")
    if a.gender and a.gender is b.gender:
        features.append(f"both {a.gender}")
    return Verdict(True, tuple(features))


def _letters(form: str) -> str:
    """A name's letters alone: 'Abu-Zaid' and 'Abu Zaid', 'Pir Hossein' and 'Pirhossein' are one."""
    return fold(form).replace(" ", "").replace("-", "")


def _same_given(x: str, y: str, slavic: bool) -> str | None:
    if x == y:
        return f"given name {x}"
    if len(x) == 1 or len(y) == 1:
        return f"initial {x[0]}." if x[0] == y[0] else None
    if _variant_groups(x) & _variant_groups(y):
        return f"given names {x}~{y} (table of variants)"
    return _same_part(x, y, slavic or is_slavic(x) or is_slavic(y), "given names")


def _same_part(x: str, y: str, slavic: bool, what: str) -> str | None:
    """How two name parts are the same (spelling, general or Slavic skeleton), or None."""
    if x == y:
        return f"{what} {x}: same spelling"
    stem_x, stem_y = _stem(x), _stem(y)
    key_x, why_x = _skeleton(stem_x, GENERAL_RULES)
    key_y, why_y = _skeleton(stem_y, GENERAL_RULES)
    if key_x == key_y:
        return f"{what} {x}~{y}: same skeleton '{key_x}'" + _because(why_x | why_y)
    if slavic:
        key_x, why_x = _skeleton(stem_x, SLAVIC_RULES)
        key_y, why_y = _skeleton(stem_y, SLAVIC_RULES)
        if key_x == key_y:
            return f"{what} {x}~{y}: same Slavic romanisation skeleton '{key_x}'" + _because(why_x | why_y)
    return None


def _because(rules: set[str]) -> str:
    return f" ({'; '.join(sorted(rules))})" if rules else ""


def _core(surname: str) -> str:
    """The surname without particles or spaces: 'al-rashidi' -> 'rashidi', 'van der berg' -> 'berg'."""
    parts = [p for p in re.split(r"[\s]+", surname) if p]
    while len(parts) > 1 and parts[0] in PARTICLES:
        parts.pop(0)
    core = "".join(parts)
    for particle in PARTICLES:
        if core.startswith(particle + "-"):
            core = core[len(particle) + 1 :]
            break
    return core.replace("-", "")


def _gender(surname: str) -> Gender | None:
    core = _core(surname)
    if not is_slavic(surname):
        return None
    for pattern, gender, _ in GENDERED_ENDINGS:
        if pattern.search(core):
            return gender
    return None


def _stem(part: str) -> str:
    """The name part with a gendered ending rewritten to a common stem (when it looks Slavic)."""
    core = _core(part)
    if is_slavic(part):
        for pattern, _, stem in GENDERED_ENDINGS:
            if pattern.search(core):
                return pattern.sub(stem, core)
    return core


def _skeleton(stem: str, rules: Rules) -> tuple[str, set[str]]:
    """Consonant skeleton of `stem` after `rules`; a leading vowel is kept as 'A'. And the rules used."""
    used = set()
    text = stem
    for pattern, repl, why in rules:
        text, n = pattern.subn(repl, text)
        if n:
            used.add(why)
    lead = "A" if text[:1] in "aeiouy" and text else ""
    return lead + DOUBLES.sub(r"\1", VOWELS.sub("", text)), used


@cache
def _variants() -> dict[str, frozenset[int]]:
    table: dict[str, set[int]] = {}
    text = resources.files("corroborate.reconcile").joinpath("given_names.txt").read_text("utf-8")
    for number, line in enumerate(text.splitlines()):
        if line.strip() and not line.startswith("#"):
            for name in line.split():
                table.setdefault(name, set()).add(number)
    return {name: frozenset(groups) for name, groups in table.items()}


def _variant_groups(name: str) -> frozenset[int]:
    return _variants().get(name, frozenset())
