"""JSON and JSON Lines inputs: one report per record.

A record is an object with `text` or `html` (html wins when both are given: it carries more
metadata) and, optionally, `url`, `title`, `outlet`, `published`. A .json file holds one record
or a list of them; a .jsonl file one record per line. A bad record is rejected on its own.
"""

from __future__ import annotations

import json
from typing import Any

from corroborate.errors import InputError
from corroborate.ingest.decode import decode, repair
from corroborate.limits import MAX_RECORDS_PER_FILE, capped
from corroborate.model import Hints, InputFile, InputFormat, RawDocument, Rejection

HINT_FIELDS = ("url", "title", "outlet", "published")


def read_records(file: InputFile, *, jsonl: bool) -> tuple[list[RawDocument], list[Rejection]]:
    """Every usable record of a JSON / JSON Lines file, and a Rejection for each bad one."""
    content, encoding, _ = decode(file.data, file.path)
    entries = _jsonl_entries(content, file.path) if jsonl else _json_entries(content, file.path)
    several = len(entries) > 1
    kept, extra = capped(entries, MAX_RECORDS_PER_FILE, file.path, "records")
    docs: list[RawDocument] = []
    bad: list[Rejection] = [extra] if extra else []
    for number, (raw, parsed) in enumerate(kept, start=1):
        where = f"{file.path} record {number}"
        try:
            docs.append(_document(file, number if several else None, raw, parsed, where, encoding))
        except InputError as exc:
            bad.append(Rejection(exc.where, exc.reason))
    return docs, bad


def _json_entries(content: str, where: str) -> list[tuple[bytes, Any]]:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    items = data if isinstance(data, list) else [data]
    return [(_canonical(item), item) for item in items]


def _jsonl_entries(content: str, where: str) -> list[tuple[bytes, Any]]:
    entries: list[tuple[bytes, Any]] = []
    for line in content.splitlines():
        if not line.strip():
            continue
        try:
            parsed: Any = json.loads(line)
        except json.JSONDecodeError as exc:
            parsed = InputError(where, f"invalid JSON: {exc.msg}")
        entries.append((line.encode("utf-8"), parsed))
    return entries


def _canonical(item: Any) -> bytes:
    return json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _document(file: InputFile, number: int | None, raw: bytes, parsed: Any, where: str, encoding: str) -> RawDocument:
    if isinstance(parsed, InputError):
        raise InputError(where, parsed.reason)
    if not isinstance(parsed, dict):
        raise InputError(where, f"a record must be a JSON object, not {type(parsed).__name__}")
    html, text = parsed.get("html"), parsed.get("text")
    body, fmt = (html, InputFormat.HTML) if _usable(html) else (text, InputFormat.TEXT)
    if not _usable(body):
        raise InputError(where, "no 'text' or 'html' field with content")
    content, repairs = repair(str(body))
    hints = Hints(**{k: str(parsed[k]).strip() for k in HINT_FIELDS if _usable(parsed.get(k))})
    name = hints.url or (f"{file.name}#{number}" if number else file.name)
    return RawDocument(
        name=name,
        path=where,
        fmt=fmt,
        raw=raw,
        input_sha256=file.sha256,
        content=content,
        encoding=encoding,
        repairs=repairs,
        hints=hints,
        record=number,
    )


def _usable(value: Any) -> bool:
    return isinstance(value, str | int | float) and bool(str(value).strip())
