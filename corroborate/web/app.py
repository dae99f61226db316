"""The web app: routes, upload checks and security headers. Stage logic stays in the pipeline.

Routes (ids are integers; the store path is fixed when the app is made):
    GET  /                              stories and recent runs; a form to start a story
    POST /stories                       new story from uploads or pasted text, then build it
    GET  /stories/{id}                  its inputs, runs and latest build job; forms to add reports and rebuild
    POST /stories/{id}/inputs           add uploads or pasted text, then rebuild
    POST /stories/{id}/rebuild          build again from the stored inputs
    POST /stories/{id}/inputs/{sha256}/remove   take a report out of the story, then rebuild
    GET  /runs/{id}                     the dossier, in the same views as report.html
    GET  /runs/{id}/dossier.json | report.html | report.md | claimreview.jsonld
    GET  /search?q=                     entities and claims of each story's latest run
    GET  /check, POST /check            check one article against a story (web/checking.py)
    POST /runs/{id}/reviews             a person's verdict on a claim or conflict (web/reviews.py)

Every build is a background job (`jobs.py`): the post returns at once (303 to the story's page,
which shows the job's state); a second post for the same story joins its job; a full queue is
refused with 429. Every error, a bad id included, is answered with the app's error page.
"""

from __future__ import annotations

import ipaddress
import sqlite3
import traceback
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from anyascii import anyascii
from fastapi import FastAPI, HTTPException, Request
from fastapi import Path as FastApiPath
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from jinja2 import ChoiceLoader, PackageLoader
from markupsafe import Markup
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.formparsers import MultiPartException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from corroborate import ingest, report, store
from corroborate.errors import CorroborateError, InputError, NotFound
from corroborate.model import InputFile
from corroborate.report.claimreview import claim_reviews
from corroborate.report.html import SCRIPT, STYLE, csp, environment, json_ld
from corroborate.report.markdown import render_markdown
from corroborate.report.views import views
from corroborate.web import checking, reviews
from corroborate.web.jobs import BUILD_BUDGET_SECONDS, MAX_QUEUED_BUILDS, Builds, Job, QueueFull
from corroborate.web.params import Id

# One uploaded file, or pasted text, may be this large; a news page is far smaller.
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
# Files in one upload, and the whole request body (files plus form fields), at most.
MAX_UPLOAD_FILES = 20
MAX_REQUEST_BYTES = MAX_UPLOAD_FILES * MAX_UPLOAD_BYTES + 64 * 1024
# A story's name: what a person types, not a document.
MAX_STORY_NAME = 120
# Search: shortest query, and most results of each kind shown.
MIN_QUERY_CHARS, MAX_RESULTS = 2, 200
# Host names that always mean this machine.
LOOPBACK_NAMES = ("localhost",)

TEMPLATES = environment(ChoiceLoader([PackageLoader("corroborate.web", "templates"),
                                      PackageLoader("corroborate.report", "templates")]))
# The page's headers: no framing, no sniffing, no referrer to other sites, and the report's CSP (forms to ourselves).
HEADERS = {
    "Content-Security-Policy": csp(form_action="'self'") + "; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # "no-referrer" would make browsers send "Origin: null" on our own forms
    "X-Frame-Options": "DENY",
}


def check_host(host: str, allow_remote: bool) -> None:
    """Refuse to serve beyond this machine unless asked to: the app has no accounts or passwords."""
    if allow_remote or host in LOOPBACK_NAMES:
        return
    try:
        loopback = ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise CorroborateError(
            f"refusing to serve on {host}: it is not this machine's loopback address, and the app has no "
            "login. Use --host 127.0.0.1, or pass --allow-remote if every machine that can reach it may read "
            "and change the store."
        )


@dataclass(frozen=True)
class Settings:
    db_path: Path
    remote: bool


