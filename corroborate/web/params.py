"""Path parameters shared by the app's routers, validated at the edge."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path as FastApiPath

# Story and run ids are SQLite row ids: positive, and at most SQLite's largest integer.
MAX_ID = 2**63 - 1
Id = Annotated[int, FastApiPath(ge=1, le=MAX_ID)]
