"""Whose age a number is: the person named right beside it.

    subjects(quantities, known, texts) -> dict[Quantity, Entity]
    apposed(quantity, text) -> bool       a bare number read as an age by its place beside a name

An age belongs to the person whose name it is set against: "Miguel Luna, 40," and "Hamish Harding
(58)" (the name ends at the opening mark), "Verhaegen was 63." (the name is the copula's subject), "the
71-year-old Juraj Cintula" (the name starts right after it). A sentence that lists several people
with their ages ("Luna, 49; Lopez, 35") gives each age to its own name, never to the others. An age
beside no resolved person has no subject: it makes no claim about anyone (precision first): a bare
number beside a name that resolution did not keep as a person ("Azilal (11)") is dropped, not left
as "11 years old". """

from __future__ import annotations

from collections.abc import Mapping, Sequence

from corroborate.extract.quantities import APPOSITION_OPENS
from corroborate.model import Entity, EntityType, Known, Quantity, QuantityKind

PEOPLE = frozenset({EntityType.PERSON})


def subjects(quantities: Sequence[Quantity], known: Known, texts: Mapping[str, str]) -> dict[Quantity, Entity]:
    """The person each age of `quantities` belongs to, where one is named right beside it."""
    found = {}
    for q in quantities:
        if q.kind is QuantityKind.AGE:
            person = _beside(q, known, texts[q.source])
            if person is not None:
                found[q] = person
    return found


# The most characters between a name and a bare-number age set after it: a mark and a space
# ("Luna, 40"), or one short word, the copula the extraction read ("Verhaegen was 63").
BESIDE_CHARS = 2
COPULA_CHARS = 5


def _beside(q: Quantity, known: Known, text: str) -> Entity | None:
    bare = apposed(q, text)
    for start, end, entity in known.inside(q.source, q.start, q.end, PEOPLE):
        between_before = text[end : q.value_start].strip()
        if end <= q.value_start and between_before in APPOSITION_OPENS and q.value_start - end <= BESIDE_CHARS:
            return entity
        if bare and end < q.value_start <= end + COPULA_CHARS and between_before.isalpha():
            return entity
        if start >= q.value_end and start - q.value_end <= 1 and not text[q.value_end : start].strip():
            return entity
    return None


def apposed(q: Quantity, text: str) -> bool:
    """Whether an age was read from a bare number beside a name ("Luna, 40"), not from its own
    words ("71-year-old"): such a number is an age only if a person is named beside it."""
    return q.kind is QuantityKind.AGE and text[q.value_start : q.value_end].isdigit()
