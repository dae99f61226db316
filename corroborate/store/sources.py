"""A stored run's sources read back as the pipeline's `Source`s, without reading or cleaning again.

    load_sources(conn, run_id) -> list[Source]      in the run's order

Every field the analysis reads is stored (the cleaned text, to which all offsets refer, and the
metadata); a record's raw bytes are kept only for records of a multi-record file, so `doc.raw` and
`doc.content` of a whole-file source are the cleaned text, not the bytes as received (those are
the story's inputs, `story_files`).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from corroborate.errors import StoreError
from corroborate.model import (
    Evidence,
    Hints,
    InputFormat,
    Metadata,
    RawDocument,
    RemovedBlock,
    RemovedKind,
    Source,
)

COLUMNS = ("id, sha256, input_sha256, record, raw, file, format, encoding, repairs, text, title, outlet, "
           "published, language, bylines, removed, evidence")


def load_sources(conn: sqlite3.Connection, run_id: int) -> list[Source]:
    """The sources run `run_id` analysed, in its order."""
    try:
        rows = conn.execute(
            f"SELECT {', '.join('s.' + c.strip() for c in COLUMNS.split(','))} FROM run_sources r "
            "JOIN sources s ON s.id = r.source_id WHERE r.run_id = ? ORDER BY r.position",
            (run_id,),
        ).fetchall()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read the sources of run {run_id}: {exc}") from exc
    return [_source(row) for row in rows]


def _source(row: tuple[Any, ...]) -> Source:
    (id_, sha256, input_sha256, record, raw, file, fmt, encoding, repairs, text, title, outlet, published,
     language, bylines, removed, evidence) = row
    doc = RawDocument(file, file, InputFormat(fmt), bytes(raw) if raw is not None else text.encode("utf-8"),
                      input_sha256, text, encoding, tuple(json.loads(repairs)), Hints(), record)
    blocks = tuple(RemovedBlock(RemovedKind(b["kind"]), b["text"], b["rule"]) for b in json.loads(removed))
    meta = Metadata(title, outlet, published, tuple(json.loads(bylines)), language,
                    tuple(Evidence(**e) for e in json.loads(evidence)))
    return Source(id_, sha256, doc, text, blocks, meta)
