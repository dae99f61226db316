"""Pages saved by `corroborate fetch`: the raw body as received, and a record of where it came from.

    write_record(body_path, record)      (fetch) the record beside the body, as a hidden JSON file
    with_origin(body_path, docs) -> (docs, rejections)      (ingest) the page's URL given to its documents

A saved page is `NNN_<sha256 prefix>.<ext>`, its bytes exactly as the server sent them, so that
`corroborate build DIR` reads it like any other file. Its record, `.NNN_<...>.<ext>.fetch.json`
beside it (hidden: a folder walk skips it), keeps the URL asked for, the final URL after
redirects, the status, the content type, the fetch date and the body's sha256. The final URL
becomes the document's `url` hint; a record that no longer matches its body is ignored, with a
reason.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corroborate.errors import InputError
from corroborate.model import RawDocument, Rejection

RECORD_SUFFIX = ".fetch.json"


@dataclass(frozen=True)
class FetchRecord:
    """Where one saved body came from."""

    url: str  # as asked for
    final_url: str  # after redirects: where the body was served from
    status: int
    content_type: str
    fetched: str  # ISO 8601, UTC, when the body was received
    sha256: str
    size: int
    redirects: tuple[str, ...] = ()  # every URL that answered with a redirect, in order

    def as_json(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "redirects": list(self.redirects)}


def record_path(body_path: Path) -> Path:
    return body_path.with_name(f".{body_path.name}{RECORD_SUFFIX}")


def write_record(body_path: Path, record: FetchRecord) -> Path:
    path = record_path(body_path)
    path.write_text(json.dumps(record.as_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def read_record(body_path: Path) -> FetchRecord | None:
    """The record saved beside `body_path`, or None when it has none. Raises InputError when broken."""
    path = record_path(body_path)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        fields = {f.name: data[f.name] for f in dataclasses.fields(FetchRecord) if f.name in data}
        return FetchRecord(**{**fields, "redirects": tuple(fields.get("redirects", ()))})
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, TypeError) as exc:
        raise InputError(str(path), f"unreadable fetch record ({exc}); the page is read without its URL") from exc


def with_origin(body_path: Path, sha256: str, docs: list[RawDocument]) -> tuple[list[RawDocument], list[Rejection]]:
    """`docs` read from `body_path`, each given the page's final URL when a fetch record says where it
    came from (a URL the input itself gives, e.g. a JSON record's, wins)."""
    try:
        record = read_record(body_path)
    except InputError as exc:
        return docs, [Rejection(exc.where, exc.reason)]
    if record is None:
        return docs, []
    if record.sha256 != sha256:
        reason = "describes other content (sha256 differs: the page was changed after fetching); ignored"
        return docs, [Rejection(str(record_path(body_path)), reason)]
    return [_given_url(doc, record.final_url) for doc in docs], []


def _given_url(doc: RawDocument, url: str) -> RawDocument:
    if doc.hints.url:
        return doc
    return dataclasses.replace(doc, hints=dataclasses.replace(doc.hints, url=url))
