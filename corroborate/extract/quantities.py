"""Quantities: the numbers a report states, what each counts, and the happening it belongs to.

    quantities(parsed) -> tuple[Quantity, ...]

A number comes from spaCy's CARDINAL, PERCENT, MONEY, QUANTITY entities and from DATE/TIME
entities that are durations ("11 years", "10 minutes") or ages ("71-year-old", and "Miguel Luna,
40," or "Hamish Harding (58)": a number set as an apposition beside a person's name). Its value is
normalised ("fourteen", "half a dozen", "9.5 million"), its qualifier kept ("more than", "over",
"some", "up to"). What it counts is the noun it modifies ("14 dissidents"); a percentage counts
what it is "of" ("4% of GDP"); a measure (a QUANTITY of a known unit: "64km", "300 nautical
miles") counts its unit, and its happening is the place it is measured from ("from varonsk") or
the noun it is the size of ("depth"), never the verb. The happening is the nearest verb or event noun above that noun in
the parse ("freeing 14 dissidents", "the release of 16 prisoners"). Its time is the sentence's
own date expression or, failing that, the last one earlier in the same paragraph, the way a
narrative sets its time once ("In June, ... . He pledged to release 14 more prisoners").
The words are the report's language's (`lang/<code>/quantities.py`, `numbers.py`: `words`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from corroborate import lang
from corroborate.extract import when as time
from corroborate.extract.nlp import Parsed
from corroborate.extract.spans import entities_in, entity_at, sentence_of, sentences
from corroborate.extract.timing import sentence_times
from corroborate.model import Qualifier, Quantity, QuantityKind, Reference, When

# How a number attaches to the noun it counts.
NUMBER_DEPS = ("nummod", "amod", "quantmod", "compound")
@dataclass(frozen=True)
class Words:
    """A language's quantity words (`lang/<code>/quantities.py`, `numbers.py`), as lookups and patterns."""

    numbers: dict[str, int]  # "fourteen" -> 14, "dozen" -> 12
    qualifiers: tuple[tuple[re.Pattern[str], Qualifier], ...]  # each ends at the number: "more than\s*$"
    exact: re.Pattern[str]  # "only 14"
    not_number: re.Pattern[str]  # the currency signs, "US", "per cent" of an amount
    happening: dict[str, str]  # verb or event noun -> its happening class


@cache
def words(language: str) -> Words:
    """The quantity words of the language that reads a report in `language`, compiled once."""
    said, spelled = lang.data(language, "quantities"), lang.data(language, "numbers")
    return Words(
        numbers={w: i for i, w in enumerate(spelled.CARDINALS)} | spelled.TENS | {spelled.DOZEN: 12},
        qualifiers=tuple((re.compile(rf"\b(?:{pattern})\s*$", re.I), Qualifier(name))
                         for name, pattern in said.QUALIFIERS.items()),
        exact=re.compile(rf"^(?:{said.EXACT})\s+", re.I),
        not_number=re.compile(rf"[$€£¥₽%]|\b(?:{said.AMOUNT_WORDS})\b", re.I),
        happening={word: name for name, listed in said.HAPPENINGS.items() for word in listed.split()},
    )


def quantities(parsed: Parsed, reference: Reference | None = None) -> tuple[Quantity, ...]:
    times = sentence_times(parsed, reference)
    found = []
    for sentence in sentences(parsed.doc):
        found += list(_numbers(sentence, parsed.source.id, times[sentence.start_char].at, parsed.source.meta.language))
    return tuple(found)


def _numbers(sentence: Span, source: str, at: When | None, language: str) -> Iterator[Quantity]:
    if _is_date_line(sentence):
        return  # "15 JUN 2023, 14:20": the page's date line states no fact
    ages = _apposed_ages(sentence, lang.data(language, "quantities").COPULAS)
    taken = {t.i for t in ages}
    for token in ages:
        number = Span(sentence.doc, token.i, token.i + 1, label="CARDINAL")
        age = _quantity(number, source, at, float(token.text), Qualifier.EXACT, QuantityKind.AGE, "age",
                        "years old", token, language)
        yield replace(age, trigger="", trigger_text="", dated=False, place=None)
    for ent in sorted([*entities_in(sentence), *_unlabelled_numbers(sentence)], key=lambda e: e.start):
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        label = ent.label_
        if label in ("CARDINAL", "PERCENT", "MONEY", "QUANTITY"):
            quantity = _amount(ent, source, at, language)
        elif label in ("DATE", "TIME"):
            quantity = _duration(ent, source, at, language)
        else:
            continue
        if quantity is not None:
            yield quantity


