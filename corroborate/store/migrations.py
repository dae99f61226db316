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
    # Views for reading the store in Datasette or any SQLite client (docs/datasette.md): a run's
    # dossier lives as JSON in `runs.dossier`; these views spread its items into rows, with entities
    # and reports by name. Views hold no data: dropping them loses nothing.
    (
        4,
        "views for browsing the store (Datasette)",
        """
        CREATE VIEW story_runs AS
            SELECT r.id AS run, s.name AS story, r.started, r.finished,
                   json_array_length(r.dossier, '$.sources') AS sources,
                   (SELECT count(*) FROM run_rejections j WHERE j.run_id = r.id) AS skipped,
                   json_array_length(r.dossier, '$.claims') AS claims,
                   json_array_length(r.dossier, '$.conflicts') AS conflicts,
                   json_array_length(r.dossier, '$.events') AS events,
                   json_array_length(r.dossier, '$.exchanges') AS exchanges
            FROM runs r LEFT JOIN stories s ON s.id = r.story_id;
        CREATE VIEW source_list AS
            SELECT id, file, title, outlet, published, language, format, length(text) AS chars,
                   json_array_length(removed) AS removed_blocks, first_seen, updated
            FROM sources;
        CREATE VIEW run_entities AS
            SELECT e.run_id AS run, e.id AS entity, e.type, e.name, e.aliases,
                   count(m.entity_id) AS mentions, count(DISTINCT m.source_id) AS reports
            FROM entities e LEFT JOIN entity_mentions m ON m.run_id = e.run_id AND m.entity_id = e.id
            GROUP BY e.run_id, e.id;
        CREATE VIEW entity_mentions_named AS
            SELECT m.run_id AS run, e.name AS entity, e.type, m.text AS words, s.file, s.outlet,
                   m.start, m."end"
            FROM entity_mentions m JOIN entities e ON e.run_id = m.run_id AND e.id = m.entity_id
            JOIN sources s ON s.id = m.source_id;
        CREATE VIEW run_claims AS
            SELECT r.id AS run, json_extract(c.value, '$.id') AS claim,
                   json_extract(c.value, '$.status') AS status, json_extract(c.value, '$.kind') AS kind,
                   json_extract(c.value, '$.statement') AS statement,
                   coalesce(subject.name, json_extract(c.value, '$.subject')) AS subject,
                   coalesce(place.name, json_extract(c.value, '$.value')) AS value,
                   json_extract(c.value, '$.unit') AS unit,
                   json_extract(c.value, '$.independent_sources') AS independent_sources,
                   json_array_length(c.value, '$.sources') AS reports
            FROM runs r, json_each(r.dossier, '$.claims') c
            LEFT JOIN entities subject ON subject.run_id = r.id AND subject.id = json_extract(c.value, '$.subject')
            LEFT JOIN entities place ON place.run_id = r.id AND place.id = json_extract(c.value, '$.value');
        CREATE VIEW run_conflict_values AS
            SELECT r.id AS run, json_extract(c.value, '$.id') AS conflict,
                   json_extract(c.value, '$.topic') AS topic, json_extract(c.value, '$.kind') AS kind,
                   coalesce(json_extract(v.value, '$.name'), place.name, json_extract(v.value, '$.value')) AS value,
                   json_extract(v.value, '$.qualifier') AS qualifier,
                   json_array_length(v.value, '$.sources') AS reports,
                   json_extract(c.value, '$.note') AS note
            FROM runs r, json_each(r.dossier, '$.conflicts') c, json_each(c.value, '$.values') v
            LEFT JOIN entities place ON place.run_id = r.id AND place.id = json_extract(v.value, '$.value');
        CREATE VIEW run_events AS
            SELECT r.id AS run, json_extract(e.value, '$.id') AS event,
                   json_extract(e.value, '$.date.value') AS date, json_extract(e.value, '$.date.label') AS date_words,
                   json_extract(e.value, '$.type') AS type, json_extract(e.value, '$.summary') AS summary,
                   place.name AS place,
                   json_extract(e.value, '$.independent_sources') AS independent_sources,
                   json_array_length(e.value, '$.sources') AS reports,
                   json_extract(e.value, '$.conflicted') AS conflicted
            FROM runs r, json_each(r.dossier, '$.events') e
            LEFT JOIN entities place ON place.run_id = r.id AND place.id = json_extract(e.value, '$.place');
        CREATE VIEW run_exchanges AS
            SELECT r.id AS run, json_extract(x.value, '$.id') AS exchange,
                   json_extract(x.value, '$.status') AS status,
                   giver.name AS given_by, json_extract(x.value, '$.given.what') AS given,
                   receiver.name AS received_by, json_extract(x.value, '$.received.what') AS received,
                   json_extract(x.value, '$.independent_sources') AS independent_sources,
                   json_array_length(x.value, '$.sources') AS reports
            FROM runs r, json_each(r.dossier, '$.exchanges') x
            LEFT JOIN entities giver ON giver.run_id = r.id AND giver.id = json_extract(x.value, '$.given.by')
            LEFT JOIN entities receiver ON receiver.run_id = r.id
                AND receiver.id = json_extract(x.value, '$.received.by')
        """,
    ),
    (
        5,
        "reviews: a person's verdicts on claims and conflicts, every version kept",
        """
        CREATE TABLE reviews (
            id            INTEGER PRIMARY KEY,
            story_id      INTEGER NOT NULL REFERENCES stories(id),
            item_key      TEXT NOT NULL,         -- review.item_key: the fact's words, hashed; survives rebuilds
            item_kind     TEXT NOT NULL CHECK (item_kind IN ('claim', 'conflict')),
            item_label    TEXT NOT NULL,         -- the item in words, as the reviewer saw it
            version       INTEGER NOT NULL,      -- 1, 2, ... per item: the highest is the current verdict
            rating        TEXT NOT NULL CHECK (rating IN ('verified', 'false', 'misleading', 'unverified')),
            note          TEXT NOT NULL,
            reviewer      TEXT NOT NULL,
            organisation  TEXT,
            created       TEXT NOT NULL,
            run_id        INTEGER NOT NULL REFERENCES runs(id),  -- the run the reviewer was reading
            anchors       TEXT NOT NULL,         -- JSON list of "source:start:end": where the item is stated
            UNIQUE (story_id, item_key, version)
        )
    """,
    ),
    # A source's parse, kept so that a rebuild (or a check against the story) parses only new
    # sources. Keyed by what decides the parse: the text's hash, the model and the engine.
    (
        6,
        "parses: each source text's spaCy parse, cached",
        """
        CREATE TABLE parses (
            text_sha256     TEXT NOT NULL,       -- sha256 of the cleaned text that was parsed
            language        TEXT NOT NULL,
            model           TEXT NOT NULL,       -- the spaCy model's name
            model_version   TEXT NOT NULL,
            engine_version  TEXT NOT NULL,       -- spaCy's version, the pipes run and the parse steps' version
            docbin          BLOB NOT NULL,       -- spacy.tokens.DocBin bytes of the one Doc
            created         TEXT NOT NULL,
            PRIMARY KEY (text_sha256, language, model, model_version, engine_version)
        )
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
