"""Saved e-mail: .eml (one message) and .mbox (many), read with the standard library's `email`.

Each message is a report: its Subject the title, its Date the publication day, its List-Id (a
newsletter names itself there) or else the From display name the outlet. The text/plain body is
preferred; a message with only text/html is cleaned as a web page.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from corroborate.errors import InputError
from corroborate.ingest.formats import hints, iso_day, part_document
from corroborate.model import Hints, InputFile, InputFormat, RawDocument, Rejection

# mbox separates messages with a line "From <sender> <date>" at the start of the file or after a
# blank line; inside a message such a line is escaped as ">From " (mboxrd), one ">" per level.
_MBOX_SEPARATOR = re.compile(rb"(?:\A|(?<=\n\n)|(?<=\r\n\r\n))From [^\n]*\n")
_MBOXRD_ESCAPE = re.compile(rb"^>(>*From )", re.M)
_LIST_ID = re.compile(r"^\s*\"?([^\"<]*?)\"?\s*<[^>]*>\s*$")


def read_eml(file: InputFile) -> tuple[list[RawDocument], list[Rejection]]:
    """One saved message."""
    return [_message(file, None, file.data, file.path)], []


def read_mbox(file: InputFile) -> tuple[list[RawDocument], list[Rejection]]:
    """Every message of a mailbox; a message that cannot be used is rejected on its own."""
    if not _MBOX_SEPARATOR.match(file.data):
        raise InputError(file.path, "not an mbox mailbox (it must start with a 'From ' line)")
    chunks = [c for c in _MBOX_SEPARATOR.split(file.data) if c.strip()]
    docs: list[RawDocument] = []
    bad: list[Rejection] = []
    for number, chunk in enumerate(chunks, start=1):
        where = f"{file.path} message {number}"
        try:
            raw = _MBOXRD_ESCAPE.sub(rb"\1", chunk)
            docs.append(_message(file, number if len(chunks) > 1 else None, raw, where))
        except InputError as exc:
            bad.append(Rejection(exc.where, exc.reason))
    return docs, bad


def _message(file: InputFile, number: int | None, raw: bytes, where: str) -> RawDocument:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise InputError(where, "not an e-mail message (no headers)")
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise InputError(where, "message has no text/plain or text/html part")
    try:
        content = body.get_content()
    except (LookupError, ValueError, AssertionError) as exc:  # unknown charset, bad transfer encoding
        raise InputError(where, f"cannot decode the message body: {exc}") from exc
    if not isinstance(content, str) or not content.strip():
        raise InputError(where, "message body is empty")
    fmt = InputFormat.HTML if body.get_content_subtype() == "html" else InputFormat.TEXT
    return part_document(
        file, number=number, raw=raw, body=content, fmt=fmt, given=_hints(message), where=where,
        encoding=body.get_content_charset() or "us-ascii",
    )


def _hints(message: EmailMessage) -> Hints:
    return hints({
        "title": (_header(message, "Subject"), "e-mail Subject header"),
        "published": (_date(message), "e-mail Date header"),
        "outlet": _outlet(message),
    })


def _outlet(message: EmailMessage) -> tuple[str | None, str]:
    listed = _LIST_ID.match(_header(message, "List-Id") or "")
    if listed and listed.group(1).strip():
        return listed.group(1).strip(), "e-mail List-Id header"
    return _sender_name(message), "e-mail From header (display name)"


def _sender_name(message: EmailMessage) -> str | None:
    try:
        addresses = message["From"].addresses if message["From"] is not None else ()
    except (AttributeError, IndexError, ValueError):
        return None
    first = addresses[0] if addresses else None
    return (first.display_name or None) if isinstance(first, Address) else None


def _header(message: EmailMessage, name: str) -> str | None:
    try:
        value = message[name]
    except (IndexError, ValueError):  # a header the parser cannot make sense of
        return None
    return (str(value).strip() or None) if value is not None else None


def _date(message: EmailMessage) -> str | None:
    value = _header(message, "Date")
    if not value:
        return None
    try:
        return iso_day(parsedate_to_datetime(value))
    except (TypeError, ValueError, IndexError):
        return None
