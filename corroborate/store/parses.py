"""Cached parses: each source text's spaCy parse, as DocBin bytes, so that only new texts are parsed.

    ParseKey(text_sha256, language, model, model_version, engine_version)
    load_parses(conn, keys) -> {key: DocBin bytes}      the ones the store has
    save_parses(conn, parses)                           {key: DocBin bytes}; one transaction

The key holds everything that decides a parse: the exact text (its hash), its language, the model
and its version, and the engine's version. A new model or engine misses the cache and parses again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import astuple, dataclass
from datetime import UTC, datetime

from corroborate.errors import StoreError

# SQLite allows this many `?` in one statement (its default limit is 32,766 from 3.32; 999 before).
# Keys have five parts each: look them up in chunks that stay well under the older limit.
KEYS_PER_QUERY = 150


@dataclass(frozen=True)
class ParseKey:
    text_sha256: str
    language: str
    model: str
    model_version: str
    engine_version: str


def load_parses(conn: sqlite3.Connection, keys: Iterable[ParseKey]) -> dict[ParseKey, bytes]:
    """The cached DocBin bytes of every key the store holds (missing keys are simply absent)."""
    wanted = list(dict.fromkeys(keys))
    found: dict[ParseKey, bytes] = {}
    try:
        for i in range(0, len(wanted), KEYS_PER_QUERY):
            chunk = wanted[i : i + KEYS_PER_QUERY]
            where = " OR ".join(
                ["(text_sha256 = ? AND language = ? AND model = ? AND model_version = ? AND engine_version = ?)"]
                * len(chunk)
            )
            rows = conn.execute(
                "SELECT text_sha256, language, model, model_version, engine_version, docbin FROM parses "
                f"WHERE {where}",
                [part for key in chunk for part in astuple(key)],
            )
            for *parts, data in rows:
                found[ParseKey(*parts)] = bytes(data)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read cached parses: {exc}") from exc
    return found


def save_parses(conn: sqlite3.Connection, parses: Mapping[ParseKey, bytes]) -> None:
    """Keep these parses (a key already stored keeps its row: the same key gives the same parse)."""
    if not parses:
        return
    from corroborate.store import transaction  # the store's own helper

    now = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        with transaction(conn):
            conn.executemany(
                "INSERT OR IGNORE INTO parses VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(*astuple(key), data, now) for key, data in parses.items()],
            )
    except sqlite3.Error as exc:
        raise StoreError(f"cannot record parses in the store: {exc}") from exc
