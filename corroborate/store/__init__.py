"""Stage 5, store: SQLite, migrated on open; one transaction per run.

    connect(path) -> sqlite3.Connection          (migrated, foreign keys on, WAL)
    save_run(conn, run: RunRecord) -> run id     (inputs, sources, run: all or nothing)
    list_sources(conn) -> list[SourceSummary]
    list_entities(conn, run_id=None) -> (run id, list[EntitySummary])   (None: the latest run)
    load_dossier(conn, run_id=None) -> (run id, the run's dossier/1 dict)
    list_stories(conn) -> list[StorySummary];  list_runs(conn, story_id=None) -> list[RunSummary]
    add_inputs(conn, story name, files) -> (story id, files new to it);  remove_input(conn, story_id, sha256)
    story_files(conn, story_id) -> (story name, list[InputFile])     (the bytes as received)
    run_inputs(conn, run_id) -> set of input sha256                  (the inputs a run used)
    add_review, story_reviews, load_reviewed, with_reviews                    (store.reviews: a person's verdicts)

Raw inputs are stored byte for byte. A source is keyed by the hash of its bytes, so building the
same input twice updates its row (cleaning may have improved) instead of adding a second one.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from corroborate.errors import NotFound, StoreError

__all__ = [
    "StoreError",
    "add_inputs",
    "add_review",
    "connect",
    "list_entities",
    "list_runs",
    "list_sources",
    "list_stories",
    "load_dossier",
    "load_reviewed",
    "migrate",
    "remove_input",
    "run_inputs",
    "save_run",
    "story_files",
    "story_reviews",
    "with_reviews",
]

from corroborate.model import Entity, InputFile, Rejection, Source
from corroborate.store import migrations
from corroborate.store.migrations import MIGRATIONS
from corroborate.store.reviews import add_review, load_reviewed, story_reviews, with_reviews

P = ParamSpec("P")
R = TypeVar("R")

# Another process writing the same store (a build, the app, a second opener migrating a new store):
# wait this long for its transaction, then fail. The longest ones measured, on the shared 2-core
# machine under load: save_run 35-40 ms for a 4- or 5-report story, creating and migrating a new
# store 64 ms. Ten seconds covers runs a hundred times larger and still reports a stuck writer.
BUSY_TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class RunRecord:
    started: str
    inputs: tuple[str, ...]
    out_dir: str | None
    files: tuple[InputFile, ...]
    sources: tuple[Source, ...]
    rejections: tuple[Rejection, ...]
    entities: tuple[Entity, ...]
    dossier: dict[str, Any]
    story: str  # the story's name: the run's inputs are recorded as its inputs


@dataclass(frozen=True)
class StorySummary:
    id: int
    name: str
    inputs: int
    runs: int
    latest_run: int | None
    latest_finished: str | None


@dataclass(frozen=True)
class RunSummary:
    id: int
    story_id: int | None
    story: str | None
    started: str
    finished: str
    sources: int
    rejected: int
    conflicts: int
    events: int


@dataclass(frozen=True)
class SourceSummary:
    id: str
    file: str
    outlet: str | None
    published: str | None
    language: str
    chars: int
    removed_chars: int


@dataclass(frozen=True)
class EntitySummary:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...]
    mentions: dict[str, int]  # source file -> number of mentions


def _reading(read: Callable[Concatenate[sqlite3.Connection, P], R]) -> Callable[Concatenate[sqlite3.Connection, P], R]:
    """A store read that fails (a damaged file, a stored dossier that is no longer JSON) raises
    StoreError naming the store's file, not a bare sqlite3 error."""

    @functools.wraps(read)
    def reading(conn: sqlite3.Connection, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return read(conn, *args, **kwargs)
        except (sqlite3.Error, ValueError) as exc:
            raise StoreError(f"cannot read the store {_file(conn)}: {exc}") from exc

    return reading


def _file(conn: sqlite3.Connection) -> str:
    """The file the connection has open, for messages."""
    try:
        row = conn.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return "(its file cannot be named)"
    return str(row[2]) if row and row[2] else "(in memory)"


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the store at `path`."""
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        migrate(conn)
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(f"cannot open the store {path}: {exc}") from exc
    return conn


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply the migrations not yet applied; returns their numbers.

    The check and the apply are one `BEGIN IMMEDIATE` transaction: a second process opening the
    same new store waits for the first (up to the busy timeout), then finds every migration done.
    A failing migration rolls back the whole batch. (`executescript` commits any open transaction
    first, so each statement runs through `execute`.)
    """
    with transaction(conn):
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
        applied = []
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            for statement in migrations.statements(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, _now()))
            applied.append(version)
    return applied


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def save_run(conn: sqlite3.Connection, run: RunRecord) -> int:
    """Record a whole run atomically; returns its id."""
    now = _now()
    try:
        with transaction(conn):
            story_id = _story(conn, run.story, now)
            _insert_inputs(conn, story_id, run.files, now)
            for source in run.sources:
                _upsert_source(conn, source, now)
            cursor = conn.execute(
                "INSERT INTO runs (started, finished, inputs, out_dir, dossier, story_id) VALUES (?, ?, ?, ?, ?, ?)",
                (run.started, now, json.dumps(run.inputs), run.out_dir, json.dumps(run.dossier, ensure_ascii=False),
                 story_id),
            )
            run_id = int(cursor.lastrowid or 0)
            conn.executemany(
                "INSERT INTO run_sources VALUES (?, ?, ?)",
                [(run_id, s.id, i) for i, s in enumerate(run.sources)],
            )
            conn.executemany(
                "INSERT INTO run_rejections VALUES (?, ?, ?, ?)",
                [(run_id, i, r.where, r.reason) for i, r in enumerate(run.rejections)],
            )
            conn.executemany(
                "INSERT INTO entities VALUES (?, ?, ?, ?, ?)",
                [(run_id, e.id, e.type.value, e.name, json.dumps(e.aliases, ensure_ascii=False)) for e in run.entities],
            )
            conn.executemany(
                "INSERT INTO entity_mentions VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(run_id, e.id, m.source, m.start, m.end, m.text, m.label) for e in run.entities for m in e.mentions],
            )
    except sqlite3.Error as exc:
        raise StoreError(f"cannot record the run in the store {_file(conn)}: {exc}") from exc
    return run_id


