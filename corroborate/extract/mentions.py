"""Named-entity mentions: spaCy's entities, trimmed to the name itself, with type cues from context.

    mentions(parsed) -> tuple[Mention, ...]

NER labels on news text are often wrong (an airline tagged as a place, a drug as a person,
a surname alone as an organisation). We keep spaCy's label as one vote and add cues read from
the parse: the noun a name stands in apposition to or is compounded with ("the state airline,
X", "the drug X", "X, an injectable drug", "the port of X"), a personal title before it, or the
report's own byline or outlet. reconcile.entities weighs the votes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache
from types import ModuleType

from spacy.tokens import Doc, Span, Token

from corroborate import lang
from corroborate.extract.nlp import Parsed
from corroborate.extract.spans import entities
from corroborate.lang.xx.names import PARTICLES
from corroborate.model import CUE_WEIGHT, LABEL_TYPES, Cue, EntityType, Mention
from corroborate.reconcile.gazetteer import place_of

# The words that say what a name is and where it ends (cue and head nouns, titles, articles,
# possessives) are the report language's: lang/<code>/mentions.py, read through `words`.
# An address, not a name: e-mail, web addresses and domains (technical, the same in any language).
NOT_A_NAME = re.compile(r"@|https?:|www\.|\.(com|org|net)\b", re.IGNORECASE)
# A line with this share of capitalised words (and at least TITLE_CASE_MIN_WORDS words) is a
# headline: there, capitalised common words ("a New Cancer Drug") are not names.
TITLE_CASE_SHARE = 0.8
TITLE_CASE_MIN_WORDS = 4
MAX_NAME_TOKENS = 8
# A run of word characters: a word the text writes is one of its maximal runs of them.
WORD = re.compile(r"\w+")
# A name modifying a noun says less than apposition: "the Kestrel missile" is a missile, but
# "a Ryanair jet" is not; such a cue weighs like one NER label.
MODIFIER_WEIGHT = 1.0
MODIFIED_KINDS = (EntityType.ORGANIZATION, EntityType.PLACE)
# A name the gazetteer knows as one country or city: more than one NER label (spaCy's small model
# calls "Kyiv" or "Agadir" a person in a sentence it misreads), less than a title or apposition
# ("Mr Regina", "the singer Georgia"), so context still wins. Tried 1.0, 1.5, 2.0, 2.9 on the 9
# development stories (Maui not looked at): 1.5 to 2.9 give the same merges and types, no wrong
# merge; 1.0 (a tie, which goes to person) loses pairs on five stories (kakhovka-dam 0.255 -> 0.213)
# and types on two. Of the best, the lightest: 1.5. Leave-one-out: with any one story held out,
# 1.0 still loses on at least four of the rest and 1.5 is chosen, with the scores above.
GAZETTEER_WEIGHT = 1.5


def mentions(parsed: Parsed) -> tuple[Mention, ...]:
    doc, source = parsed.doc, parsed.source
    language = source.meta.language
    bylines = {" ".join(b.split()) for b in source.meta.bylines}
    outlet = " ".join((source.meta.outlet or "").split())
    text = Text(source.text)
    found = []
    for ent in entities(doc):
        if ent.label_ not in LABEL_TYPES:
            continue
        name = _trim(ent, text, words(language), lang.rules_language(language) != language)
        if name is None or _not_a_name(name, text):
            continue
        cues = tuple(_cues(name, bylines, outlet, language))
        found.append(Mention(source.id, name.start_char, name.end_char, name.text, ent.label_, cues))
    return tuple(found)


def _trim(ent: Span, text: Text, data: ModuleType, foreign: bool = False) -> Span | None:
    """The name inside spaCy's entity: no article, title, possessive, trailing small word or line break."""
    doc = ent.doc
    start, end = ent.start, ent.end
    headline = text.in_headline(ent.start_char, ent.end_char)
    for i in range(start, end):  # a line break ends a name; in a headline, so does a possessive
        if (doc[i].is_space and "\n" in doc[i].text) or (headline and doc[i].text in data.POSSESSIVES):
            end = i
            break
    while start < end and (doc[start].lower_ in data.LEADING_WORDS or doc[start].lower_ in data.PERSONAL_TITLES):
        start += 1
    while start < end and _trailing(doc[end - 1], data.POSSESSIVES):
        end -= 1
    if headline:  # "Brings Zoryana Crew Home": capitalised common words around a name are not part of it
        while start < end and _common_word(doc[end - 1], text):
            end -= 1
        while start < end and _common_word(doc[start], text):
            start += 1
    if ent.label_ == "PERSON":
        start, end = _name_run(doc, start, end, shortest=1 if foreign else 2)
    if start >= end or end - start > MAX_NAME_TOKENS or not _capitalised(doc[start]):
        return None
    return doc[start:end]