# The longest a line that gives a date and states nothing else can be, in words ("Tue 20 Jun 2023",
# "- lunedì 20 maggio 2024", "Publié le 18 septembre 2023 à 19h52"). Measured on the nine
# development stories: the 64 one-line sentences with a day and a year run from 3 to 12 words; every
# one of 7 words or fewer (57) is a date line; the sentences that are not run 9 and 12 words (wagner,
# fico), and date lines of 8 to 10 words ("Posted on June 24, 2023 by Editorial Team") exist. 7 is
# the largest length with no sentence below it on any story, so no fold of leave-one-story-out drops
# a sentence that states something; the 8-10 word date lines are left (recall, not precision).
DATE_LINE_WORDS = 7


def _is_date_line(sentence: Span) -> bool:
    """A short line made of a date: a day number, a month word and a year, and little else."""
    tokens = [t for t in sentence if not t.is_punct and not t.is_space]
    years = [t for t in tokens if re.fullmatch(r"(?:19|20)\d\d", t.text)]
    days = [t for t in tokens if re.fullmatch(r"\d{1,2}", t.text) and 1 <= int(t.text) <= 31]
    return bool(years and days) and len(tokens) <= DATE_LINE_WORDS and "\n" not in sentence.text.strip()


# The oldest age a number set beside a name can be: a larger number beside a name is not an age.
OLDEST = 120
# Marks that open an apposition after a name ("Miguel Luna, 40", "Hamish Harding (58)"), and marks
# that close it: punctuation, the same in every language that writes ages this way.
APPOSITION_OPENS = frozenset({",", "("})
APPOSITION_CLOSES = frozenset({",", ";", ")", "."})
# The entity labels of a name an age can be set beside. NER tags many foreign names of people as
# organisations ("Ovidio Quintanilla, 34,"); whether the name is a person's is resolution's to
# say: reconcile.ages drops an age beside no resolved person.
NAME_LABELS = frozenset({"PERSON", "ORG"})


def _apposed_ages(sentence: Span, copulas: frozenset[str]) -> list[Token]:
    """Ages written as an apposition to a name: a whole number of at most OLDEST between an opening
    mark right after a name (NAME_LABELS) and a closing mark ("Miguel Luna, 40, who ...", "Mr Namazi
    (52), a businessman"), in a sentence with a verb; or the whole predicate of a copula after a
    name ("Verhaegen was 63."). Punctuation and the parse say it; a word NER did not tag as a name
    says nothing, except as the subject of such a copula (whether it is a person's name is left to
    resolution)."""
    found: list[Token] = []
    if not any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return found  # "Comments (3)": an apposition is part of a clause
    for t in sentence:
        if not (t.text.isdigit() and 0 < int(t.text) <= OLDEST) or t.i < sentence.start + 2:
            continue
        opening, name = t.doc[t.i - 1], t.doc[t.i - 2]
        after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        closes = after is None or after.text in APPOSITION_CLOSES or after.i >= sentence.end
        apposed = opening.text in APPOSITION_OPENS and name.ent_type_ in NAME_LABELS
        if closes and (apposed or _copula_age(t, opening, name, copulas)):
            found.append(t)
    return [t for t in found if not _in_tally(t, found)]


def _copula_age(t: Token, copula: Token, name: Token, copulas: frozenset[str]) -> bool:
    """'Verhaegen was 63.': the number is the whole predicate of a copula whose subject, right before
    it, is a proper name (a noun NER left untagged counts only when capitalised)."""
    return (copula.lower_ in copulas and t.dep_ == "attr" and t.head == copula and name.head == copula
            and name.dep_ == "nsubj" and name.text[:1].isupper() and name.pos_ in ("PROPN", "NOUN")
            and not list(t.children))


