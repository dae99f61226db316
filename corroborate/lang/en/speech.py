"""How English attributes speech: the verbs of saying, the pronouns a speaker may be, and
"according to". Read by `extract/quotes.py` through `corroborate.lang.data(language, "speech")`.
"""

from __future__ import annotations

# Verbs whose subject is the speaker of a quote next to them ('"...," said X', 'X wrote: "..."').
SPEECH_VERBS = frozenset(
    "say tell add write note conclude ask joke insist claim explain recall declare state announce warn argue "
    "reply continue quip observe remark acknowledge admit stress emphasise emphasize comment suggest predict "
    "tweet post describe answer respond confirm reiterate".split()
)
# Subjects that stand for a speaker named elsewhere ("he said"), resolved to a person.
PRONOUNS = frozenset("he she they i we".split())
# "according to X": the head word (lower case) and the preposition whose object is the speaker.
ACCORDING = "according"
ACCORDING_TO = "to"
# "Reuters quoted Kalinak as saying": the verb whose object is the speaker, and the word before the
# speech verb ("as").
QUOTED_AS = frozenset("quote cite".split())
AS = "as"