def create_app(db_path: str | Path, remote: bool = False, build_budget: float = BUILD_BUDGET_SECONDS,
               max_queued: int = MAX_QUEUED_BUILDS) -> FastAPI:
    """The app over the store at `db_path`. Unless `remote`, requests must name a loopback host
    (which also defeats DNS rebinding), and cross-site form posts are refused. Builds run as jobs
    of at most `build_budget` seconds, with at most `max_queued` waiting."""
    settings = Settings(Path(db_path), remote)
    builds = Builds(settings.db_path, budget=build_budget, max_queued=max_queued)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        builds.close()

    app = FastAPI(title="corroborate", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.settings = settings
    app.state.builds = builds
    if not remote:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=["127.0.0.1", "localhost", "[::1]"])

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Response:
        if request.method == "POST":
            refused = _cross_site(request) or _too_large(request)
            if refused:
                return _page("error.html.j2", status_code=refused[0], message=refused[1], headers=HEADERS)
        response: Response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    _routes(app, settings, builds)
    app.include_router(reviews.router(settings))
    app.include_router(checking.router(settings, _page, _form, _uploads))
    _errors(app)
    return app


def _cross_site(request: Request) -> tuple[int, str] | None:
    """A form posted from another site (the browser says so): refused, whatever it carries. An
    opaque origin ("null": a sandboxed frame, a local file) is another site too."""
    origin = request.headers.get("origin")
    if request.headers.get("sec-fetch-site") == "cross-site":
        return 403, "cross-site form posts are refused"
    if origin and urlsplit(origin).netloc != request.headers.get("host"):
        return 403, f"form posted from another origin ({origin}) is refused"
    return None


def _too_large(request: Request) -> tuple[int, str] | None:
    """A body over the limit, or of unstated length (browsers state it for every form), is refused
    before any of it is read or spooled to disk."""
    length = request.headers.get("content-length")
    if not length or not length.isdigit():
        return 411, "a form post must state its length"
    if int(length) > MAX_REQUEST_BYTES:
        return 413, f"request too large: at most {MAX_UPLOAD_FILES} files of {MAX_UPLOAD_BYTES // 2**20} MiB each"
    return None


@contextmanager
def _store(settings: Settings) -> Iterator[sqlite3.Connection]:
    conn = store.connect(settings.db_path)
    try:
        yield conn
    finally:
        conn.close()


def _page(template: str, status_code: int = 200, headers: dict[str, str] | None = None,
          **context: Any) -> HTMLResponse:
    html = TEMPLATES.get_template(template).render(style=Markup(STYLE), **context)
    return HTMLResponse(html, status_code=status_code, headers=headers)


