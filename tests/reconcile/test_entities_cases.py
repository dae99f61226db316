"""Entity resolution, case by case, on mentions as NER gives them in real-looking reports: the
merges that must happen and the ones that must not (issue 17)."""

from __future__ import annotations

from corroborate.model import Mention
from corroborate.reconcile import resolve
from corroborate.reconcile.spelling import key, one_qualifier_apart, same_words


def _mentions(texts: dict[str, str], names: list[tuple[str, str, str]]) -> list[Mention]:
    """(source, name, label): every occurrence of the name in the source's text."""
    found = []
    for source, name, label in names:
        text, start = texts[source], 0
        while (start := texts[source].find(name, start)) >= 0:
            found.append(Mention(source, start, start + len(name), text[start : start + len(name)], label))
            start += len(name)
    return found


def _entity_of(entities, source: str, form: str):
    (entity,) = [e for e in entities if any(m.source == source and m.form == form for m in e.mentions)]
    return entity


def test_two_long_names_with_the_same_initials_stay_apart():
    texts = {"a": "Winds over North America eased on Monday.", "b": "The ship sank in the North Atlantic."}
    names = [("a", "North America", "LOC"), ("b", "North Atlantic", "LOC")]
    entities = resolve(_mentions(texts, names), texts).entities
    assert _entity_of(entities, "a", "North America") is not _entity_of(entities, "b", "North Atlantic")


def test_an_acronym_joins_the_one_long_name_it_abbreviates():
    texts = {"a": "The United Nations said on Monday it would help.", "b": "The UN sent aid."}
    names = [("a", "United Nations", "ORG"), ("b", "UN", "ORG")]
    entities = resolve(_mentions(texts, names), texts).entities
    assert _entity_of(entities, "a", "United Nations") is _entity_of(entities, "b", "UN")


def test_an_acronym_that_two_long_names_fit_joins_neither():
    texts = {"a": "The Associated Press reported.", "b": "Amnesty Poland said.", "c": "AP reported."}
    names = [("a", "Associated Press", "ORG"), ("b", "Amnesty Poland", "ORG"), ("c", "AP", "ORG")]
    entities = resolve(_mentions(texts, names), texts).entities
    ap = _entity_of(entities, "c", "AP")
    assert ap is not _entity_of(entities, "a", "Associated Press")
    assert ap is not _entity_of(entities, "b", "Amnesty Poland")


def test_two_brothers_tagged_as_organisations_stay_apart():
    # NER tags both brothers ORG; same initials are no evidence that they are one.
    texts = {"a": "Maynor Suazo Sandoval was missing.", "b": "His brother Martín Suazo Sandoval spoke."}
    names = [("a", "Maynor Suazo Sandoval", "ORG"), ("b", "Martín Suazo Sandoval", "ORG")]
    entities = resolve(_mentions(texts, names), texts).entities
    assert _entity_of(entities, "a", "Maynor Suazo Sandoval") is not _entity_of(entities, "b", "Martín Suazo Sandoval")


def test_names_spelled_another_way_word_for_word_join():
    texts = {"a": "The International Organisation for Migration said.", "b": "The International Organization "
             "for Migration said.", "c": "He was taken to Roosvelt Hospital.", "d": "Roosevelt Hospital said."}
    names = [("a", "International Organisation for Migration", "ORG"),
             ("b", "International Organization for Migration", "ORG"),
             ("c", "Roosvelt Hospital", "FAC"), ("d", "Roosevelt Hospital", "FAC")]
    entities = resolve(_mentions(texts, names), texts).entities
    assert _entity_of(entities, "a", "International Organisation for Migration") is _entity_of(
        entities, "b", "International Organization for Migration")
    assert _entity_of(entities, "c", "Roosvelt Hospital") is _entity_of(entities, "d", "Roosevelt Hospital")


