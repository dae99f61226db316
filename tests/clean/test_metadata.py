"""Metadata read from text headers, table-driven; every text value carries its span."""

from __future__ import annotations

import pytest

from corroborate.clean.metadata import infer_metadata
from corroborate.model import Hints, InputFormat

BODY = (
    "The regional parliament voted on Thursday to extend the emergency budget by three months, "
    "after a debate that lasted well into the night and ended with a narrow majority."
)


NO_HINTS = Hints()


def meta(*header: str, hints: Hints = NO_HINTS, fmt: InputFormat = InputFormat.TEXT, furniture: str = ""):
    text = "\n".join([*header, BODY])
    found = infer_metadata(text, None, hints, fmt, furniture)
    for e in found.evidence:
        if e.start is not None:
            assert e.end is not None and text[e.start : e.end], e
    return found


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (["26.12.2025.", "11:00", "Budget extended again"], "2025-12-26"),
        (["Wednesday, December 24, 2025", "Budget extended again"], "2025-12-24"),
        (["Budget extended again", "By Jane Roe, December 23, 2025"], "2025-12-23"),
        (["Wednesday, December 24, 2025", "Budget extended", "By Regional Wire December 23, 2025"], "2025-12-23"),
        (["Budget extended again", "Published: 2024-03-05 10:00 UTC"], "2024-03-05"),
        (["Budget extended again", "Publicado: 3 de marzo de 2024"], "2024-03-03"),
        (["26 декабря 2025, 14:30", "Бюджет продлён снова"], "2025-12-26"),
        (["Budget extended again", "Von Anna Schmidt, 24. Dezember 2025"], "2025-12-24"),
        (["Budget extended again on 5 March 2024 by a narrow vote"], None),  # a date inside a sentence
        (["31.02.2025", "Budget extended again"], None),  # no such day
        (["Budget extended again", "Harbour Post, March 14, 2026"], "2026-03-14"),  # outlet and date
        (["Budget extended again", "Harbour Post, 15 March 2026 (translated from Polish)"], "2026-03-15"),
    ],
)
def test_publication_date(header, published):
    assert meta(*header).published == published


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (["Harbour Post", "Budget extended again", "2025.12.18 09:05"], "2025-12-18"),  # year first, dots
        (["Regional Daily", "Budget extended again", "2025/12/18 - 21:15"], "2025-12-18"),  # year first, slashes
        (["Budget extended again", "18-6-2025"], "2025-06-18"),  # day first: no month 18
        (["Budget extended again", "By Harbour Staff", "6/24/2025", "Updated: 6/24/2025"], "2025-06-24"),
        (["Budget extended again", "21. 5. 2025, 17.20"], "2025-05-21"),  # spaced day. month. year
        (["Budget extended again", "Samedi 9 septembre 2025 - 04:12"], "2025-09-09"),  # a French weekday
        (["Budget extended again", "السبت 9 سبتمبر 2025"], "2025-09-09"),  # an Arabic weekday
        (["Budget extended again", "16. Mai 2025 um 09:12 Uhr"], "2025-05-16"),
        (["Budget extended again", "March 27, 2025 at 8:20 pm EDT"], "2025-03-27"),
        (["Budget extended again", "September 14, 2025 | World News | 2 min read"], "2025-09-14"),  # parts
        (["Budget extended again", "Jane Roe Published March 26, 2025 | 08:19 PM"], "2025-03-26"),  # label mid-line
        (["Budget extended again", "Pubblicato il 25/06/2025 - 09:12"], "2025-06-25"),
        (["Budget extended again", "تاريخ النشر: 17th, September 2025 GMT"], "2025-09-17"),
        (["Budget extended again", "Jun 23, 2025 PRINT EDITION ► MARKETS"], None),  # the part says more
        (["Budget extended again", "— Jane Roe (@janeroe) May 20, 2025"], None),  # an embedded post's date
        # A bare date line before the title is the site's "today"; the stamp with a clock time wins.
        (["Harbour News", "September 7, 2025", "Budget extended again", "22.05.2025 | 11:05"], "2025-05-22"),
    ],
)
def test_publication_date_in_many_header_formats(header, published):
    assert meta(*header).published == published


