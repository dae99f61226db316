import pytest

from corroborate import lang
from corroborate.errors import CorroborateError


def test_english_has_a_package_and_reads_itself():
    assert "en" in lang.available()
    assert lang.rules_language("en") == "en"
    assert lang.data("en", "events").__name__ == "corroborate.lang.en.events"


def test_a_language_without_a_package_is_read_with_the_default_and_the_run_is_told():
    assert lang.rules_language("fr") == lang.DEFAULT
    assert lang.data("fr", "events") is lang.data(lang.DEFAULT, "events")
    assert lang.fallbacks(["en", "fr", "und", "fr"]) == {"fr": "en", "und": "en"}


def test_a_part_a_language_package_lacks_is_an_error_naming_the_file():
    with pytest.raises(CorroborateError, match=r"no .nonesuch. data \(corroborate/lang/en/nonesuch.py\)"):
        lang.data("en", "nonesuch")