def _name_run(doc: Doc, start: int, end: int, shortest: int = 2) -> tuple[int, int]:
    """A personal name is capitalised words (and particles: "al", "van der"): when NER runs a name
    into the sentence ("Jan Novotný začátkem června řekl", "Chi è Ivan Petrov"), the longest
    run of them that starts with a capital, the last of equals. In a report in the language the
    rules are written for, a run of one word ("Jutarnji list", a newspaper NER took for a person) is
    a name with a small word in it, kept whole (`shortest` 2); in a report read with another
    language's rules the model runs names into words it does not know ("Petrenko si"): 1."""
    runs: list[tuple[int, int]] = []
    run_start = start
    for i in range(start, end + 1):
        if i == end or _breaks_name(doc[i]):
            if i > run_start and doc[run_start].text[:1].isupper():
                runs.append((run_start, i))
            run_start = i + 1
    longest = max(reversed(runs), key=lambda r: r[1] - r[0], default=(start, end))
    return longest if longest[1] - longest[0] >= shortest else (start, end)


def _breaks_name(token: Token) -> bool:
    """A lower-case word that is no name particle ("začátkem", "è"); hyphens, dots, apostrophes are
    parts of names."""
    return token.is_alpha and token.text.islower() and token.lower_ not in PARTICLES


def _trailing(token: Token, possessives: frozenset[str]) -> bool:
    """Not the end of a name: punctuation, space, a possessive, a small lower-case word ("as")."""
    return token.is_punct or token.is_space or token.text in possessives or (token.is_stop and not _capitalised(token))


def _common_word(token: Token, text: Text) -> bool:
    """A word the text also writes in lower case."""
    return token.is_alpha and text.has_word(token.lower_)


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or token.like_num


def _not_a_name(name: Span, text: Text) -> bool:
    """Addresses, bare numbers, and capitalised common words: in a headline, words that the text
    also writes in lower case ("a New Cancer Drug"); elsewhere, a phrase it also writes so."""
    if NOT_A_NAME.search(name.text) or all(t.like_num for t in name):
        return True
    if text.in_headline(name.start_char, name.end_char):
        words = [t.lower_ for t in name if t.is_alpha or "-" in t.text]
        return bool(words) and all(text.has_word(w) for w in words)
    lower = name.text.lower()
    return len(name) > 1 and lower != name.text and text.contains(lower)


