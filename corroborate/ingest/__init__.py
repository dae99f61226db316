"""Stage 1, ingest: paths in, raw documents out.

    read_inputs(paths) -> Ingested(files, documents, rejections)
    read_stored(files) -> Ingested                (inputs kept in the store, e.g. uploads)

requires: file and folder paths (folders are walked recursively, hidden entries skipped)
assigns:  RawDocument per report (decoded, mojibake repaired, format known), the InputFile
          bytes as received, and a Rejection with a reason for every input that cannot be used.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath

from corroborate.errors import InputError, one_line, third_party
from corroborate.ingest import saved
from corroborate.ingest.decode import decode
from corroborate.ingest.formats.registry import EXTENSIONS, READERS
from corroborate.ingest.records import read_records
from corroborate.ingest.urllist import refuse_url_list
from corroborate.limits import MAX_REPORTS_PER_BUILD, capped
from corroborate.model import InputFile, InputFormat, RawDocument, Rejection

# Larger files are refused unread. A saved news page, even with inline images, stays well below;
# a JSON Lines batch of a few thousand articles fits. Anything bigger is not a report.
MAX_INPUT_BYTES = 25 * 1024 * 1024

FORMATS: dict[str, InputFormat] = {
    ".txt": InputFormat.TEXT,
    ".text": InputFormat.TEXT,
    ".md": InputFormat.MARKDOWN,
    ".markdown": InputFormat.MARKDOWN,
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
    ".xhtml": InputFormat.HTML,
    ".json": InputFormat.JSON,
    ".jsonl": InputFormat.JSON,
    ".ndjson": InputFormat.JSON,
    **EXTENSIONS,  # documents, mail, feeds, web archives (ingest/formats/)
}


@dataclass(frozen=True)
class Ingested:
    files: tuple[InputFile, ...]
    documents: tuple[RawDocument, ...]
    rejections: tuple[Rejection, ...]


def read_inputs(paths: Iterable[str | Path]) -> Ingested:
    """Read every report under `paths`. Never raises for a bad input: it becomes a Rejection."""
    rejections: list[Rejection] = []  # discover() adds missing paths as it meets them, in order
    return _gather((partial(read_file, path) for path in discover(paths, rejections)), rejections)


def read_stored(files: Iterable[InputFile]) -> Ingested:
    """Read inputs already held as bytes (uploads, a story's stored inputs): same checks as files on
    disk, and their names never touch the filesystem."""
    return _gather((partial(_stored, file) for file in files), [])


Reader = Callable[[], tuple[InputFile, list[RawDocument], list[Rejection]]]


def _gather(readers: Iterable[Reader], rejections: list[Rejection]) -> Ingested:
    files: list[InputFile] = []
    documents: list[RawDocument] = []
    for read in readers:
        try:
            file, docs, bad = read()
        except InputError as exc:
            rejections.append(Rejection(exc.where, exc.reason))
            continue
        files.append(file)
        documents.extend(docs)
        rejections.extend(bad)
    first_refused = documents[MAX_REPORTS_PER_BUILD].path if len(documents) > MAX_REPORTS_PER_BUILD else ""
    kept, extra = capped(documents, MAX_REPORTS_PER_BUILD, first_refused, "reports")
    return Ingested(tuple(files), tuple(kept), (*rejections, *([extra] if extra else [])))


def _stored(file: InputFile) -> tuple[InputFile, list[RawDocument], list[Rejection]]:
    return (file, *read_data(file))


def discover(paths: Iterable[str | Path], rejections: list[Rejection]) -> Iterator[Path]:
    """Yield each input file once, in a stable order; note paths that do not exist."""
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates: Iterable[Path] = _walk(path)
        elif path.exists():
            candidates = [path]
        else:
            rejections.append(Rejection(one_line(str(path)), "no such file or folder"))
            continue
        for candidate in candidates:
            try:
                key = candidate.resolve()
            except (RuntimeError, OSError) as exc:  # a symlink loop, or a link we may not follow
                reason = "a symlink loop" if isinstance(exc, RuntimeError) else exc.strerror or str(exc)
                rejections.append(Rejection(one_line(str(candidate)), f"cannot follow this link ({reason})"))
                continue
            if key not in seen:
                seen.add(key)
                yield candidate


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                yield Path(root) / name


def read_file(path: Path) -> tuple[InputFile, list[RawDocument], list[Rejection]]:
    """Read one file. Raises InputError when none of it can be used."""
    where = one_line(str(path))  # a newline in a file name must not split the message line
    format_of(path.name, where)  # an unknown format is refused before the file is read
    data = _read_bytes(path, where)
    file = InputFile(path.name, where, hashlib.sha256(data).hexdigest(), data)
    docs, bad = read_data(file)
    docs, notes = saved.with_origin(path, file.sha256, docs)  # a page `corroborate fetch` saved: its URL
    return file, docs, bad + notes


def input_file(name: str, data: bytes) -> InputFile:
    """Bytes received under `name` (an upload): only the name's last part is kept, as a label."""
    label = PurePosixPath(name.replace("\\", "/")).name.strip() or "unnamed"
    return InputFile(label, one_line(label), hashlib.sha256(data).hexdigest(), data)


def format_of(name: str, where: str) -> InputFormat:
    """The format a file name's extension says. Raises InputError for any other extension."""
    suffix = PurePosixPath(name).suffix.lower()
    if name.lower().endswith(".warc.gz"):
        suffix = ".warc.gz"
    fmt = FORMATS.get(suffix)
    if fmt is None:
        known = " ".join(sorted(FORMATS))
        raise InputError(where, f"unknown format {suffix or '(no extension)'!r}; expected one of {known}")
    return fmt


def read_data(file: InputFile) -> tuple[list[RawDocument], list[Rejection]]:
    """The documents in one input's bytes. Raises InputError when none of it can be used, or when a
    parser fails on it in a way no check foresaw (the run goes on without it)."""
    with third_party(file.path, "reading"):
        return _documents(file)


def _documents(file: InputFile) -> tuple[list[RawDocument], list[Rejection]]:
    where, data = file.path, file.data
    fmt = format_of(file.name, where)
    _check_size(len(data), where)
    if fmt is InputFormat.JSON:
        docs, bad = read_records(file, jsonl=PurePosixPath(file.name).suffix.lower() in {".jsonl", ".ndjson"})
        if not docs:
            raise InputError(where, "no usable record" + (f" ({bad[0].reason})" if len(bad) == 1 else ""))
        return docs, bad
    if fmt in READERS:
        docs, bad = READERS[fmt](file)
        if not docs:
            _nothing_usable(where, bad)
        return docs, bad
    content, encoding, repairs = decode(data, where, html=fmt is InputFormat.HTML)
    if fmt is InputFormat.TEXT:
        refuse_url_list(content, where, file.name)
    doc = RawDocument(
        name=file.name,
        path=where,
        fmt=fmt,
        raw=data,
        input_sha256=file.sha256,
        content=content,
        encoding=encoding,
        repairs=repairs,
    )
    return [doc], []


def _nothing_usable(where: str, bad: list[Rejection]) -> None:
    """Refuse a container none of whose parts could be used, naming the part when there is one."""
    if len(bad) == 1:
        raise InputError(bad[0].where, bad[0].reason)
    first = f"; the first, {bad[0].where}: {bad[0].reason}" if bad else ""
    raise InputError(where, f"nothing usable ({len(bad)} parts rejected{first})")


def _read_bytes(path: Path, where: str) -> bytes:
    try:
        _check_size(path.stat().st_size, where)
        with path.open("rb") as handle:
            return handle.read(MAX_INPUT_BYTES + 1)
    except IsADirectoryError as exc:
        raise InputError(where, "is a folder") from exc
    except OSError as exc:
        raise InputError(where, f"cannot read: {exc.strerror or exc}") from exc


def _check_size(size: int, where: str) -> None:
    if size > MAX_INPUT_BYTES:
        raise InputError(where, f"too large ({size / 2**20:.1f} MiB; the limit is {MAX_INPUT_BYTES // 2**20} MiB)")
