"""Saved e-mail: each message a report, its headers as metadata, a bad message refused alone."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from corroborate.clean import clean
from corroborate.ingest import input_file, read_inputs, read_stored
from corroborate.model import InputFormat

from .. import makers

REPORTS = makers.story("baltimore-bridge-2024")


def test_eml_headers_become_metadata_with_their_rule(tmp_path: Path):
    makers.write_eml(REPORTS[2:3], tmp_path)  # AFP, dated in SOURCES.tsv
    (doc,) = read_inputs([tmp_path]).documents
    assert doc.fmt is InputFormat.TEXT and doc.content.strip() == REPORTS[2].text.strip()
    evidence = {(e.field, e.value, e.rule) for e in clean(doc).meta.evidence}
    assert {("title", REPORTS[2].title, "e-mail Subject header"),
            ("published", "2024-03-26", "e-mail Date header"),
            ("outlet", "AFP", "e-mail From header (display name)")} <= evidence


def test_a_newsletter_is_named_by_its_list_id(tmp_path: Path):
    mail = makers.message(REPORTS[0])
    mail["List-Id"] = '"Morning Briefing" <briefing.example.org>'
    (tmp_path / "brief.eml").write_bytes(mail.as_bytes())
    (doc,) = read_inputs([tmp_path]).documents
    assert (doc.hints.outlet, doc.hints.rule("outlet")) == ("Morning Briefing", "e-mail List-Id header")


def test_an_html_only_message_is_cleaned_as_a_page(tmp_path: Path):
    mail = EmailMessage()
    mail["Subject"] = REPORTS[0].title
    mail.set_content(makers.page(REPORTS[0]), subtype="html")
    (tmp_path / "page.eml").write_bytes(mail.as_bytes())
    (doc,) = read_inputs([tmp_path]).documents
    assert doc.fmt is InputFormat.HTML and "Francis Scott Key Bridge" in clean(doc).text


def test_mbox_gives_one_report_per_message_and_unescapes_from_lines(tmp_path: Path):
    quoting = REPORTS[1].text.replace("\n\n", "\n\nFrom the harbour, officials said.\n\n", 1)
    reports = [REPORTS[0], makers.Report(REPORTS[1].name, quoting, "Zonebourse", "T", "", ""), REPORTS[2]]
    makers.write_mbox(reports, tmp_path)
    docs = read_inputs([tmp_path]).documents
    assert [d.name for d in docs] == ["story.mbox#1", "story.mbox#2", "story.mbox#3"]
    assert [d.content.strip() for d in docs] == [r.text.strip() for r in reports]
    assert docs[1].raw.startswith(b"From: ") or b"\nSubject: " in docs[1].raw  # the message's own bytes


def test_a_message_without_text_is_refused_by_number_and_the_rest_kept(tmp_path: Path):
    makers.write_mbox(REPORTS[:1], tmp_path)
    empty = b"From x@example.org Mon Jan  1 00:00:00 2024\nSubject: photo\nContent-Type: image/png\n\nAAAA\n\n"
    data = (tmp_path / "story.mbox").read_bytes() + empty
    (tmp_path / "story.mbox").write_bytes(data)
    ingested = read_inputs([tmp_path])
    assert len(ingested.documents) == 1
    assert [str(r) for r in ingested.rejections] == [
        f"{tmp_path / 'story.mbox'} message 2: message has no text/plain or text/html part"
    ]


def test_a_file_that_is_not_a_mailbox_is_refused(tmp_path: Path):
    (tmp_path / "notes.mbox").write_text("Just some notes.\n")
    (rejection,) = read_inputs([tmp_path]).rejections
    assert rejection.reason == "not an mbox mailbox (it must start with a 'From ' line)"


def test_stored_mail_reads_again_the_same(tmp_path: Path):
    makers.write_mbox(REPORTS[:2], tmp_path)
    first = read_inputs([tmp_path]).documents
    again = read_stored([input_file("story.mbox", (tmp_path / "story.mbox").read_bytes())]).documents
    assert [(d.raw, d.content, d.hints) for d in again] == [(d.raw, d.content, d.hints) for d in first]
