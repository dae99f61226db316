"""A run's dossier.json and report.html are replaced together: a failure or a `kill -9` at any
moment leaves the previous pair or the new pair, never one of each; leftovers of a crash are
removed by the next run."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from corroborate import report
from corroborate.errors import CorroborateError
from corroborate.report import outputs

from ..conftest import ROOT

NAMES = ("dossier.json", "report.html")


def _pair(out: Path) -> tuple[str | None, ...]:
    return tuple((out / name).read_text("utf-8") if (out / name).exists() else None for name in NAMES)


def _texts(tag: str) -> dict[str, str]:
    return {name: f"{tag}: {name}\n" for name in NAMES}


def _fail_at(step: int, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The `step`-th call of any of the calls that change the folder raises, as a crash would.
    Returns the count of calls so far (a one-item list)."""
    calls = [0]

    def failing(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            calls[0] += 1
            if calls[0] == step:
                raise OSError(28, "No space left on device (simulated)")
            return real(*args, **kwargs)
        return call

    for name in ("replace", "symlink", "link", "fsync", "mkdir"):
        monkeypatch.setattr(os, name, failing(getattr(os, name)))
    return calls


def _lay_out(out: Path, layout: str) -> tuple[str | None, ...]:
    """An output folder as a user may have it before the run; returns its pair."""
    out.mkdir()
    if layout == "earlier version":  # ordinary files, replaced one at a time by the old writer
        for name, text in _texts("old").items():
            (out / name).write_text(text, "utf-8")
    elif layout == "this version":
        outputs.write_run(out, _texts("old"))
    return _pair(out)


@pytest.mark.parametrize("layout", ["empty", "earlier version", "this version"])
def test_a_failure_at_any_step_leaves_the_old_pair_or_the_new_pair(tmp_path: Path, layout: str):
    new = tuple(_texts("new").values())
    failed = 0
    for step in range(1, 100):
        out = tmp_path / f"out{step}"
        old = _lay_out(out, layout)
        with pytest.MonkeyPatch.context() as patch:
            calls = _fail_at(step, patch)
            try:
                outputs.write_run(out, _texts("new"))
            except OSError:
                failed += 1
        if calls[0] < step:  # the run had fewer steps: every one of them has been failed
            break
        assert _pair(out) in (old, new), f"step {step}"
        outputs.write_run(out, _texts("new"))  # the next run repairs whatever the failure left
        assert _pair(out) == new
        assert _leftovers(out) == set()
    assert failed >= 4  # the run has at least that many steps that can fail


def test_a_failing_rename_between_the_two_files_changes_neither(tmp_path: Path, example_dossier: dict,
                                                                 monkeypatch: pytest.MonkeyPatch):
    """The report writer's own entry point, with the second rename failing (the crash between
    the two renames of the one-file-at-a-time writer)."""
    out = tmp_path / "out"
    report.write_outputs(out, example_dossier)
    before = _pair(out)
    later = {**example_dossier, "generated_at": "2031-01-01T00:00:00+00:00"}
    real, calls = os.replace, [0]

    def second_fails(*args: Any) -> None:
        calls[0] += 1
        if calls[0] == 2:
            raise OSError(5, "Input/output error (simulated)")
        real(*args)

    monkeypatch.setattr(os, "replace", second_fails)
    with contextlib.suppress(CorroborateError):
        report.write_outputs(out, later)
    assert _pair(out) in (before, (json.dumps(later, ensure_ascii=False, indent=2), report.render_html(later)))


# A writer that replaces the pair as fast as it can, each run's files naming the run; big enough
# files (300 KB each, synced) that a kill lands while writing as often as between steps. It loads
# report/outputs.py alone (it needs only the standard library): importing the whole report package
# takes seconds per process on a loaded machine.
WRITER = """
import importlib.util, sys
from pathlib import Path
spec = importlib.util.spec_from_file_location("outputs", sys.argv[3])
outputs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(outputs)
out, first = Path(sys.argv[1]), int(sys.argv[2])
pad = "x" * 300_000
for run in range(first, first + 10_000):
    outputs.write_run(out, {"dossier.json": f"{run}\\n{pad}", "report.html": f"{run}\\n{pad}"})
"""
KILLS = 20
WRITER_START_TIMEOUT_S = 60  # an interpreter starting on a loaded machine: a guard, not a bound


def test_a_writer_killed_at_twenty_moments_always_leaves_one_whole_run(tmp_path: Path):
    out = tmp_path / "out"
    env = {"PYTHONPATH": str(ROOT)}
    for kill in range(KILLS):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(out), str(kill * 10_000), outputs.__file__],
                                  env=env, stderr=subprocess.PIPE)
        deadline = time.monotonic() + WRITER_START_TIMEOUT_S
        while not _wrote(out, kill * 10_000) and time.monotonic() < deadline and writer.poll() is None:
            time.sleep(0.005)
        time.sleep(kill * 0.004)  # land at a different moment of a write each time
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        assert writer.returncode == -signal.SIGKILL, writer.stderr.read() if writer.stderr else ""
        runs = {(out / name).read_text("utf-8").split("\n", 1)[0] for name in NAMES}
        assert len(runs) == 1, f"kill {kill}: the files are of runs {runs}"
    outputs.write_run(out, _texts("after"))
    assert _leftovers(out) == set()


