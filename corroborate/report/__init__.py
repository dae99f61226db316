"""Stage 6, report: the dossier/1 JSON and a readable, self-contained HTML page.

build_dossier(sources, rejections, generated_at) -> dict     (report.dossier)
render_html(dossier) -> str                                  (report.html)
write_outputs(out_dir, dossier) -> (json path, html path)    atomic: both files switch together
render_markdown(dossier) -> str                              (report.markdown)
claim_reviews(dossier) -> list[dict]                         (report.claimreview: reviewed items as ClaimReview)
write_text(path, text) -> path                               atomic
listings.claims(dossier) ... -> list[dict]                   the CLI's listings, values by name
exports.csv_tables(dossier), exports.ftm_entities(dossier)   CSV and FollowTheMoney

How the two files of a run are replaced together: report.outputs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from corroborate.errors import CorroborateError
from corroborate.report.claimreview import claim_review, claim_reviews
from corroborate.report.dossier import build_dossier, problems, validate
from corroborate.report.html import render_html
from corroborate.report.markdown import render_markdown
from corroborate.report.outputs import write_file, write_run

__all__ = [
    "build_dossier",
    "claim_review",
    "claim_reviews",
    "problems",
    "render_html",
    "render_markdown",
    "validate",
    "write_outputs",
    "write_text",
]


def write_outputs(out_dir: str | Path, dossier: dict[str, Any]) -> tuple[Path, Path]:
    """Write dossier.json and report.html into `out_dir` as one run: a reader sees the previous
    pair or the new pair, never one of each (report.outputs)."""
    out = Path(out_dir)
    # Render everything before touching the disk: a failure leaves the previous pair intact.
    texts = {"dossier.json": json.dumps(dossier, ensure_ascii=False, indent=2), "report.html": render_html(dossier)}
    try:
        paths = write_run(out, texts)
    except OSError as exc:
        raise CorroborateError(f"cannot write to {out}: {exc.strerror or exc}") from exc
    return paths["dossier.json"], paths["report.html"]


def write_text(path: str | Path, text: str) -> Path:
    """Write one file atomically (an export): a reader never sees half of it."""
    target = Path(path)
    try:
        return write_file(target, text)
    except OSError as exc:
        raise CorroborateError(f"cannot write {target}: {exc.strerror or exc}") from exc
