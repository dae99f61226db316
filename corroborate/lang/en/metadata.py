"""How English writes a report's header: dates, bylines, mastheads, author fields. Read by
`clean/metadata.py` and `clean/html.py` with English, the stated default, since metadata is read
while cleaning, before the report's language is known. Header phrases of several languages at once
are in `lang/xx/metadata.py`. Patterns are sources for `re`.
"""

from __future__ import annotations

# What separates two names in a page's author field ("A, B and C", "A & B"). Case-sensitive.
AUTHOR_SEPARATOR = r";|,|\band\b|&"

# Month names and their abbreviations; the engine's date patterns read them case-insensitively.
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# An optional weekday before a date ("Tuesday, March 3", "Tue. 3 March"), with what follows it.
WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
# The suffix of an ordinal day ("March 3rd", "21st March").
ORDINAL = r"(?:st|nd|rd|th)"

# "Jane Doe at jane.doe@outlet.com", as "Write to" lines print it: group 1 the name, group 3 the
# mail domain. Case-sensitive (a name starts with a capital).
WRITE_TO = r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s+at\s+([\w.+-]+@([\w-]+(?:\.[\w-]+)+))"
# The line that gives the authors' addresses at the end of an article ("Write to Jane Doe at ...").
WRITE_TO_LINE = r"(?im)^write to .+$"

# Words that make a byline name an organisation rather than a person (case-insensitive): words
# for outlets and newsrooms, and agencies' and broadcasters' names.
ORG_WORD = (
    r"\b(?:news|press|times|post|journal|agency|media|reuters|tribune|herald|gazette|daily|"
    r"magazine|radio|tv|television|service|network|wire|telegraph|review|insider|report|"
    r"monitor|observer|standard|guardian|chronicle|bulletin|digest|staff|desk|editorial|"
    r"correspondents?|bureau|associated|afp|ap|bbc|cnn)\b"
)
# What an "X, <date>" line's X is when it is not an outlet: a preposition or a label opening a
# sentence, or a weekday (case-insensitive).
NOT_AN_OUTLET = (
    r"^(?:on|in|at|by|from|since|until|as|updated|published|posted)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
)
