"""JSON and JSON Lines inputs: one report per record.

A record is an object with `text` or `html` (html wins when both are given: it carries more
metadata) and, optionally, `url`, `title`, `outlet`, `published`. A .json file holds one record
or a list of them; a .jsonl file one record per line. A bad record is rejected on its own, and in
a .jsonl file so is a bad line (invalid JSON, a NUL byte, bytes that are not UTF-8): its message
names the line. A `url` that is not an http(s) address is dropped, with a note.
"""

from __future__ import annotations

import json
from typing import Any

from corroborate.errors import InputError
from corroborate.ingest import newsapi
from corroborate.ingest.decode import decode
from corroborate.ingest.formats import part_document
from corroborate.ingest.urls import web_address
from corroborate.limits import MAX_RECORDS_PER_FILE, capped
from corroborate.model import Hints, InputFile, InputFormat, RawDocument, Rejection

HINT_FIELDS = ("url", "title", "outlet", "published")


def read_records(file: InputFile, *, jsonl: bool) -> tuple[list[RawDocument], list[Rejection]]:
    """Every usable record of a JSON / JSON Lines file, and a Rejection for each bad one."""
    if jsonl:
        entries, encoding = _jsonl_file(file)
    else:
        content, encoding, _ = decode(file.data, file.path)
        entries = _json_entries(content, file.path)
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
    except RecursionError as exc:
        raise InputError(where, "invalid JSON: nested too deep") from exc
    items = newsapi.articles(data) or (data if isinstance(data, list) else [data])
    return [(_canonical(item), item) for item in items]


def _jsonl_file(file: InputFile) -> tuple[list[tuple[bytes, Any]], str]:
    """The entries of a JSON Lines file, decoded as a whole when it can be; when not (a NUL byte or
    bytes that are not UTF-8 on some line), line by line, each bad line refused on its own."""
    try:
        content, encoding, _ = decode(file.data, file.path)
    except InputError:
        lines = enumerate(file.data.split(b"\n"), start=1)
        entries = [entry for number, line in lines if (entry := _raw_line(line, number, file.path))]
        if not any(not isinstance(parsed, InputError) for _, parsed in entries):
            raise  # no line reads (a binary file, an empty one): the file's own reason, once
        return entries, "utf-8"
    return _jsonl_entries(content.split("\n"), file.path), encoding


def _raw_line(line: bytes, number: int, where: str) -> tuple[bytes, Any] | None:  # None: a blank line
    """One line of a JSON Lines file that did not decode as a whole: strict UTF-8 or refused."""
    if not line.strip():
        return None
    if number == 1:
        line = line.removeprefix(b"\xef\xbb\xbf")
    if b"\x00" in line:
        return line, InputError(f"{where} line {number}", "NUL byte in the line (binary data)")
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return line, InputError(f"{where} line {number}", f"invalid UTF-8 at byte {exc.start} of the line")
    return _jsonl_entry(text, number, where)


def _jsonl_entries(lines: list[str], where: str) -> list[tuple[bytes, Any]]:
    return [_jsonl_entry(line, number, where) for number, line in enumerate(lines, start=1) if line.strip()]


def _jsonl_entry(line: str, number: int, where: str) -> tuple[bytes, Any]:
    try:
        parsed: Any = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        reason = f"invalid JSON: {exc.msg}" if isinstance(exc, json.JSONDecodeError) else "JSON nested too deep"
        parsed = InputError(f"{where} line {number}", reason)
    return line.encode("utf-8"), parsed


def _canonical(item: Any) -> bytes:
    return json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _document(file: InputFile, number: int | None, raw: bytes, parsed: Any, where: str, encoding: str) -> RawDocument:
    if isinstance(parsed, InputError):
        raise InputError(parsed.where, parsed.reason)  # a bad line: named by its line number
    if not isinstance(parsed, dict):
        raise InputError(where, f"a record must be a JSON object, not {type(parsed).__name__}")
    if newsapi.is_news_api(parsed):
        return newsapi.document(file, number, raw, parsed, where)
    html, text = parsed.get("html"), parsed.get("text")
    body, fmt = (html, InputFormat.HTML) if _usable(html) else (text, InputFormat.TEXT)
    if not _usable(body):
        raise InputError(where, "no 'text' or 'html' field with content")
    given = {k: str(parsed[k]).strip() for k in HINT_FIELDS if _usable(parsed.get(k))}
    url, notes = web_address(given.pop("url", None), "url", "the record's 'url'")
    hints = Hints(url=url, title=given.get("title"), outlet=given.get("outlet"), published=given.get("published"),
                  notes=notes)
    return part_document(file, number=number, raw=raw, body=str(body), fmt=fmt, given=hints, where=where,
                         encoding=encoding)


def _usable(value: Any) -> bool:
    return isinstance(value, str | int | float) and bool(str(value).strip())