def test_ambiguous_day_and_month_read_from_the_months_the_text_names():
    text = "Budget extended again\n09/06/2025\n" + BODY.replace("on Thursday", "on June 5")
    assert infer_metadata(text, None, NO_HINTS, InputFormat.TEXT).published == "2025-06-09"
    assert meta("Budget extended again", "09/06/2025").published is None  # no month named: no guess


def test_date_line_that_cleaning_removed_still_dates_the_report():
    found = meta("Budget extended again", "By Jane Roe", furniture="Published: 19:42 BST, 24 June 2025 | Updated")
    assert found.published == "2025-06-24"
    evidence = next(e for e in found.evidence if e.field == "published")
    assert evidence.start is None and "removed" in evidence.rule


@pytest.mark.parametrize(
    ("header", "outlet", "bylines"),
    [
        (["Budget extended again", "By bne IntelliNews December 23, 2025"], "bne IntelliNews", ()),
        (["Budget extended again", "By Jane Roe and John Poe"], None, ("Jane Roe", "John Poe")),
        (
            ["Budget extended again", "By Maria Lopez, Tom O'Neill and Ann Lee | March 5, 2024"],
            None,
            ("Maria Lopez", "Tom O'Neill", "Ann Lee"),
        ),
        (["Budget extended again", "By Associated Press"], "Associated Press", ()),
        (["Greta Van Susteren on the budget", "By Greta Van Susteren"], None, ("Greta Van Susteren",)),
        (["NextWire", "Budget extended again", "NextWire News - The regional parliament voted."], "NextWire", ()),
        (["Budget extended again", "MANILA (Reuters) - The parliament voted."], "Reuters", ()),
        (["Budget extended again", "MANILA, March 14 (Reuters) - The parliament voted."], "Reuters", ()),
        (["Regional Herald", "Budget extended again"], None, ()),  # a lone first line is not enough
        (["Budget extended again", "Harbour Post, March 14, 2026"], "Harbour Post", ()),
        (["Budget extended again", "On Friday, March 14, 2026"], None, ()),
        (["Budget extended again", "Friday, March 14, 2026"], None, ()),
    ],
)
def test_outlet_and_bylines(header, outlet, bylines):
    found = meta(*header)
    assert (found.outlet, found.bylines) == (outlet, bylines)


def test_masthead_confirmed_by_page_furniture():
    assert (
        meta("Regional Herald", "Budget extended again", furniture="Regional Herald – more at herald.es").outlet
        == "Regional Herald"
    )


def test_write_to_line_gives_bylines_and_outlet_domain():
    text = "\n".join(
        [
            "Budget extended again",
            BODY,
            "Write to Ann Lee at ann.lee@herald.example, Bo Chen at bo@herald.example "
            "and Cy Diaz at cy.diaz@herald.example",
        ]
    )
    found = infer_metadata(text, None, Hints(), InputFormat.TEXT)
    assert found.bylines == ("Ann Lee", "Bo Chen", "Cy Diaz")
    assert found.outlet == "herald.example"


def test_title_skips_dates_counters_and_bylines():
    assert meta("26.12.2025.", "11:00", "By Jane Roe", "Budget extended again?").title == "Budget extended again?"
    assert meta("# Budget extended again", fmt=InputFormat.MARKDOWN).title == "Budget extended again"


