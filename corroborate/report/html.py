"""report.html: one self-contained page, no network.

    render_html(dossier) -> str
    TEMPLATES, STYLE, SCRIPT, csp()       shared with the web app, which shows the same views

Every piece of article text is untrusted: the templates autoescape everything. The page's one
script is our own source reader (static/reader.js), allowed by its hash and by nothing else.
"""

from __future__ import annotations

import base64
import hashlib
import json
from importlib import resources
from typing import Any

from jinja2 import BaseLoader, Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from corroborate.report.claimreview import claim_reviews
from corroborate.report.views import views

STYLE = resources.files("corroborate.report").joinpath("static/style.css").read_text("utf-8")
SCRIPT = resources.files("corroborate.report").joinpath("static/reader.js").read_text("utf-8")


def environment(loader: BaseLoader) -> Environment:
    """Jinja with autoescaping on for every template, strings included."""
    return Environment(
        loader=loader,
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.do"],
    )


TEMPLATES = environment(PackageLoader("corroborate.report", "templates"))


def csp(form_action: str = "'none'") -> str:
    """The Content-Security-Policy: nothing from the network, our one script by its hash, inline
    style, and images only as data (none are used)."""
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return (
        f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src data:; "
        f"form-action {form_action}; base-uri 'none'"
    )


def render_html(dossier: dict[str, Any]) -> str:
    return TEMPLATES.get_template("report.html.j2").render(
        views(dossier), csp=csp(), style=Markup(STYLE), script=Markup(SCRIPT),
        claim_reviews=json_ld(claim_reviews(dossier)),
    )


def json_ld(items: list[dict[str, Any]]) -> Markup | None:
    """JSON for a <script type="application/ld+json"> block: '<' escaped, so no text can close it."""
    if not items:
        return None
    text = json.dumps(items if len(items) > 1 else items[0], ensure_ascii=False, indent=1)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
