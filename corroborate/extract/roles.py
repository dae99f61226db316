"""Roles: the office or description a report gives a person (an attribute claim).

    roles(parsed) -> tuple[Role, ...]

Read from the parse around each personal name: a title or description compounded before it
("opposition leader X", "U.S. special envoy X", "President X"), an apposition after it ("X, a
Washington lawyer"), or the noun it stands in apposition to ("the exiled opposition leader, X").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from types import ModuleType

from spacy.tokens import Span, Token

from corroborate import lang
from corroborate.extract.mentions import cue_nouns
from corroborate.extract.nlp import Parsed
from corroborate.extract.spans import entities, sentence_of
from corroborate.model import EntityType, Role

# The nouns of a role and the titles are the report language's (lang/<code>/roles.py, mentions.py).
# A description longer than this many words is a clause, not a role.
MAX_ROLE_WORDS = 8
DROPPED = ("det", "poss", "case", "punct", "relcl", "acl", "cc")
# What may follow the head noun inside the description: "ambassador to the United Nations".
TRAILING = ("prep", "pobj", "compound", "amod", "det", "poss", "case", "nummod")


def roles(parsed: Parsed) -> tuple[Role, ...]:
    language = parsed.source.meta.language
    nouns, titles = role_nouns(language), lang.data(language, "mentions").PERSONAL_TITLES
    found = []
    for ent in entities(parsed.doc):
        if ent.label_ == "PERSON":
            for first, last, head in _descriptions(ent, nouns, titles):
                sentence = sentence_of(ent)
                found.append(
                    Role(
                        parsed.source.id,
                        sentence.start_char,
                        sentence.start_char + len(sentence.text.rstrip()),
                        ent.start_char,
                        ent.end_char,
                        first.idx,
                        last.idx + len(last.text),
                        head.lemma_.lower(),
                        " ".join(parsed.source.text[first.idx : last.idx + len(last.text)].split()),
                    )
                )
    return tuple(found)


def _descriptions(ent: Span, nouns: frozenset[str], titles: frozenset[str]) -> Iterator[tuple[Token, Token, Token]]:
    """(first token, last token, head noun) of each description of the person named by `ent`."""
    root = ent.root
    for child in root.children:
        if child.i < ent.start and child.dep_ == "compound" and _is_role(child, nouns, titles):
            yield _phrase(child, stop=ent.start)
        elif child.dep_ == "appos" and child.pos_ == "NOUN" and _is_role(child, nouns, titles):
            yield _phrase(child)
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and _is_role(root.head, nouns, titles):
        yield _phrase(root.head, stop=ent.start)


def _is_role(token: Token, nouns: frozenset[str], titles: frozenset[str]) -> bool:
    return token.lemma_.lower() in nouns or token.lower_ in titles


@cache
def role_nouns(language: str) -> frozenset[str]:
    """The nouns of a role in `language`: the personal cue nouns and the offices of go-betweens."""
    words: ModuleType = lang.data(language, "roles")
    return cue_nouns(language)[EntityType.PERSON] | words.ROLE_NOUNS


def _phrase(head: Token, stop: int | None = None) -> tuple[Token, Token, Token]:
    """The contiguous words of `head`'s phrase: its modifiers before it and, after it, up to the
    first comma or clause; never past `stop` (the name) nor longer than MAX_ROLE_WORDS."""
    left = [t for t in head.lefts if t.dep_ not in DROPPED]
    first = min([t.left_edge for t in left if t.left_edge.dep_ not in DROPPED] + [head], key=lambda t: t.i)
    for token in head.doc[first.i : head.i]:  # a description never spans a line break
        if "\n" in token.text_with_ws or token.is_space:
            first = head.doc[token.i + 1]
    last = head
    for token in head.doc[head.i + 1 : (stop if stop is not None else sentence_of(head).end)]:
        if token.is_punct or token.is_space or token.dep_ not in TRAILING or token.head.i < head.i:
            break
        last = token
    while last.i > head.i and last.dep_ in ("prep", "det", "case", "poss"):  # "ambassador to": cut the dangling word
        last = head.doc[last.i - 1]
    if last.i - first.i + 1 > MAX_ROLE_WORDS:
        first = head.doc[max(first.i, last.i - MAX_ROLE_WORDS + 1)]
    return first, last, head
