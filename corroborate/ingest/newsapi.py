"""News-API exports: NewsAPI-style `articles[]` and GDELT-style rows, recognised by their fields.

A NewsAPI article carries `title`, `url`, `publishedAt`, `source.name` and its text in `content`
(or only `description`); a GDELT DOC row `url`, `title`, `seendate`, `domain`; a GDELT GKG row
`DocumentIdentifier`, `SourceCommonName`, `DATE`. GDELT lists articles without their text: such a
row is refused with the way to get the page, unless the export added a text field.
"""

from __future__ import annotations

import re
from typing import Any

from corroborate.errors import InputError
from corroborate.ingest.formats import hints, part_document, web_url
from corroborate.model import Hints, InputFile, InputFormat, RawDocument

# Field names, not words: the export formats' own keys.
NEWSAPI_FIELDS = ("publishedAt", "urlToImage")  # any one of them
GDELT_DOC_FIELDS = ("seendate", "sourcecountry")  # all of them
GDELT_GKG_FIELDS = ("DocumentIdentifier", "SourceCommonName")  # all of them
TEXT_FIELDS = ("content", "text", "description")

# NewsAPI cuts `content` and ends it with "… [+1234 chars]": the count of what it left out, not
# words of the report.
_TRUNCATED = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$")
_GDELT_DAY = re.compile(r"^(\d{4})(\d{2})(\d{2})")


def articles(data: Any) -> list[Any] | None:
    """The article list of a news-API response (`{"articles": [...]}`), else None."""
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        return list(data["articles"])
    return None


def is_news_api(record: dict[str, Any]) -> bool:
    keys = set(record)
    return bool(keys.intersection(NEWSAPI_FIELDS)) or isinstance(record.get("source"), dict) or _is_gdelt(keys)


def _is_gdelt(keys: set[str]) -> bool:
    return keys.issuperset(GDELT_DOC_FIELDS) or keys.issuperset(GDELT_GKG_FIELDS)


def document(file: InputFile, number: int | None, raw: bytes, record: dict[str, Any], where: str) -> RawDocument:
    """One report from a news-API article or GDELT row. Raises InputError when it has no text."""
    gdelt = _is_gdelt(set(record))
    body = next((str(record[k]) for k in TEXT_FIELDS if isinstance(record.get(k), str) and record[k].strip()), None)
    if body is None:
        what = "GDELT row lists the article without its text" if gdelt else "article has no content or description"
        raise InputError(where, f"{what}; download the page with `corroborate fetch` instead")
    given = _gdelt_hints(record) if gdelt else _newsapi_hints(record)
    return part_document(file, number=number, raw=raw, body=_TRUNCATED.sub("", body), fmt=InputFormat.TEXT,
                         given=given, where=where)


def _newsapi_hints(record: dict[str, Any]) -> Hints:
    source = record.get("source")
    outlet = source.get("name") if isinstance(source, dict) else None
    return hints({
        "url": (web_url(record.get("url")), "news-API url"),
        "title": (_text(record.get("title")), "news-API title"),
        "published": (_text(record.get("publishedAt")), "news-API publishedAt"),
        "outlet": (_text(outlet), "news-API source.name"),
    })


def _gdelt_hints(record: dict[str, Any]) -> Hints:
    doc = "seendate" in record
    day = _GDELT_DAY.match(_text(record.get("seendate" if doc else "DATE")) or "")
    return hints({
        "url": (web_url(record.get("url" if doc else "DocumentIdentifier")), "GDELT url"),
        "title": (_text(record.get("title")), "GDELT title"),
        "published": ("-".join(day.groups()) if day else None, "GDELT date (when GDELT first saw the article)"),
        "outlet": (_text(record.get("domain" if doc else "SourceCommonName")), "GDELT source domain"),
    })


def _text(value: Any) -> str | None:
    return str(value) if isinstance(value, str | int) and str(value).strip() else None
