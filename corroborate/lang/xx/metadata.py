"""A report's header in several languages at once: date labels, name joiners, name particles,
clock times. Read by `clean/metadata.py`, which runs before a report's language is known.
Patterns are sources for `re`.
"""

from __future__ import annotations

from dateparser.languages.loader import default_loader

# Another language's date with a month name ("26 декабря 2025", "24. Dezember 2025", Spanish and
# Portuguese "26 de diciembre de 2025"); dateparser checks that the word is a month.
DAY_WORD_YEAR = r"\b\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?\s+(?:de\s+)?\d{4}\b"
# "Published on", "Opublikowano", "Опубликовано", "Veröffentlicht am", "Publié le", ... opening a
# header line (case-insensitive); the particle and the colon after the label are optional.
DATE_LABEL = (
    r"^(?:published|posted|updated|last updated|date|opublikowano|опубликовано|veröffentlicht|"
    r"publié|publicado|publicada|pubblicato|gepubliceerd|objavljeno)\s*(?:on|am|le|el|:)?\s*"
)
# A label word in several languages right before a date, anywhere in a header line ("Umer Jamshaid
# Published March 26, 2024", "Written: 2023-08-11", "| Updated: Jun 27, 2023", Italian "Pubblicato
# il", Turkish "Güncelleme:", Arabic "تاريخ النشر:" and "بتاريخ"), with its optional particle and
# colon. Case-insensitive; matched against the text just before a date (so it ends with `$`).
LABEL_BEFORE = (
    r"(?:^|[\s|(\[])(?:published|posted|updated|last update|last updated|written|date|opublikowano|"
    r"опубликовано|обновлено|veröffentlicht|aktualisiert|publié|mis à jour|publicado|publicada|"
    r"actualizado|pubblicato|aggiornato|gepubliceerd|objavljeno|güncelleme|yayınlanma|"
    r"تاريخ النشر|بتاريخ|نشر في)\s*(?:on|am|le|el|il|:)?\s*:?\s*$"
)
# What separates the parts of a header line ("September 14, 2023 | World News | 2 min read",
# "Monday, 18 September 2023 4:47 PM [ Last Update: ... ]", "Jun 23, 2023 PRINT EDITION ► BR
# MARKETS"): a bar, an arrow, square brackets, or a dash between spaces. Not parentheses: an
# embedded post's "Name (@handle) May 20, 2024" or a caption's "(23.6.2023)" dates no report.
HEADER_PARTS = r"\s*[|►»\[\]]\s*|\s[-–—]\s"
# A clock time the way French and German print it ("à 12h14"), besides TIME.
CLOCK_H = r"\b\d{1,2}h\d{2}\b"


def _weekdays() -> frozenset[str]:
    """Weekday names in every language dateparser knows (its locale data), lower-cased: a weekday
    beside a date ("Samedi 9 septembre 2023", "السبت 9 سبتمبر 2023") says nothing else."""
    return frozenset(
        word.lower()
        for locale in default_loader.get_locales()
        for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        for word in locale.info.get(day, [])
    )


WEEKDAYS = _weekdays()

# What joins the names of a byline: a comma, an "&", or "and" in English, German, French, Spanish,
# Portuguese/Italian, Croatian, Russian, Dutch, Swedish, Norwegian/Danish. Case-sensitive.
NAME_JOINER = r",\s*|\s+(?:and|und|et|y|e|i|и|en|och|og)\s+|\s*&\s*"
# A clock time, with seconds, a 12-hour mark and a time zone as the reports print them
# (case-insensitive).
TIME = (
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:UTC|GMT|CEST|CET|EEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|IST|ET|MSK)\)?[+-]?\d*)?\b"
)
# Lower-case particles of people's names ("Ursula von der Leyen", "Mohammed bin Salman"): a
# lower-case word that is one of these does not make a byline name an organisation.
NAME_PARTICLES = frozenset({"van", "von", "de", "da", "del", "der", "di", "la", "le", "bin", "al"})

