"""Personal and organisation names across languages: the particles of surnames (Arabic, Dutch,
German, Romance), the gendered endings and marks of Slavic surnames, and the spelling rules by
which romanisations of one name differ. Read directly by `reconcile/names.py` and
`reconcile/entities.py`: a name is compared across reports whatever their languages.
"""

from __future__ import annotations

# Letters anyascii would flatten to one letter but that romanisations write as two.
DIGRAPH_LETTERS: dict[str, str] = {
    "š": "sh", "Š": "Sh", "č": "ch", "Č": "Ch", "ž": "zh", "Ž": "Zh", "ć": "ch", "ś": "sh", "ź": "zh",
    "ż": "zh", "ŭ": "u", "ł": "l", "Ł": "L", "đ": "dj", "ß": "ss", "ø": "o", "æ": "ae",
}
# Surname particles left out of the key: "al-Rashidi" = "Rashidi", "van der Berg" = "Berg".
PARTICLES = frozenset(
    "al el ul ad an ar as at az bin ibn ben abu van von de der den di da du del della la le ter ten".split()
)
# Gendered surname endings (Slavic): (pattern, gender, what the ending is rewritten to), in order.
# The rewrite gives husband and wife the same stem, so that it is the gender that keeps them apart.
GENDERED_ENDINGS: tuple[tuple[str, str, str], ...] = (
    (r"(s|c|dz|ts|z)k(aya|aia|aja|a)$", "feminine", r"\1ki"),
    (r"(s|c|dz|ts|z)k(iy|ii|ij|yi|yy|yj|y|i)$", "masculine", r"\1ki"),
    (r"(ov|ev|av|iev|yov)a$", "feminine", r"\1"),
    (r"(ov|ev|iev|yov)$", "masculine", r"\1"),
    (r"([aeo])u$", "masculine", r"\1v"),  # Belarusian -ou/-au/-eu for Russian -ov/-ev
    (r"([iy]n)a$", "feminine", r"\1"),
    (r"([iy]n)$", "masculine", r"\1"),
)
# What marks a surname as Slavic, so that Slavic romanisation rules may be applied to it:
# a typical ending or a letter group English spelling does not use.
SLAVIC_MARKS = (
    r"(sk(i|y|iy|ii|yi|a|aya|aia)|ck(i|a)|ov|ova|ev|eva|ava|[oae]u|ich|ych|itch|enka|enko|uk|yuk|chuk|shyn|shyna)$"
    r"|kh|zh|shch|sz|cz|rz|dz|ts(?=[iey])|ia|iu|yu|ya"
)
# Romanisation rules for Slavic names, in order: (pattern, replacement, the rule in words); the
# result keeps consonant classes only.
SLAVIC_RULES: tuple[tuple[str, str, str], ...] = (
    (r"shch|szcz|sch", "S", "shch/szcz"),
    (r"tsch|tch|cz|ch", "C", "ch/cz"),
    (r"zh|rz|zs", "Z", "zh/rz"),
    (r"sh|sz", "S", "sh/sz"),
    (r"kh", "h", "kh/h"),
    (r"g", "h", "g/h (Belarusian, Ukrainian h for Russian g)"),
    (r"ts(?=[iey])", "t", "ts/t before i, e (Belarusian)"),
    (r"dz(?=[iey])", "d", "dz/d before i, e (Belarusian)"),
    (r"ts|tz|c", "Q", "ts/c"),
    (r"(?<=[aeiouy])[uw](?=[^aeiouy]|$)", "v", "ou/ov, w/v (Belarusian u for v)"),
    (r"w", "v", "w/v"),
    (r"j", "y", "j/y"),
    (r"x", "ks", "x/ks"),
    (r"q", "k", "q/k"),
    (r"ph", "f", "ph/f"),
)
# Rules for any name: consonant skeleton with common spelling equivalences.
GENERAL_RULES: tuple[tuple[str, str, str], ...] = (
    (r"tch", "ch", "tch/ch"),
    (r"sch|sh|ch(?=[aeiouy])", "S", "sh/ch"),
    (r"kh", "h", "kh/h"),
    (r"ph", "f", "ph/f"),
    (r"ck|q", "k", "ck/k"),
    (r"(?<=[aeiouy])(ts|tz)(?=[aeiouy])", "c", "ts/c between vowels (Cyrillic ц romanised, 'Lucenko' / 'Lutsenko')"),
    (r"x", "ks", "x/ks"),
)
# Small words left out of an organisation's name when its words are compared ("Bank of England",
# "Banque de France"): English and French so far.
ORGANISATION_STOP_WORDS = frozenset("of for the and on in at to de du la le".split())
# Words that, after an organisation's name, say what kind of body the name itself is, not which
# part of it: legal forms and trades ("Halvard Group" is Halvard, "Kestrel Airlines" is Kestrel), in
# the languages of the reports. A branch ("Ministry", "Institute", "Office") is not one of them.
ORGANISATION_DESIGNATORS = frozenset(
    "group groupe gruppe gruppo grupo grupa company compagnie co corp corporation inc ltd llc plc sa ag gmbh "
    "spa holding holdings expeditions airlines airways shipping lines marine".split()
)
# The word that gives a name's other name ("the Federal Security Service, or FSB,"), in the
# languages of the reports: an acronym after it and a comma defines it, as one in parentheses does.
ALTERNATIVE_WORDS = frozenset("or ou oder o lub nebo alebo или або veya".split())
