"""Choosing the stored story an article belongs to."""

from __future__ import annotations

from corroborate.check.stories import MIN_ALIAS_CHARS, StoryProfile, choose

PORT = StoryProfile("port-strike", (("Karsten Dock Union", 1.0, ("Karsten Dock Union",)),
                                    ("Port of Elmbridge", 0.9, ("Port of Elmbridge", "Elmbridge")),
                                    ("Ilse Varga", 0.8, ("Ilse Varga", "Varga")),
                                    ("Norland", 0.5, ("Norland",))))
FLOOD = StoryProfile("river-flood", (("Sella River", 1.0, ("Sella River",)), ("Trevane", 0.9, ("Trevane",)),
                                     ("Norland", 0.6, ("Norland",))))

ARTICLE = ("Dockers of the Karsten Dock Union stayed off work at the Port of Elmbridge in Norland for a third day, "
           "and union leader Ilse Varga said talks had stalled.")


def test_the_story_whose_central_entities_the_article_names_is_chosen():
    choice = choose(ARTICLE, [FLOOD, PORT])
    assert choice.story == "port-strike"
    assert choice.shared[:3] == ("Karsten Dock Union", "Port of Elmbridge", "Ilse Varga")
    assert "port-strike" in choice.why


def test_an_article_that_names_only_a_country_both_stories_share_fits_none():
    choice = choose("Norland's parliament met on Tuesday to discuss the budget.", [FLOOD, PORT])
    assert choice.story is None and "no stored story fits" in choice.why


def test_aliases_are_matched_as_whole_words():
    assert choose("Vargasson and the Elmbridgeway trust met.", [PORT], least=0.1).story is None


def test_short_aliases_are_not_looked_for():
    from corroborate.check.stories import _weighed

    story = _weighed("s", [("United Nations", [("a", "UN"), ("a", "United Nations")])], 1)
    assert story.weights[0][2] == ("United Nations",) and len("UN") < MIN_ALIAS_CHARS


def test_a_name_several_stored_stories_share_counts_that_many_times_less():
    shared = StoryProfile("a", (("Norland", 1.0, ("Norland",)), ("Kessa Bay", 1.0, ("Kessa Bay",))))
    other = StoryProfile("b", (("Norland", 1.0, ("Norland",)), ("Kessa Bay", 1.0, ("Kessa Bay",))))
    choice = choose("Ferries from Kessa Bay to the Norland coast ran late.", [shared, other])
    assert choice.story is None and choice.fit == 1.0  # 2.0 if shared names counted in full