# News agencies, by the names their credits print ("Reuters", "— Reuters", "Source: Xinhua", "The
# Canadian Press" alone on a line, "МОСКВА, 10 июн - РИА Новости."). Names of wire services, the
# same in every story; case-sensitive.
AGENCY = (
    r"(?:Reuters|(?:The )?Associated Press|AP|AFP|Agence France-Presse|dpa|DPA|TASS|ТАСС|"
    r"RIA Novosti|РИА Новости|Interfax|Интерфакс|Xinhua|ANSA|EFE|Belga|UPI|PA Media|"
    r"(?:The )?Press Association|(?:The )?Canadian Press|Kyodo|Yonhap|Anadolu(?: Agency)?|IRNA|"
    r"WAM|QNA|APA|Ukrinform|Укрінформ|Bernama|Antara|PTI|IANS|AAP|CTK|ČTK|TASR|PAP|MTI|"
    r"Maghreb Arabe Presse|MAP|SPA|KUNA|Petra|MENA|SANA|ISNA|Tasnim|Mehr)"
)
# A label before a credit's name: "Source: Xinhua" (English, German, Spanish, Portuguese/Italian,
# French, Russian, Ukrainian, Turkish, Arabic, Polish, Czech/Slovak). Case-insensitive.
SOURCE_LABEL = r"(?:source|sources|quelle|fuente|fonte|источник|джерело|kaynak|المصدر|źródło|zdroj)\s*:\s*"
# "KYIV, May 3. /TASS/." and "МОСКВА, 10 июн - РИА Новости.": an agency after the place and date
# that open the first paragraph (the place in capitals, as datelines print it).
DATELINE_AFTER = (
    r"^[^\W\d_a-zа-я][^\W\d_]+(?:[ -][^\W\d_]+){0,2},\s[^.\n/–—-]{1,24}(?:\.\s*/([^/\n]{2,30})/|"
    r"\s[-–—]\s([^.\n]{2,30})\.)"
)
# How a newsroom signs a report, around the outlet's name, in several languages: "Harbour Times
# staff", "Valley Post Desk", "La rédaction de Radio Lenz", "Radio Lenz avec Nordpress" (with an agency),
# "Redacción / AP". The name is what is left; a signature that is only these words names no outlet.
NEWSROOM_BEFORE = (
    r"^(?:la rédaction (?:de |d['’])|la redazione (?:di |d['’])|die redaktion (?:von |der )?|redacción (?:de )?)"
)
NEWSROOM_AFTER = (
    r"(?:\s+(?:staff|desk|newsroom|news desk|team|editors|redaktion|redakce|redakcia|rédaction|redacción|редакция)"
    r"|\s+(?:avec|con|mit|with)\s.+|\s*/\s*.+)$"
)
NEWSROOM_ONLY = r"^(?:staff|desk|newsroom|editors|redaktion|redakce|redakcia|rédaction|redacción|redazione|редакция)$"
# A copyright notice's words after the holder's name, in English, French, Spanish/Portuguese,
# German, Italian, Russian, Ukrainian, Turkish, Polish, Czech, Dutch ("Harbour Post. All rights
# reserved.", "© Radio Lenz - Tous droits réservés"). Case-insensitive.
RIGHTS_RESERVED = (
    r"(?:all rights reserved|tous droits réservés|todos los derechos reservados|"
    r"todos os direitos reservados|alle rechte vorbehalten|tutti i diritti riservati|"
    r"все права защищены|всі права захищені|tüm hakları saklıdır|wszelkie prawa zastrzeżone|"
    r"všechna práva vyhrazena|alle rechten voorbehouden)"
)
# The mark that opens a copyright notice: the sign, its Korean form, "(c)", or the word
# ("Copyright", the same word in French, German and most European languages). Case-insensitive.
COPYRIGHT_MARK = r"(?:©|ⓒ|\(c\)|copyright)"
# What separates a masthead's name from the section or slogan beside it on the page's top line
# ("Harbour Post | World", "Valley Wire — News from the valley", "Lenz Radio - Latest News").
MASTHEAD_SEPARATOR = r"\s+[|—–-]\s+"
# A navigation or section line under a masthead: parts between bars, arrows or slashes
# ("World | Africa", "Home > World > Europe", "Wissenschaft › Technik", "Home » Europe").
NAV_LINE = r"\S\s*[|>›»/]\s*\S"
# Marks a masthead's name carries that are no part of it ("The Harbour Post®", "Valley Wire™").
MASTHEAD_MARKS = "®™."