def _wrote(out: Path, first: int) -> bool:
    """Has the writer that starts at run `first` finished at least one run?"""
    try:
        return int((out / "dossier.json").read_text("utf-8").split("\n", 1)[0]) >= first
    except (OSError, ValueError):
        return False


def test_two_builds_writing_one_folder_at_once_both_finish_whole(tmp_path: Path):
    out = tmp_path / "out"
    env = {"PYTHONPATH": str(ROOT)}
    script = WRITER.replace("10_000):", "40):")
    writers = [subprocess.Popen([sys.executable, "-c", script, str(out), str(first), outputs.__file__], env=env,
                                stderr=subprocess.PIPE, text=True) for first in (0, 1000)]
    errors = [w.communicate(timeout=WRITER_START_TIMEOUT_S * 4)[1] for w in writers]
    assert [w.returncode for w in writers] == [0, 0], errors
    runs = {(out / name).read_text("utf-8").split("\n", 1)[0] for name in NAMES}
    assert runs in ({"39"}, {"1039"})
    assert _leftovers(out) == set()


def test_leftovers_of_an_earlier_crash_are_removed_by_the_next_run(tmp_path: Path):
    out = tmp_path / "out"
    outputs.write_run(out, _texts("old"))
    crashed = [".dossier.json.k3x_9qzt", ".report.html.0a1b2c3d", ".run-deadbeef", ".link-0badf00d"]
    (out / crashed[0]).write_text("half a dossier", "utf-8")
    (out / crashed[1]).write_text("half a page", "utf-8")
    (out / crashed[2]).mkdir()
    (out / crashed[2] / "dossier.json").write_text("a run never switched to", "utf-8")
    (out / crashed[3]).symlink_to(".run-deadbeef")
    theirs = [".dossier.json.orig", ".notes", "notes.txt"]  # not of our making: kept
    for name in theirs:
        (out / name).write_text("the user's", "utf-8")
    outputs.write_run(out, _texts("new"))
    left = {p.name for p in out.iterdir()}
    assert not left & set(crashed)
    assert set(theirs) <= left
    assert _leftovers(out) == set()


def test_an_export_removes_the_temporary_files_an_earlier_crash_left(tmp_path: Path):
    (tmp_path / ".notes.md.ab12cd34").write_text("half an export", "utf-8")
    (tmp_path / ".notes.md.backup").write_text("the user's", "utf-8")
    (tmp_path / ".other.md.ab12cd34").write_text("another file's temporary: not ours to judge", "utf-8")
    report.write_text(tmp_path / "notes.md", "# notes\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".notes.md.backup", ".other.md.ab12cd34", "notes.md"]


def test_the_outputs_of_a_build_are_the_two_usual_paths(example_build, example_dossier: dict):
    out = example_build.dossier_path.parent
    assert (example_build.dossier_path, example_build.report_path) == (out / "dossier.json", out / "report.html")
    assert json.loads(example_build.dossier_path.read_text("utf-8")) == example_dossier
    run = out / os.readlink(out / ".current")
    assert (out / "report.html").resolve() == (run / "report.html").resolve()
    assert run.stat().st_mode & 0o055 == 0o055  # others can open the run's folder (umask 022)


def _leftovers(out: Path) -> set[str]:
    """Names in `out` that are neither the pair, the current run, nor the user's own files."""
    current = os.readlink(out / ".current")
    ours = {*NAMES, ".current", current}
    return {p.name for p in out.iterdir() if p.name.startswith(".") and p.name not in ours
            and not p.name.startswith((".dossier.json.orig", ".notes"))}
