"""Check one article against everything the store knows about its story.

    check(article, db_path, story=None) -> CheckResult
    check_sources(article, stored, conn) -> CheckResult      the same on cleaned sources
    judged(parsed, found, sources) -> CheckResult            the verdicts, given the joint analysis

The article is read and cleaned like any input, then analysed together with the stored story's
reports by the pipeline's own `analyse` (the stored reports' parses come from the store's cache,
so only the article is parsed). Each statement of the article the extractors find gets a verdict
(check/verdicts.py); sentences with none that are worded as a prediction or an opinion are "not
checkable" (check/text.py). Without a story, the stored story the article fits best is chosen
(check/stories.py), or none.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from corroborate import extract, ingest, pipeline, store
from corroborate.check.stories import StoryChoice, choose, dossier_profile
from corroborate.check.text import Uncheckable, uncheckable
from corroborate.check.verdicts import Checked, Statement, Verdict, origin_of, verdicts
from corroborate.errors import NotFound
from corroborate.model import Analysis, DerivedFrom, InputFile, Source
from corroborate.store.sources import load_sources

__all__ = ["CheckResult", "Checked", "Statement", "Verdict", "check", "check_sources", "judged"]


@dataclass(frozen=True)
class CheckResult:
    article: Source
    story: str | None  # None: no stored story fits, nothing was checked
    choice: StoryChoice | None  # how the story was chosen (None: it was given)
    checked: tuple[Checked, ...]
    uncheckable: tuple[Uncheckable, ...]
    derives_from: tuple[tuple[str, DerivedFrom], ...] = ()  # (stored file, link) the article copies or rewrites
    same_origin: tuple[str, ...] = ()  # stored files of the article's origin: copies of it, or its original
    already_stored: str | None = None  # the stored file with this very content, if any


def check(article: str | Path | InputFile, db_path: str | Path, story: str | None = None) -> CheckResult:
    """Check the article (a file, or an input's bytes) against the stored story `story` (default:
    the best fit). A file of several records is checked by its first."""
    if isinstance(article, InputFile):
        documents, refused = ingest.read_data(article)
    else:
        ingested = ingest.read_inputs([article])
        documents, refused = list(ingested.documents), list(ingested.rejections)
    sources, rejections = pipeline.clean_all(documents)
    if not sources:
        raise pipeline.NoUsableInput([*refused, *rejections])
    conn = store.connect(db_path)
    try:
        choice = None
        if story is None:
            choice = choose_story(conn, sources[0].text)
            if choice.story is None:
                return CheckResult(sources[0], None, choice, (), ())
            story = choice.story
        stored = stored_sources(conn, story)
        result = check_sources(sources[0], stored, conn)
    finally:
        conn.close()
    return CheckResult(result.article, story, choice, result.checked, result.uncheckable, result.derives_from,
                       result.same_origin, result.already_stored)


def choose_story(conn: sqlite3.Connection, text: str) -> StoryChoice:
    """The stored story whose latest run's entities the article names most."""
    profiles = []
    for summary in store.list_stories(conn):
        if summary.latest_run is not None:
            _, dossier = store.load_dossier(conn, summary.latest_run)
            profiles.append(dossier_profile({**dossier, "story": summary.name}))
    return choose(text, profiles)


def stored_sources(conn: sqlite3.Connection, story: str) -> list[Source]:
    """The sources of the named story's latest run, as the store holds them (not cleaned again)."""
    found = next((s for s in store.list_stories(conn) if s.name == story), None)
    if found is None:
        raise NotFound(f"no story {story!r} in the store")
    if found.latest_run is None:
        raise NotFound(f"story {story!r} has no run yet: build it first")
    return load_sources(conn, found.latest_run)


def check_sources(article: Source, stored: Sequence[Source], conn: sqlite3.Connection | None = None) -> CheckResult:
    """The verdicts on `article` given the story's cleaned `stored` sources."""
    others = [s for s in stored if s.id != article.id]
    parsed = extract.parse([article], None, conn)[0]
    found = pipeline.analyse([*others, article], None, conn)
    return judged(parsed, found, [*others, article], next((s.doc.name for s in stored if s.id == article.id), None))


def judged(parsed: extract.Parsed, found: Analysis, sources: Sequence[Source], same: str | None = None) -> CheckResult:
    """The verdicts on the parsed article, given the joint analysis `found` of it and the story's
    other `sources` (the article among them). `same`: the stored file with the article's content."""
    article = parsed.source
    by_id = {s.id: s for s in sources}
    checked = verdicts(found, article.id, by_id)
    taken = [(c.here.start, c.here.end) for c in checked]
    mine = next(o for o in found.origins if o.source == article.id)
    derives = tuple((by_id[d.source].doc.name, d) for d in mine.derived_from)
    own = origin_of(found, article.id)
    same_origin = tuple(sorted(by_id[o.source].doc.name for o in found.origins
                               if o.origin == own and o.source != article.id))
    return CheckResult(article, None, None, checked, uncheckable(parsed, taken), derives, same_origin, same)
