"""RSS and Atom feed files (feedparser): each item is a report.

An item's full content (content:encoded, Atom <content>) is preferred to its summary. It is the
article's body alone, without a page around it, so it is not put through the page cleaner
(whose boilerplate removal can only lose text there, and which joins paragraphs with single line
breaks): its markup becomes text directly, a blank line after each block, a line break for each
<br>. The item's link, date and title are kept, and its outlet is the item's own <source> or
else the feed's title.
"""

from __future__ import annotations

import calendar
import io
import json
import re
from datetime import UTC, datetime
from typing import Any

import feedparser
import lxml.html
from lxml import etree

from corroborate.clean.markup import BLOCK_TAGS, INVISIBLE
from corroborate.errors import InputError
from corroborate.ingest.formats import hints, iso_day, part_document, web_url
from corroborate.model import Hints, InputFile, InputFormat, RawDocument, Rejection

# The items of a feed as written, in order, so each report keeps its own bytes as received.
# Markup's own whitespace (source line breaks, indentation) is one space; breaks come from tags.
_SPACE = re.compile(r"[ \t\r\n]+")
_BREAK = re.compile(r" *\n *")
_ITEM = re.compile(rb"<(?:\w+:)?(item|entry)\b.*?</(?:\w+:)?\1\s*>", re.S)


def read_feed(file: InputFile) -> tuple[list[RawDocument], list[Rejection]]:
    """Every item with content; an item without any is rejected on its own, by number."""
    # A stream, never bytes or a str: feedparser would fetch or open a value that looks like a URL or path.
    parsed = feedparser.parse(io.BytesIO(file.data), sanitize_html=True, resolve_relative_uris=False)
    entries: list[Any] = list(parsed.entries)
    if not entries:
        problem = parsed.get("bozo_exception")
        raise InputError(file.path, "not an RSS or Atom feed with items" + (f" ({problem})" if problem else ""))
    raws = [m.group(0) for m in _ITEM.finditer(file.data)]
    outlet = parsed.feed.get("title")
    docs: list[RawDocument] = []
    bad: list[Rejection] = []
    for number, entry in enumerate(entries, start=1):
        where = f"{file.path} item {number}"
        raw = raws[number - 1] if len(raws) == len(entries) else _canonical(entry)
        try:
            docs.append(_item(file, number if len(entries) > 1 else None, raw, entry, outlet, where))
        except InputError as exc:
            bad.append(Rejection(exc.where, exc.reason))
    return docs, bad


def _item(file: InputFile, number: int | None, raw: bytes, entry: Any, outlet: str | None, where: str) -> RawDocument:
    body, kind = _body(entry)
    text = body if kind == "text/plain" else fragment_text(body)
    if not text.strip():
        raise InputError(where, "feed item has no content or summary (only a link: fetch the page instead)")
    given = _hints(entry, outlet)
    return part_document(file, number=number, raw=raw, body=text, fmt=InputFormat.TEXT, given=given, where=where)


def fragment_text(markup: str) -> str:
    """The text of an HTML fragment: blocks as paragraphs, <br> as line breaks, nothing hidden."""
    if not markup.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return markup
    for hidden in root.iter(*INVISIBLE):
        hidden.drop_tree()
    parts: list[str] = []
    _walk(root, parts)
    paragraphs = _BREAK.sub("\n", "".join(parts)).split("\n\n")
    return "\n\n".join(p.strip("\n") for p in paragraphs if p.strip())


def _walk(element: Any, parts: list[str]) -> None:
    block = isinstance(element.tag, str) and element.tag in BLOCK_TAGS
    if block:
        parts.append("\n\n")
    if element.tag == "br":
        parts.append("\n")
    parts.append(_SPACE.sub(" ", element.text or ""))
    for child in element:
        _walk(child, parts)
    if block:
        parts.append("\n\n")
    parts.append(_SPACE.sub(" ", element.tail or ""))


def _body(entry: Any) -> tuple[str, str]:
    for detail in [*entry.get("content", []), entry.get("summary_detail")]:
        if detail and str(detail.get("value", "")).strip():
            return str(detail["value"]), str(detail.get("type", "text/html"))
    return "", ""


def _hints(entry: Any, feed_title: str | None) -> Hints:
    source = entry.get("source") or {}
    outlet = (source.get("title"), "feed item <source>") if source.get("title") else (feed_title, "feed title")
    return hints({
        "url": (web_url(entry.get("link")), "feed item link"),
        "title": (entry.get("title"), "feed item title"),
        "published": _date(entry),
        "outlet": outlet,
    })


def _date(entry: Any) -> tuple[str | None, str]:
    for key in ("published", "updated"):
        rule = f"feed item date ({key})"
        moment = entry.get(f"{key}_parsed")
        if moment:  # feedparser gives a UTC struct_time
            return iso_day(datetime.fromtimestamp(calendar.timegm(moment), UTC)), rule
    return None, ""


def _canonical(entry: Any) -> bytes:
    """An item's fields as JSON, when its bytes cannot be told apart in the file."""
    fields = {k: entry.get(k) for k in ("id", "link", "title", "published", "updated", "summary")}
    fields["content"] = [c.get("value") for c in entry.get("content", [])]
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
