"""The `corroborate` command: a thin skin over the library. No logic lives here."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import click

from corroborate import __version__, pipeline, store
from corroborate import evaluate as quality
from corroborate.errors import CorroborateError
from corroborate.model import Rejection

DEFAULT_DB = "corroborate.db"
DEFAULT_OUT = "out"

db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(path_type=Path),
    help="The SQLite store of sources and runs.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="corroborate")
def main() -> None:
    """corroborate: turn many news reports about one story into a checkable dossier.

    \b
    Examples:
      corroborate build examples/belarus-2025
      corroborate build reports/ extra.html --out dossier/ --db story.db
      corroborate sources --db story.db
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    default=DEFAULT_OUT,
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder for dossier.json and report.html.",
)
@db_option
def build(inputs: tuple[Path, ...], out_dir: Path, db_path: Path) -> None:
    """Build a dossier from report files and folders (searched recursively).

    Reads .txt .md .html .htm .json .jsonl; a bad input is skipped with its reason, and the
    run goes on. Exits non-zero only when no input was usable.

    \b
    Examples:
      corroborate build examples/belarus-2025
      corroborate build a.txt b.html records.jsonl --out out/ --db corroborate.db
    """
    with _user_errors(), _progress() as progress:
        try:
            result = pipeline.build(inputs, out_dir, db_path, progress=progress)
        except pipeline.NoUsableInput as exc:
            _print_rejections(exc.rejections)
            raise
    _print_rejections(result.rejections)
    click.echo(
        f"{len(result.sources)} source{'s' * (len(result.sources) != 1)} "
        f"({len(result.rejections)} skipped) -> {result.dossier_path}, {result.report_path} "
        f"[run {result.run_id} in {db_path}]"
    )


@main.command()
@db_option
def sources(db_path: Path) -> None:
    """List stored sources: id, outlet, date, language, characters kept and removed.

    \b
    Example:
      corroborate sources --db corroborate.db
    """
    with _user_errors():
        if not db_path.exists():
            raise CorroborateError(f"no store at {db_path}; run 'corroborate build' first")
        conn = store.connect(db_path)
        try:
            rows = store.list_sources(conn)
        finally:
            conn.close()
    table = [("ID", "FILE", "OUTLET", "DATE", "LANG", "CHARS", "REMOVED")] + [
        (r.id, r.file, r.outlet or "-", r.published or "-", r.language, str(r.chars), str(r.removed_chars))
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        click.echo(
            "  ".join(
                cell.rjust(w) if i >= 5 else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            ).rstrip()
        )
    click.echo(f"{len(rows)} source{'s' * (len(rows) != 1)}")


@main.command()
@click.argument("gold_files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--floors",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON of minimum scores per gold file; exit 1 when any score falls below.",
)
@click.option("--verbose", "-v", is_flag=True, help="List every miss.")
def evaluate(gold_files: tuple[Path, ...], floors: Path | None, verbose: bool) -> None:
    """Score cleaning and metadata against hand-annotated gold files.

    \b
    Examples:
      corroborate evaluate tests/gold/belarus-2025/cleaning.json -v
      corroborate evaluate tests/gold/*/cleaning.json --floors tests/gold/floors.json
    """
    with _user_errors():
        gate = quality.load_floors(floors) if floors else {}
        failures: list[str] = []
        for gold in gold_files:
            scores = quality.evaluate(gold)
            click.echo(f"{gold}: " + ", ".join(f"{k} {v:.3f}" for k, v in scores.as_dict().items()))
            if verbose:
                for miss in scores.details:
                    click.echo(f"    {miss}")
            failures += quality.below_floors(gold, scores, gate)
        for failure in failures:
            click.echo(f"BELOW FLOOR {failure}", err=True)
        if failures:
            raise CorroborateError(f"{len(failures)} score(s) below their floor")


@contextmanager
def _user_errors() -> Iterator[None]:
    """Our own errors become one clean line and exit code 1; no traceback."""
    try:
        yield
    except CorroborateError as exc:
        raise click.ClickException(str(exc)) from exc


@contextmanager
def _progress() -> Iterator[pipeline.Progress | None]:
    """A progress bar on a terminal; nothing when output is piped or in CI."""
    if not sys.stderr.isatty():
        yield None
        return
    bar = None

    def update(done: int, total: int, name: str) -> None:
        nonlocal bar
        if bar is None:
            bar = click.progressbar(length=total, label="cleaning", file=sys.stderr, show_pos=True)
            bar.__enter__()
        bar.label = f"cleaning {name[:30]}"
        bar.update(1)

    try:
        yield update
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)


def _print_rejections(rejections: Sequence[Rejection]) -> None:
    for rejection in rejections:
        click.echo(f"skipped {rejection}", err=True)
