"""The dossier keeps the dossier/1 contract; the report is self-contained and inert."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from corroborate import pipeline
from corroborate.errors import ContractError
from corroborate.report import problems, validate
from corroborate.report.dossier import schema

from ..conftest import ROOT

SHARED_SCHEMA = ROOT.parent / "shared" / "dossier.schema.json"


def test_example_dossier_keeps_the_contract(example_dossier: dict):
    assert problems(example_dossier) == []
    assert example_dossier["format"] == "dossier/1"
    assert len(example_dossier["sources"]) == 5


def test_every_span_matches_its_source_text(example_dossier: dict):
    texts = {s["id"]: s["text"] for s in example_dossier["sources"]}
    spans = [e["span"] for s in example_dossier["sources"] for e in s["metadata_evidence"] if "span" in e]
    assert len(spans) >= 10
    for span in spans:
        assert texts[span["source"]][span["start"] : span["end"]] == span["text"]


def test_a_broken_span_is_caught(example_dossier: dict):
    broken = json.loads(json.dumps(example_dossier))
    source = broken["sources"][0]
    source["metadata_evidence"][0]["span"]["start"] += 1
    with pytest.raises(ContractError, match="does not match"):
        validate(broken)
    del broken["sources"][0]["origin"]
    assert any("origin" in p for p in problems(broken))


def test_bundled_schema_is_the_shared_contract():
    if not SHARED_SCHEMA.exists():
        pytest.skip("no ../shared next to the project")
    assert schema() == json.loads(SHARED_SCHEMA.read_text("utf-8"))


def test_report_is_self_contained(example_build: pipeline.BuildResult):
    html = example_build.report_path.read_text("utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html), "no network references"
    assert "<script" not in html
    assert "Komentari 0" in html  # removed blocks are shown
    assert len(html.encode()) < 2_000_000


def test_article_text_is_escaped_in_the_report(tmp_path: Path):
    hostile = (
        'Council votes on <script>alert("x")</script> budget\n'
        'The council met on Tuesday and "><img src=x onerror=alert(1)> voted to extend the emergency budget '
        "by three months after a long debate that lasted well into the night, officials said."
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "xss.txt").write_text(hostile)
    result = pipeline.build([tmp_path / "in"], tmp_path / "out", tmp_path / "s.db")
    html = result.report_path.read_text("utf-8")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_outputs_are_ordinary_readable_files(example_build: pipeline.BuildResult):
    for path in (example_build.dossier_path, example_build.report_path):
        assert path.stat().st_mode & 0o044 == 0o044  # readable by group and others (umask 022)
        assert not list(path.parent.glob(".*"))  # no temporary files left behind


def test_report_lists_entities_with_mentions_in_context(example_build: pipeline.BuildResult):
    html = example_build.report_path.read_text("utf-8")
    section = html[html.index('<section id="entities">') : html.index('<section id="sources">')]
    assert "Sviatlana Tsikhanouskaya" in section and "Svetlana Tikhanovskaya" in section
    assert '<details class="alias"><summary>Svetlana Tikhanovskaya' in section
    assert "<mark>Svetlana Tikhanovskaya</mark>" in section  # the mention, highlighted in its sentence
    assert "why one entity" in section


def test_report_shows_which_sources_derive_from_which(example_build: pipeline.BuildResult):
    html = example_build.report_path.read_text("utf-8")
    start = html.index('<section id="sources">')
    table = html[start : html.index("<article", start)]
    assert table.count("own origin") == 3
    assert "← NextFin" in table  # the derivation graph
    assert '<span class="tag">cites</span> 001_4db85db2f9b590c3.txt' in table
    assert "Why it derives from another report" in html


def test_report_shows_conflicts_first_with_their_sentences(example_build: pipeline.BuildResult):
    html = example_build.report_path.read_text("utf-8")
    assert html.index('<section id="conflicts">') < html.index('<section id="claims">') < html.index('id="sources"')
    conflicts = html[html.index('<section id="conflicts">') : html.index('<section id="claims">')]
    assert "The release of <mark>16</mark> prisoners" in conflicts
    assert "bne IntelliNews</a>, 2025-12-23" in conflicts


def test_report_draws_the_timeline_and_the_ledger(example_build: pipeline.BuildResult):
    html = example_build.report_path.read_text("utf-8")
    timeline = html[html.index('id="timeline"') :]
    assert "<svg" in timeline and timeline.count("<circle") >= 9
    assert "13 December 2025" in timeline and "(contradicted)" in timeline
    ledger = html[html.index('id="ledger"') : html.index('id="timeline"')]
    assert "release spare Boeing parts" in ledger and "failed" in ledger


def test_events_and_exchanges_carry_exact_spans(example_dossier: dict):
    texts = {s["id"]: s["text"] for s in example_dossier["sources"]}
    assert example_dossier["events"] and example_dossier["exchanges"]
    for event in example_dossier["events"]:
        for trigger in event["triggers"]:
            s = trigger["span"]
            assert texts[s["source"]][s["start"] : s["end"]] == s["text"]
    for exchange in example_dossier["exchanges"]:
        for side in ("given", "received"):
            for s in exchange[side]["spans"]:
                assert texts[s["source"]][s["start"] : s["end"]] == s["text"]