def test_hints_win_over_the_text():
    found = meta(
        "26.12.2025.",
        "Budget extended again",
        hints=Hints(title="Given title", outlet="Given Outlet", published="March 5, 2024"),
    )
    assert (found.title, found.outlet, found.published) == ("Given title", "Given Outlet", "2024-03-05")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (BODY, "en"),
        (
            "El pleno del ayuntamiento aprobó el martes el nuevo plan de transporte urbano con quince votos a favor.",
            "es",
        ),
        ("Городская администрация в пятницу объявила, что центральный мост будет закрыт на ремонт.", "ru"),
        ("Der Stadtrat hat am Donnerstag mit großer Mehrheit ein neues Klimaschutzprogramm beschlossen.", "de"),
    ],
)
def test_language(text, language):
    assert infer_metadata(text, None, Hints(), InputFormat.TEXT).language == language


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["Budget extended again", "By Jane Roe", BODY, "Reuters"], "Reuters"),  # a credit line at the end
        (["Budget extended again", "The Canadian Press", "Jun. 24, 2025", BODY], "The Canadian Press"),
        (["Budget extended again", BODY, "— Reuters"], "Reuters"),
        (["Budget extended again", BODY, "Source: Xinhua"], "Xinhua"),
        (["Budget extended again", "KYIV, May 3. /TASS/. " + BODY], "TASS"),
        (["Бюджет продлён", "МОСКВА, 10 июн - РИА Новости. " + BODY], "РИА Новости"),
        (["Budget extended again", BODY, "Reuters", "AFP"], None),  # two agencies credited: no guess
        (["Budget extended again", "World News", BODY], None),  # a section name is no credit
        (["Budget extended again", BODY + " Reuters reported it first."], None),  # a name in a sentence
    ],
)
def test_outlet_from_agency_credits_and_datelines(lines, outlet):
    text = "\n".join(lines)
    found = infer_metadata(text, None, NO_HINTS, InputFormat.TEXT)
    assert found.outlet == outlet
    for e in found.evidence:
        if e.field == "outlet" and e.start is not None:
            assert text[e.start : e.end] == outlet


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        (["By Harbour Times staff", "Budget extended again"], "Harbour Times"),
        (["By Valley Post Desk", "Budget extended again"], "Valley Post"),
        (["Par La rédaction de Radio Lenz", "Budget extended again"], "Radio Lenz"),
        (["Par Radio Lenz avec Nordpress", "Budget extended again"], "Radio Lenz"),
        (["Por Redacción", "Budget extended again"], None),  # a newsroom word alone names no outlet
    ],
)
def test_a_newsroom_signature_names_its_outlet(header, outlet):
    assert meta(*header).outlet == outlet


def page(*lines: str, furniture: str = ""):
    """Metadata of a page whose text is `lines` then a body paragraph, read as cleaning gives it."""
    text = "\n".join([*lines, BODY])
    found = infer_metadata(text, None, NO_HINTS, InputFormat.TEXT, furniture, text)
    for e in found.evidence:
        if e.field == "outlet" and e.start is not None:
            assert text[e.start : e.end] == found.outlet
    return found


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["Harbour Post | World | Europe", "Budget extended again in a late vote"], "Harbour Post"),
        (["Valley Wire — News from the valley", "Budget extended again in a late vote"], "Valley Wire"),
        (["Harbour Post", "World | Europe", "Budget extended again in a late vote"], "Harbour Post"),
        (["Harbour Post", "Home > World > Europe", "Budget extended again in a late vote"], "Harbour Post"),
        # a slogan under the name, then the headline
        (["Valley Wire", "Leading the Valley's Conversation", "Budget extended again in a late vote"], "Valley Wire"),
        (["Valley Wire", "Politics", "March 14, 2026", "Budget extended again"], "Valley Wire"),  # then a date
        (["Valley Wire", "Leading the Valley's Conversation", "SCIENCE", "Budget extended"], "Valley Wire"),  # a label
        (["The Harbour Post®", "World | Europe", "Budget extended again"], "The Harbour Post"),  # its mark dropped
        (["harbourpost. | World", "Budget extended again in a late vote"], "harbourpost"),  # a lower-case brand
        (["Regional Herald", "Budget extended again"], None),  # a headline, then the body: no masthead
        (["Feedhub", "valleywire.com", "Budget extended again in a late vote"], None),  # a platform's page
        (["Budget extended in a late vote | World", "Budget extended again"], None),  # too long for a name
        (["March 14, 2026 | World", "Budget extended again"], None),  # a date
    ],
)
def test_masthead_line(lines, outlet):
    assert page(*lines).outlet == outlet


