"""The app's builds run in one child process, so that a build over its time budget can be stopped.

    BuildProcess(db_path).build(story_id, budget) -> int     the new run's id
        raises BuildFailed (one line: why) on a bad input, a crash, or a build over budget

A thread cannot be stopped from outside in Python, and spaCy and lxml spend most of a build in C
code, so a build is not interrupted but its process is killed and replaced. The process is kept
between builds (the language model loads once, not once per build), started from a fresh
interpreter ("spawn": forking the server's threads could copy a held lock), and it reports back
over a pipe. Waiting is `Connection.poll(timeout)`: no busy waiting.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import traceback
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from corroborate.errors import CorroborateError

# A fresh process imports the package and loads the language model before it takes a build; this
# long at most. Measured: about 4 s on an idle machine, 50 s on 2 cores at load average 9 (at the
# lower priority below); the margin is for a machine busier still.
STARTUP_SECONDS = 300.0
# Builds are background work: the child runs at a lower CPU priority (as `nice -n 10`), so the
# server's pages come first on a busy machine.
BUILD_NICENESS = 10
# How long a killed process may take to go; after this it is left to the operating system.
EXIT_SECONDS = 5.0
# Longest error line kept for a failed build: the page shows one line, not a traceback.
MAX_MESSAGE_CHARS = 500


class BuildFailed(CorroborateError):
    """A build in the app did not produce a run; the message says why, in one line."""


class BuildProcess:
    """One child process that builds stored stories, one at a time."""

    def __init__(self, db_path: Path) -> None:
        self._db_path = db_path
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._closed = False

    def build(self, story_id: int, budget: float) -> int:
        """Build the story in the child and return the run's id; stop the child after `budget` s."""
        conn = self._ready()
        if not self._answers(conn, story_id, budget):
            self.stop()
            raise BuildFailed(f"the build was stopped after {budget:g} s, its time budget: "
                              "the story's reports are too long or too many for the app; build it with "
                              "`corroborate build` instead")
        kind, value = self._receive(conn)
        if kind == "error" or not isinstance(value, int):
            raise BuildFailed(str(value))
        return value

    def stop(self, final: bool = False) -> None:
        """Kill the child (if any); the next build starts a new one, unless `final`."""
        self._closed = self._closed or final
        process, conn, self._process, self._conn = self._process, self._conn, None, None
        if conn is not None:
            conn.close()
        if process is not None and process.is_alive():
            process.kill()
            process.join(EXIT_SECONDS)

    def _answers(self, conn: Connection, story_id: int, budget: float) -> bool:
        """Send the build; True when an answer (or the child's end) comes within the budget."""
        try:
            conn.send(story_id)
            return conn.poll(budget)
        except OSError as exc:  # the pipe was closed: the app is stopping, or the child died
            self.stop()
            raise BuildFailed("the build process was stopped before it answered") from exc

    def _ready(self) -> Connection:
        if self._conn is not None and self._process is not None and self._process.is_alive():
            return self._conn
        self.stop()
        if self._closed:
            raise BuildFailed("the app stopped before the build")
        parent, child = multiprocessing.get_context("spawn").Pipe()
        process = multiprocessing.get_context("spawn").Process(
            target=serve, args=(child, str(self._db_path)), name="corroborate-build", daemon=True)
        process.start()
        child.close()
        self._process, self._conn = process, parent
        if not parent.poll(STARTUP_SECONDS):
            self.stop()
            raise BuildFailed(f"the build process did not start within {STARTUP_SECONDS:g} s")
        self._receive(parent)  # ("ready", None)
        return parent

    def _receive(self, conn: Connection) -> tuple[str, object]:
        try:
            kind, value = conn.recv()
        except (EOFError, OSError) as exc:
            code = self._process.exitcode if self._process is not None else None
            self.stop()
            raise BuildFailed(f"the build process ended without an answer (exit code {code})") from exc
        return str(kind), value


def serve(conn: Connection, db_path: str) -> None:
    """The child's loop: load the pipeline once, then build each story id received, answering
    ("done", run id) or ("error", one line)."""
    from corroborate.extract import nlp

    os.nice(BUILD_NICENESS)
    nlp.pipeline()
    conn.send(("ready", None))
    while True:
        try:
            story_id = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(build_one(db_path, story_id))


def build_one(db_path: str, story_id: int) -> tuple[str, object]:
    """One build, its outcome as data. Any exception becomes the job's message: one stored input
    that crashes a parser must fail this build, not the app (the traceback goes to stderr)."""
    from corroborate import pipeline

    try:
        return "done", pipeline.rebuild(db_path, story_id).run_id
    except pipeline.NoUsableInput as exc:
        reasons = "; ".join(str(r) for r in exc.rejections)
        return "error", one_line(f"no report could be used ({reasons})")
    except CorroborateError as exc:
        return "error", one_line(str(exc))
    except Exception as exc:  # a bug or a third-party crash: reported as the build's failure
        traceback.print_exc(file=sys.stderr)
        return "error", one_line(f"the build failed: {type(exc).__name__}: {exc}")


def one_line(message: str) -> str:
    """A message on one line (file names and reasons may hold line breaks), cut to a page's width."""
    line = " ".join(message.split()) or "no reason given"
    return line if len(line) <= MAX_MESSAGE_CHARS else line[: MAX_MESSAGE_CHARS - 1] + "…"