def _in_tally(t: Token, found: list[Token]) -> bool:
    """Whether a bracketed number is one of a breakdown by name ("Azilal (11), Agadir (5),
    Casablanca (3)"): two bracketed numbers with only names and commas between them are counts
    per name, not ages ("Namazi (52), a businessman ...; Tahbaz (67)" has words between)."""
    bracketed = [n for n in found if n.doc[n.i - 1].text == "("]
    if t not in bracketed:
        return False
    for a, b in pairwise(bracketed):
        between = t.doc[a.i + 2 : b.i - 1]
        if t in (a, b) and all(x.pos_ == "PROPN" or x.text == "," for x in between):
            return True
    return False


def _unlabelled_numbers(sentence: Span) -> list[Span]:
    """Numbers NER left out, most often a number word opening a sentence ("Eleven crew members")."""
    taken = {i for ent in entities_in(sentence) for i in range(ent.start, ent.end)}
    return [
        Span(sentence.doc, t.i, t.i + 1, label="CARDINAL")
        for t in sentence
        if t.i not in taken and t.like_num and t.dep_ in NUMBER_DEPS and t.head.pos_ == "NOUN"
    ]


def _amount(ent: Span, source: str, at: When | None, language: str) -> Quantity | None:
    said = lang.data(language, "quantities")
    measure = _measure(ent, source, at, language) if ent.label_ == "QUANTITY" else None
    if measure is not None:
        return measure
    qualifier, number_text = _qualified(ent, language)
    value = parse_number(words(language).not_number.sub(" ", number_text), language)
    if value is None:
        return None
    root = ent.root
    if ent.label_ == "PERCENT":
        of = _of_phrase(root, language)
        return _quantity(ent, source, at, value, qualifier, QuantityKind.PERCENT, f"% of {_key(of)}" if of else "%",
                         f"% of {of}" if of else "%", root, language)
    if ent.label_ == "MONEY":
        currency = next((c for sign, c in said.CURRENCIES.items() if sign in ent.text.lower()), "money")
        return _quantity(ent, source, at, value, qualifier, QuantityKind.MONEY, currency, currency, root, language)
    if re.fullmatch(r"(?:19|20)\d\d", number_text.strip()):
        return None  # "the 2022 invasion": a year, not a count
    counted = root.head if root.dep_ in NUMBER_DEPS and root.head != root else None
    partitive = [o for p in root.children if p.lower_ == said.OF for o in p.children if o.dep_ == "pobj"]
    if counted is None and partitive:  # "ten of his sailors"
        counted = partitive[0]
    if counted is None or counted.pos_ not in ("NOUN", "PROPN") or counted.i < ent.start:
        return None  # a bare number ("at least five with ..."): it counts nothing we can name
    if value == 1:
        return None  # "one factor", "one option": an article, not a count
    noun = counted.lemma_.lower()
    unit = "people" if noun in said.PEOPLE else noun
    modifiers = " ".join(t.text for t in counted.lefts if t.dep_ in ("amod", "compound") and t.i >= ent.end)
    unit_text = f"{modifiers} {counted.text}".strip()
    return _quantity(ent, source, at, value, qualifier, QuantityKind.COUNT, unit, unit_text, counted, language)


def _measure(ent: Span, source: str, at: When | None, language: str) -> Quantity | None:
    """A measure: the number of a QUANTITY entity and its unit ("about 3,800 meters", "72km"),
    with the point it is measured from where the words name one ("72km southwest of X", "435
    miles south of X"): a measure from a named point is compared with measures from that point
    whatever the verb; one from no named point, with measures of the noun it is the size of."""
    said = lang.data(language, "quantities")
    numbers = [t for t in ent if t.like_num]
    if not numbers or numbers[-1].i + 1 >= ent.end:
        return None
    unit, words = _unit_of(ent.doc[numbers[-1].i + 1 : ent.end], said.MEASURES)
    if unit is None or words is None:
        return None
    qualifier, number_text = _qualified(ent, language, ent.doc[ent.start : numbers[-1].i + 1].text)
    value = parse_number(number_text, language)
    if value is None:
        return None
    head = words[-1]
    found = _quantity(ent, source, at, value, qualifier, QuantityKind.COUNT, unit, words.text, head, language)
    found = replace(found, dated=False, place=None)
    point = _measured_from(head, ent.root, said.MEASURED_FROM)
    if point is not None:
        return replace(found, trigger=f"from {point.text.lower()}", trigger_text=point.text,
                       place=(point.start_char, point.end_char, MEASURED_FROM_ROLE))
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == said.OF and of.head.pos_ == "NOUN":  # "a depth of 18.5 km"
        return replace(found, trigger=of.head.lemma_.lower(), trigger_text=of.head.text)
    # Neither: the verb does not say what was measured ("at a depth of 18.5 km, it was felt 350 km
    # away"): no happening, and reconcile.claims compares the measure with nothing.
    return replace(found, trigger="", trigger_text="")


