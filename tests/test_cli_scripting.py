"""Scripting with the command line: `--json` on every listing, and a closed pipe is not an error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from corroborate import pipeline
from corroborate.cli import main
from corroborate.report.listings import LISTING_FORMAT

from .conftest import ROOT

LISTINGS = ("stories", "runs", "sources", "entities", "conflicts", "claims", "timeline")
# The keys every item of a listing has, which scripts may rely on (README, "--json").
ITEM_KEYS = {
    "stories": {"id", "name", "inputs", "runs", "latest_run", "latest_finished"},
    "runs": {"id", "story_id", "story", "started", "finished", "sources", "rejected", "conflicts", "events"},
    "sources": {"id", "file", "outlet", "published", "language", "chars", "removed_chars"},
    "entities": {"id", "type", "name", "aliases", "mentions", "reports"},
    "conflicts": {"id", "topic", "kind", "note", "values"},
    "claims": {"id", "status", "kind", "statement", "subject", "value", "unit", "independent_sources", "reports",
               "conflicts_with"},
    "timeline": {"id", "date", "precision", "date_words", "type", "summary", "actors", "place",
                 "independent_sources", "reports", "conflicted"},
}


def corroborate(*args: str) -> list[str]:
    return [sys.executable, "-m", "corroborate", *args]


@pytest.fixture(scope="module")
def db(example_build: pipeline.BuildResult) -> str:
    return str(example_build.dossier_path.parent.parent / "c.db")


@pytest.mark.parametrize("command", LISTINGS)
def test_every_listing_prints_one_json_document_with_stable_keys(command: str, db: str):
    result = CliRunner().invoke(main, [command, "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert set(document) >= {"format", "listing", "run", "count", "items"}
    assert (document["format"], document["listing"], document["count"]) == (
        LISTING_FORMAT, command, len(document["items"]))
    assert document["items"]
    for item in document["items"]:
        assert set(item) == ITEM_KEYS[command]


def test_the_timeline_document_carries_the_ledger_by_name(db: str):
    document = json.loads(CliRunner().invoke(main, ["timeline", "--db", db, "--json"]).stdout)
    assert {"given", "received", "status"} <= set(document["exchanges"][0])
    assert "Alexander Lukashenko" in {x["given"]["by"] for x in document["exchanges"]}


@pytest.mark.parametrize("command", LISTINGS)
def test_every_listing_pipes_into_json_tool(command: str, db: str):
    shell = (f"{sys.executable} -m corroborate {command} --db '{db}' --json "
             f"| {sys.executable} -m json.tool > /dev/null; echo ${{PIPESTATUS[0]}} ${{PIPESTATUS[1]}}")
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.stdout.split() == ["0", "0"], done.stderr


def test_a_reader_that_stops_early_ends_the_command_quietly(db: str):
    shell = f"{sys.executable} -m corroborate claims --db '{db}' | head -1; echo ${{PIPESTATUS[0]}}"
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, cwd=ROOT, check=False)
    first, status = done.stdout.splitlines()
    assert first.startswith("ID ") and status == "0"
    assert "Error" not in done.stderr and "Traceback" not in done.stderr


def test_a_pipe_closed_before_the_first_line_is_not_an_error(db: str, tmp_path: Path):
    """The reader is gone before anything is written: every write meets a closed pipe (EPIPE)."""
    reader, writer = os.pipe()
    os.close(reader)
    with open(writer, "wb") as stdout:
        done = subprocess.run(corroborate("claims", "--db", db), stdout=stdout, stderr=subprocess.PIPE,
                              text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_the_documented_keys_are_the_keys():
    documented = (ROOT / "docs" / "scripting.md").read_text("utf-8")
    for command, keys in ITEM_KEYS.items():
        row = next(line for line in documented.splitlines() if line.startswith(f"| `{command}` |"))
        for key in keys:
            assert f"`{key}`" in row, (command, key)