def add_inputs(conn: sqlite3.Connection, story: str, files: Sequence[InputFile]) -> tuple[int, list[InputFile]]:
    """Add `files` to the story named `story` (created if new). Returns its id and the files it did
    not have yet (the same bytes twice are one input)."""
    now = _now()
    try:
        with transaction(conn):
            story_id = _story(conn, story, now)
            new = _insert_inputs(conn, story_id, files, now)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot add inputs to the story {story!r} in {_file(conn)}: {exc}") from exc
    return story_id, new


def remove_input(conn: sqlite3.Connection, story_id: int, sha256: str) -> None:
    """Take an input out of a story. Its bytes stay in the store (earlier runs were built from
    them); only the story stops counting it among its reports."""
    try:
        with transaction(conn):
            cursor = conn.execute("DELETE FROM story_inputs WHERE story_id = ? AND sha256 = ?", (story_id, sha256))
    except sqlite3.Error as exc:
        raise StoreError(f"cannot remove an input from story {story_id} in {_file(conn)}: {exc}") from exc
    if not cursor.rowcount:
        raise NotFound(f"story {story_id} has no input {sha256[:16]}…")


@_reading
def story_files(conn: sqlite3.Connection, story_id: int) -> tuple[str, list[InputFile]]:
    """A story's name and its inputs, byte for byte, in the order they were added."""
    row = conn.execute("SELECT name FROM stories WHERE id = ?", (story_id,)).fetchone()
    if row is None:
        raise NotFound(f"no story {story_id} in the store")
    rows = conn.execute(
        "SELECT story_inputs.name, inputs.sha256, bytes FROM story_inputs JOIN inputs USING (sha256) "
        "WHERE story_id = ? ORDER BY added, story_inputs.name",
        (story_id,),
    )
    return row[0], [InputFile(name, name, sha256, bytes(data)) for name, sha256, data in rows]


@_reading
def run_inputs(conn: sqlite3.Connection, run_id: int) -> set[str]:
    """The sha256 of every input that gave run `run_id` at least one source."""
    rows = conn.execute(
        "SELECT DISTINCT input_sha256 FROM run_sources JOIN sources ON sources.id = source_id WHERE run_id = ?",
        (run_id,),
    )
    return {row[0] for row in rows}


@_reading
def list_stories(conn: sqlite3.Connection) -> list[StorySummary]:
    """Every story, the most recently built first."""
    rows = conn.execute(
        "SELECT s.id, s.name, (SELECT count(*) FROM story_inputs i WHERE i.story_id = s.id), "
        "count(r.id), max(r.id), max(r.finished) "
        "FROM stories s LEFT JOIN runs r ON r.story_id = s.id GROUP BY s.id "
        "ORDER BY max(r.finished) IS NULL, max(r.finished) DESC, s.name"
    )
    return [StorySummary(*row) for row in rows]


@_reading
def list_runs(conn: sqlite3.Connection, story_id: int | None = None) -> list[RunSummary]:
    """Runs, the latest first: of one story, or of all."""
    rows = conn.execute(
        "SELECT r.id, r.story_id, s.name, r.started, r.finished, "
        "json_array_length(r.dossier, '$.sources'), "
        "(SELECT count(*) FROM run_rejections j WHERE j.run_id = r.id), "
        "json_array_length(r.dossier, '$.conflicts'), json_array_length(r.dossier, '$.events') "
        "FROM runs r LEFT JOIN stories s ON s.id = r.story_id "
        "WHERE ? IS NULL OR r.story_id = ? ORDER BY r.id DESC",
        (story_id, story_id),
    )
    return [RunSummary(*row) for row in rows]


