"""The command line: help everywhere, documented, clean errors and exit codes."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from corroborate import store
from corroborate.cli import main
from corroborate.review import ItemKind, Rating, item_key

from .conftest import EXAMPLES, ROOT, STORIES, copy_store

COMMANDS = sorted(main.commands)


def run_build(tmp_path: Path, *inputs: Path) -> subprocess.CompletedProcess[str]:
    """`corroborate build` in a real process, as a user runs it (exit code, stderr, no traceback)."""
    args = [*map(str, inputs), "--out", str(tmp_path / "out"), "--db", str(tmp_path / "c.db")]
    return subprocess.run(
        [sys.executable, "-m", "corroborate", "build", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples(command: str):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text("utf-8")
    for command in COMMANDS:
        assert f"corroborate {command}" in readme, command


def test_build_then_sources(tmp_path: Path):
    runner = CliRunner()
    db = tmp_path / "c.db"
    built = runner.invoke(main, ["build", str(EXAMPLES), "--out", str(tmp_path / "out"), "--db", str(db)])
    assert built.exit_code == 0, built.output
    assert "5 sources (0 skipped)" in built.output
    listed = runner.invoke(main, ["sources", "--db", str(db)])
    assert listed.exit_code == 0
    assert "bne IntelliNews" in listed.output and "2025-12-26" in listed.output
    assert listed.output.strip().endswith("5 sources")


def test_bad_inputs_are_reported_and_the_run_goes_on(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "good.txt").write_bytes((EXAMPLES / "002_ac20737ea2b583ce.txt").read_bytes())
    result = run_build(tmp_path, tmp_path / "in", tmp_path / "missing.html")
    assert result.returncode == 0
    assert result.stderr.splitlines() == [  # in the order the inputs were given
        f"skipped {tmp_path / 'in' / 'empty.txt'}: empty file",
        f"skipped {tmp_path / 'missing.html'}: no such file or folder",
    ]
    assert "Traceback" not in result.stderr


def test_no_usable_input_exits_non_zero_without_a_traceback(tmp_path: Path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n0000")
    result = run_build(tmp_path, tmp_path / "photo.txt")
    assert result.returncode == 1
    assert "binary file (PNG image)" in result.stderr
    assert "Error: no usable input (1 rejected)" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "dossier.json").exists()


def test_sources_without_a_store_says_so(tmp_path: Path):
    result = CliRunner().invoke(main, ["sources", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no store at" in result.output


def test_entities_lists_merged_spellings_per_report(example_build):
    runner = CliRunner()
    db = str(example_build.dossier_path.parent.parent / "c.db")
    listed = runner.invoke(main, ["entities", "--db", db, "--type", "person"])
    assert listed.exit_code == 0, listed.output
    row = next(line for line in listed.output.splitlines() if line.startswith("ent-sviatlana-tsikhanouskaya"))
    assert "Svetlana Tikhanovskaya" in row and "person" in row
    assert "reports: 1 = 000_ecad93d212ea3404.txt" in listed.output
    missing = runner.invoke(main, ["entities", "--db", db, "--run", "999"])
    assert missing.exit_code == 1 and "no run 999" in missing.output


def test_conflicts_and_claims_read_the_latest_run(example_build):
    runner = CliRunner()
    db = str(example_build.dossier_path.parent.parent / "c.db")
    shown = runner.invoke(main, ["conflicts", "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "more than 430" in shown.output and "2 conflicts in run" in shown.output
    assert "004_a64130b0911762c4.txt: “In recent months, Belarus has freed more than 430" in shown.output
    listed = runner.invoke(main, ["claims", "--db", db, "--status", "corroborated"])
    assert listed.exit_code == 0, listed.output
    assert "release: 123 prisoners (December 2025)" in listed.output and "contradicted" not in listed.output


def test_timeline_lists_dated_events_and_the_ledger(example_build):
    db = str(example_build.dossier_path.parent.parent / "c.db")
    shown = CliRunner().invoke(main, ["timeline", "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "2025-12-13  release" in shown.output and "Exchanges:" in shown.output
    assert "failed" in shown.output and "release spare Boeing parts" in shown.output


def test_build_writes_markdown_and_export_writes_every_format(tmp_path: Path):
    runner = CliRunner()
    db = tmp_path / "c.db"
    built = runner.invoke(main, ["build", str(STORIES / "hostages"), "--out", str(tmp_path / "out"), "--db", str(db),
                                 "--markdown", str(tmp_path / "notes.md")])
    assert built.exit_code == 0, built.output
    assert "run 1 of story 'hostages'" in built.output
    assert (tmp_path / "notes.md").read_text("utf-8").startswith("# hostages\n")
    exported = runner.invoke(main, ["export", "--db", str(db), "--markdown", str(tmp_path / "a.md"),
                                    "--html", str(tmp_path / "a.html"), "--claimreview", str(tmp_path / "a.jsonld")])
    assert exported.exit_code == 0, exported.output
    assert (tmp_path / "a.md").read_text("utf-8") == (tmp_path / "notes.md").read_text("utf-8")
    assert (tmp_path / "a.html").read_text("utf-8") == (tmp_path / "out" / "report.html").read_text("utf-8")
    reviews = json.loads((tmp_path / "a.jsonld").read_text("utf-8"))
    assert reviews == []  # nobody has reviewed a conflict yet: nothing to publish
    with closing(store.connect(db)) as conn:  # a reviewer marks the first conflict (in the app, usually)
        conflict = store.load_dossier(conn)[1]["conflicts"][0]
        key = item_key(ItemKind.CONFLICT, conflict)
        store.add_review(conn, 1, key, Rating.MISLEADING, "see the ministry", "Ann Roe")
    again = runner.invoke(main, ["export", "--db", str(db), "--markdown", str(tmp_path / "b.md"),
                                 "--claimreview", str(tmp_path / "b.jsonld")])
    assert again.exit_code == 0, again.output
    [published] = json.loads((tmp_path / "b.jsonld").read_text("utf-8"))
    assert published["reviewRating"]["alternateName"] == "Misleading" and published["author"]["name"] == "Ann Roe"
    assert "**Reviewer's verdict: Misleading** (Ann Roe, " in (tmp_path / "b.md").read_text("utf-8")
    nothing = runner.invoke(main, ["export", "--db", str(db)])
    assert nothing.exit_code == 2 and "--markdown" in nothing.output


def test_serve_refuses_a_public_address_without_allow_remote(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "corroborate", "serve", "--db", str(tmp_path / "c.db"), "--host", "0.0.0.0"],
        capture_output=True, text=True, check=False, timeout=60,
    )
    assert result.returncode == 1
    assert "refusing to serve on 0.0.0.0" in result.stderr and "--allow-remote" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_serves_the_store_on_loopback(hostages_store: Path, tmp_path: Path):
    db = copy_store(hostages_store, tmp_path / "c.db")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "corroborate", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert server.stdout is not None
        assert server.stdout.readline().startswith(f"corroborate: serving {db} on http://127.0.0.1:{port}/")
        page = _get(f"http://127.0.0.1:{port}/")
        assert '<a href="/stories/1">hostages</a>' in page
    finally:
        server.terminate()
        server.wait(timeout=30)


def _get(url: str) -> str:
    """GET `url`, waiting for the server to listen (up to 30 s)."""
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return str(response.read().decode("utf-8"))
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_a_report_in_a_language_without_rules_is_said_to_be_read_with_the_default(tmp_path: Path):
    story = ROOT / "corpora" / "baltimore-bridge-2024"
    result = run_build(tmp_path, story / "01_reuters.txt", story / "12_mn_ru.txt")
    assert result.returncode == 0, result.stderr
    assert "note: 1 report(s) in 'ru' read with the 'en' rules (no language data for 'ru' yet)" in result.stderr
    assert "'en' read" not in result.stderr and "skipped" not in result.stderr
