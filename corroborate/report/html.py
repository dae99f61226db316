"""report.html: one self-contained page (no network, no scripts from elsewhere).

Every piece of article text is untrusted: the template autoescapes everything.
"""

from __future__ import annotations

import re
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
    files = {s["id"]: s["file"] for s in sources}
    rows = [
        {
            "source": s,
            "origin": files.get(s["origin"], s["origin"]),
            "derived": [dict(d, file=files.get(d["source"], d["source"])) for d in s["derived_from"]],
            "chars": len(s["text"]),
            "removed_chars": sum(len(b["text"]) for b in s["removed"]["blocks"]),
            "removed_kinds": Counter(b["kind"] for b in s["removed"]["blocks"]),
        }
        for s in sources
    ]
    return _ENV.get_template("report.html.j2").render(dossier=dossier, rows=rows, entities=_entities(dossier))


# Characters of text shown on each side of a mention.
CONTEXT_CHARS = 90


def _entities(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    """Each entity with its aliases, and for each alias its mentions in context."""
    texts = {s["id"]: s["text"] for s in dossier["sources"]}
    labels = {s["id"]: s["outlet"] or s["file"] for s in dossier["sources"]}
    shown = []
    for entity in dossier["entities"]:
        by_alias: dict[str, list[dict[str, Any]]] = {alias: [] for alias in entity["aliases"]}
        for m in entity["mentions"]:
            text = texts[m["source"]]
            by_alias.setdefault(" ".join(m["text"].split()), []).append(
                {
                    "source": m["source"],
                    "label": labels[m["source"]],
                    "before": _squash(text[max(0, m["start"] - CONTEXT_CHARS) : m["start"]]),
                    "text": m["text"],
                    "after": _squash(text[m["end"] : m["end"] + CONTEXT_CHARS]),
                }
            )
        shown.append({"entity": entity, "aliases": by_alias, "sources": len({m["source"] for m in entity["mentions"]})})
    return shown


def _squash(text: str) -> str:
    """Runs of whitespace (line breaks too) as one space, at the ends as well."""
    return re.sub(r"\s+", " ", text)