class Text:
    """A report's text and what names are checked against, each worked out once: where its lines
    end, which lines are headlines, its words. Asked per entity of the whole text, these were a cost
    in the square of the report's length."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks = [m.start() for m in re.finditer("\n", text)]
        self._words = frozenset(re.findall(r"\w+", text))
        self._headlines: dict[tuple[int, int], bool] = {}
        self._matched: dict[str, bool] = {}  # word -> found as a word (those not all word characters)
        self._held: dict[str, bool] = {}  # phrase -> found anywhere

    def in_headline(self, start: int, end: int) -> bool:
        """Whether the line(s) holding text[start:end] read as a headline (mostly capitalised words)."""
        before = bisect_left(self._breaks, start)  # the line starts after the last break before `start`
        after = bisect_left(self._breaks, end)  # and ends at the first break at or after `end`
        line = (self._breaks[before - 1] + 1 if before else 0, self._breaks[after] if after < len(self._breaks) else -1)
        if line not in self._headlines:
            self._headlines[line] = _title_case(self.text[line[0] : line[1] if line[1] >= 0 else None])
        return self._headlines[line]

    def has_word(self, word: str) -> bool:
        """Whether the text writes `word` as a word of its own (a regular expression's \\b...\\b)."""
        if WORD.fullmatch(word):
            return word in self._words
        if word not in self._matched:
            self._matched[word] = re.search(rf"\b{re.escape(word)}\b", self.text) is not None
        return self._matched[word]

    def contains(self, phrase: str) -> bool:
        if phrase not in self._held:
            self._held[phrase] = phrase in self.text
        return self._held[phrase]


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    capitalised = sum(w[:1].isupper() for w in words)
    return len(words) >= TITLE_CASE_MIN_WORDS and capitalised >= TITLE_CASE_SHARE * len(words)


def _cues(name: Span, bylines: set[str], outlet: str, language: str) -> Iterator[Cue]:
    data = words(language)
    form = " ".join(name.text.split())
    if form in bylines:
        yield Cue(EntityType.PERSON, "byline")
    if form == outlet:
        yield Cue(EntityType.ORGANIZATION, "the report's outlet")
    place = place_of(form)
    if place is not None:
        yield Cue(EntityType.PLACE, f"gazetteer: the {place.kind} {place.name}", GAZETTEER_WEIGHT)
    head_word = _head_word(name, data.HEAD_ENDS)
    for kind, nouns in head_nouns(language).items():
        if head_word in nouns:
            yield Cue(kind, f"head noun '{head_word}'")
    before = name.doc[name.start - 1] if name.start > 0 else None
    if before is not None and before.lower_ in data.PERSONAL_TITLES:
        yield Cue(EntityType.PERSON, f"title '{before.text}'")
    root = name.root
    # Nouns the name is in apposition to, or that modify it ("the drug Slimzen").
    related = [c for c in root.children if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < name.start)]
    if root.dep_ == "appos":
        related.append(root.head)
    for token in related:
        yield from _noun_cue(token, f"apposition '{token.text}'", cue_nouns(language))
    # The name modifies a noun ("the Aerovia airline", "the port of Darnova"). A personal noun
    # there ("Ledger editor") says nothing about the name itself, nor does a product noun: "a
    # Ryanair jet" is the airline's jet.
    head = root.head
    if root.dep_ == "compound" and head.i >= name.end:
        yield from _noun_cue(head, f"modifies '{head.text}'", cue_nouns(language), MODIFIER_WEIGHT, MODIFIED_KINDS)
    elif root.dep_ == "pobj" and head.lower_ in data.OF and head.head.pos_ == "NOUN":
        yield from _noun_cue(head.head, f"'{head.head.text} {head.lower_}'", cue_nouns(language), kinds=MODIFIED_KINDS)


def _head_word(name: Span, ends: frozenset[str]) -> str:
    """The name's own head noun, lower case: its last word before 'of', 'for', ... ('' for one word)."""
    words = [t.lower_ for t in name]
    for i, word in enumerate(words[1:], start=1):
        if word in ends:
            words = words[:i]
            break
    return words[-1] if len(words) > 1 else ""


def _noun_cue(
    token: Token,
    why: str,
    nouns: dict[EntityType, frozenset[str]],
    weight: float = CUE_WEIGHT,
    kinds: Iterable[EntityType] = tuple(EntityType),
) -> Iterator[Cue]:
    if token.pos_ not in ("NOUN", "PROPN"):
        return
    for kind in kinds:
        if token.lemma_.lower() in nouns.get(kind, ()):
            yield Cue(kind, why, weight)


def words(language: str) -> ModuleType:
    """The words of `language` (or of the language that reads it) for telling what a name is."""
    return lang.data(language, "mentions")


@cache
def cue_nouns(language: str) -> dict[EntityType, frozenset[str]]:
    """Per type, the nouns that say a name next to them is of that type ("the airline X")."""
    return _by_type(words(language).CUE_NOUNS)


@cache
def head_nouns(language: str) -> dict[EntityType, frozenset[str]]:
    """Per type, in the data's order, the head nouns that make a name one ("Fairmont Hotel")."""
    return _by_type(words(language).HEAD_NOUNS)


def _by_type(table: dict[str, str]) -> dict[EntityType, frozenset[str]]:
    return {EntityType(kind): frozenset(nouns.split()) for kind, nouns in table.items()}
