"""A report's header in several languages at once: date labels, name joiners, name particles,
clock times. Read by `clean/metadata.py`, which runs before a report's language is known.
Patterns are sources for `re`.
"""

from __future__ import annotations

# Another language's date with a month name ("26 декабря 2025", "24. Dezember 2025", Spanish and
# Portuguese "26 de diciembre de 2025"); dateparser checks that the word is a month.
DAY_WORD_YEAR = r"\b\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?\s+(?:de\s+)?\d{4}\b"
# "Published on", "Opublikowano", "Опубликовано", "Veröffentlicht am", "Publié le", ... opening a
# header line (case-insensitive); the particle and the colon after the label are optional.
DATE_LABEL = (
    r"^(?:published|posted|updated|last updated|date|opublikowano|опубликовано|veröffentlicht|"
    r"publié|publicado|publicada|pubblicato|gepubliceerd|objavljeno)\s*(?:on|am|le|el|:)?\s*"
)
# What joins the names of a byline: a comma, an "&", or "and" in English, German, French, Spanish,
# Portuguese/Italian, Croatian, Russian, Dutch, Swedish, Norwegian/Danish. Case-sensitive.
NAME_JOINER = r",\s*|\s+(?:and|und|et|y|e|i|и|en|och|og)\s+|\s*&\s*"
# A clock time, with a 12-hour mark and a time zone as the reports print them (case-insensitive).
TIME = r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:UTC|GMT|CET|EST|ET|MSK)[+-]?\d*)?\b"
# Lower-case particles of people's names ("Ursula von der Leyen", "Mohammed bin Salman"): a
# lower-case word that is one of these does not make a byline name an organisation.
NAME_PARTICLES = frozenset({"van", "von", "de", "da", "del", "der", "di", "la", "le", "bin", "al"})
