"""Readers for the material a newsroom holds besides plain pages: documents, mail, feeds, web
archives. Each turns one input file into RawDocuments (TEXT or HTML content, as the clean stage
reads them) and a Rejection for each part that cannot be used.

    READERS[fmt](file) -> (documents, rejections)     raises InputError when nothing is usable

Metadata an input states (a mail's Date header, a feed item's link, a WARC record's target URI)
goes into the document's Hints with the rule naming where it was read, so it shows in the
dossier's `metadata_evidence`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from corroborate.ingest.decode import repair
from corroborate.ingest.urls import web_address
from corroborate.model import Hints, InputFile, InputFormat, RawDocument, Rejection

Reader = Callable[[InputFile], tuple[list[RawDocument], list[Rejection]]]


def web_url(value: object) -> str | None:
    """`value` when it is an http(s) address with a host (`ingest.urls`); anything else (mailto:,
    file:, javascript:, a bare word) is not a page anyone can open, so it is not kept."""
    return web_address(value, "url", "")[0] if isinstance(value, str) else None


def iso_day(moment: datetime | None) -> str | None:
    """The calendar day of a timestamp, in UTC when it carries a zone."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.date().isoformat()


def hints(rules: dict[str, tuple[str | None, str]]) -> Hints:
    """Hints from {field: (value, rule)}; empty values are left out with their rule."""
    given = {field: (value.strip(), rule) for field, (value, rule) in rules.items() if value and value.strip()}
    return Hints(
        url=given["url"][0] if "url" in given else None,
        title=given["title"][0] if "title" in given else None,
        outlet=given["outlet"][0] if "outlet" in given else None,
        published=given["published"][0] if "published" in given else None,
        captured=given["captured"][0] if "captured" in given else None,
        rules=tuple((field, rule) for field, (_, rule) in given.items()),
    )


def part_document(
    file: InputFile,
    *,
    number: int | None,
    raw: bytes,
    body: str,
    fmt: InputFormat,
    given: Hints,
    where: str,
    encoding: str = "utf-8",
) -> RawDocument:
    """One report read out of a container file (a feed item, a message, an archived page).
    `number` is its 1-based place in the file, None when the file holds only this one."""
    content, repairs = repair(body, where)
    name = given.url or (f"{file.name}#{number}" if number else file.name)
    return RawDocument(
        name=name,
        path=where,
        fmt=fmt,
        raw=raw,
        input_sha256=file.sha256,
        content=content,
        encoding=encoding,
        repairs=repairs,
        hints=given,
        record=number,
    )