def test_word_for_word_needs_every_word_and_the_same_numbers():
    assert same_words("Al Haouz Province", "Al-Haouz Province")
    assert not same_words("Kherson Region", "Kakhovka Reservoir")
    assert not same_words("Unit 2", "Unit 3")
    assert not same_words("Mali Airways", "Male Airways")  # short words: a letter apart is another word


def test_a_hyphen_is_a_space_and_numbers_are_kept_in_a_key():
    assert key("Al-Haouz") == key("Al Haouz")
    assert key("Bell 212") == key("Bell-212") != key("Bell")


def test_a_surname_shared_by_two_relatives_in_one_report_joins_neither():
    text = ("Siamak Namazi stepped off the jet. \"It is over,\" said Babak Namazi, his brother. "
            "Namazi then hugged the ambassador.")
    texts = {"a": text}
    names = [("a", "Siamak Namazi", "PERSON"), ("a", "Babak Namazi", "PERSON")]
    mentions = _mentions(texts, names)
    last = text.rfind("Namazi")
    mentions.append(Mention("a", last, last + 6, "Namazi", "PERSON"))
    entities = resolve(mentions, texts).entities
    bare = _entity_of(entities, "a", "Namazi")
    assert bare is not _entity_of(entities, "a", "Siamak Namazi")
    assert bare is not _entity_of(entities, "a", "Babak Namazi")


def test_a_first_name_alone_joins_a_person_only_where_the_surname_is_written():
    texts = {"a": "Agadir Ida Outanane province was hit.", "b": "Damage was reported in Agadir.",
             "c": "Suleman Dawood, 19, was aboard.", "d": "Suleman, the son of Shahzada Dawood, was aboard."}
    names = [("a", "Agadir Ida Outanane", "PERSON"), ("b", "Agadir", "PERSON"),
             ("c", "Suleman Dawood", "PERSON"), ("d", "Suleman", "PERSON"), ("d", "Shahzada Dawood", "PERSON")]
    entities = resolve(_mentions(texts, names), texts).entities
    assert _entity_of(entities, "b", "Agadir") is not _entity_of(entities, "a", "Agadir Ida Outanane")
    assert _entity_of(entities, "d", "Suleman") is _entity_of(entities, "c", "Suleman Dawood")


def test_a_name_with_an_acronym_in_it_is_no_person():
    # "МВД Словакии" (Slovakia's interior ministry) is no first name and surname: "Словакии" alone
    # is not its short form.
    text = "МВД Словакии сообщило. Премьер Словакии ранен."
    texts = {"a": text}
    names = [("a", "МВД Словакии", "PERSON")]
    mentions = _mentions(texts, names)
    last = text.rfind("Словакии")
    mentions.append(Mention("a", last, last + 8, "Словакии", "PERSON"))
    entities = resolve(mentions, texts).entities
    assert _entity_of(entities, "a", "Словакии") is not _entity_of(entities, "a", "МВД Словакии")


def test_a_plant_named_in_two_languages_and_cases_is_one():
    # NER tags a Russian accusative and a Ukrainian genitive of one power plant as people; a name with
    # an acronym in it is no person's, and its words' initials (the acronym's too) file it beside
    # the other spelling.
    texts = {"a": "Каховской ГЭС грозит беда. Взорвали Каховскую ГЭС.", "b": "Зруйнування Каховської ГЕС."}
    names = [("a", "Каховской ГЭС", "ORG"), ("a", "Каховскую ГЭС", "PERSON"), ("b", "Каховської ГЕС", "PERSON")]
    entities = resolve(_mentions(texts, names), texts).entities
    plant = _entity_of(entities, "a", "Каховской ГЭС")
    assert _entity_of(entities, "a", "Каховскую ГЭС") is plant
    assert _entity_of(entities, "b", "Каховської ГЕС") is plant


