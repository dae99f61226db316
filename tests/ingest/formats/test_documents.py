"""PDF and .docx: the text comes out as written, metadata with its rule, broken files refused."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pypdf
import pytest

from corroborate.ingest import read_inputs
from corroborate.ingest.formats.documents import WRAPPED_LINE_SHARE, _paragraphs
from corroborate.model import InputFormat

from .. import makers

REPORTS = makers.story("baltimore-bridge-2024")


def reasons(folder: Path) -> dict[str, str]:
    return {Path(r.where).name: r.reason for r in read_inputs([folder]).rejections}


def test_pdf_lines_wrapped_by_the_writer_are_joined_and_short_lines_kept():
    full = "x" * 60
    layout = f"   Masthead\n   {full} wraps\n   here and ends.\n\n\n   Next {full} by-\n   election   ahead\n"
    assert _paragraphs(layout) == f"Masthead\n{full} wraps here and ends.\n\nNext {full} by-election ahead"


def test_a_line_just_under_the_wrap_share_is_kept_as_written():
    width = 100
    short = "y" * int(WRAPPED_LINE_SHARE * width - 1)
    assert _paragraphs(f"{short}\nnext\n{'z' * width}") == f"{short}\nnext\n{'z' * width}"


# A title line of derna-floods-2023/09_arabkhabar.txt as pypdf reads it from Chromium's PDF: shaped
# presentation forms, in drawing order.
DRAWN_ARABIC = (
    "\ufe94\ufee7\u0631\u062f   \ufef2\ufed3   \ufeba\ufea8\ufeb7       \ufed2\ufedf\u0623    11 "
    "\u0629\ufe8e\ufed3\u0648    \ufef2\ufed4\ufee8\ufef3   \ufef2\ufe92\ufef4\ufee0\ufedf\u0627    "
    "\ufeae\ufee4\ufea3\ufef7\u0627    \u0644\ufefc\ufeec\ufedf\u0627"
)


def test_arabic_drawn_right_to_left_reads_as_written():
    assert _paragraphs(DRAWN_ARABIC) == "الهلال الأحمر الليبي ينفي وفاة 11 ألف شخص في درنة"


def test_a_printed_pdf_reads_back_as_the_plain_text(tmp_path: Path):
    if not Path(makers.CHROMIUM).exists():
        pytest.skip("no Chromium to print the PDF")
    makers.write_pdf(REPORTS[:2], tmp_path)
    docs = read_inputs([tmp_path]).documents
    assert [d.content for d in docs] == [r.text.strip() for r in REPORTS[:2]]
    assert docs[0].fmt is InputFormat.TEXT and docs[0].raw == (tmp_path / "01_reuters.pdf").read_bytes()
    assert docs[0].hints.title == REPORTS[0].title and docs[0].hints.rule("title") == "PDF document information (Title)"
    assert docs[0].hints.published is None  # the file's CreationDate is when it was printed


def test_pdf_without_text_layer_is_refused(tmp_path: Path):
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(tmp_path / "scan.pdf")
    assert reasons(tmp_path) == {"scan.pdf": "PDF has no text layer (a scanned image?); OCR it first"}


def test_encrypted_pdf_is_refused(tmp_path: Path):
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt("secret")
    writer.write(tmp_path / "locked.pdf")
    assert reasons(tmp_path) == {"locked.pdf": "PDF is encrypted with a password"}


def test_damaged_pdf_is_refused_in_one_line(tmp_path: Path):
    (tmp_path / "cut.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<<")
    reason = reasons(tmp_path)["cut.pdf"]
    assert reason.startswith("not a readable PDF: ") and "\n" not in reason


def test_docx_paragraphs_and_title(tmp_path: Path):
    makers.write_docx(REPORTS[:1], tmp_path)
    (doc,) = read_inputs([tmp_path]).documents
    assert doc.content == REPORTS[0].text.strip()
    assert doc.hints.title == REPORTS[0].title and doc.hints.rule("title") == "document properties (title)"
    assert doc.hints.published is None  # python-docx stamps its own creation date


def test_damaged_or_empty_docx_is_refused(tmp_path: Path):
    (tmp_path / "cut.docx").write_bytes(b"PK\x03\x04not really a zip")
    empty = io.BytesIO()
    docx.Document().save(empty)
    (tmp_path / "empty.docx").write_bytes(empty.getvalue())
    found = reasons(tmp_path)
    assert found["cut.docx"].startswith("not a readable .docx document: ")
    assert found["empty.docx"] == ".docx document has no text"
