"""Real files of every input type, written with each format's own writer from plain-text reports.

Each maker takes the reports as (file name, text, row of SOURCES.tsv) and writes one file (or one
per report, for one-document formats) into a folder. The text goes in unchanged: for HTML-bodied
formats each paragraph (blank-line separated) is a <p>, each line break in it a <br>.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import shutil
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import docx
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "corpora"
CHROMIUM = os.environ.get("CORROBORATE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


@dataclass(frozen=True)
class Report:
    name: str  # the plain-text file's name
    text: str
    outlet: str
    title: str
    url: str
    published: str  # ISO day or ""

    @property
    def stem(self) -> str:
        return Path(self.name).stem

    @property
    def moment(self) -> datetime | None:
        """Noon UTC of the publication day; None when the row gives no day (the container then
        states none, so the date is read from the text as in the plain-text build)."""
        if len(self.published) != len("YYYY-MM-DD"):
            return None
        return datetime.fromisoformat(self.published).replace(hour=12, tzinfo=UTC)


def story(name: str) -> list[Report]:
    """A development story's reports with their SOURCES.tsv row."""
    folder = CORPORA / name
    with (folder / "SOURCES.tsv").open(encoding="utf-8") as handle:
        rows = {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}
    return [
        Report(path.name, path.read_text("utf-8"), rows[path.name]["outlet"], rows[path.name]["title"],
               rows[path.name]["url"], rows[path.name]["published"])
        for path in sorted(folder.glob("*.txt"))
    ]


def as_html(text: str) -> str:
    """The body of a page that shows `text` as written."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return "".join("<p>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</p>\n" for p in paragraphs)


def page(report: Report) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(report.title)}</title></head>"
            f"<body><article>{as_html(report.text)}</article></body></html>")


def write_html(reports: list[Report], folder: Path) -> None:
    """Each report saved as a web page (what a WARC archive holds)."""
    for report in reports:
        (folder / f"{report.stem}.html").write_text(page(report), "utf-8")


def write_docx(reports: list[Report], folder: Path) -> None:
    for report in reports:
        document = docx.Document()
        document.core_properties.title = report.title
        for line in report.text.split("\n"):
            document.add_paragraph(line)
        document.save(str(folder / f"{report.stem}.docx"))


def message(report: Report) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = f"{report.outlet} <newsletter@example.org>"
    mail["To"] = "desk@example.org"
    mail["Subject"] = report.title
    if report.moment:
        mail["Date"] = format_datetime(report.moment)
    mail.set_content(report.text)
    return mail


def write_eml(reports: list[Report], folder: Path) -> None:
    for report in reports:
        (folder / f"{report.stem}.eml").write_bytes(message(report).as_bytes())


def write_mbox(reports: list[Report], folder: Path) -> None:
    chunks = []
    for report in reports:
        body = message(report).as_bytes().replace(b"\nFrom ", b"\n>From ")
        chunks.append(b"From newsletter@example.org Mon Jan  1 00:00:00 2024\n" + body.rstrip(b"\n") + b"\n\n")
    (folder / "story.mbox").write_bytes(b"".join(chunks))


def rss_item(report: Report) -> str:
    date = f"<pubDate>{format_datetime(report.moment)}</pubDate>" if report.moment else ""
    return (f"<item><title>{html.escape(report.title)}</title><link>{html.escape(report.url)}</link>{date}"
            f"<source url='{html.escape(report.url)}'>{html.escape(report.outlet)}</source>"
            f"<description>{html.escape(report.title)}</description>"
            f"<content:encoded><![CDATA[{as_html(report.text)}]]></content:encoded></item>\n")


def rss(items: str, title: str = "Story desk") -> str:
    return ("<?xml version='1.0' encoding='utf-8'?>\n"
            "<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
            f"<title>{title}</title><link>https://example.org/</link><description>d</description>\n{items}"
            "</channel></rss>\n")


def write_rss(reports: list[Report], folder: Path) -> None:
    (folder / "story.rss").write_text(rss("".join(rss_item(r) for r in reports)), "utf-8")


def warc_response(writer: WARCWriter, url: str, body: bytes, status: str = "200 OK",
                  kind: str = "text/html; charset=utf-8") -> None:
    """A request record and its response record, as a crawler writes them."""
    request = StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True)
    writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=request))
    headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def write_warc(reports: list[Report], folder: Path) -> None:
    with (folder / "story.warc.gz").open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for report in reports:
            warc_response(writer, report.url or f"https://example.org/{report.stem}", page(report).encode("utf-8"))


def news_api_article(report: Report) -> dict[str, object]:
    published = report.moment.isoformat().replace("+00:00", "Z") if report.moment else None
    return {"source": {"id": None, "name": report.outlet}, "author": None, "title": report.title,
            "description": report.title, "url": report.url, "urlToImage": None, "publishedAt": published,
            "content": report.text}


def write_newsapi(reports: list[Report], folder: Path) -> None:
    body = {"status": "ok", "totalResults": len(reports), "articles": [news_api_article(r) for r in reports]}
    (folder / "newsapi.json").write_text(json.dumps(body, ensure_ascii=False, indent=1), "utf-8")


def write_pdf(reports: list[Report], folder: Path) -> None:
    """Each report printed to an A4 PDF by Chromium, as a reader saves a page (Skia's PDF writer:
    real fonts, real line wrapping). In a thread of its own: the browser tests' session keeps
    Playwright's loop running in this one, and a second sync session refuses to start beside it."""
    failed: list[BaseException] = []

    def run() -> None:
        try:
            _print_pdfs(reports, folder)
        except BaseException as exc:  # handed to the caller's thread
            failed.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    if failed:
        raise failed[0]


def _print_pdfs(reports: list[Report], folder: Path) -> None:
    from playwright.sync_api import sync_playwright

    style = "<style>body{font:12pt serif;margin:2cm}p{margin:0 0 1em}</style>"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            tab = browser.new_page()
            for report in reports:
                tab.set_content(page(report).replace("</head>", style + "</head>"))
                (folder / f"{report.stem}.pdf").write_bytes(tab.pdf(format="A4"))
        finally:
            browser.close()


def write_text(reports: list[Report], folder: Path) -> None:
    for report in reports:
        (folder / report.name).write_text(report.text, "utf-8")
