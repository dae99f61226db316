"""The orchestrator: runs the stages in order. No stage logic lives here.

build(inputs, out_dir, db_path, story=None) -> BuildResult     (files and folders on disk)
rebuild(db_path, story_id, out_dir=None) -> BuildResult        (a stored story's inputs)

ingest.read_inputs -> clean.clean -> extract.parse (cached in the store) -> extract.mentions -> reconcile.resolve
  -> reconcile.derive -> reconcile.reference_dates
  -> extract.quantities, .roles, .quotes, .events, .exchanges
  -> reconcile.reconcile_claims, .role_claims, .quote_claims, .reconcile_events, .reconcile_exchanges
  -> report.build_dossier (+ validate) -> store.save_run -> report.write_outputs
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from corroborate import extract, ingest, reconcile, report, store
from corroborate.clean import clean
from corroborate.errors import CorroborateError, InputError
from corroborate.model import Analysis, Entity, Known, RawDocument, Rejection, Source

# Called once per report as each stage finishes it: (stage, reports done, reports in all, report name).
Progress = Callable[[str, int, int, str], None]


@dataclass(frozen=True)
class BuildResult:
    run_id: int
    story: str
    sources: tuple[Source, ...]
    rejections: tuple[Rejection, ...]
    entities: tuple[Entity, ...]
    dossier: dict[str, Any]
    dossier_path: Path | None  # None when nothing was written to disk (a rebuild in the web app)
    report_path: Path | None


class NoUsableInput(CorroborateError):
    """Every input was rejected: there is nothing to build a dossier from."""

    def __init__(self, rejections: Sequence[Rejection]) -> None:
        super().__init__(f"no usable input ({len(rejections)} rejected)")
        self.rejections = tuple(rejections)


def build(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    db_path: str | Path,
    progress: Progress | None = None,
    story: str | None = None,
) -> BuildResult:
    """Build a dossier from `inputs`, recorded as a run of `story` (default: the first input's name).
    Bad inputs are skipped with a reason, never fatal alone."""
    ingested = ingest.read_inputs(inputs)
    name = story or story_name(inputs)
    return _build(ingested, tuple(str(i) for i in inputs), name, db_path, out_dir, progress)


def rebuild(
    db_path: str | Path, story_id: int, out_dir: str | Path | None = None, progress: Progress | None = None
) -> BuildResult:
    """Build a stored story again from its inputs as received (after reports were added to it)."""
    conn = store.connect(db_path)
    try:
        name, files = store.story_files(conn, story_id)
    finally:
        conn.close()
    ingested = ingest.read_stored(files)
    return _build(ingested, tuple(f.name for f in files), name, db_path, out_dir, progress)


def story_name(inputs: Sequence[str | Path]) -> str:
    """A folder's name, or a file's name without its extension."""
    first = Path(inputs[0]).resolve() if inputs else Path("story")
    return (first.name if first.is_dir() or not first.suffix else first.stem) or "story"


def _build(
    ingested: ingest.Ingested,
    labels: tuple[str, ...],
    story: str,
    db_path: str | Path,
    out_dir: str | Path | None,
    progress: Progress | None,
) -> BuildResult:
    started = datetime.now(UTC)
    sources, rejections = clean_all(ingested.documents, progress)
    rejections = [*ingested.rejections, *rejections]
    if not sources:
        raise NoUsableInput(rejections)
    conn = store.connect(db_path)
    try:
        found = analyse(sources, progress, conn)
        dossier = report.build_dossier(sources, rejections, started, found, story=story)
        report.validate(dossier)
        run_id = store.save_run(
            conn,
            store.RunRecord(
                started=started.isoformat(timespec="seconds"),
                inputs=labels,
                out_dir=str(out_dir) if out_dir is not None else None,
                files=ingested.files,
                sources=tuple(sources),
                rejections=tuple(rejections),
                entities=found.entities,
                dossier=dossier,
                story=story,
            ),
        )
        dossier = store.with_reviews(conn, run_id, dossier)  # the report shows the story's verdicts
    finally:
        conn.close()
    json_path, html_path = report.write_outputs(out_dir, dossier) if out_dir is not None else (None, None)
    return BuildResult(run_id, story, tuple(sources), tuple(rejections), found.entities, dossier, json_path, html_path)


def clean_all(
    documents: Sequence[RawDocument], progress: Progress | None = None
) -> tuple[list[Source], list[Rejection]]:
    """Clean every document; the same content twice is kept once."""
    sources: dict[str, Source] = {}
    rejections: list[Rejection] = []
    for done, doc in enumerate(documents, start=1):
        try:
            source = clean(doc)
        except InputError as exc:
            rejections.append(Rejection(exc.where, exc.reason))
        else:
            if source.id in sources:
                rejections.append(Rejection(doc.path, f"same content as {sources[source.id].doc.path}; kept once"))
            else:
                sources[source.id] = source
        if progress:
            progress("cleaning", done, len(documents), doc.name)
    return list(sources.values()), rejections


def analyse(
    sources: Sequence[Source], progress: Progress | None = None, conn: sqlite3.Connection | None = None
) -> Analysis:
    """Parse every source once (reusing the parses cached in the store `conn`, if given); find
    entities, derivation, claims and conflicts."""
    parsed = extract.parse(sources, progress and partial(progress, "parsing"), conn)
    texts = {s.id: s.text for s in sources}
    entities = reconcile.resolve([m for p in parsed for m in extract.mentions(p)], texts).entities
    origins = reconcile.derive(sources, entities)
    known = Known.of(entities, origins)  # every later stage's one index of mentions and origins
    references = reconcile.reference_dates(sources, known)
    quantities = [q for p in parsed for q in extract.quantities(p, references[p.source.id])]
    claims, conflicts = reconcile.reconcile_claims(quantities, known, sources)
    roles = [r for p in parsed for r in extract.roles(p)]
    claims += reconcile.role_claims(roles, known, first=len(claims) + 1)
    quotes = [q for p in parsed for q in extract.quotes(p)]
    claims += reconcile.quote_claims(quotes, known, texts, first=len(claims) + 1)
    happenings = [m for p in parsed for m in extract.events(p, references[p.source.id])]
    events = reconcile.reconcile_events(happenings, known, claims, texts)
    trades = [x for p in parsed for x in extract.exchanges(p, happenings)]
    exchanges = reconcile.reconcile_exchanges(trades, events, known)
    return Analysis(entities, origins, claims, conflicts, events, exchanges)
