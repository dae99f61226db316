"""Office documents: PDF (pypdf's text layer) and .docx (python-docx). One file, one report.

A PDF keeps no paragraphs, only positioned lines. pypdf's layout mode leaves a blank line where
the page leaves vertical space, which marks paragraphs; inside one, a line that runs (nearly) to
the page's right margin was wrapped by the writer and is joined to the next, while a short line
ended there in the text (a masthead, a title, the last line of a paragraph).
"""

from __future__ import annotations

import io
import itertools
import re
import unicodedata
import zipfile

import docx
import pypdf
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree
from pypdf.errors import PyPdfError

from corroborate.errors import InputError
from corroborate.ingest.formats import hints, part_document
from corroborate.model import Hints, InputFile, InputFormat, RawDocument, Rejection

# A PDF line at least this share of the widest line on its page was wrapped by the writer, not
# ended in the text. Measured on Chromium-printed A4 pages of the development stories: wrapped
# lines fill 0.86-1.0 of the width (words do not split, so a line stops up to one long word
# short); 0.75 keeps a margin for a long word, and only a paragraph's last lines fall below.
WRAPPED_LINE_SHARE = 0.75

# Fewer letters than this in a whole PDF means it has no text layer (a scan): there is nothing to
# read without OCR, and an empty report would only be refused later with a vaguer reason.
MIN_PDF_LETTERS = 20

_SPACES = re.compile(r" {2,}")
# Arabic presentation forms (Unicode blocks FB50-FDFF, FE70-FEFF): shaped glyphs, never typed, so
# their presence says the line came out of the PDF in drawing order.
_PRESENTATION_FORMS = re.compile(r"[\ufb50-\ufdff\ufe70-\ufeff]")
_LEFT_TO_RIGHT = re.compile(r"[0-9A-Za-z\u00c0-\u024f](?:[0-9A-Za-z\u00c0-\u024f.,:/%-]*[0-9A-Za-z\u00c0-\u024f%])?")
_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def read_pdf(file: InputFile) -> tuple[list[RawDocument], list[Rejection]]:
    """The text layer of every page, paragraphs rebuilt; a page that cannot be read is rejected
    on its own (named by number) and the rest is kept."""
    reader = _open_pdf(file)
    pages: list[str] = []
    bad: list[Rejection] = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            pages.append(_paragraphs(page.extract_text(extraction_mode="layout")))
        except (PyPdfError, ValueError, KeyError, TypeError) as exc:
            bad.append(Rejection(f"{file.path} page {number}", f"cannot read the page's text: {exc}"))
    text = "\n\n".join(p for p in pages if p)
    if sum(c.isalpha() for c in text) < MIN_PDF_LETTERS:
        raise InputError(file.path, "PDF has no text layer (a scanned image?); OCR it first")
    doc = part_document(
        file, number=None, raw=file.data, body=text, fmt=InputFormat.TEXT, given=_pdf_hints(reader),
        where=file.path, encoding="pdf text layer",
    )
    return [doc], bad


def _open_pdf(file: InputFile) -> pypdf.PdfReader:
    try:
        reader = pypdf.PdfReader(io.BytesIO(file.data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(file.path, "PDF is encrypted with a password")
        len(reader.pages)  # a damaged page tree fails here, not half-way through
        return reader
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(file.path, f"not a readable PDF: {exc}") from exc


def _paragraphs(layout: str) -> str:
    """Paragraphs out of pypdf's layout text: blank lines split them, wrapped lines are joined."""
    blocks: list[list[str]] = [[]]
    for line in layout.splitlines():
        cleaned = _logical_order(_SPACES.sub(" ", line.strip()))
        if cleaned:
            blocks[-1].append(cleaned)
        elif blocks[-1]:
            blocks.append([])
    width = max((len(line) for block in blocks for line in block), default=0)
    return "\n\n".join(_unwrap(block, width) for block in blocks if block)


def _logical_order(line: str) -> str:
    """An Arabic-script line the way it is read. pypdf returns such a line as drawn: letters in
    their shaped presentation forms, right to left reversed into left to right. Reversed back,
    with the shapes (and lam-alef ligatures) normalised to letters, runs of digits and Latin
    letters turned the right way again and brackets mirrored, it is the text as written."""
    if not _PRESENTATION_FORMS.search(line):
        return line
    letters = unicodedata.normalize("NFKC", line[::-1])
    return _LEFT_TO_RIGHT.sub(lambda run: run.group(0)[::-1], letters).translate(_MIRRORED)


def _unwrap(lines: list[str], width: int) -> str:
    out = lines[0]
    for previous, line in itertools.pairwise(lines):
        if len(previous) < WRAPPED_LINE_SHARE * width:
            out += "\n" + line
        elif re.search(r"\w-$", previous):  # broken after a hyphen: the hyphen is the word's
            out += line
        else:
            out += " " + line
    return out


def _pdf_hints(reader: pypdf.PdfReader) -> Hints:
    """The title a PDF states. Its CreationDate is when the file was written (printed, exported),
    not when the report was published, so it is not taken as a date."""
    try:
        info = reader.metadata
        title = info.get("/Title") if info is not None else None
    except (PyPdfError, ValueError, KeyError, TypeError):
        return Hints()
    return hints({"title": (str(title) if title else None, "PDF document information (Title)")})


def read_docx(file: InputFile) -> tuple[list[RawDocument], list[Rejection]]:
    """The document's paragraphs in order, one per line of text, blank lines between them kept as
    the writer left them; the core properties give title and date."""
    try:
        document = docx.Document(io.BytesIO(file.data))
    except (PackageNotFoundError, zipfile.BadZipFile, etree.XMLSyntaxError, KeyError, ValueError, OSError) as exc:
        raise InputError(file.path, f"not a readable .docx document: {exc}") from exc
    text = "\n".join(p.text for p in document.paragraphs).strip()
    if not text:
        raise InputError(file.path, ".docx document has no text")
    # The core properties' dates say when the file was made or saved (python-docx stamps a fixed
    # one of its own), not when the report was published: only the title is taken.
    given = hints({"title": (document.core_properties.title or None, "document properties (title)")})
    doc = part_document(file, number=None, raw=file.data, body=text, fmt=InputFormat.TEXT, given=given,
                        where=file.path)
    return [doc], []
