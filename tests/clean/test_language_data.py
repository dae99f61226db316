"""The cleaner's language data: English words by language (cached per language, a language
without a package read with the default's), and HTML's vocabulary kept out of the language."""

from __future__ import annotations

from corroborate import lang
from corroborate.clean import html, metadata, text
from corroborate.clean.markup import KIND_MARKERS
from corroborate.model import RemovedKind


def test_caption_verbs_are_the_default_languages_for_a_language_without_a_package():
    english = text._caption_verb(lang.DEFAULT)
    assert text._caption_verb("fr").pattern == english.pattern
    assert text._caption_verb(lang.DEFAULT) is english  # compiled once per language
    assert english.search("The minister SPEAKS to reporters")


def test_header_words_are_compiled_once_per_language_and_read_english_dates():
    words = metadata._words(lang.DEFAULT)
    assert metadata._words(lang.DEFAULT) is words
    assert [rule for rule, _ in words.dates] == [
        "iso", "year.month.day", "day.month.year", "numeric date", "month day, year", "day month year",
        "day word year",
    ]
    assert dict(words.dates)["month day, year"].search("Tuesday, March 3rd, 2026")
    assert words.org_word.search("Harbour Post Staff")
    assert metadata._words("fr").org_word.pattern == words.org_word.pattern


def test_author_field_splits_on_the_default_languages_and():
    assert html._authors("Jane Doe and John Roe; Ann Poe & Bo Li") == ("Jane Doe", "John Roe", "Ann Poe", "Bo Li")
    assert html._author_separator("fr").pattern == html._author_separator(lang.DEFAULT).pattern


def test_markup_words_name_kinds_of_page_parts():
    kinds = dict(KIND_MARKERS)
    assert kinds[RemovedKind.COMMENTS].search("disqus_thread")
    assert kinds[RemovedKind.ADVERTISING].search("ad-slot")
    assert not kinds[RemovedKind.ADVERTISING].search("header")