def _routes(app: FastAPI, settings: Settings, builds: Builds) -> None:
    @app.get("/", response_class=HTMLResponse)
    def index() -> HTMLResponse:
        with _store(settings) as conn:
            stories, runs = store.list_stories(conn), store.list_runs(conn)
        return _page("index.html.j2", stories=stories, runs=runs[:20], limits=_limits())

    @app.post("/stories")
    async def new_story(request: Request) -> Response:
        form = await _form(request)
        name = " ".join(str(form.get("name") or "").split())[:MAX_STORY_NAME]
        if not name:
            raise HTTPException(400, "a story needs a name")
        return await _add_and_build(settings, builds, name, form)

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    def story(story_id: Id) -> HTMLResponse:
        with _store(settings) as conn:
            return _story_page(conn, story_id, builds.latest(story_id))

    @app.post("/stories/{story_id}/inputs")
    async def add_inputs(request: Request, story_id: Id) -> Response:
        form = await _form(request)
        with _store(settings) as conn:
            name, _ = store.story_files(conn, story_id)
        return await _add_and_build(settings, builds, name, form)

    @app.post("/stories/{story_id}/inputs/{sha256}/remove")
    def remove_input(story_id: Id, sha256: Annotated[str, FastApiPath(pattern="^[0-9a-f]{64}$")]) -> Response:
        with _store(settings) as conn:
            store.remove_input(conn, story_id, sha256)
            left = store.story_files(conn, story_id)[1]
        if left:  # with nothing left to build, the story's earlier runs stay as they were
            builds.submit(story_id)
        return RedirectResponse(f"/stories/{story_id}", status_code=303)

    @app.post("/stories/{story_id}/rebuild")
    def rebuild(story_id: Id) -> Response:
        with _store(settings) as conn:
            store.story_files(conn, story_id)
        builds.submit(story_id)
        return RedirectResponse(f"/stories/{story_id}", status_code=303)

    @app.get("/runs/{run_id}", response_class=HTMLResponse)
    def run(run_id: Id) -> HTMLResponse:
        with _store(settings) as conn:
            dossier = _dossier(conn, run_id)
            story_id = next((r.story_id for r in store.list_runs(conn) if r.id == run_id), None)
        return _page("run.html.j2", run_id=run_id, story_id=story_id, script=Markup(SCRIPT),
                     claim_reviews=json_ld(claim_reviews(dossier)), reviewing=reviews.FORM,
                     **views(dossier))

    @app.get("/runs/{run_id}/dossier.json")
    def run_json(run_id: Id) -> JSONResponse:
        with _store(settings) as conn:
            return JSONResponse(_dossier(conn, run_id), headers=_download(run_id, "dossier.json"))

    @app.get("/runs/{run_id}/report.html")
    def run_report(run_id: Id) -> HTMLResponse:
        with _store(settings) as conn:
            html = report.render_html(_dossier(conn, run_id))
        # The standalone report carries its own CSP (a meta tag); ours would only repeat it.
        return HTMLResponse(html, headers=_download(run_id, "report.html"))

    @app.get("/runs/{run_id}/report.md")
    def run_markdown(run_id: Id) -> PlainTextResponse:
        with _store(settings) as conn:
            text = render_markdown(_dossier(conn, run_id))
        return PlainTextResponse(text, media_type="text/markdown; charset=utf-8",
                                 headers=_download(run_id, "report.md"))

    @app.get("/runs/{run_id}/claimreview.jsonld")
    def run_claim_reviews(run_id: Id) -> JSONResponse:
        with _store(settings) as conn:
            dossier = _dossier(conn, run_id)
        reviews = claim_reviews(dossier)
        return JSONResponse(reviews, media_type="application/ld+json",
                            headers=_download(run_id, "claimreview.jsonld"))

    @app.get("/search", response_class=HTMLResponse)
    def search(q: str = "") -> HTMLResponse:
        query = " ".join(q.split())
        with _store(settings) as conn:
            found = _search(conn, query) if len(query) >= MIN_QUERY_CHARS else None
        return _page("search.html.j2", query=query, found=found, min_chars=MIN_QUERY_CHARS)


