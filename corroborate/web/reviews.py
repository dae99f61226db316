"""The app's review routes: a person marks a claim or conflict of a run (rating, note, name,
organisation). Each verdict is a new version in the store; the run page shows the form and the history.

    POST /runs/{id}/reviews     item (its review key), rating, note, reviewer, organisation
                                -> 303 to the item on the run's page

The app's guard refuses cross-site posts and bodies of unstated length before this runs.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from starlette.formparsers import MultiPartException

from corroborate import store
from corroborate.review import Rating, items
from corroborate.web.params import Id

# A reviewer's note: a paragraph or two on what was checked, not an article.
MAX_NOTE = 4000
# A person's or an organisation's name.
MAX_NAME = 120
# The form's fields; a post with more is not ours.
MAX_FIELDS = 8
# What the run page's forms need (passed to the templates as `reviewing`).
FORM = {"ratings": [r.value for r in Rating], "max_note": MAX_NOTE, "max_name": MAX_NAME}


class ReviewForm(BaseModel):
    """A posted verdict, checked at the edge: a key of the form review.item_key makes, a known
    rating, and names and note within their limits (spaces squashed)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    item: str = Field(pattern=r"^(claim|conflict)/[0-9a-f]{16}$")
    rating: Rating
    note: str = Field(default="", max_length=MAX_NOTE)
    reviewer: str = Field(min_length=1, max_length=MAX_NAME)
    organisation: str = Field(default="", max_length=MAX_NAME)

    @field_validator("reviewer", "organisation", mode="before")
    @classmethod
    def _squash(cls, value: Any) -> Any:
        return " ".join(value.split()) if isinstance(value, str) else value

    @field_validator("note", mode="before")
    @classmethod
    def _strip(cls, value: Any) -> Any:
        return value.strip() if isinstance(value, str) else value


def router(settings: Any) -> APIRouter:
    """The review routes over the store at `settings.db_path`."""
    routes = APIRouter()

    @routes.post("/runs/{run_id}/reviews")
    async def review(request: Request, run_id: Id) -> RedirectResponse:
        verdict = await _verdict(request)
        conn = store.connect(settings.db_path)
        try:
            store.add_review(conn, run_id, verdict.item, verdict.rating, verdict.note, verdict.reviewer,
                             verdict.organisation or None)
            _, item = items(store.load_dossier(conn, run_id)[1])[verdict.item]
        finally:
            conn.close()
        return RedirectResponse(f"/runs/{run_id}#{item['id']}", status_code=303)

    return routes


async def _verdict(request: Request) -> ReviewForm:
    try:
        form = await request.form(max_files=0, max_fields=MAX_FIELDS, max_part_size=MAX_NOTE * 4)
    except MultiPartException as exc:
        raise HTTPException(400, f"cannot read the form: {exc.message}") from exc
    try:
        return ReviewForm.model_validate({k: v for k, v in form.items() if isinstance(v, str)})
    except ValidationError as exc:
        wrong = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'form'}: {e['msg']}" for e in exc.errors())
        raise HTTPException(400, f"cannot save the verdict: {wrong}") from exc
