"""Markup that breaks parsers: the page's text is still read, and the source says what failed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from corroborate.clean import clean
from corroborate.clean.html import FLATTEN_DEPTH, extract_html
from corroborate.ingest import input_file, read_stored
from corroborate.model import Source
from corroborate.report.claimreview import claim_reviews

from ..conftest import ROOT, STORIES

# The smallest crashing page the fuzzer found: lxml's drop_tree asserts inside htmldate, through
# trafilatura's metadata step (23 bytes of markup, then any text).
CRASHER = "<svg><table></table><e>"
REPORT = (STORIES / "hostile/02_wire.txt").read_text("utf-8")
REUTERS = (ROOT / "corpora/baltimore-bridge-2024/01_reuters.txt").read_text("utf-8")


def cleaned(name: str, data: bytes) -> Source:
    (doc,) = read_stored([input_file(name, data)]).documents
    return clean(doc)


def test_the_23_byte_page_keeps_its_text_and_says_why():
    source = cleaned("crash.html", (CRASHER + REPORT).encode())
    assert source.text.startswith(REPORT.split("\n")[0])
    notes = {(e.field, e.value): e.rule for e in source.meta.evidence if e.start is None}
    assert notes[("text", "without page metadata")] == (
        "trafilatura failed on the page (AssertionError); read again without its metadata step"
    )


def test_deep_html_keeps_its_text():
    paragraphs = [p for p in REUTERS.split("\n") if len(p) > 60][:3]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    for depth in (260, 5000):
        page = f"<html><head><title>Deep page</title></head><body>{'<div><span>' * depth}{body}</body></html>"
        found = extract_html(page)
        assert found.text.split("\n\n") == paragraphs, depth
        assert found.title == "Deep page"
        assert [n.value for n in found.notes] == ["flattened"]
        assert str(FLATTEN_DEPTH) in found.notes[0].rule


def test_a_shallow_page_is_not_flattened():
    page = "<html><body>" + "<div>" * 50 + "<p>" + REPORT.split("\n")[3] + "</p></body></html>"
    assert extract_html(page).notes == ()


def test_a_canonical_link_that_is_not_http_is_dropped():
    head = '<link rel="canonical" href="{}"><meta property="og:url" content="{}"><title>t</title>'
    body = f"<body><article><p>{REUTERS}</p></article></body>"
    for url in ("javascript:alert(document.domain)", "data:text/html,x", "https://example.org/a"):
        found = extract_html(f"<html><head>{head.format(url, url)}</head>{body}</html>")
        assert found.url == (url if url.startswith("https:") else None)


def test_a_build_with_a_crashing_page_and_a_javascript_url_keeps_the_good_inputs(tmp_path: Path):
    """The reported case end to end, in a real process: before, a traceback and exit 1."""
    story = tmp_path / "story"
    story.mkdir()
    (story / "01_wire.txt").write_text(REPORT, "utf-8")
    (story / "02_crash.html").write_text(CRASHER + "x", "utf-8")  # nothing after the crasher: no text
    (story / "03_page.html").write_text(CRASHER + REPORT.replace("Porto Lenz", "Porto Lenz harbour"), "utf-8")
    payload = "javascript:alert(document.domain)"
    record = {"text": (STORIES / "hostile/01_hostile.txt").read_text("utf-8"), "url": payload}
    (story / "04_record.json").write_text(json.dumps(record), "utf-8")
    out = tmp_path / "out"
    args = [str(story), "--out", str(out), "--db", str(tmp_path / "c.db")]
    done = subprocess.run([sys.executable, "-m", "corroborate", "build", *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    skipped = [line for line in done.stderr.splitlines() if line.startswith("skipped ")]
    assert skipped == [f"skipped {story / '02_crash.html'}: no article text left after cleaning"]
    dossier = json.loads((out / "dossier.json").read_text("utf-8"))
    assert sorted(s["file"] for s in dossier["sources"]) == ["01_wire.txt", "03_page.html", "04_record.json"]
    for output in (out / "dossier.json", out / "report.html"):
        assert payload not in output.read_text("utf-8"), output.name
    drafts = [c["claim_review"] for c in dossier["conflicts"]]  # unrated: nobody reviewed them yet
    assert drafts and payload not in json.dumps(drafts)  # the record's report is in a conflict
    assert claim_reviews(dossier) == []  # only a person's verdicts are published
    (record_source,) = [s for s in dossier["sources"] if s["file"] == "04_record.json"]
    assert record_source["url"] is None
    assert {"field": "url", "value": "dropped", "rule": "the record's 'url': a 'javascript' address; "
            "only http(s) addresses are kept"} in record_source["metadata_evidence"]