# How a quantity's place says the point a measure is taken from (its other roles: "to", "in").
MEASURED_FROM_ROLE = "from"
# Entity labels that are no point a measure can be taken from.
NOT_POINTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
# Entity labels of places, preferred as the point over other names.
POINT_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _unit_of(after: Span, measures: dict[str, str]) -> tuple[str | None, Span | None]:
    """The longest run of words right after the number that is a unit of `measures`, and the unit
    ("km south-west" -> km; "nautical miles" -> nautical mile)."""
    for n in range(len(after), 0, -1):
        words = after[:n]
        unit = measures.get(" ".join(t.lemma_.lower() for t in words)) or measures.get(words.text.lower())
        if unit is not None:
            return unit, words
    return None, None


def _measured_from(unit: Token, root: Token, prepositions: frozenset[str]) -> Span | None:
    """The named point a measure is taken from: under "of"/"from"/"off" of the unit itself ("200
    km of X"), of the direction word it measures ("72km southwest of X", "72 kilometres (45 miles)
    southwest of X"), or that preposition itself ("400 nautical miles off X", not the "of" whose
    object the unit is: "a depth of 18.5 km"); None when no name is there."""
    nodes = [unit, root, *(c for c in unit.children if c.dep_ == "appos" and not c.ent_type_)]  # not another measure
    head = unit.head
    if head != unit and head.pos_ not in ("VERB", "AUX") and unit.dep_ != "pobj":
        nodes.append(head)
    preps = [c for n in nodes for c in n.children if c.lower_ in prepositions and c.dep_ == "prep"]
    if head in nodes and head.lower_ in prepositions and head.pos_ == "ADP":
        preps.append(head)
    for prep in preps:
        names = [t for t in prep.subtree if t.ent_iob_ == "B" and t.ent_type_ not in NOT_POINTS]
        # A place name before any other ("from the Russian capital Moscow": Moscow, not Russian).
        names.sort(key=lambda t: t.ent_type_ not in POINT_LABELS)
        if names:
            return entity_at(names[0])
    return None


def _duration(ent: Span, source: str, at: When | None, language: str) -> Quantity | None:
    found = time.patterns(language)
    age = found.age.match(ent.text)
    if age:
        years = float(age.group("n"))
        quantity = _quantity(ent, source, at, years, Qualifier.EXACT, QuantityKind.AGE, "age", "years old", ent.root,
                             language)
        return replace(quantity, trigger="", trigger_text="")
    match = found.duration.match(ent.text)
    if not match:
        return None
    qualifier, number_text = _qualified(ent, language, match.group("n"))
    value = parse_number(number_text, language)
    if value is None:
        return None
    unit = match.group("unit").lower()
    return _quantity(ent, source, at, value, qualifier, QuantityKind.DURATION, unit, unit + "s", ent.root, language)


def _quantity(
    ent: Span, source: str, at: When | None, value: float, qualifier: Qualifier, kind: QuantityKind, unit: str,
    unit_text: str, anchor: Token, language: str,
) -> Quantity:
    sentence = sentence_of(ent)
    trigger = _happening(anchor, language)
    return Quantity(
        dated=trigger is not None and _dates(ent.doc, at, trigger),
        place=place_of(trigger, language) if trigger is not None else None,
        source=source,
        start=sentence.start_char,
        end=sentence.start_char + len(sentence.text.rstrip()),
        value_start=ent.start_char,
        value_end=ent.end_char,
        value=value,
        qualifier=qualifier,
        kind=kind,
        unit=unit,
        unit_text=unit_text,
        trigger=_happening_class(trigger, language),
        trigger_text=trigger.text if trigger is not None else "",
        when=at,
    )


PLACE_LABELS = ("GPE", "LOC", "FAC", "ORG")  # ORG too: NER tags many cities so; entity types decide later


