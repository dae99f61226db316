"""The app's "Check an article" page: paste text or upload a file, see it annotated by verdict.

    GET  /check      the form (a story to check against, or the best fit)
    POST /check      the article checked: its text marked by verdict, each mark linked to its
                     evidence; a form to add the article to the story (posted to the story's inputs)

Checking reads the store and writes only the article's parse to its cache; adding the article
is the story page's own route, so it is checked and rebuilt like any added report.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from corroborate import store
from corroborate.check import check, render
from corroborate.model import InputFile, InputFormat, RawDocument

Page = Callable[..., HTMLResponse]
Form = Callable[[Request], Awaitable[Any]]
Uploads = Callable[[Any], Awaitable[tuple[list[InputFile], list[str]]]]


def router(settings: Any, page: Page, form: Form, uploads: Uploads) -> APIRouter:
    """The check routes over the store at `settings.db_path`, drawn with the app's `page`, reading
    posts with its `form` and `uploads` (the same limits and checks as adding a report)."""
    routes = APIRouter()

    def stories() -> list[store.StorySummary]:
        conn = store.connect(settings.db_path)
        try:
            return [s for s in store.list_stories(conn) if s.latest_run is not None]
        finally:
            conn.close()

    @routes.get("/check", response_class=HTMLResponse)
    def check_form() -> HTMLResponse:
        return page("check.html.j2", stories=stories(), result=None)

    @routes.post("/check", response_class=HTMLResponse)
    async def check_article(request: Request) -> HTMLResponse:
        posted = await form(request)
        accepted, refused = await uploads(posted)
        if not accepted:
            raise HTTPException(400, "; ".join(refused) or "nothing to check: choose a file or paste an article")
        story = str(posted.get("story") or "") or None
        result = await run_in_threadpool(check, accepted[0], settings.db_path, story)
        known = {s.name: s.id for s in stories()}
        return page("check.html.j2", stories=stories(), result=result, story_id=known.get(result.story or ""),
                    annotated=render.annotated(result), evidence=render.evidence(result),
                    summary=render.summary(result), marks=render.marks_style(),
                    text=_addable(result.article.doc), refused=refused)

    return routes


def _addable(doc: RawDocument) -> str | None:
    """The article's text to add to the story as pasted text: only a plain-text article's (other
    formats are added by uploading the file on the story's page, where their reader opens them)."""
    return doc.content if doc.fmt in (InputFormat.TEXT, InputFormat.MARKDOWN) else None
