"""report.html: one self-contained page (no network, no scripts from elsewhere).

Every piece of article text is untrusted: the template autoescapes everything.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

_ENV = Environment(
    loader=PackageLoader("corroborate.report", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_html(dossier: dict[str, Any]) -> str:
    sources = dossier["sources"]
    rows = [
        {
            "source": s,
            "chars": len(s["text"]),
            "removed_chars": sum(len(b["text"]) for b in s["removed"]["blocks"]),
            "removed_kinds": Counter(b["kind"] for b in s["removed"]["blocks"]),
        }
        for s in sources
    ]
    return _ENV.get_template("report.html.j2").render(dossier=dossier, rows=rows)
