"""The place gazetteer (CLDR names of countries and cities in many languages) and what the
entities and derivation make of it: places typed, spellings of one place joined, datelines kept
to their own spelling, places found again where NER missed them, a place's spelling a detail."""

from __future__ import annotations

from corroborate.model import Cue, Entity, EntityType, Mention
from corroborate.reconcile import resolve
from corroborate.reconcile.derivation import _detail
from corroborate.reconcile.gazetteer import place_of


def test_one_city_or_country_in_many_languages_is_one_place():
    assert place_of("Moskwa") == place_of("Moscou") == place_of("Moscow") is not None
    assert place_of("Kiev") == place_of("Kyiv") == place_of("Kijów")
    assert place_of("Maroc") == place_of("Marruecos") == place_of("Morocco")
    assert place_of("the United States") == place_of("États-Unis")
    assert place_of("Corée du Sud") == place_of("South Korea")


def test_what_is_no_place_or_two_places_is_none_a_country_before_its_own_capital():
    assert place_of("United Nations") is None and place_of("European Union") is None
    assert place_of("America") is None  # the Americas, a region: most often the United States
    assert place_of("Harbourview Gazette") is None
    kuwait = place_of("Kuwait")  # the country and its capital: the country
    assert kuwait is not None and kuwait.kind == "country or territory"


def _mentions(texts: dict[str, str], names: list[tuple[str, str, str]]) -> list[Mention]:
    found = []
    for source, name, label in names:
        start = texts[source].find(name)
        place = place_of(name)
        cues = (Cue(EntityType.PLACE, "gazetteer", 1.5),) if place else ()
        found.append(Mention(source, start, start + len(name), name, label, cues))
    return found


def _holder(entities: tuple[Entity, ...], source: str, form: str) -> Entity:
    (entity,) = [e for e in entities if any(m.source == source and m.form == form for m in e.mentions)]
    return entity


def test_spellings_of_one_city_in_two_reports_are_one_place():
    texts = {"a": "Delegates flew to Moskwa on Friday.", "b": "The delegates landed in Moscou late."}
    entities = resolve(_mentions(texts, [("a", "Moskwa", "GPE"), ("b", "Moscou", "GPE")]), texts).entities
    city = _holder(entities, "a", "Moskwa")
    assert city is _holder(entities, "b", "Moscou") and city.type is EntityType.PLACE
    assert any(link.rule.startswith("same place in the gazetteer") for link in city.links)


def test_a_dateline_in_capitals_joins_by_its_own_spelling_only():
    texts = {"a": "MOSKVA, 3 May - Officials met.", "b": "Delegates flew to Moscou on Friday."}
    entities = resolve(_mentions(texts, [("a", "MOSKVA", "GPE"), ("b", "Moscou", "GPE")]), texts).entities
    assert _holder(entities, "a", "MOSKVA") is not _holder(entities, "b", "Moscou")


def test_a_place_ner_called_a_person_is_a_place_by_the_gazetteer():
    texts = {"a": "Kyiv said the talks had failed.", "b": "Officials in Kyiv denied it."}
    entities = resolve(_mentions(texts, [("a", "Kyiv", "PERSON"), ("b", "Kyiv", "GPE")]), texts).entities
    assert _holder(entities, "a", "Kyiv").type is EntityType.PLACE


def test_a_place_is_found_again_where_ner_missed_it():
    texts = {"a": "Rescuers reached Agadir at dawn.", "b": "Agadir hospitals were full by noon."}
    entities = resolve(_mentions(texts, [("a", "Agadir", "GPE")]), texts).entities
    assert {m.source for m in _holder(entities, "a", "Agadir").mentions} == {"a", "b"}


def test_a_place_as_a_derivation_detail_is_its_spelling_and_no_detail_of_a_translation():
    city = Entity("ent-kyiv", EntityType.PLACE, "Kyiv", ("Kyiv", "Kiev"), ())
    kyiv, kiev = Mention("a", 0, 4, "Kyiv", "GPE"), Mention("b", 0, 4, "Kiev", "GPE")
    assert _detail(city, kyiv, spelled=True) != _detail(city, kiev, spelled=True)
    assert _detail(city, kyiv, spelled=False) is None
    person = Entity("ent-ann", EntityType.PERSON, "Ann Roe", ("Ann Roe",), ())
    assert _detail(person, kyiv, spelled=True) == "ent-ann"
