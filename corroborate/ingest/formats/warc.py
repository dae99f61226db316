"""Web archives: WARC and WARC.gz files (warcio). Each archived HTML page is a report.

Only `response` records whose payload is HTML count as pages; requests, metadata, images and
scripts are the rest of a capture, kept in the stored file but not reports, so they pass in
silence. An HTML response that is not a success (a 404 page, a redirect) is rejected by record.
The page keeps its WARC-Target-URI as its address and its WARC-Date as the day it was captured
(not its publication: that is read from the page itself).
"""

from __future__ import annotations

import io
import re
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from corroborate.errors import InputError
from corroborate.ingest.decode import decode
from corroborate.ingest.formats import hints, part_document, web_url
from corroborate.model import InputFile, InputFormat, RawDocument, Rejection

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
HTML_TYPES = ("text/html", "application/xhtml+xml")

# One archived page larger than this (decompressed) is not a news page but a media file or an
# archive bomb; it is refused unread past the limit. A heavy news page with inline scripts is a
# few MiB; the limit matches the one for a whole input file.
MAX_PAGE_BYTES = 25 * 1024 * 1024


def read_warc(file: InputFile) -> tuple[list[RawDocument], list[Rejection]]:
    """Every archived HTML page, in the archive's order; a page that cannot be used is rejected
    on its own (by record number and address)."""
    docs: list[RawDocument] = []
    bad: list[Rejection] = []
    try:
        for number, record in enumerate(ArchiveIterator(io.BytesIO(file.data)), start=1):
            if not _is_page(record):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            where = f"{file.path} record {number} ({url})" if url else f"{file.path} record {number}"
            try:
                docs.append(_page(file, number, record, where))
            except InputError as exc:
                bad.append(Rejection(exc.where, exc.reason))
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        if not docs and not bad:
            raise InputError(file.path, f"not a readable WARC archive: {exc}") from exc
        bad.append(Rejection(file.path, f"archive damaged after {len(docs) + len(bad)} page(s): {exc}"))
    if not docs and not bad:
        raise InputError(file.path, "WARC archive holds no HTML response record")
    return docs, bad


def _is_page(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    kind = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return kind in HTML_TYPES


def _text(payload: bytes, record: Any, where: str) -> tuple[str, str]:
    """The page's text: in the charset its HTTP headers declare when that decodes, else as any page."""
    declared = _CHARSET.search(record.http_headers.get_header("Content-Type") or "")
    if declared:
        try:
            return payload.decode(declared.group(1)), declared.group(1).lower()
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: the page's own meta tag or detection decide
    content, encoding, _ = decode(payload, where, html=True)
    return content, encoding


def _page(file: InputFile, number: int, record: Any, where: str) -> RawDocument:
    status = record.http_headers.get_statuscode() or "?"
    if not str(status).startswith("2"):
        raise InputError(where, f"archived response is HTTP {status}, not a page")
    payload = record.content_stream().read(MAX_PAGE_BYTES + 1)
    if len(payload) > MAX_PAGE_BYTES:
        raise InputError(where, f"archived page larger than {MAX_PAGE_BYTES // 2**20} MiB")
    content, encoding = _text(payload, record, where)
    date = record.rec_headers.get_header("WARC-Date") or ""
    given = hints({
        "url": (web_url(record.rec_headers.get_header("WARC-Target-URI")), "WARC-Target-URI"),
        "captured": (date[:10] if len(date) >= 10 else None, "WARC-Date (when the page was captured)"),
    })
    return part_document(file, number=number, raw=payload, body=content, fmt=InputFormat.HTML, given=given,
                         where=where, encoding=encoding)