@_reading
def list_sources(conn: sqlite3.Connection) -> list[SourceSummary]:
    rows = conn.execute(
        "SELECT id, file, outlet, published, language, length(text), removed FROM sources ORDER BY first_seen, file"
    )
    return [
        SourceSummary(id, file, outlet, published, language, chars, sum(len(b["text"]) for b in json.loads(removed)))
        for id, file, outlet, published, language, chars, removed in rows
    ]


@_reading
def list_entities(conn: sqlite3.Connection, run_id: int | None = None) -> tuple[int, list[EntitySummary]]:
    """The entities of run `run_id` (default: the latest), most mentioned first."""
    run_id = _run(conn, run_id)
    counts: dict[str, dict[str, int]] = {}
    for entity_id, file, n in conn.execute(
        "SELECT entity_id, file, count(*) FROM entity_mentions JOIN sources ON sources.id = source_id "
        "WHERE run_id = ? GROUP BY entity_id, source_id ORDER BY file",
        (run_id,),
    ):
        counts.setdefault(entity_id, {})[file] = n
    rows = conn.execute("SELECT id, type, name, aliases FROM entities WHERE run_id = ?", (run_id,))
    found = [EntitySummary(i, t, n, tuple(json.loads(a)), counts.get(i, {})) for i, t, n, a in rows]
    found.sort(key=lambda e: (-sum(e.mentions.values()), e.name))
    return run_id, found


@_reading
def load_dossier(conn: sqlite3.Connection, run_id: int | None = None) -> tuple[int, dict[str, Any]]:
    """The dossier/1 document run `run_id` (default: the latest) wrote."""
    run_id = _run(conn, run_id)
    (text,) = conn.execute("SELECT dossier FROM runs WHERE id = ?", (run_id,)).fetchone()
    dossier: dict[str, Any] = json.loads(text)
    return run_id, dossier


def _run(conn: sqlite3.Connection, run_id: int | None) -> int:
    """`run_id` if the store has it; the latest run for None."""
    if run_id is None:
        run_id = conn.execute("SELECT max(id) FROM runs").fetchone()[0]
    if run_id is None or not conn.execute("SELECT 1 FROM runs WHERE id = ?", (run_id,)).fetchone():
        raise NotFound(f"no run {run_id} in the store" if run_id is not None else "the store has no runs yet")
    return int(run_id)


def _story(conn: sqlite3.Connection, name: str, now: str) -> int:
    """The id of the story named `name`, created if new."""
    conn.execute("INSERT OR IGNORE INTO stories (name, created) VALUES (?, ?)", (name, now))
    return int(conn.execute("SELECT id FROM stories WHERE name = ?", (name,)).fetchone()[0])


def _insert_inputs(conn: sqlite3.Connection, story_id: int, files: Sequence[InputFile], now: str) -> list[InputFile]:
    """Store each file's bytes (once, whatever the story) and make it an input of the story."""
    new = []
    for file in files:
        conn.execute(
            "INSERT OR IGNORE INTO inputs VALUES (?, ?, ?, ?, ?)",
            (file.sha256, file.name, len(file.data), file.data, now),
        )
        cursor = conn.execute(
            "INSERT OR IGNORE INTO story_inputs VALUES (?, ?, ?, ?)", (story_id, file.sha256, file.name, now)
        )
        if cursor.rowcount:
            new.append(file)
    return new


def _upsert_source(conn: sqlite3.Connection, source: Source, now: str) -> None:
    doc, meta = source.doc, source.meta
    values = {
        "id": source.id,
        "sha256": source.sha256,
        "input_sha256": doc.input_sha256,
        "record": doc.record,
        "raw": doc.raw if doc.record is not None else None,
        "file": doc.name,
        "format": doc.fmt.value,
        "encoding": doc.encoding,
        "repairs": json.dumps(doc.repairs),
        "text": source.text,
        "title": meta.title,
        "outlet": meta.outlet,
        "published": meta.published,
        "language": meta.language,
        "bylines": json.dumps(meta.bylines, ensure_ascii=False),
        "removed": json.dumps([asdict(b) for b in source.removed], ensure_ascii=False),
        "evidence": json.dumps([asdict(e) for e in meta.evidence], ensure_ascii=False),
        "first_seen": now,
        "updated": now,
    }
    columns = ", ".join(values)
    updates = ", ".join(f"{c} = excluded.{c}" for c in values if c not in {"id", "first_seen"})
    conn.execute(
        f"INSERT INTO sources ({columns}) VALUES ({', '.join('?' * len(values))}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}",
        list(values.values()),
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
