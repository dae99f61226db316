"""Acronyms a report defines, in parentheses or after 'or', joining the acronym alone elsewhere."""

from __future__ import annotations

from corroborate.model import Mention
from corroborate.reconcile import resolve
from corroborate.reconcile.acronyms import defined, spells


def _spans(text: str, *names: str) -> list[tuple[int, int, str]]:
    return [(text.find(n), text.find(n) + len(n), n) for n in names]


def test_an_acronym_in_parentheses_or_after_or_is_the_name_before_it():
    text = "The Northern Customs Service (NCS) said. Later the Federal Harbour Board, or FHB, agreed."
    found = defined(text, _spans(text, "Northern Customs Service", "Federal Harbour Board"))
    assert found == [("NCS", 0), ("FHB", 1)]


def test_an_acronym_whose_letters_the_name_does_not_spell_defines_nothing():
    assert spells("FSB", "Federal Security Service")  # one letter of the original language
    assert spells("OCHA", "United Nations Office for the Coordination of Humanitarian Affairs")
    assert not spells("LSE", "Harbourview Gazette")  # a stock exchange after a company's name
    assert not spells("D", "Joe Ferris") and not spells("FX", "Federal Security Service")
    text = "Shares of Harbourview Gazette (LSE) fell."
    assert defined(text, _spans(text, "Harbourview Gazette")) == []


def _mention(texts: dict[str, str], source: str, name: str) -> Mention:
    start = texts[source].find(name)
    return Mention(source, start, start + len(name), name, "ORG")


def test_an_acronym_defined_in_one_report_joins_it_alone_in_another():
    texts = {"a": "The Northern Customs Bureau (NCS) seized the cargo.", "b": "The NCS declined to comment."}
    mentions = [_mention(texts, "a", "Northern Customs Bureau"), _mention(texts, "b", "NCS")]
    entities = resolve(mentions, texts).entities
    (holder,) = [e for e in entities if "NCS" in e.aliases]
    assert "Northern Customs Bureau" in holder.aliases  # its initials are not the acronym
    assert any(link.rule == "acronym defined in parentheses" for link in holder.links)
