"""HTML pages: the article through trafilatura, and everything else kept as removed blocks.

    extract_html(html, where) -> HtmlExtract(text, removed, title, date, outlet, authors, url)

trafilatura finds the main text (comments excluded). What it leaves out is not thrown away:
every other block of visible page text is kept as a RemovedBlock, its kind read from the
markup around it (a <nav>, a class="comments" section, an "ad-slot", a <footer>...).

Hostile or broken markup never ends a run: when trafilatura or htmldate fail on a page (lxml
asserts on some malformed trees), the text is read again without the failing step, then as the
page's plain text, and `HtmlExtract.notes` says so (the source's metadata_evidence). A page nested
too deep for libxml2 to build its tree (trafilatura then finds nothing) is flattened, its nesting
tags taken out, and read again; lxml reads pages with its huge-tree option.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import htmldate
import lxml.html
import trafilatura
from lxml import etree

from corroborate import lang
from corroborate.clean.markup import BLOCK_TAGS, INVISIBLE, KIND_MARKERS
from corroborate.ingest.urls import web_address
from corroborate.model import Evidence, RemovedBlock, RemovedKind

# Author names are split before the report's language is known (cleaning detects it): English's
# rules, the stated default, read them.
AUTHORS_LANGUAGE = lang.DEFAULT

# libxml2 stops building a tree below 255 nested elements (2048 when told the document is huge),
# and trafilatura then finds no text at all. A page whose article is not found and which nests
# deeper than this is flattened (below) and read again. Well under 255 so a page a little short
# of the limit is caught too, far above real pages: the bundled page (tests/fixtures/pages/)
# nests 5 elements, measured with lxml; a page must be this deep *and* yield no article.
FLATTEN_DEPTH = 100
HUGE_PARSER = lxml.html.HTMLParser(huge_tree=True)
# What flattening keeps: the tags that cannot nest in themselves and carry the page's text or its
# metadata. Every other tag (div, span, section, table...) is replaced by a space.
FLAT_TAGS = "html|head|body|title|meta|link|script|style|noscript|template|p|h[1-6]|li|br|pre|figcaption"
NESTING_TAG = re.compile(rf"</?(?!(?:{FLAT_TAGS})\b)[A-Za-z][^>]*>")


@dataclass(frozen=True)
class HtmlExtract:
    text: str
    removed: tuple[RemovedBlock, ...]
    title: str | None
    date: str | None
    outlet: str | None
    authors: tuple[str, ...]
    url: str | None
    notes: tuple[Evidence, ...] = ()  # what failed on this page and how its text was read instead


def extract_html(html: str) -> HtmlExtract:
    """The article text of a page, its metadata, and every other block of text on it."""
    doc, notes = _extract(html)
    text = (getattr(doc, "text", None) or "").strip()
    if not text and _depth(html) > FLATTEN_DEPTH:
        html = _flatten(html)
        doc, more = _extract(html)
        text = (getattr(doc, "text", None) or "").strip()
        notes += (*more, _note("flattened", f"page nested deeper than {FLATTEN_DEPTH} elements: flattened first"))
    # No article found (a bare page or a fragment): keep the page's whole text rather than nothing.
    text = _paragraphs(text or _page_text(html))
    comments = (getattr(doc, "comments", None) or "").strip()
    removed = _leftovers(html, text, comments)
    if comments:
        removed = (RemovedBlock(RemovedKind.COMMENTS, comments, "html comment section"), *removed)
    date, date_notes = _date(html)
    url, url_notes = web_address(_clean(getattr(doc, "url", None)), "url", "the page's canonical link")
    return HtmlExtract(
        text=text,
        removed=removed,
        title=_clean(getattr(doc, "title", None)),
        date=date,
        outlet=_clean(getattr(doc, "sitename", None)),
        authors=_authors(getattr(doc, "author", None)),
        url=url,
        notes=notes + date_notes + url_notes,
    )


def _paragraphs(text: str) -> str:
    """The page's blocks (one per line, from trafilatura or lxml) apart by a blank line, as the
    paragraphs of a plain-text report are, so that sentence splitting sees the same paragraph
    boundaries whatever the format the report came in."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def _extract(html: str) -> tuple[Any, tuple[Evidence, ...]]:  # a trafilatura Document, or None
    """trafilatura's reading of a page; when it fails, its reading without the page metadata
    (the step that runs htmldate), then None. One pass: bare_extraction keeps reader comments in
    their own field, never in `text` (tests/clean/test_html.py checks it)."""
    try:
        return _bare(html, with_metadata=True), ()
    except Exception as exc:  # lxml asserts, RecursionError...: any of them, on hostile markup
        why = f"trafilatura failed on the page ({_name(exc)}); read again without its metadata step"
        failed = _note("without page metadata", why)
    try:
        return _bare(html, with_metadata=False), (failed,)
    except Exception as exc:
        return None, (_note("page text", f"trafilatura failed on the page ({_name(exc)}); its plain text is used"),)


def _bare(html: str, *, with_metadata: bool) -> Any:
    return trafilatura.bare_extraction(
        html, include_comments=True, with_metadata=with_metadata, favor_recall=True, deduplicate=False
    )


def _page_text(html: str) -> str:
    """The whole visible text of a page (trafilatura's html2txt, else lxml's), or ""."""
    try:
        text = (trafilatura.html2txt(html) or "").strip()
    except Exception:  # the fallback of a fallback: lxml below, or nothing, never a crash
        text = ""
    return text or _lxml_text(html)


def _lxml_text(html: str) -> str:
    root = _parse(html)
    if root is None:
        return ""
    etree.strip_elements(root, *INVISIBLE, etree.Comment, with_tail=False)
    blocks = [_squash(b.text_content()) for b in _leaf_blocks(root)] or [_squash(root.text_content())]
    return "\n".join(b for b in blocks if b)


def _parse(html: str) -> lxml.html.HtmlElement | None:
    """The page's tree, however deep, or None when lxml cannot build one."""
    try:
        return lxml.html.fromstring(html, parser=HUGE_PARSER)
    except Exception:  # ParserError, ValueError (an encoding declaration in a str), lxml asserts
        return None


def _depth(html: str) -> int:
    """How deep the page's elements nest (counted up to FLATTEN_DEPTH + 1: enough to decide)."""
    root = _parse(html)
    depths: dict[lxml.html.HtmlElement, int] = {}
    for element in root.iter() if root is not None else ():
        depth = depths[element] = depths.get(element.getparent(), -1) + 1  # parents come first
        if depth > FLATTEN_DEPTH:
            return depth
    return max(depths.values(), default=0)


def _flatten(html: str) -> str:
    """The page's markup with every tag that can nest taken out, paragraphs, headings, list items
    and line breaks kept (text only: lxml cannot build a tree of a page nested this deep)."""
    return NESTING_TAG.sub(" ", html)


def _note(value: str, rule: str) -> Evidence:
    return Evidence("text", value, rule)


def _name(exc: BaseException) -> str:
    return type(exc).__name__


def _date(html: str) -> tuple[str | None, tuple[Evidence, ...]]:
    """Publication date from the markup (meta tags, structured data, <time>), via htmldate."""
    try:
        found = htmldate.find_date(html, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return None, ()
    except Exception as exc:  # lxml asserts inside htmldate on some malformed trees
        return None, (Evidence("published", "not read", f"htmldate failed on the page ({_name(exc)})"),)
    return (str(found) if found else None), ()


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
    root = _parse(html)
    if root is None:
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
