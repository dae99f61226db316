"""The article's sentences, and why one that states no extracted fact is not checkable.

    sentences(parsed) -> tuple[tuple[int, int], ...]          each sentence's span
    uncheckable(parsed, taken) -> tuple[Uncheckable, ...]     predictions and opinions among the rest
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType

from spacy.tokens import Span

from corroborate import lang
from corroborate.extract import Parsed


@dataclass(frozen=True)
class Uncheckable:
    start: int
    end: int
    why: str


def sentences(parsed: Parsed) -> tuple[tuple[int, int], ...]:
    """Each sentence's character span, blank ones left out."""
    return tuple((s.start_char, s.end_char) for s in parsed.doc.sents if s.text.strip())


def uncheckable(parsed: Parsed, taken: Iterable[tuple[int, int]]) -> tuple[Uncheckable, ...]:
    """The sentences with no checked statement in them (`taken`: the checked statements' spans)
    that are worded as a prediction or an opinion, with the word that makes them so."""
    spans = list(taken)
    cues = lang.data(parsed.source.meta.language, "check")
    out = []
    for sent in parsed.doc.sents:
        if any(sent.start_char <= s < sent.end_char for s, _ in spans):
            continue
        why = _why(sent, cues)
        if why:
            out.append(Uncheckable(sent.start_char, sent.end_char, why))
    return tuple(out)


def _why(sent: Span, cues: ModuleType) -> str | None:
    for token in sent:
        lemma = token.lemma_.lower()
        if token.tag_ == "MD" and lemma in cues.PREDICTION_MODALS:
            return f"a prediction ({token.text!r})"
        if token.tag_ == "MD" and lemma in cues.OPINION_MODALS:
            return f"an opinion ({token.text!r})"
        if token.pos_ == "VERB" and lemma in cues.PREDICTION_VERBS:
            return f"a prediction ({token.text!r})"
        if token.pos_ == "VERB" and lemma in cues.OPINION_VERBS:
            return f"an opinion ({token.text!r})"
    return None
