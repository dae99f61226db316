"""How English marks what kind of thing a name is: the nouns around it, the titles before it and
the small words that are not part of it. Read by `extract/mentions.py` (and `extract/roles.py`)
through `corroborate.lang.data(language, "mentions")`; the keys are `EntityType` values.
"""

from __future__ import annotations

# Nouns that say what kind of thing a name is, when the name is in apposition to them or
# compounded with them ("the airline Aerovia", "Aerovia, the airline", "the Aerovia airline").
CUE_NOUNS: dict[str, str] = {
    "organization": (
        "airline carrier company firm corporation conglomerate bank ministry department agency party group "
        "organization organisation newspaper broadcaster network outlet publication magazine website union "
        "committee council court parliament government association foundation fund institute university "
        "charity ngo manufacturer maker producer giant brand club team army militia movement coalition "
        "alliance commission board regulator authority service channel station tabloid daily weekly"
    ),
    "product": (
        "drug medication medicine pharmaceutical vaccine pill injection injectable treatment missile rocket "
        "jet aircraft plane airliner helicopter drone tank rifle weapon phone smartphone app software car "
        "vehicle satellite device gadget console ship vessel tanker freighter boat yacht ferry"
    ),
    "place": (
        "city town village port capital region province district county country island border airport "
        "prison colony camp base river sea lake mountain street square suburb oblast neighbourhood "
        "neighborhood enclave peninsula"
    ),
    "person": (
        "president minister leader envoy spokesman spokeswoman spokesperson secretary ambassador senator "
        "lawyer attorney journalist reporter editor activist dissident wife husband son daughter brother "
        "sister mother father chief director official adviser advisor analyst laureate commander prisoner "
        "businessman businesswoman tycoon founder ceo chairman chairwoman politician candidate blogger "
        "author writer poet singer actor host anchor player coach pilot priest bishop premier chancellor "
        "mayor governor judge prosecutor general colonel"
    ),
}
# The head noun of a name itself says what it is: "Fairmont Hotel", "Human Rights Council", "Alaska
# Summit", "Bank of England". In this order: a name's cues are listed type by type.
HEAD_NOUNS: dict[str, str] = {
    "organization": (
        "council assembly endowment company corporation bank ministry department agency party committee "
        "commission parliament foundation fund institute university association organization organisation "
        "court federation group"
    ),
    "place": (
        "hotel embassy airport prison square palace room hall stadium bridge street avenue park beach island "
        "river reservoir sea ocean mountains valley province region county district"
    ),
    "other": (
        "summit war conference forum games olympics election crisis revolution treaty accord accords prize "
        "award"
    ),
}
# Words that end a name's head: it is the last word before them ("Bank of England": "bank").
HEAD_ENDS = frozenset("of for on in at de".split())
# Titles written just before a personal name; spaCy usually leaves them outside the entity.
PERSONAL_TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame gen gen. sen sen. rep rep. gov gov. "
    "president premier chancellor minister senator ambassador envoy".split()
)
# Articles, possessives and demonstratives that spaCy may take into an entity: "the Kremlin".
LEADING_WORDS = frozenset("the a an his her its their our your my this that these those".split())
# The possessive ending, split off by spaCy: a name ends before it ("Russia's").
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# The preposition of "the port of Darnova": the noun before it says what the name after it is.
OF = frozenset({"of"})
