"""Which reader reads which file extension (the formats beyond text, HTML and JSON)."""

from __future__ import annotations

from corroborate.ingest.formats import Reader
from corroborate.ingest.formats.documents import read_docx, read_pdf
from corroborate.ingest.formats.feeds import read_feed
from corroborate.ingest.formats.mail import read_eml, read_mbox
from corroborate.ingest.formats.warc import read_warc
from corroborate.model import InputFormat

EXTENSIONS: dict[str, InputFormat] = {
    ".pdf": InputFormat.PDF,
    ".docx": InputFormat.DOCX,
    ".eml": InputFormat.EMAIL,
    ".mbox": InputFormat.MBOX,
    ".rss": InputFormat.FEED,
    ".atom": InputFormat.FEED,
    ".xml": InputFormat.FEED,  # how browsers and feed readers save a feed
    ".warc": InputFormat.WARC,
    ".warc.gz": InputFormat.WARC,
}

READERS: dict[InputFormat, Reader] = {
    InputFormat.PDF: read_pdf,
    InputFormat.DOCX: read_docx,
    InputFormat.EMAIL: read_eml,
    InputFormat.MBOX: read_mbox,
    InputFormat.FEED: read_feed,
    InputFormat.WARC: read_warc,
}
