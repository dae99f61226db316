"""Personal names across romanisations: the pairs FINDINGS.md says string matchers get wrong."""

from __future__ import annotations

import pytest

from corroborate.reconcile.names import Gender, compare, parse_name, surname_keys

# One person, two spellings. Real romanisation variants from several regions, most not in the example.
SAME = [
    ("Sergei Tikhanovsky", "Siarhei Tsikhanouskiy"),  # Russian vs Belarusian: ts/t, kh/h, ou/ov, g/h
    ("Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya"),
    ("Maria Kalesnikava", "Maria Kolesnikova"),  # Belarusian akanne: a for unstressed o
    ("Youras Ziankovich", "Yuri Zenkovich"),  # ia/e; Youras/Yuri from the table of variants
    ("Alexander Lukashenko", "Aliaksandr Lukashenka"),
    ("Viktor Babariko", "Viktar Babaryka"),
    ("Artyom Shraibman", "Artsiom Shraibman"),
    ("Dmitry Dashkevich", "Dzmitry Dashkevich"),  # dz/d
    ("Oleksandr Hrytsenko", "Aleksandr Gritsenko"),  # Ukrainian h for Russian g
    ("Evan Gershkovich", "Evan Gershkovitch"),
    ("Mohammed al-Rashidi", "Muhammad Al Rashidi"),  # Arabic article, vowels
    ("Mohammed al-Rashidi", "Mohamed el-Rachidi"),  # French spelling: ch for sh
    ("John P. Coale", "John Coale"),  # a middle initial on one side
    ("Ales Bialiatski", "Ales Byalyatsky"),
    ("Vladimir Kara-Murza", "Vladimir Kara-Murza"),
    ("Robert Fico", "Robert Fitso"),  # Cyrillic ц romanised ts: Slovak c (Фицо)
    ("Karim Abu-Zaid", "Karim Abu Zaid"),  # a hyphen or a space
    ("Pir Bahram Tolouei", "Pirbahram Tolouei"),  # a compound given name written as one word or two
]
# Two people. Husband and wife, brother and sister, namesakes, look-alike surnames.
DIFFERENT = [
    ("Siarhei Tsikhanouski", "Sviatlana Tsikhanouskaya"),  # -i / -aya
    ("Artem Dultsev", "Anna Dultseva"),  # -ev / -eva
    ("Wojciech Nowakowski", "Anna Nowakowska"),  # Polish -ski / -ska
    ("Vladimir Kara-Murza", "Evgenia Kara-Murza"),  # same surname, different given names
    ("Oleksandr Hrytsenko", "Olena Hrytsenko"),  # Ukrainian -enko has no gender: given names decide
    ("Maria Kalesnikava", "Maryna Zolatava"),
    ("Vadim Krasikov", "Vadim Konoshchyonok"),
    ("Vladimir Kara-Murza", "Vladimir Putin"),  # same first name
    ("John Coale", "Greta Van Susteren"),
    ("John Hill", "John Gill"),  # g/h is a Slavic rule, not applied to English names
    ("Donald Trump", "Melania Trump"),
    ("John P. Coale", "John Q. Coale"),  # middle initials differ
    ("Tom Betts", "Tom Bec"),  # ts/c only between vowels
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_person(a: str, b: str):
    verdict = compare(parse_name(a), parse_name(b))
    assert verdict.same, verdict.features
    assert surname_keys(parse_name(a)) & surname_keys(parse_name(b)), "blocking must put them together"


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_people(a: str, b: str):
    verdict = compare(parse_name(a), parse_name(b))
    assert not verdict.same, verdict.features


def test_a_verdict_says_which_rules_matched():
    verdict = compare(parse_name("Sergei Tikhanovsky"), parse_name("Siarhei Tsikhanouskiy"))
    text = " ".join(verdict.features)
    assert "Slavic romanisation skeleton" in text and "ts/t before i" in text and "ou/ov" in text
    assert "sergei~siarhei" in text


def test_a_verdict_says_what_kept_them_apart():
    verdict = compare(parse_name("Siarhei Tsikhanouski"), parse_name("Sviatlana Tsikhanouskaya"))
    assert verdict.features == ("gendered endings differ: tsikhanouski (masculine) vs tsikhanouskaya (feminine)",)


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Tsikhanouskaya", Gender.FEMININE), ("Nowakowski", Gender.MASCULINE), ("Kolesnikova", Gender.FEMININE),
     ("Kalesnikau", Gender.MASCULINE), ("Coale", None), ("Lukashenko", None)],
)
def test_gender_is_read_from_slavic_endings_only(name: str, gender: Gender | None):
    assert parse_name(name).gender == gender


def test_a_surname_alone_matches_its_full_name_but_not_the_spouse():
    assert compare(parse_name("Tsikhanouski"), parse_name("Siarhei Tsikhanouski")).same
    assert not compare(parse_name("Tsikhanouski"), parse_name("Sviatlana Tsikhanouskaya")).same


def test_names_in_cyrillic_are_romanised_before_comparing():
    assert compare(parse_name("Сергей Тихановский"), parse_name("Sergei Tikhanovsky")).same
