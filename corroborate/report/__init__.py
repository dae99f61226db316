"""Stage 6, report: the dossier/1 JSON and a readable, self-contained HTML page.

build_dossier(sources, rejections, generated_at) -> dict     (report.dossier)
render_html(dossier) -> str                                  (report.html)
write_outputs(out_dir, dossier) -> (json path, html path)    atomic: all or nothing per file
render_markdown(dossier) -> str                              (report.markdown)
claim_reviews(dossier) -> list[dict]                         (report.claimreview: reviewed items as ClaimReview)
write_text(path, text) -> path                               atomic
listings.claims(dossier) ... -> list[dict]                   the CLI's listings, values by name
exports.csv_tables(dossier), exports.ftm_entities(dossier)   CSV and FollowTheMoney
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from corroborate.errors import CorroborateError
from corroborate.report.claimreview import claim_review, claim_reviews
from corroborate.report.dossier import build_dossier, problems, validate
from corroborate.report.html import render_html
from corroborate.report.markdown import render_markdown

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
    """Write dossier.json and report.html into `out_dir`, each replaced atomically."""
    out = Path(out_dir)
    # Render everything before touching the disk: a failure leaves the previous pair intact.
    json_text = json.dumps(dossier, ensure_ascii=False, indent=2)
    html_text = render_html(dossier)
    try:
        out.mkdir(parents=True, exist_ok=True)
        json_path = _atomic_write(out / "dossier.json", json_text)
        html_path = _atomic_write(out / "report.html", html_text)
    except OSError as exc:
        raise CorroborateError(f"cannot write to {out}: {exc.strerror or exc}") from exc
    return json_path, html_path


def write_text(path: str | Path, text: str) -> Path:
    """Write one file atomically (an export): a reader never sees half of it."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        return _atomic_write(target, text)
    except OSError as exc:
        raise CorroborateError(f"cannot write {target}: {exc.strerror or exc}") from exc


def _atomic_write(path: Path, text: str) -> Path:
    """Write to a temporary file beside `path`, then rename over it: readers never see half a file."""
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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
