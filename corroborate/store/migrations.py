"""Numbered schema migrations. Append only: a released migration is never edited.

The ones a store lacks are applied together in one transaction (`store.migrate`), each recorded
in `schema_migrations`.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (
        1,
        "inputs, sources and runs",
        """
        CREATE TABLE inputs (
            sha256      TEXT PRIMARY KEY,
            name        TEXT NOT NULL,
            size        INTEGER NOT NULL,
            bytes       BLOB NOT NULL,          -- the file exactly as received
            first_seen  TEXT NOT NULL
        );
        CREATE TABLE sources (
            id            TEXT PRIMARY KEY,
            sha256        TEXT NOT NULL UNIQUE, -- of the document's own bytes
            input_sha256  TEXT NOT NULL REFERENCES inputs(sha256),
            record        INTEGER,              -- record number inside a JSON file
            raw           BLOB,                 -- the record's bytes; NULL when it is the whole input
            file          TEXT NOT NULL,
            format        TEXT NOT NULL,
            encoding      TEXT NOT NULL,
            repairs       TEXT NOT NULL,        -- JSON list
            text          TEXT NOT NULL,        -- cleaned text: all offsets refer to it
            title         TEXT,
            outlet        TEXT,
            published     TEXT,
            language      TEXT NOT NULL,
            bylines       TEXT NOT NULL,        -- JSON list
            removed       TEXT NOT NULL,        -- JSON list of {kind, text, rule}
            evidence      TEXT NOT NULL,        -- JSON list of metadata evidence
            first_seen    TEXT NOT NULL,
            updated       TEXT NOT NULL
        );
        CREATE TABLE runs (
            id        INTEGER PRIMARY KEY,
            started   TEXT NOT NULL,
            finished  TEXT NOT NULL,
            inputs    TEXT NOT NULL,            -- JSON list of the paths given
            out_dir   TEXT,
            dossier   TEXT NOT NULL             -- the dossier/1 JSON written by the run
        );
        CREATE TABLE run_sources (
            run_id     INTEGER NOT NULL REFERENCES runs(id),
            source_id  TEXT NOT NULL REFERENCES sources(id),
            position   INTEGER NOT NULL,
            PRIMARY KEY (run_id, source_id)
        );
        CREATE TABLE run_rejections (
            run_id    INTEGER NOT NULL REFERENCES runs(id),
            position  INTEGER NOT NULL,
            location  TEXT NOT NULL,
            reason    TEXT NOT NULL
        );
    """,
    ),
    (
        2,
        "entities and their mentions, per run",
        """
        CREATE TABLE entities (
            run_id   INTEGER NOT NULL REFERENCES runs(id),
            id       TEXT NOT NULL,
            type     TEXT NOT NULL,
            name     TEXT NOT NULL,
            aliases  TEXT NOT NULL,             -- JSON list
            PRIMARY KEY (run_id, id)
        );
        CREATE TABLE entity_mentions (
            run_id     INTEGER NOT NULL,
            entity_id  TEXT NOT NULL,
            source_id  TEXT NOT NULL REFERENCES sources(id),
            start      INTEGER NOT NULL,
            end        INTEGER NOT NULL,
            text       TEXT NOT NULL,
            label      TEXT NOT NULL,           -- the NER label before type correction
            FOREIGN KEY (run_id, entity_id) REFERENCES entities(run_id, id)
        );
        CREATE INDEX entity_mentions_by_entity ON entity_mentions (run_id, entity_id)
    """,
    ),
    (
        3,
        "stories: the inputs that make one story, and which story each run built",
        """
        CREATE TABLE stories (
            id       INTEGER PRIMARY KEY,
            name     TEXT NOT NULL UNIQUE,
            created  TEXT NOT NULL
        );
        CREATE TABLE story_inputs (
            story_id  INTEGER NOT NULL REFERENCES stories(id),
            sha256    TEXT NOT NULL REFERENCES inputs(sha256),
            name      TEXT NOT NULL,             -- the file name it came under (a label, never a path)
            added     TEXT NOT NULL,
            PRIMARY KEY (story_id, sha256)
        );
        ALTER TABLE runs ADD COLUMN story_id INTEGER REFERENCES stories(id)
    """,
    ),
)


def statements(sql: str) -> list[str]:
    """Split a migration into its statements: a `;` ends one only where SQLite says the statement
    is complete (not inside a string, a comment or a trigger body)."""
    found, start = [], 0
    for end, char in enumerate(sql):
        if char == ";" and sqlite3.complete_statement(sql[start : end + 1]):
            found.append(sql[start : end + 1])
            start = end + 1
    found.append(sql[start:])  # the last statement may go without its `;`
    return [statement for statement in found if statement.strip(" \t\n;")]