def place_of(trigger: Token, language: str) -> tuple[int, int, str] | None:
    """The first name under a place preposition of the happening: "released across the border with
    Ukraine" -> Ukraine (to), "met in Geneva" -> Geneva (in)."""
    said = lang.data(language, "quantities")
    for prep in trigger.children:
        role = "to" if prep.lower_ in said.DESTINATION else "in" if prep.lower_ in said.LOCATION else None
        if role is None or prep.dep_ != "prep":
            continue
        for token in prep.subtree:
            if token.ent_type_ in PLACE_LABELS and token.ent_iob_ == "B":
                ent = entity_at(token)
                return ent.start_char, ent.end_char, role
    return None


def _dates(doc: Doc, at: When | None, trigger: Token) -> bool:
    """Whether the date words of `at` hang off `trigger` in the parse ("released on Friday"), and
    not off another verb on the way ("were killed ..., and the toll was expected to climb on
    Saturday": Saturday is when the toll climbs; "the quake that rocked the province late on
    Friday has killed 2,012": Friday is when it rocked, not when the count was made)."""
    if at is None or at.inherited or at.start is None or at.end is None:
        return False
    words = doc.char_span(at.start, at.end, alignment_mode="expand")
    current: Token | None = words.root if words is not None else None
    for _ in range(6):
        if current is None or current == trigger:
            return current == trigger
        if current.pos_ == "VERB" and (words is None or current not in words):
            return False
        current = current.head if current.head != current else None
    return False


def _qualified(ent: Span, language: str, number_text: str | None = None) -> tuple[Qualifier, str]:
    """The qualifier written in or just before the entity, and the number's own words."""
    text = number_text if number_text is not None else ent.text
    before = ent.doc[max(sentence_of(ent).start, ent.start - 3) : ent.start].text
    found = words(language)
    for pattern, qualifier in found.qualifiers:
        inside = re.match(rf"^\s*(?:{pattern.pattern[:-4]})\s+", text, re.I)
        if inside:
            return qualifier, text[inside.end() :]
        if pattern.search(before + " "):
            return qualifier, text
    return Qualifier.EXACT, found.exact.sub("", text)


def parse_number(text: str, language: str) -> float | None:
    """'1,234' -> 1234; 'fourteen' -> 14; 'half a dozen' -> 6; '9.5 million' -> 9.5e6; else None."""
    spelled, numbers = lang.data(language, "numbers"), words(language).numbers
    said = text.lower().replace(",", "").replace("-", " ").split()
    if not said:
        return None
    total, current, seen = 0.0, 0.0, False
    for word in said:
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            current += float(word)
        elif word in numbers:
            current = (current or 1) * 12 if word == spelled.DOZEN else current + numbers[word]
        elif word in spelled.SCALES:
            current = (current or 1) * spelled.SCALES[word]
            if spelled.SCALES[word] >= 1000:
                total, current = total + current, 0.0
        elif word == spelled.HALF:
            current += 0.5
        elif word in spelled.FILLERS:
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def _of_phrase(token: Token, language: str) -> str:
    """The noun phrase after 'of' ("4% of the country's gross domestic product"), without determiners."""
    of = lang.data(language, "quantities").OF
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == of:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ not in ("det", "poss", "case")]
                    return " ".join(t.text for t in words if not t.is_punct)
    return ""


def _key(phrase: str) -> str:
    """'gross domestic product' and 'GDP' both -> 'gdp'."""
    words = re.findall(r"\w+", phrase.lower())
    return "".join(w[0] for w in words) if len(words) > 1 else (words[0] if words else "")


def _happening_class(trigger: Token | None, language: str) -> str:
    """The happening class of a trigger ("freed" -> "release"), else its lemma; "" without one."""
    if trigger is None:
        return ""
    lemma = trigger.lemma_.lower()
    return words(language).happening.get(lemma, lemma)


def _happening(token: Token, language: str) -> Token | None:
    """The nearest verb or event noun at or above `token`."""
    event_nouns = lang.data(language, "quantities").EVENT_NOUNS
    current: Token | None = token
    for _ in range(8):
        if current is None:
            return None
        if current.pos_ == "VERB" or (current.pos_ == "NOUN" and current.lemma_.lower() in event_nouns):
            return current
        current = current.head if current.head != current else None
    return None
