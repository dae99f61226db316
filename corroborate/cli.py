"""The `corroborate` command: a thin skin over the library. No logic lives here."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from corroborate import __version__, lang, pipeline, report, store
from corroborate import evaluate as quality
from corroborate.check import check as check_article
from corroborate.check import render as check_render
from corroborate.errors import CorroborateError
from corroborate.evaluate import audit
from corroborate.model import ClaimStatus, EntityType, Rejection, Source
from corroborate.report import exports, listings

if TYPE_CHECKING:
    from corroborate.ingest.fetch import FetchedPage

DEFAULT_DB = "corroborate.db"
DEFAULT_OUT = "out"
DEFAULT_FETCHED = "fetched"

db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(path_type=Path),
    help="The SQLite store of sources and runs.",
)

run_option = click.option("--run", "run_id", type=int, help="Which run (default: the latest).")

json_option = click.option("--json", "as_json", is_flag=True,
                           help="Print one JSON document (stable keys, values by name; see README) instead.")


class _Main(click.Group):
    """The command group; a reader that stops early (`| head`) ends the command quietly, exit 0."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # inside the guard: a closed pipe shows here, not at interpreter exit
        except BrokenPipeError:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the final flush goes nowhere
            ctx.exit(0)
        return result


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="corroborate")
def main() -> None:
    """corroborate: turn many news reports about one story into a checkable dossier.

    \b
    Examples:
      corroborate build examples/belarus-2025
      corroborate build reports/ extra.html --out dossier/ --db story.db
      corroborate sources --db story.db
      corroborate entities --db story.db --type person
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
@click.option("--story", help="The story's name in the store (default: the first input's name).")
@click.option("--markdown", "markdown_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the dossier as Markdown to this file.")
def build(inputs: tuple[Path, ...], out_dir: Path, db_path: Path, story: str | None,
          markdown_path: Path | None) -> None:
    """Build a dossier from report files and folders (searched recursively).

    Reads .txt .md .html .htm .json .jsonl (records, news-API exports), .pdf .docx, .eml
    .mbox, .rss .atom .xml feeds and .warc .warc.gz archives; a bad input is skipped with its
    reason, and the run goes on. Exits non-zero only when no input was usable. The inputs are recorded as the
    story's reports, so `corroborate serve` can add to them and rebuild.

    \b
    Examples:
      corroborate build examples/belarus-2025
      corroborate build a.txt b.html records.jsonl --out out/ --db corroborate.db --story port-strike
      corroborate build examples/belarus-2025 --markdown notes.md
    """
    _build_and_say(inputs, out_dir, db_path, story, markdown_path)


def _build_and_say(inputs: Sequence[Path], out_dir: Path, db_path: Path, story: str | None,
                   markdown_path: Path | None) -> None:
    with _user_errors(), _progress() as progress:
        try:
            result = pipeline.build(inputs, out_dir, db_path, progress=progress, story=story)
        except pipeline.NoUsableInput as exc:
            _print_rejections(exc.rejections)
            raise
        if markdown_path:
            report.write_text(markdown_path, report.render_markdown(result.dossier))
    _print_rejections(result.rejections)
    _print_fallbacks(result.sources)
    click.echo(
        f"{len(result.sources)} source{'s' * (len(result.sources) != 1)} "
        f"({len(result.rejections)} skipped) -> {result.dossier_path}, {result.report_path} "
        f"[run {result.run_id} of story {result.story!r} in {db_path}]"
        + (f"; Markdown -> {markdown_path}" if markdown_path else "")
    )


@main.command()
@click.argument("urls", nargs=-1)
@click.option("--urls", "url_list", type=click.Path(dir_okay=False, path_type=Path),
              help="A file of URLs, one a line ('#' starts a comment line).")
@click.option("--into", "into", default=DEFAULT_FETCHED, show_default=True, type=click.Path(path_type=Path),
              help="Folder the pages are saved in, exactly as received, each with a record of its URL.")
@click.option("--build", "then_build", is_flag=True, help="Then build a dossier from the pages fetched.")
@click.option("--out", "out_dir", default=DEFAULT_OUT, show_default=True, type=click.Path(path_type=Path),
              help="With --build: folder for dossier.json and report.html.")
@db_option
@click.option("--story", help="With --build: the story's name in the store (default: the --into folder's name).")
def fetch(urls: tuple[str, ...], url_list: Path | None, into: Path, then_build: bool, out_dir: Path,
          db_path: Path, story: str | None) -> None:
    """Download web pages (http and https only) and save them for `corroborate build`.

    Polite: obeys each site's robots.txt, waits between requests to one site, names itself
    (corroborate/VERSION) as the user agent, gives up on slow servers and refuses bodies over
    25 MiB. A URL that cannot be fetched is skipped with its reason; exits non-zero only when
    nothing was fetched.

    \b
    Examples:
      corroborate fetch https://example.org/news/story.html --build
      corroborate fetch --urls links.txt --into pages/ --build --story port-strike
      corroborate build pages/
    """
    from corroborate.ingest import fetch as web  # only this command needs the HTTP client

    with _user_errors():
        listed, bad = web.read_url_list(url_list) if url_list else ([], [])
        _print_rejections(bad)
        if not urls and not listed:
            raise click.UsageError("give URLs, or a file of them with --urls")
        fetched = web.fetch([*urls, *listed], into, on_result=_print_fetched)
    click.echo(f"{len(fetched.pages)} page{'s' * (len(fetched.pages) != 1)} fetched into {into} "
               f"({len(fetched.failures) + len(bad)} skipped)")
    if not fetched.pages:
        raise click.ClickException("nothing was fetched")
    if then_build:
        _build_and_say([p.path for p in fetched.pages], out_dir, db_path, story or into.resolve().name, None)


def _print_fetched(url: str, result: FetchedPage | Rejection) -> None:
    if isinstance(result, Rejection):
        click.echo(f"skipped {result}", err=True)
        return
    record = result.record
    moved = f" (from {url})" if record.final_url != url else ""
    again = ", already there" if result.reused else ""
    click.echo(f"fetched {record.final_url}{moved} -> {result.path} "
               f"[{record.status}, {record.content_type or 'no content type'}, {record.size / 1024:.1f} KiB{again}]")


@main.command()
@db_option
@run_option
@click.option("--markdown", "markdown_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the dossier as Markdown (notes, wikis).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the self-contained HTML report.")
@click.option("--claimreview", "claimreview_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the conflicts and claims a person reviewed as schema.org ClaimReview JSON-LD (a list).")
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write entities, claims, conflicts, events and exchanges as CSV files into this folder.")
@click.option("--ftm", "ftm_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write FollowTheMoney entities (JSON lines) for Aleph; needs the 'aleph' extra.")
def export(db_path: Path, run_id: int | None, markdown_path: Path | None, html_path: Path | None,
           claimreview_path: Path | None, csv_dir: Path | None, ftm_path: Path | None) -> None:
    """Write a stored run's dossier as Markdown, HTML, ClaimReview JSON-LD, CSV or FollowTheMoney.

    \b
    Examples:
      corroborate export --markdown story.md
      corroborate export --run 3 --html report.html --claimreview conflicts.jsonld
      corroborate export --csv tables/ --ftm story.ftm.json
    """
    if not (markdown_path or html_path or claimreview_path or csv_dir or ftm_path):
        raise click.UsageError("say what to write: --markdown, --html, --claimreview, --csv and/or --ftm")
    run, dossier = _dossier(db_path, run_id)
    files: list[tuple[Path | None, Any]] = [
        (markdown_path, lambda: report.render_markdown(dossier)),
        (html_path, lambda: report.render_html(dossier)),
        (claimreview_path, lambda: json.dumps(report.claim_reviews(dossier), ensure_ascii=False, indent=2)),
        (ftm_path, lambda: "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in exports.ftm_entities(dossier))),
    ]
    with _user_errors():
        for path, text in files:
            if path:
                report.write_text(path, text())
                click.echo(f"run {run} -> {path}")
        if csv_dir:
            for name, table in exports.csv_tables(dossier).items():
                report.write_text(csv_dir / name, table)
            click.echo(f"run {run} -> {csv_dir}/ (entities, claims, conflicts, events, exchanges .csv)")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--allow-remote", is_flag=True,
              help="Listen on a non-loopback address. The app has no login: anyone who reaches it can read "
                   "and change the store.")
def serve(db_path: Path, host: str, port: int, allow_remote: bool) -> None:
    """Open the store in a local web app: stories, runs, the dossier views, uploads, search.

    \b
    Examples:
      corroborate serve
      corroborate serve --db story.db --port 8080
    """
    from corroborate import web
    from corroborate.web import server  # only this command needs the server

    with _user_errors():
        web.check_host(host, allow_remote)
        store.connect(db_path).close()  # fail now, with a clear line, if the store cannot be opened
        app = web.create_app(db_path, remote=allow_remote)
    click.echo(f"corroborate: serving {db_path} on http://{host}:{port}/ (Ctrl+C stops)")
    server.server(app, host, port).run()


@main.command()
@db_option
@json_option
def sources(db_path: Path, as_json: bool) -> None:
    """List stored sources: id, outlet, date, language, characters kept and removed.

    \b
    Examples:
      corroborate sources --db corroborate.db
      corroborate sources --json | python -m json.tool
    """
    with _user_errors(), _store(db_path) as conn:
        rows = store.list_sources(conn)
    if as_json:
        return _print_json(listings.document("sources", None, [dataclasses.asdict(r) for r in rows]))
    table = [("ID", "FILE", "OUTLET", "DATE", "LANG", "CHARS", "REMOVED")] + [
        (r.id, r.file, r.outlet or "-", r.published or "-", r.language, str(r.chars), str(r.removed_chars))
        for r in rows
    ]
    _print_table(table, right_from=5)
    click.echo(f"{len(rows)} source{'s' * (len(rows) != 1)}")


@main.command()
@db_option
@json_option
def stories(db_path: Path, as_json: bool) -> None:
    """List the stories in the store: inputs, runs, the latest run and when it finished.

    \b
    Examples:
      corroborate stories
      corroborate stories --db story.db --json
    """
    with _user_errors(), _store(db_path) as conn:
        rows = store.list_stories(conn)
    if as_json:
        return _print_json(listings.document("stories", None, [dataclasses.asdict(r) for r in rows]))
    _print_table([("ID", "NAME", "INPUTS", "RUNS", "LATEST RUN", "FINISHED")] + [
        (str(r.id), r.name, str(r.inputs), str(r.runs), str(r.latest_run or "-"), r.latest_finished or "-")
        for r in rows
    ])
    click.echo(f"{len(rows)} stor{'ies' if len(rows) != 1 else 'y'}")


@main.command()
@db_option
@click.option("--story", "story_name", help="Only the runs of the story with this name.")
@json_option
def runs(db_path: Path, story_name: str | None, as_json: bool) -> None:
    """List runs, the latest first: story, when, sources used and skipped, conflicts, events.

    \b
    Examples:
      corroborate runs
      corroborate runs --story belarus-2025 --json
    """
    with _user_errors(), _store(db_path) as conn:
        rows = store.list_runs(conn, _story_id(conn, story_name) if story_name else None)
    if as_json:
        return _print_json(listings.document("runs", None, [dataclasses.asdict(r) for r in rows]))
    _print_table([("RUN", "STORY", "FINISHED", "SOURCES", "SKIPPED", "CONFLICTS", "EVENTS")] + [
        (str(r.id), r.story or "-", r.finished, str(r.sources), str(r.rejected), str(r.conflicts), str(r.events))
        for r in rows
    ], right_from=3)
    click.echo(f"{len(rows)} run{'s' * (len(rows) != 1)}")


@main.command()
@db_option
@run_option
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice([t.value for t in EntityType]),
    help="Only entities of this type (repeatable).",
)
@json_option
def entities(db_path: Path, run_id: int | None, types: tuple[str, ...], as_json: bool) -> None:
    """List a run's entities: type, name, every spelling merged into it, mentions per report.

    \b
    Examples:
      corroborate entities
      corroborate entities --db story.db --run 3 --type person --type organization
      corroborate entities --json
    """
    run, dossier = _dossier(db_path, run_id)
    found = [e for e in listings.entities(dossier) if not types or e["type"] in types]
    if as_json:
        return _print_json(listings.document("entities", run, found))
    files = sorted({f for e in found for f in e["reports"]})
    number = {f: i for i, f in enumerate(files, start=1)}
    table = [("ID", "TYPE", "NAME", "ALIASES", "MENTIONS (report:count)")] + [
        (e["id"], e["type"], e["name"], " | ".join(e["aliases"]),
         " ".join(f"{number[f]}:{n}" for f, n in e["reports"].items()))
        for e in found
    ]
    _print_table(table)
    click.echo(f"{len(found)} entit{'ies' if len(found) != 1 else 'y'} in run {run}; reports: "
               + ", ".join(f"{i} = {f}" for f, i in number.items()))


@main.command()
@db_option
@run_option
@json_option
def conflicts(db_path: Path, run_id: int | None, as_json: bool) -> None:
    """Where the reports disagree: each value, the reports that state it, and their sentences.

    \b
    Examples:
      corroborate conflicts
      corroborate conflicts --db story.db --run 3 --json
    """
    run, dossier = _dossier(db_path, run_id)
    found = listings.conflicts(dossier)
    if as_json:
        return _print_json(listings.document("conflicts", run, found))
    for conflict in found:
        click.echo(f"{conflict['id']}: {conflict['topic']}")
        if conflict["note"]:
            click.echo(f"  note: {conflict['note']}")
        for value in conflict["values"]:
            click.echo(f"  {value['shown']}")
            for sentence in value["sentences"]:
                click.echo(f"    {sentence['file']}: “{sentence['text']}”")
    click.echo(f"{len(found)} conflict{'s' * (len(found) != 1)} in run {run}")


@main.command()
@db_option
@run_option
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice([s.value for s in ClaimStatus]),
    help="Only claims with this status (repeatable).",
)
@json_option
def claims(db_path: Path, run_id: int | None, statuses: tuple[str, ...], as_json: bool) -> None:
    """List a run's claims: status, independent sources (origins), reports, statement.

    \b
    Examples:
      corroborate claims
      corroborate claims --status corroborated --status contradicted
      corroborate claims --json | python -m json.tool
    """
    run, dossier = _dossier(db_path, run_id)
    found = [c for c in listings.claims(dossier) if not statuses or c["status"] in statuses]
    if as_json:
        return _print_json(listings.document("claims", run, found))
    number = {s["file"]: i for i, s in enumerate(dossier["sources"], start=1)}
    table = [("ID", "STATUS", "ORIGINS", "REPORTS", "STATEMENT")] + [
        (c["id"], c["status"], str(c["independent_sources"]), _numbers(number[f] for f in c["reports"]),
         c["statement"])
        for c in found
    ]
    _print_table(table)
    click.echo(f"{len(found)} claim{'s' * (len(found) != 1)} in run {run}; reports: "
               + ", ".join(f"{i} = {f}" for f, i in number.items()))


@main.command(name="check")
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--story", help="The stored story to check against (default: the one the article fits best).")
@db_option
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the article annotated with its verdicts to this file.")
@json_option
def check_cmd(article: Path, story: str | None, db_path: Path, html_path: Path | None, as_json: bool) -> None:
    """Check one article, statement by statement, against a stored story.

    Each statement is supported, contradicted, only here or not checkable, with the other reports'
    sentences as evidence; an article that copies a stored report is not supported by it.

    \b
    Examples:
      corroborate check new-report.html --db story.db
      corroborate check wire.txt --story port-strike --html checked.html
    """
    with _user_errors():
        result = check_article(article, db_path, story)
        if html_path:
            report.write_text(html_path, check_render.render_html(result))
    if as_json:
        return _print_json(check_render.document(result))
    for line in check_render.lines(result):
        click.echo(line)


@main.command()
@click.argument("gold_files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--floors",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON of minimum scores per gold file; exit 1 when any score falls below.",
)
@click.option("--verbose", "-v", is_flag=True, help="List every miss and every wrong item, with its span.")
def evaluate(gold_files: tuple[Path, ...], floors: Path | None, verbose: bool) -> None:
    """Score the engine against hand-annotated gold files: a table with one row per story and a
    macro average (merges, conflicts, traps, copy links, independence, events, dates, exchanges,
    quotes, metadata, noise leaks, audited precision), then every score of each file.

    \b
    Examples:
      corroborate evaluate corpora/*/gold.json
      corroborate evaluate corpora/derna-floods-2023/gold.json -v
      corroborate evaluate tests/gold/*/*.json --floors tests/gold/floors.json
    """
    with _user_errors():
        gate = quality.load_floors(floors) if floors else {}
        board = quality.scoreboard(gold_files)
        for line in board.lines():
            click.echo(line)
        failures: list[str] = []
        for gold, (_, scores) in zip(gold_files, board.rows, strict=True):
            shown = ", ".join(f"{k} {v:.3f}" for k, v in scores.as_dict().items() if k not in scores.vacuous)
            click.echo(f"{gold}: {shown}")
            if verbose:
                for miss in scores.details:
                    click.echo(f"    {miss}")
            failures += quality.below_floors(gold, scores, gate)
        for failure in failures:
            click.echo(f"BELOW FLOOR {failure}", err=True)
        if failures:
            raise CorroborateError(f"{len(failures)} score(s) below their floor")


@main.command(name="audit")
@db_option
@run_option
@click.option("--sample", "size", default=50, show_default=True, type=click.IntRange(min=1),
              help="How many items to draw.")
@click.option("--seed", default=0, show_default=True, type=int, help="The random seed (the same seed, the same items).")
@click.option("--kind", "kinds", multiple=True, type=click.Choice([k.value for k in audit.AuditKind]),
              help="Draw only these kinds (repeatable; default: claims, conflicts, events and exchanges).")
@click.option("--save", "save_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Keep the items (and marks) in this JSON file, e.g. corpora/STORY/audit.json.")
@click.option("--mark", is_flag=True, help="Ask for a verdict on each item: r(ight), w(rong), s(kip), q(uit).")
def audit_cmd(db_path: Path, run_id: int | None, size: int, seed: int, kinds: tuple[str, ...],
              save_path: Path | None, mark: bool) -> None:
    """Print random claims, conflicts, events and exchanges of a run with their sentences, for a
    person to mark right or wrong. Saved next to a story's gold, the marks give the audited
    precision that `corroborate evaluate` prints.

    \b
    Examples:
      corroborate audit --sample 50 --seed 1
      corroborate audit --kind claim --sample 50 --mark --save corpora/derna-floods-2023/audit.json
    """
    run, dossier = _dossier(db_path, run_id)
    items = audit.sample(dossier, size, seed, [audit.AuditKind(k) for k in kinds] or list(audit.AuditKind))
    marked = []
    for number, item in enumerate(items, start=1):
        click.echo(f"{number}. " + "\n".join(audit.describe(item)))
        if mark:
            answer = click.prompt("   right, wrong, skip or quit?", type=click.Choice(["r", "w", "s", "q"]),
                                  default="s", show_choices=True)
            if answer == "q":
                break
            verdict = {"r": audit.Verdict.RIGHT, "w": audit.Verdict.WRONG}.get(answer)
            item = dataclasses.replace(item, verdict=verdict)
        marked.append(item)
    click.echo(f"{len(items)} item(s) of run {run}, seed {seed}")
    if save_path:
        with _user_errors():
            held = audit.save(save_path, marked, dossier, seed)
        click.echo(f"saved to {save_path} ({held} item(s) in the file)")


@main.command()
@db_option
@run_option
@click.option("--undated", is_flag=True, help="Also list events whose date no report states.")
@json_option
def timeline(db_path: Path, run_id: int | None, undated: bool, as_json: bool) -> None:
    """What happened when: dated events in order, with independent sources and reports, then the
    exchange ledger (what each side gave, and what it got for it).

    \b
    Examples:
      corroborate timeline
      corroborate timeline --undated --run 2
      corroborate timeline --json
    """
    run, dossier = _dossier(db_path, run_id)
    shown = [e for e in listings.events(dossier) if undated or e["date"]]
    ledger = listings.exchanges(dossier)
    if as_json:
        return _print_json(listings.document("timeline", run, shown, exchanges=ledger))
    number = {s["file"]: i for i, s in enumerate(dossier["sources"], start=1)}
    table = [("DATE", "TYPE", "ORIGINS", "REPORTS", "WHAT")] + [
        (e["date"] or "-", e["type"], str(e["independent_sources"]), _numbers(number[f] for f in e["reports"]),
         ("! " if e["conflicted"] else "") + e["summary"])
        for e in shown
    ]
    _print_table(table)
    click.echo(f"{len(shown)} event{'s' * (len(shown) != 1)} in run {run} ('!' = a claim about it is contradicted)")
    if ledger:
        click.echo("\nExchanges:")
        _print_table([("ID", "STATUS", "REPORTS", "GIVEN", "RECEIVED")] + [
            (x["id"], x["status"], _numbers(number[f] for f in x["reports"]), _side(x["given"]), _side(x["received"]))
            for x in ledger
        ])
    click.echo("reports: " + ", ".join(f"{i} = {f}" for f, i in number.items()))


def _side(side: dict[str, Any]) -> str:
    what = side["what"]
    return (f"{side['by']}: " if side["by"] else "") + (what if len(what) <= 60 else what[:57] + "...")


def _print_json(document: dict[str, Any]) -> None:
    click.echo(json.dumps(document, ensure_ascii=False, indent=2))


@contextmanager
def _store(db_path: Path) -> Iterator[sqlite3.Connection]:
    conn = _open_store(db_path)
    try:
        yield conn
    finally:
        conn.close()


def _story_id(conn: sqlite3.Connection, name: str) -> int:
    found = [s.id for s in store.list_stories(conn) if s.name == name]
    if not found:
        raise CorroborateError(f"no story named {name!r} in the store")
    return found[0]


def _numbers(numbers: Iterable[int]) -> str:
    return ",".join(str(n) for n in sorted(numbers))


def _dossier(db_path: Path, run_id: int | None) -> tuple[int, dict[str, Any]]:
    with _user_errors():
        conn = _open_store(db_path)
        try:
            return store.load_reviewed(conn, run_id)  # with the story's verdicts
        finally:
            conn.close()


def _open_store(db_path: Path) -> sqlite3.Connection:
    if not db_path.exists():
        raise CorroborateError(f"no store at {db_path}; run 'corroborate build' first")
    return store.connect(db_path)


def _print_table(rows: Sequence[Sequence[str]], right_from: int | None = None) -> None:
    """Columns padded to their widest cell; columns from `right_from` on are right-aligned (numbers)."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.rjust(w) if right_from is not None and i >= right_from else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        click.echo("  ".join(cells).rstrip())


