"""Each plain-text cleaning rule, on small invented pages; and what it must leave alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corroborate.clean.text import clean_text
from corroborate.model import RemovedKind

ARTICLE = [
    "The regional parliament voted on Thursday to extend the emergency budget by three months, "
    "after a debate that lasted well into the night and ended with a narrow majority of 41 to 38.",
    "Opposition members said the extension gave the government too much room to spend without "
    "oversight, and announced they would challenge the decision before the constitutional court.",
    "The finance minister said the money would go to hospitals and to repairing roads damaged "
    "by the spring floods, and that a full budget would be presented to parliament in September.",
]


def page(*lines: str) -> str:
    return "\n".join(lines)


def removed(text: str) -> dict[str, RemovedKind]:
    _, blocks = clean_text(text)
    return {line: b.kind for b in blocks for line in b.text.split("\n")}


def assert_article_kept(cleaned: str) -> None:
    for paragraph in ARTICLE:
        assert paragraph in cleaned


def test_comment_section_in_several_languages():
    for header in (
        "14 Comments",
        "Comments (3)",
        "No comments:",
        "LEAVE A REPLY",
        "Komentari 0",
        "Комментарии (5)",
        "Comentarios",
        "Kommentare 2",
        "Join the discussion",
    ):
        text = page(*ARTICLE, header, "Great article, thanks.", "I disagree with every word.")
        cleaned, blocks = clean_text(text)
        assert_article_kept(cleaned)
        assert "Great article" not in cleaned and header not in cleaned, header
        assert blocks[-1].kind is RemovedKind.COMMENTS and blocks[-1].text.startswith(header)


def test_comment_counter_under_the_headline_is_only_a_widget():
    text = page("Parliament extends emergency budget", "3 Comments", *ARTICLE)
    cleaned, blocks = clean_text(text)
    assert_article_kept(cleaned)
    assert [(b.kind, b.text) for b in blocks] == [(RemovedKind.WIDGET, "3 Comments")]


def test_headerless_spam_comments_after_the_article():
    spam = ["Nice post!!", "Buy followers cheap at my profile", "Nice post!!", "First", "Nice post!!"]
    cleaned, blocks = clean_text(page(*ARTICLE, "Share this article", *spam))
    assert_article_kept(cleaned)
    assert "Nice post" not in cleaned and "First" not in cleaned
    assert any(b.kind is RemovedKind.COMMENTS for b in blocks)


def test_short_lines_without_repeats_are_kept():
    facts = ["Key figures:", "41 votes for", "38 votes against", "3 abstentions"]
    cleaned, _ = clean_text(page(*ARTICLE, *facts))
    assert all(f in cleaned for f in facts)


def test_widgets_navigation_and_prompts():
    furniture = {
        "Listen to the article": RemovedKind.WIDGET,
        "Skip to content": RemovedKind.NAVIGATION,
        "Share on Facebook": RemovedKind.WIDGET,
        "Fact Checker": RemovedKind.WIDGET,
        "Verify the accuracy of this article using independent sources.": RemovedKind.WIDGET,
        "Advertisement": RemovedKind.ADVERTISING,
        "Subscribe to our newsletter": RemovedKind.BOILERPLATE,
        "Become a member and support independent journalism": RemovedKind.BOILERPLATE,
        "Read also: Floods hit the south": RemovedKind.NAVIGATION,
        "Слушать статью": RemovedKind.WIDGET,
        "Поделиться": RemovedKind.WIDGET,
        "Artikel anhören": RemovedKind.WIDGET,
        "Werbung": RemovedKind.ADVERTISING,
        "© 2025 Regional Herald. All rights reserved.": RemovedKind.BOILERPLATE,
    }
    lines = list(furniture)
    text = page(lines[0], lines[1], ARTICLE[0], *lines[2:7], ARTICLE[1], *lines[7:], ARTICLE[2])
    cleaned, _ = clean_text(text)
    assert_article_kept(cleaned)
    assert removed(text) == furniture


def test_sentences_that_mention_furniture_words_are_kept():
    prose = [
        "The minister declined to make comments on the deal before the accounts are published.",
        "Readers can subscribe to the council's newsletter, the mayor said, to follow the works.",
        "Share prices fell by 4% after the announcement, according to the exchange.",
    ]
    cleaned, blocks = clean_text(page(*ARTICLE, *prose))
    assert all(p in cleaned for p in prose) and blocks == ()


def test_header_counters_and_repeated_title():
    title = "Parliament extends emergency budget by three months"
    cleaned, blocks = clean_text(page(title, "", "0", "12", title, "", *ARTICLE))
    assert cleaned.count(title) == 1 and cleaned.startswith(title)
    assert [(b.kind, b.rule) for b in blocks] == [
        (RemovedKind.WIDGET, "counter in the page header"),
        (RemovedKind.BOILERPLATE, "repeated heading"),
    ]


def test_numbers_inside_the_article_are_not_counters():
    lines = [
        *ARTICLE[:2],
        *[f"Paragraph {i} of the article body, long enough to be text." for i in range(10)],
        "7",
        ARTICLE[2],
    ]
    cleaned, _ = clean_text(page(*lines))
    assert "\n7\n" in cleaned


def test_promotional_tail_in_several_languages():
    for promo in (
        "Explore more exclusive insights at example.ai.",
        "Read more stories like this at www.example.com",
        "Regional Herald – Explora más noticias en herald.es",
    ):
        cleaned, blocks = clean_text(page(*ARTICLE, promo))
        assert_article_kept(cleaned)
        assert promo not in cleaned and blocks[-1].kind is RemovedKind.ADVERTISING, promo


def test_a_closing_sentence_with_a_web_address_is_kept():
    last = "The full decision is published on the parliament's website, parliament.example.org, in three languages."
    cleaned, _ = clean_text(page(*ARTICLE, last))
    assert last in cleaned


def test_captions_with_credit_or_set_off_by_indentation():
    credited = "Deputies leave the chamber after the vote. / Regional Herald"
    indented = " The finance minister speaks to reporters outside parliament on Thursday."
    below = "Protesters are seen outside the building."
    text = page(ARTICLE[0], "", credited, "", ARTICLE[1], "", indented, below, "", ARTICLE[2])
    cleaned, blocks = clean_text(text)
    assert_article_kept(cleaned)
    for caption in (credited, indented.strip(), below):
        assert caption not in cleaned
    assert {b.kind for b in blocks} == {RemovedKind.OTHER}


def test_present_tense_prose_is_not_a_caption():
    prose = "The finance minister speaks for the government on budget matters, the spokesman said."
    cleaned, _ = clean_text(page(*ARTICLE, prose))
    assert prose in cleaned


def test_a_byline_with_a_date_is_not_a_caption_credit():
    byline = "By Maria Lopez and Tom O'Neill | March 5, 2024"
    cleaned, _ = clean_text(page("Parliament extends budget again", byline, *ARTICLE))
    assert byline in cleaned


def test_pull_quote_repeating_an_earlier_quote():
    quote_line = (
        "“We will not let the hospitals run out of money while the budget is argued over,” she said in parliament."
    )
    pull = (
        "The minister defended the extension: "
        "‘We will not let the hospitals run out of money while the budget is argued over.’"
    )
    cleaned, blocks = clean_text(page(ARTICLE[0], quote_line, ARTICLE[1], pull, ARTICLE[2]))
    assert quote_line in cleaned and pull not in cleaned
    assert blocks[0].rule == "pull-quote repeating the article"


line_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=80)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(line_text, st.sampled_from(["", "Share", "3 Comments", "Advertisement", "0", ARTICLE[0]])),
        max_size=30,
    )
)
def test_nothing_is_lost_and_kept_lines_are_verbatim(lines: list[str]):
    text = "\n".join(lines)
    cleaned, blocks = clean_text(text)
    given_lines = [line.strip() for line in text.split("\n") if line.strip()]
    kept = [line.strip() for line in cleaned.split("\n") if line.strip()]
    gone = [line for b in blocks for line in b.text.split("\n") if line]
    assert sorted(kept + gone) == sorted(given_lines)
    source_lines = {line.rstrip() for line in text.split("\n")}
    assert all(line in source_lines for line in cleaned.split("\n") if line)