def test_masthead_in_capitals_takes_the_pages_own_spelling():
    found = page("VALLEY WIRE", "World | Europe", "Budget extended again", "Reporters of Valley Wire saw the vote.")
    assert found.outlet == "Valley Wire"
    assert page("VALLEY WIRE", "World | Europe", "Budget extended again").outlet == "VALLEY WIRE"


def test_masthead_removed_by_cleaning_is_read_from_the_original_top_line():
    original = "Harbour Post | World\nBudget extended again\n" + BODY
    text = "Budget extended again\n" + BODY
    found = infer_metadata(text, None, NO_HINTS, InputFormat.TEXT, "Harbour Post | World", original)
    evidence = next(e for e in found.evidence if e.field == "outlet")
    assert found.outlet == "Harbour Post" and evidence.start is None and "removed" in evidence.rule


@pytest.mark.parametrize(
    ("lines", "furniture", "outlet"),
    [
        (["Budget extended again", BODY, "© 2026 Harbour Post. All rights reserved."], "", "Harbour Post"),
        (["Budget extended again", BODY], "Copyright Valley Wire, 2026", "Valley Wire"),
        (["Budget extended again", BODY, "© Radio Lenz 1999-2026"], "", "Radio Lenz"),
        (["Budget extended again", BODY, "Lenz Kurier - Tous droits réservés"], "", "Lenz Kurier"),
        (["Budget extended again", BODY, "© Jane Roe"], "", None),  # a photographer's credit
        (["Budget extended again", BODY, "© 2026 Harbour Post"], "© 2026 Valley Wire", None),  # two holders
    ],
)
def test_copyright_notice_names_the_outlet(lines, furniture, outlet):
    assert page(*lines, furniture=furniture).outlet == outlet


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["Budget extended again", "(Reuters) - The regional parliament voted."], "Reuters"),  # a bare credit
        (["Budget extended again", "(Harbour Post) - The regional parliament voted."], None),  # not an agency
        (["Budget extended again", "Jan. 5 (UPI) -- The regional parliament voted."], "UPI"),
        (["Budget extended again", "LISBON, March 3 (Reuters): The regional parliament voted."], "Reuters"),
        (["Budget extended again", BODY, "(dpa)"], "dpa"),  # a sign-off credit in parentheses
        (["Budget extended again", BODY, "Source: The Harbour Post"], "The Harbour Post"),
        (["Budget extended again", BODY, "Source: Finance Ministry data"], None),  # no outlet's word
        (["(Valley Wire - Harbour Post) 14/03/2026", "Budget extended again"], "Harbour Post"),  # carried
        (["Budget extended again", "By Jane Roe", "Chief Political Correspondent, Harbour News"], "Harbour News"),
        (["Budget extended again", "By Jane Roe", "Chief Political Correspondent, Lisbon"], None),
    ],
)
def test_credits_datelines_and_bylines_name_the_outlet(lines, outlet):
    text = "\n".join(lines if BODY in lines else [*lines, BODY])
    found = infer_metadata(text, None, NO_HINTS, InputFormat.TEXT)
    assert found.outlet == outlet
    for e in found.evidence:
        if e.field == "outlet" and e.start is not None:
            assert text[e.start : e.end] == outlet


def test_the_carrying_sites_masthead_is_no_title_when_another_credit_is_the_outlet():
    found = page(
        "The Harbour Post",
        "Budget extended again after a late vote",
        "By Valley Wire",
        furniture="More from The Harbour Post",
    )
    assert (found.outlet, found.title) == ("Valley Wire", "Budget extended again after a late vote")
