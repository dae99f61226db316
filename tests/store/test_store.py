"""The SQLite store: migrations, raw bytes kept, idempotent re-ingest, atomic runs."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from corroborate import ingest, pipeline, store
from corroborate.cli import main
from corroborate.errors import NotFound, StoreError
from corroborate.store import migrations

from ..conftest import EXAMPLES, STORIES, copy_store


def test_a_fresh_store_has_every_migration(tmp_path: Path):
    conn = store.connect(tmp_path / "s.db")
    versions = [row[0] for row in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == [v for v, _, _ in migrations.MIGRATIONS]
    assert store.migrate(conn) == []  # nothing left to apply
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"inputs", "sources", "runs", "run_sources", "run_rejections"} <= tables


def test_a_failing_migration_is_rolled_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    conn = store.connect(tmp_path / "s.db")
    broken = (*migrations.MIGRATIONS, (99, "broken", "CREATE TABLE half_done (x INTEGER); SELECT * FROM no_such_table"))
    monkeypatch.setattr(store, "MIGRATIONS", broken)
    with pytest.raises(sqlite3.OperationalError):
        store.migrate(conn)
    assert not conn.in_transaction
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone() == (0,)
    assert 99 not in {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}


def test_a_migration_is_split_where_sqlite_says_a_statement_ends():
    sql = (
        "CREATE TABLE a (x TEXT DEFAULT ';'); -- a comment; not an end\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 'y'; END;\n"
        "ALTER TABLE a ADD COLUMN y INTEGER\n"
    )
    parts = migrations.statements(sql)
    assert [p.split()[0:2] for p in parts] == [["CREATE", "TABLE"], ["--", "a"], ["ALTER", "TABLE"]]
    assert "END;" in parts[1]
    conn = sqlite3.connect(":memory:")
    for part in parts:
        conn.execute(part)  # each is exactly one statement
    conn.execute("INSERT INTO a (x) VALUES ('z')")
    assert conn.execute("SELECT x, y FROM a").fetchall() == [("y", None)]


def test_a_migration_batch_is_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The migrations a store lacks are applied in one transaction: a failing one keeps none."""
    broken = (*migrations.MIGRATIONS, (99, "broken", "SELECT * FROM no_such_table"))
    monkeypatch.setattr(store, "MIGRATIONS", broken)
    with pytest.raises(store.StoreError):
        store.connect(tmp_path / "s.db")
    conn = sqlite3.connect(tmp_path / "s.db")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "inputs" not in tables and "schema_migrations" not in tables


def test_raw_inputs_are_stored_byte_for_byte(example_build: pipeline.BuildResult):
    conn = store.connect(example_build.dossier_path.parent.parent / "c.db")
    stored = dict(conn.execute("SELECT name, bytes FROM inputs"))
    for path in EXAMPLES.iterdir():
        assert stored[path.name] == path.read_bytes()


def test_building_twice_does_not_duplicate_sources(tmp_path: Path):
    db = tmp_path / "s.db"
    first = pipeline.build([EXAMPLES], tmp_path / "out", db)
    second = pipeline.build([EXAMPLES, EXAMPLES / "001_4db85db2f9b590c3.txt"], tmp_path / "out", db)
    conn = store.connect(db)
    assert conn.execute("SELECT count(*) FROM sources").fetchone() == (5,)
    assert conn.execute("SELECT count(*) FROM inputs").fetchone() == (5,)
    assert conn.execute("SELECT count(*) FROM runs").fetchone() == (2,)
    assert [s.id for s in first.sources] == [s.id for s in second.sources]
    assert len(store.list_sources(conn)) == 5


def test_the_same_content_under_two_names_is_one_source(tmp_path: Path):
    text = (EXAMPLES / "003_a24a6e3f3a2234d6.txt").read_bytes()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(text)
    (tmp_path / "in" / "b.txt").write_bytes(text)
    result = pipeline.build([tmp_path / "in"], tmp_path / "out", tmp_path / "s.db")
    assert len(result.sources) == 1
    assert [r.reason for r in result.rejections] == [f"same content as {tmp_path / 'in' / 'a.txt'}; kept once"]


