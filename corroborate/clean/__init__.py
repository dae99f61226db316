"""Stage 2, clean: a raw document in, a Source out (cleaned text, removed blocks, metadata).

    clean(doc: RawDocument) -> Source

requires: RawDocument (decoded text or HTML, hints from the input record)
assigns:  Source.text (what every later offset refers to), Source.removed, Source.meta
"""

from __future__ import annotations

import hashlib

from corroborate.clean.html import HtmlExtract, extract_html
from corroborate.clean.metadata import infer_metadata
from corroborate.clean.text import clean_text
from corroborate.errors import InputError, third_party
from corroborate.limits import check_text
from corroborate.model import InputFormat, RawDocument, RemovedBlock, Source


def clean(doc: RawDocument) -> Source:
    """Clean one report. Raises InputError when no text is left, or when a parser fails on it in a
    way no fallback covers (the run goes on without it)."""
    with third_party(doc.path, "cleaning"):
        return _clean(doc)


def _clean(doc: RawDocument) -> Source:
    page: HtmlExtract | None = None
    removed: tuple[RemovedBlock, ...] = ()
    content = doc.content
    if doc.fmt is InputFormat.HTML:
        page = extract_html(doc.content)
        content, removed = page.text, page.removed
    else:
        check_text(content, doc.path)  # before cleaning spends time on it
    text, dropped = clean_text(content)
    if not text.strip():
        raise InputError(doc.path, "no article text left after cleaning")
    check_text(text, doc.path)
    sha = hashlib.sha256(doc.raw).hexdigest()
    return Source(
        id=source_id(sha),
        sha256=sha,
        doc=doc,
        text=text,
        removed=removed + dropped,
        meta=infer_metadata(text, page, doc.hints, doc.fmt, "\n".join(b.text for b in dropped), content),
    )


def source_id(sha256: str) -> str:
    """Stable id of a source: the same bytes always get the same id."""
    return "src-" + sha256[:12]
