"""Writing a run's files so that a reader never sees half a file, nor files of two runs.

An output folder, as `corroborate build --out out/` leaves it:

    out/dossier.json -> .current/dossier.json     symlinks, made once and then left alone
    out/report.html  -> .current/report.html
    out/.current     -> .run-XXXXXXXX             the one link a run switches
    out/.run-XXXXXXXX/dossier.json, report.html   the latest run's files, ordinary files

A run writes its files into a fresh `.run-*` folder and syncs them, then replaces `.current` with
one rename of a new symlink: both paths move from the old run to the new one at the same instant,
and a crash at any moment leaves either the old pair or the new pair. The paths users know keep
working, since a link is resolved when the file is opened.

What an earlier crash left behind (a `.run-*` folder `.current` does not point at, a half-made
link, the `.dossier.json.XXXXXXXX` temporary files of the one-file-at-a-time writer this replaced)
is removed at the start of the next run, and the replaced run's folder at the end. Both happen
under an exclusive lock on the folder, so two builds writing one folder never remove each other's
work-in-progress.

A folder written before this layout (ordinary dossier.json and report.html) is adopted first:
its files are hard-linked into a `.run-*` folder, `.current` is pointed at it, and only then is
each file replaced by its link, so at every step both paths still show the same (older) run.

POSIX only (symlinks, flock): on a file system without symlinks the write fails with the OS's
reason, which the caller reports as one line naming the folder.
"""

from __future__ import annotations

import fcntl
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

CURRENT = ".current"
RUN_PREFIX = ".run-"
LINK_PREFIX = ".link-"  # a symlink being made, renamed over its target a moment later
# tempfile.mkstemp's names: the prefix, then 8 characters of this alphabet. Only names of exactly
# that shape are taken for our leftovers, never another program's hidden files.
_MKSTEMP_TAIL = r"\.[a-z0-9_]{8}"


def write_run(out: Path, files: Mapping[str, str]) -> dict[str, Path]:
    """Write `files` (name -> text) as one run into the folder `out`; returns name -> path.

    Raises OSError; the caller names the folder in its own error."""
    out.mkdir(parents=True, exist_ok=True)
    with _locked(out) as folder:
        _clean(out, tuple(files))
        _adopt(out, tuple(files))
        run = _new_run(out)
        for name, text in files.items():
            _write(run / name, text)
        _sync(run)
        for name in files:  # made before the switch: in a new folder they show nothing until it
            _point(out / name, f"{CURRENT}/{name}")
        _point(out / CURRENT, run.name)
        os.fsync(folder)
        _clean(out, tuple(files))
    return {name: out / name for name in files}


def write_file(path: Path, text: str) -> Path:
    """Write one file atomically (an export): a temporary file beside it, then a rename.

    Temporary files an earlier crash left for the same target are removed first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path.parent):
        _remove_temporaries(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; outputs are ordinary files
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return path


@contextmanager
def _locked(folder: Path) -> Iterator[int]:
    """Hold an exclusive lock on `folder` (flock on the folder itself: no lock file is left)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield fd
    finally:
        os.close(fd)  # closing releases the lock


def _clean(out: Path, names: tuple[str, ...]) -> None:
    """Remove what is not the current run: runs replaced or never switched to, half-made links,
    temporary files of the earlier one-file-at-a-time writer."""
    current = os.readlink(out / CURRENT) if (out / CURRENT).is_symlink() else None
    for entry in os.scandir(out):
        if entry.name.startswith(RUN_PREFIX) and entry.name != current and not entry.is_symlink():
            shutil.rmtree(entry.path, ignore_errors=True)
        elif entry.name.startswith(LINK_PREFIX):
            os.unlink(entry.path)
    for name in names:
        _remove_temporaries(out / name)


def _remove_temporaries(path: Path) -> None:
    pattern = re.compile(re.escape(f".{path.name}") + _MKSTEMP_TAIL)
    for entry in os.scandir(path.parent):
        if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
            os.unlink(entry.path)


def _adopt(out: Path, names: tuple[str, ...]) -> None:
    """Turn the files of an earlier layout into a run of this one, showing the same content."""
    old = [name for name in names if (out / name).exists() and not _is_ours(out, name)]
    if not old:
        return
    run = _new_run(out)
    for name in names:
        if (out / name).exists():
            _keep(out / name, run / name)
    _sync(run)
    _point(out / CURRENT, run.name)
    for name in old:
        _point(out / name, f"{CURRENT}/{name}")


def _is_ours(out: Path, name: str) -> bool:
    path = out / name
    return path.is_symlink() and os.readlink(path) == f"{CURRENT}/{name}"


def _keep(source: Path, copy: Path) -> None:
    """`copy` gets the content of `source`: a hard link where the file system has them."""
    try:
        os.link(source, copy)
    except OSError:
        shutil.copyfile(source, copy)


def _new_run(out: Path) -> Path:
    while True:
        run = out / f"{RUN_PREFIX}{secrets.token_hex(4)}"
        try:
            run.mkdir(0o777)  # the umask applies: readable like any folder the user makes
        except FileExistsError:
            continue
        return run


def _write(path: Path, text: str) -> None:
    with path.open("x", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def _point(link: Path, target: str) -> None:
    """Make `link` a symlink to `target` in one step: a new link renamed over the old name."""
    if link.is_symlink() and os.readlink(link) == target:
        return
    tmp = link.parent / f"{LINK_PREFIX}{secrets.token_hex(4)}"
    os.symlink(target, tmp)
    try:
        os.replace(tmp, link)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _sync(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
