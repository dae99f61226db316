"""Several processes opening one new store at the same moment: each gets a migrated store, and
every migration is applied exactly once."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from corroborate.store import migrations

from ..conftest import ROOT

# Each opener waits for a "go" file, then opens the store: they start within a millisecond or so
# of each other, which is what made `table inputs already exists` show up before the fix.
OPENER = """
import os, sys, time
from pathlib import Path
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.001)
from corroborate import store
store.connect(sys.argv[1]).close()
"""
PROCESSES = 6  # the race needs two; six makes it show up in most rounds on a 2-core machine
ROUNDS = 4
START_TIMEOUT_S = 60  # interpreters starting under load: generous, only a guard against a hang


def _open_at_once(db: Path, go: Path) -> list[subprocess.CompletedProcess[str]]:
    env = {"PYTHONPATH": str(ROOT)}
    openers = [
        subprocess.Popen([sys.executable, "-c", OPENER, str(db), str(go)], env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for _ in range(PROCESSES)
    ]
    time.sleep(1.0)  # let every interpreter start and reach its wait loop
    go.touch()
    results = []
    for opener in openers:
        out, err = opener.communicate(timeout=START_TIMEOUT_S)
        results.append(subprocess.CompletedProcess(opener.args, opener.returncode, out, err))
    return results


def test_several_processes_opening_one_new_store_all_succeed(tmp_path: Path):
    for round_ in range(ROUNDS):
        db, go = tmp_path / f"s{round_}.db", tmp_path / f"go{round_}"
        results = _open_at_once(db, go)
        assert [r.stderr for r in results if r.returncode] == []
        with closing(sqlite3.connect(db)) as conn:
            versions = [row[0] for row in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
            assert versions == [v for v, _, _ in migrations.MIGRATIONS]
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
