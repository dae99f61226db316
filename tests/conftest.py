from __future__ import annotations

import json
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