def _errors(app: FastAPI) -> None:
    """Every error answered with the app's error page, never a raw JSON body or a bare 500."""

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException) -> HTMLResponse:
        message = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else "no such page"
        return _page("error.html.j2", status_code=exc.status_code, message=str(message),
                     headers=dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    def invalid_request(request: Request, exc: RequestValidationError) -> HTMLResponse:
        # A path that names no possible story, run or report is a page that does not exist.
        in_path = any(error.get("loc", ("",))[0] == "path" for error in exc.errors())
        message = "no such page" if in_path else "the request's fields are not valid"
        return _page("error.html.j2", status_code=404 if in_path else 400, message=message)

    @app.exception_handler(CorroborateError)
    def corroborate_error(request: Request, exc: CorroborateError) -> HTMLResponse:
        status = 404 if isinstance(exc, NotFound) else 429 if isinstance(exc, QueueFull) else 400
        return _page("error.html.j2", status_code=status, message=str(exc))

    @app.exception_handler(Exception)
    def internal_error(request: Request, exc: Exception) -> HTMLResponse:
        traceback.print_exception(exc)  # a bug: the server's log has the traceback, the page one line
        return _page("error.html.j2", status_code=500, message="something went wrong inside the app; "
                     "the server's log has the details")


def _download(run_id: int, name: str) -> dict[str, str]:
    return {"Content-Disposition": f'inline; filename="run-{run_id}-{name}"'}


def _dossier(conn: sqlite3.Connection, run_id: int) -> dict[str, Any]:
    return store.load_reviewed(conn, run_id)[1]  # with the story's verdicts


def _story_page(conn: sqlite3.Connection, story_id: int, job: Job | None, refused: list[str] | None = None,
                status_code: int = 200) -> HTMLResponse:
    name, files = store.story_files(conn, story_id)
    runs = store.list_runs(conn, story_id)
    used = store.run_inputs(conn, runs[0].id) if runs else set()
    skipped = _dossier(conn, runs[0].id).get("rejected_inputs", []) if runs else []
    rows = [{"file": f, "size": len(f.data), "in_latest": f.sha256 in used} for f in files]
    return _page("story.html.j2", status_code=status_code, story_id=story_id, name=name, inputs=rows, runs=runs,
                 refused=refused or [], limits=_limits(), skipped=skipped, job=job)


def _limits() -> dict[str, Any]:
    return {"mib": MAX_UPLOAD_BYTES // 2**20, "files": MAX_UPLOAD_FILES, "formats": " ".join(sorted(ingest.FORMATS))}


async def _form(request: Request) -> Any:
    try:
        return await request.form(max_files=MAX_UPLOAD_FILES, max_fields=10, max_part_size=MAX_UPLOAD_BYTES)
    except MultiPartException as exc:
        raise HTTPException(400, f"cannot read the form: {exc.message}") from exc


async def _add_and_build(settings: Settings, builds: Builds, name: str, form: Any) -> Response:
    """Check each upload (and pasted text), store the good ones in the story, and queue its build."""
    accepted, refused = await _uploads(form)
    if not accepted:
        refused = refused or ["nothing to add: choose files or paste a report"]
        with _store(settings) as conn:
            known = next((s.id for s in store.list_stories(conn) if s.name == name), None)
            if known is None:
                return _page("error.html.j2", status_code=400, message="; ".join(refused))
            return _story_page(conn, known, builds.latest(known), refused, status_code=400)
    with _store(settings) as conn:
        story_id, _ = store.add_inputs(conn, name, accepted)
    job = builds.submit(story_id)
    if refused:
        with _store(settings) as conn:
            return _story_page(conn, story_id, job, refused)
    return RedirectResponse(f"/stories/{story_id}", status_code=303)


async def _uploads(form: Any) -> tuple[list[InputFile], list[str]]:
    """Each uploaded file and the pasted text as an input, checked as the build will check it:
    size, a known format, text that decodes. What fails is named with its reason."""
    accepted: list[InputFile] = []
    refused: list[str] = []
    for upload in form.getlist("files"):
        if not isinstance(upload, UploadFile) or not upload.filename:
            continue
        data = await upload.read(MAX_UPLOAD_BYTES + 1)
        _check(ingest.input_file(upload.filename, data), accepted, refused)
    pasted = str(form.get("text") or "")
    if pasted.strip():
        title = " ".join(str(form.get("title") or "").split())
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        body = f"{title}\n\n{pasted}" if title else pasted
        _check(ingest.input_file(f"pasted-{stamp}.txt", body.encode("utf-8")), accepted, refused)
    return accepted, refused


def _check(file: InputFile, accepted: list[InputFile], refused: list[str]) -> None:
    if len(file.data) > MAX_UPLOAD_BYTES:
        refused.append(f"{file.name}: too large (the limit is {MAX_UPLOAD_BYTES // 2**20} MiB per file)")
        return
    try:
        ingest.read_data(file)
    except InputError as exc:
        refused.append(str(exc))
        return
    accepted.append(file)


def _search(conn: sqlite3.Connection, query: str) -> list[dict[str, Any]]:
    """Entities (by name or any alias) and claims (by statement) of each story's latest run that
    contain every word of the query, accents and case ignored."""
    words = _folded(query).split()
    found = []
    for summary in store.list_stories(conn):
        if summary.latest_run is None:
            continue
        dossier = _dossier(conn, summary.latest_run)
        entities = [e for e in dossier["entities"]
                    if all(any(w in _folded(name) for name in [e["name"], *e["aliases"]]) for w in words)]
        claims = [c for c in dossier["claims"] if all(w in _folded(c["statement"]) for w in words)]
        if entities or claims:
            found.append({"story": summary, "run": summary.latest_run,
                          "entities": entities[:MAX_RESULTS], "claims": claims[:MAX_RESULTS],
                          "more": max(0, len(entities) - MAX_RESULTS) + max(0, len(claims) - MAX_RESULTS)})
    return found


def _folded(text: str) -> str:
    return anyascii(text).casefold()