def test_two_long_names_one_qualifier_apart_are_one():
    texts = {"a": "The Iranian Red Crescent Society said.", "b": "The Islamic Red Crescent Society said."}
    names = [("a", "Iranian Red Crescent Society", "ORG"), ("b", "Islamic Red Crescent Society", "ORG")]
    entities = resolve(_mentions(texts, names), texts).entities
    assert _entity_of(entities, "a", "Iranian Red Crescent Society") is _entity_of(
        entities, "b", "Islamic Red Crescent Society")


def test_one_qualifier_apart_needs_four_words_the_same_last_word_and_numbers():
    assert one_qualifier_apart("Iranian Red Crescent Society", "Islamic Red Crescent Society")
    assert not one_qualifier_apart("North Atlantic Council", "Nordic Atlantic Council")
    assert not one_qualifier_apart("Iranian Red Crescent Society", "Iranian Red Crescent School")
    assert not one_qualifier_apart("Iranian Red Crescent Society", "Islamic Red Cross Society")
    assert not one_qualifier_apart("Unit 2 Red Crescent Society", "Unit 3 Red Crescent Society")


def test_a_name_joins_the_one_organisation_that_is_it_and_what_kind_of_body_it_is():
    texts = {"a": "Halvard Group fighters crossed the river.", "b": "Halvard said its men would stay.",
             "c": "A spokesman for Halvard Institute declined to comment."}
    names = [("a", "Halvard Group", "ORG"), ("b", "Halvard", "ORG"), ("c", "Halvard Institute", "ORG")]
    entities = resolve(_mentions(texts, names), texts).entities
    assert _entity_of(entities, "b", "Halvard") is _entity_of(entities, "a", "Halvard Group")
    assert _entity_of(entities, "c", "Halvard Institute") is not _entity_of(entities, "a", "Halvard Group")


def test_a_name_two_organisations_begin_with_joins_neither():
    texts = {"a": "Halvard Group owns the ship.", "b": "Halvard Marine manages it.", "c": "Halvard said."}
    names = [("a", "Halvard Group", "ORG"), ("b", "Halvard Marine", "ORG"), ("c", "Halvard", "ORG")]
    entities = resolve(_mentions(texts, names), texts).entities
    short = _entity_of(entities, "c", "Halvard")
    assert short is not _entity_of(entities, "a", "Halvard Group")
    assert short is not _entity_of(entities, "b", "Halvard Marine")


def test_one_name_with_hyphens_and_without_in_two_reports_is_one_person():
    texts = {"a": "Envoy Nadia Al-e-Sadegh arrived on Monday.", "c": "Nadia Ale-Sadegh said talks would resume."}
    names = [("a", "Nadia Al-e-Sadegh", "PERSON"), ("c", "Nadia Ale-Sadegh", "PERSON")]
    entities = resolve(_mentions(texts, names), texts).entities
    assert _entity_of(entities, "a", "Nadia Al-e-Sadegh") is _entity_of(entities, "c", "Nadia Ale-Sadegh")


def test_a_name_ending_the_one_longer_name_of_its_kind_joins_it_and_one_ending_two_joins_neither():
    texts = {"a": "The Valdoran Coast Guard searched all night.", "b": "The Coast Guard said on Monday.",
             "c": "The Ostrian Red Crescent sent tents.", "d": "The Valdoran Red Crescent sent food.",
             "e": "The Red Crescent said it needed more."}
    names = [("a", "Valdoran Coast Guard", "ORG"), ("b", "Coast Guard", "ORG"), ("c", "Ostrian Red Crescent", "ORG"),
             ("d", "Valdoran Red Crescent", "ORG"), ("e", "Red Crescent", "ORG")]
    entities = resolve(_mentions(texts, names), texts).entities
    assert _entity_of(entities, "b", "Coast Guard") is _entity_of(entities, "a", "Valdoran Coast Guard")
    red = _entity_of(entities, "e", "Red Crescent")
    assert red is not _entity_of(entities, "c", "Ostrian Red Crescent")
    assert red is not _entity_of(entities, "d", "Valdoran Red Crescent")
