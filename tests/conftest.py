from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from corroborate import pipeline

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "belarus-2025"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def example_build(tmp_path_factory: pytest.TempPathFactory) -> pipeline.BuildResult:
    """The bundled example story, built once for the whole session."""
    tmp = tmp_path_factory.mktemp("example")
    return pipeline.build([EXAMPLES], tmp / "out", tmp / "c.db")


@pytest.fixture(scope="session")
def example_dossier(example_build: pipeline.BuildResult) -> dict:
    return json.loads(example_build.dossier_path.read_text("utf-8"))


def source_by_file(dossier: dict, prefix: str) -> dict:
    return next(s for s in dossier["sources"] if s["file"].startswith(prefix))


STORIES = FIXTURES / "stories"


@pytest.fixture(scope="session")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> pipeline.BuildResult:
    """Two invented reports whose text carries script, event-handler and javascript: payloads."""
    tmp = tmp_path_factory.mktemp("hostile")
    return pipeline.build([STORIES / "hostile"], tmp / "out", tmp / "c.db")


@pytest.fixture(scope="session")
def hostages_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding one built story (the invented hostage deal). Copy it before changing it."""
    tmp = tmp_path_factory.mktemp("hostages")
    pipeline.build([STORIES / "hostages"], tmp / "out", tmp / "c.db")
    return tmp / "c.db"


def copy_store(db: Path, to: Path) -> Path:
    """A private copy of a store (SQLite's backup, so a WAL file is never left behind)."""
    with closing(sqlite3.connect(db)) as source, closing(sqlite3.connect(to)) as target:
        source.backup(target)
    return to
