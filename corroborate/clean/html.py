"""HTML pages: the article through trafilatura, and everything else kept as removed blocks.

    extract_html(html, where) -> HtmlExtract(text, removed, title, date, outlet, authors, url)

trafilatura finds the main text (comments excluded). What it leaves out is not thrown away:
every other block of visible page text is kept as a RemovedBlock, its kind read from the
markup around it (a <nav>, a class="comments" section, an "ad-slot", a <footer>...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import htmldate
import lxml.html
import trafilatura
from lxml import etree

from corroborate import lang
from corroborate.clean.markup import BLOCK_TAGS, INVISIBLE, KIND_MARKERS
from corroborate.model import RemovedBlock, RemovedKind

# Author names are split before the report's language is known (cleaning detects it): English's
# rules, the stated default, read them.
AUTHORS_LANGUAGE = lang.DEFAULT


@dataclass(frozen=True)
class HtmlExtract:
    text: str
    removed: tuple[RemovedBlock, ...]
    title: str | None
    date: str | None
    outlet: str | None
    authors: tuple[str, ...]
    url: str | None


def extract_html(html: str) -> HtmlExtract:
    """The article text of a page, its metadata, and every other block of text on it."""
    # One pass: bare_extraction keeps reader comments in their own field, never in `text`
    # (tests/clean/test_html.py checks it), so they are excluded from the article and kept.
    doc = trafilatura.bare_extraction(
        html, include_comments=True, with_metadata=True, favor_recall=True, deduplicate=False
    )
    comments = (getattr(doc, "comments", None) or "").strip()
    # No article found (a bare page or a fragment): keep the page's whole text rather than nothing.
    text = (getattr(doc, "text", None) or "").strip() or (trafilatura.html2txt(html) or "").strip()
    removed = _leftovers(html, text, comments)
    if comments:
        removed = (RemovedBlock(RemovedKind.COMMENTS, comments, "html comment section"), *removed)
    return HtmlExtract(
        text=text,
        removed=removed,
        title=_clean(getattr(doc, "title", None)),
        date=_date(html),
        outlet=_clean(getattr(doc, "sitename", None)),
        authors=_authors(getattr(doc, "author", None)),
        url=_clean(getattr(doc, "url", None)),
    )


def _date(html: str) -> str | None:
    """Publication date from the markup (meta tags, structured data, <time>), via htmldate."""
    try:
        found = htmldate.find_date(html, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return None
    return str(found) if found else None


def _authors(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    parts = _author_separator(AUTHORS_LANGUAGE).split(raw)
    return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))


@cache
def _author_separator(language: str) -> re.Pattern[str]:
    """What separates two names in a page's author field, in `language`."""
    return re.compile(lang.data(language, "metadata").AUTHOR_SEPARATOR)


def _clean(value: str | None) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _leftovers(html: str, kept: str, comments: str) -> tuple[RemovedBlock, ...]:
    """Visible text blocks of the page that are neither in the article nor in the comments."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ()
    etree.strip_elements(root, *INVISIBLE, etree.Comment, with_tail=False)
    have = _squash(kept) + "\n" + _squash(comments)
    blocks: list[RemovedBlock] = []
    for element in _leaf_blocks(root):
        words = _squash(element.text_content())
        if not words or words in have:
            continue
        kind = _kind(element)
        if blocks and blocks[-1].kind == kind:
            blocks[-1] = RemovedBlock(kind, blocks[-1].text + "\n" + words, blocks[-1].rule)
        else:
            blocks.append(RemovedBlock(kind, words, f"html: not article text ({kind.value})"))
    return tuple(blocks)


def _leaf_blocks(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Blocks holding no other block, and inline elements lying loose in a container or <body>."""
    containers: set[lxml.html.HtmlElement] = set()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in BLOCK_TAGS:
            containers.update(element.iterancestors())
    leaves = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element in containers or element.tag == "body":
            continue
        parent = element.getparent()
        loose = parent is not None and (parent.tag == "body" or parent in containers)
        if element.tag in BLOCK_TAGS or loose:
            leaves.append(element)
    return leaves


def _kind(element: lxml.html.HtmlElement) -> RemovedKind:
    node = element
    while node is not None:
        tokens = [str(node.tag), *" ".join(str(node.get(a, "")) for a in ("class", "id", "role")).lower().split()]
        for kind, marker in KIND_MARKERS:
            if any(marker.search(token) for token in tokens):
                return kind
        node = node.getparent()
    return RemovedKind.OTHER


def _squash(text: str) -> str:
    return " ".join(text.split())