def test_a_failed_run_leaves_the_store_and_the_outputs_as_they_were(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    db, out = tmp_path / "s.db", tmp_path / "out"
    pipeline.build([EXAMPLES / "000_ecad93d212ea3404.txt"], out, db)
    before = (out / "dossier.json").read_bytes(), (out / "report.html").read_bytes()

    def crash(conn, source, now):
        raise sqlite3.OperationalError("disk I/O error (simulated)")

    monkeypatch.setattr(store, "_upsert_source", crash)
    with pytest.raises(store.StoreError):
        pipeline.build([EXAMPLES], out, db)
    conn = store.connect(db)
    assert conn.execute("SELECT count(*) FROM runs").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM inputs").fetchone() == (1,)
    assert ((out / "dossier.json").read_bytes(), (out / "report.html").read_bytes()) == before
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_entities_are_stored_per_run(example_build: pipeline.BuildResult):
    conn = store.connect(example_build.dossier_path.parent.parent / "c.db")
    try:
        run, found = store.list_entities(conn)
    finally:
        conn.close()
    assert run == example_build.run_id
    assert len(found) == len(example_build.entities)
    lukashenko = next(e for e in found if e.name == "Alexander Lukashenko")
    assert len(lukashenko.mentions) == 5 and sum(lukashenko.mentions.values()) >= 70


def test_a_build_records_its_inputs_as_a_story_that_rebuilds_the_same(tmp_path: Path):
    """A story is its inputs as received: rebuilt from the store alone, it gives the same dossier."""
    db = tmp_path / "s.db"
    first = pipeline.build([STORIES / "hostages"], tmp_path / "out", db)
    conn = store.connect(db)
    (story,) = store.list_stories(conn)
    assert (story.name, story.inputs, story.runs, story.latest_run) == ("hostages", 4, 1, first.run_id)
    name, files = store.story_files(conn, story.id)
    assert name == "hostages"
    assert [f.name for f in files] == sorted(p.name for p in (STORIES / "hostages").iterdir())
    assert all(f.data == (STORIES / "hostages" / f.name).read_bytes() for f in files)
    again = pipeline.rebuild(db, story.id)
    assert again.dossier_path is None and again.run_id == first.run_id + 1
    strip = ("generated_at", "claim_review")
    assert _without(again.dossier, strip) == _without(first.dossier, strip)
    runs = store.list_runs(conn, story.id)
    assert [r.id for r in runs] == [again.run_id, first.run_id] and runs[0].sources == 4 and runs[0].conflicts == 2


def test_adding_the_same_bytes_twice_keeps_one_input(tmp_path: Path):
    conn = store.connect(tmp_path / "s.db")
    upload = ingest.input_file("C:\\Users\\me\\wire.txt", b"Talks resumed on Monday.")
    story_id, new = store.add_inputs(conn, "talks", [upload])
    assert [f.name for f in new] == ["wire.txt"]  # a path in a name is cut to its last part
    again_id, again = store.add_inputs(conn, "talks", [ingest.input_file("copy.txt", upload.data)])
    assert (again_id, again) == (story_id, [])
    assert [f.name for f in store.story_files(conn, story_id)[1]] == ["wire.txt"]
    with pytest.raises(NotFound):
        store.story_files(conn, story_id + 1)


PAGE = 4096  # SQLite's default page size, which the store keeps


def test_a_damaged_store_gives_one_line_naming_its_file(hostages_store: Path, tmp_path: Path):
    """The store opens (its schema is intact) but the tables read are damaged on disk."""
    db = copy_store(hostages_store, tmp_path / "damaged.db")
    with closing(sqlite3.connect(db)) as conn:
        roots = [row[0] for row in conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name IN ('sources', 'stories', 'runs')")]
    data = bytearray(db.read_bytes())
    for page in roots:  # numbered from 1
        data[(page - 1) * PAGE : (page - 1) * PAGE + 256] = b"\xff" * 256
    db.write_bytes(bytes(data))
    conn = store.connect(db)
    for read in (store.list_sources, store.list_stories, store.load_dossier, store.list_entities):
        with pytest.raises(StoreError, match=f"cannot read the store {db}: database disk image is malformed"):
            read(conn)
    result = CliRunner().invoke(main, ["sources", "--db", str(db)])
    assert result.exit_code == 1
    assert result.output == f"Error: cannot read the store {db}: database disk image is malformed\n"


def test_a_file_that_is_not_a_store_gives_one_line(tmp_path: Path):
    (tmp_path / "notes.db").write_text("meeting notes, saved under the wrong name " * 40, "utf-8")
    result = CliRunner().invoke(main, ["sources", "--db", str(tmp_path / "notes.db")])
    assert (result.exit_code, result.output) == (1, f"Error: cannot open the store {tmp_path / 'notes.db'}: "
                                                     "file is not a database\n")


def _without(value: object, keys: tuple[str, ...]) -> object:
    if isinstance(value, dict):
        return {k: _without(v, keys) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [_without(v, keys) for v in value]
    return value
