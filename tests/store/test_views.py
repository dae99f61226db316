"""The store's views for Datasette: they query with plain sqlite3, agree with the dossier, and
Datasette serves them."""

from __future__ import annotations

import asyncio
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import pytest

from corroborate import pipeline, store

from ..conftest import copy_store

VIEWS = ("story_runs", "source_list", "run_entities", "entity_mentions_named", "run_claims",
         "run_conflict_values", "run_events", "run_exchanges")


@pytest.fixture(scope="module")
def db(example_build: pipeline.BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_store(example_build.dossier_path.parent.parent / "c.db", tmp_path_factory.mktemp("views") / "c.db")


def test_every_view_queries_with_plain_sqlite(db: Path, example_dossier: dict):
    with closing(sqlite3.connect(db)) as conn:
        views = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
        assert views == set(VIEWS)
        counts = {v: conn.execute(f"SELECT count(*) FROM {v}").fetchone()[0] for v in VIEWS}
    assert counts["run_claims"] == len(example_dossier["claims"])
    assert counts["run_events"] == len(example_dossier["events"])
    assert counts["run_exchanges"] == len(example_dossier["exchanges"])
    assert counts["run_entities"] == len(example_dossier["entities"])
    assert counts["run_conflict_values"] == sum(len(c["values"]) for c in example_dossier["conflicts"])
    assert counts["entity_mentions_named"] == sum(len(e["mentions"]) for e in example_dossier["entities"])


def test_views_give_entities_by_name(db: Path):
    with closing(store.connect(db)) as conn:
        subjects = {row[0] for row in conn.execute("SELECT subject FROM run_claims WHERE subject IS NOT NULL")}
        places = {row[0] for row in conn.execute("SELECT value FROM run_claims WHERE kind = 'place'")}
        givers = {row[0] for row in conn.execute("SELECT given_by FROM run_exchanges WHERE given_by IS NOT NULL")}
        (story, sources) = conn.execute("SELECT story, sources FROM story_runs").fetchone()
    assert "Mikola Statkevich" in subjects and "Alexander Lukashenko" in givers
    assert "Ukraine" in places
    assert not {s for s in subjects | places | givers if str(s).startswith("ent-")}
    assert (story, sources) == ("belarus-2025", 5)


def test_datasette_serves_the_views(db: Path):
    datasette = pytest.importorskip("datasette.app")

    async def fetch() -> tuple[list[str], list[dict]]:
        ds = datasette.Datasette([str(db)])
        database = (await ds.client.get(f"/{db.stem}.json")).json()
        page = await ds.client.get(f"/{db.stem}/run_claims.json?_shape=array&status=corroborated")
        assert page.status_code == 200
        return [v["name"] for v in database["views"]], page.json()

    # In a thread of its own: in a whole run, the browser tests' Playwright session keeps an event
    # loop running in this one.
    with ThreadPoolExecutor(1) as pool:
        views, corroborated = pool.submit(asyncio.run, fetch()).result()
    assert set(views) == set(VIEWS)
    assert corroborated and {c["status"] for c in corroborated} == {"corroborated"}