@contextmanager
def _user_errors() -> Iterator[None]:
    """Our own errors become one clean line and exit code 1; no traceback."""
    try:
        yield
    except CorroborateError as exc:
        raise click.ClickException(str(exc)) from exc


@contextmanager
def _progress() -> Iterator[pipeline.Progress | None]:
    """A progress bar per stage on a terminal; nothing when output is piped or in CI."""
    if not sys.stderr.isatty():
        yield None
        return
    bars: dict[str, Any] = {}

    def update(stage: str, done: int, total: int, name: str) -> None:
        if stage not in bars:
            for other in bars.values():
                other.__exit__(None, None, None)
            bars.clear()
            bars[stage] = click.progressbar(length=total, label=stage, file=sys.stderr, show_pos=True)
            bars[stage].__enter__()
        bars[stage].label = f"{stage} {name[:30]}"
        bars[stage].update(1)

    try:
        yield update
    finally:
        for bar in bars.values():
            bar.__exit__(None, None, None)


def _print_fallbacks(sources: Sequence[Source]) -> None:
    """Say which reports were read with another language's rules (never silently)."""
    languages = Counter(s.meta.language for s in sources)
    for code, rules in lang.fallbacks(languages).items():
        click.echo(f"note: {languages[code]} report(s) in {code!r} read with the {rules!r} rules "
                   f"(no language data for {code!r} yet)", err=True)


def _print_rejections(rejections: Sequence[Rejection]) -> None:
    for rejection in rejections:
        click.echo(f"skipped {rejection}", err=True)
