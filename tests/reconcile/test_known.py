"""The one per-run index of mentions and origins that every stage after derivation reads."""

from corroborate.model import Entity, EntityType, Known, Mention, Origin

TEXT = "Aleksandr Gritsenko, captain of the Zoryana, left Odesa."
CAPTAIN = Entity("e1", EntityType.PERSON, "Aleksandr Gritsenko", ("Aleksandr Gritsenko",),
                 (Mention("a", 0, 19, TEXT[0:19], "PERSON"),))
SHIP = Entity("e2", EntityType.ORGANIZATION, "Zoryana", ("Zoryana",), (Mention("a", 36, 43, TEXT[36:43], "ORG"),))
PORT = Entity("e3", EntityType.PLACE, "Odesa", ("Odesa",), (Mention("a", 50, 55, TEXT[50:55], "GPE"),))
# A second entity over the captain's surname only, to show which one wins where two overlap.
SURNAME = Entity("e4", EntityType.ORGANIZATION, "Gritsenko", ("Gritsenko",),
                 (Mention("a", 10, 19, TEXT[10:19], "ORG"),))
KNOWN = Known.of((CAPTAIN, SHIP, PORT, SURNAME), (Origin("a", "a"), Origin("b", "a"), Origin("c", "c")))


def test_the_entity_at_a_character_is_the_last_that_covers_it_of_the_types_asked():
    assert KNOWN.at("a", 3) is CAPTAIN
    assert KNOWN.at("a", 12) is SURNAME
    assert KNOWN.at("a", 12, frozenset({EntityType.PERSON})) is CAPTAIN
    assert KNOWN.at("a", 25) is None and KNOWN.at("z", 3) is None


def test_mentions_inside_a_span_and_a_mention_starting_at_a_character():
    assert [e for _, _, e in KNOWN.inside("a", 0, 44)] == [CAPTAIN, SHIP, SURNAME]
    assert [e for _, _, e in KNOWN.inside("a", 0, 44, frozenset({EntityType.ORGANIZATION}))] == [SHIP, SURNAME]
    assert KNOWN.starting_at("a", 50, frozenset({EntityType.PLACE})) is PORT
    assert KNOWN.starting_at("a", 51) is None


def test_a_report_counts_as_its_origin_and_an_unknown_one_as_itself():
    assert KNOWN.origin("b") == "a" and KNOWN.origin("unknown") == "unknown"
    assert KNOWN.origins_of(["a", "b", "c"]) == ("a", "c")
