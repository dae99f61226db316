"""The app's build process: a build's outcome comes back as a run id or one line, a process that
dies mid-build fails that build only, and the next build gets a new process."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from corroborate import store
from corroborate.web.worker import MAX_MESSAGE_CHARS, BuildFailed, BuildProcess, one_line

from ..conftest import EXAMPLES, copy_store
from .test_jobs import add_story

# Long enough for any build here on a loaded machine: these tests are not about the budget.
NO_BUDGET = 600.0


def test_messages_are_one_line_and_bounded():
    assert one_line("bad\nname.txt:\r\n  binary data") == "bad name.txt: binary data"
    assert len(one_line("x" * 5000)) == MAX_MESSAGE_CHARS and one_line("   ") == "no reason given"


def test_a_process_that_dies_mid_build_fails_that_build_and_is_replaced(hostages_store: Path, tmp_path: Path):
    db = copy_store(hostages_store, tmp_path / "c.db")
    story = add_story(db, "belarus", EXAMPLES)
    builds = BuildProcess(db)
    try:
        assert builds.build(1, NO_BUDGET) == 2  # the process is up and has built once
        pid = builds._process.pid  # type: ignore[union-attr]
        killer = threading.Timer(0.3, os.kill, (pid, signal.SIGKILL))
        killer.start()
        with pytest.raises(BuildFailed, match="ended without an answer"):
            builds.build(story, NO_BUDGET)
        killer.join()
        assert builds.build(1, NO_BUDGET) == 3  # a new process
        assert builds._process.pid != pid  # type: ignore[union-attr]
    finally:
        builds.stop(final=True)
    conn = store.connect(db)
    assert [r.id for r in store.list_runs(conn, story)] == []
    conn.close()
