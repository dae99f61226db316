"""The dossier keeps the dossier/1 contract; the report is self-contained and inert."""

from __future__ import annotations

import json
import os

import pytest

from corroborate import __version__, pipeline
from corroborate.errors import ContractError
from corroborate.reconcile import ALGORITHMS
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


def test_outputs_are_ordinary_readable_files(example_build: pipeline.BuildResult):
    for path in (example_build.dossier_path, example_build.report_path):
        assert path.stat().st_mode & 0o044 == 0o044  # readable by group and others (umask 022)
        # no temporary files left behind: only the current run's folder and the link to it
        hidden = {p.name for p in path.parent.glob(".*")}
        assert hidden == {".current", os.readlink(path.parent / ".current")}


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


def test_the_dossier_says_which_engine_and_which_matchers_made_it(example_dossier: dict):
    engine = example_dossier["engine"]
    assert engine["version"] == __version__
    assert engine["algorithms"] == ALGORITHMS
    assert set(ALGORITHMS) == {"entities", "derivation", "claims", "quotes", "events", "exchanges"}
