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
    return _ENV.get_template("report.html.j2").render(
        dossier=dossier,
        rows=rows,
        entities=_entities(dossier),
        conflicts=_conflicts(dossier),
        claims=_claims_by_status(dossier),
        origins=_origin_groups(dossier),
        timeline=_timeline(dossier),
        ledger=_ledger(dossier),
    )


# The timeline's drawing: width, left and right margins, and the height of one lane (event type).
TIMELINE_WIDTH, TIMELINE_MARGIN, LANE_HEIGHT = 900, 40, 28


def _timeline(dossier: dict[str, Any]) -> dict[str, Any]:
    """Dated events placed on a time axis (x by date, one lane per event type), drawn as SVG by the
    template: no script, no library. Events dated only to a year are listed, not placed."""
    files = {s["id"]: s["file"] for s in dossier["sources"]}
    dated = [e for e in dossier["events"] if e["date"]["precision"] in ("day", "month", "season")]
    listed = [e for e in dossier["events"] if e["date"]["value"]]

    def position(e: dict[str, Any]) -> float:
        year, month, day = ([*map(int, e["date"]["value"].split("-")), 1, 1])[:3]
        return year * 12 + month - 1 + (day - 1) / 31

    lanes = sorted({e["type"] for e in dated})
    low = min((position(e) for e in dated), default=0.0)
    high = max((position(e) for e in dated), default=1.0)
    span = max(high - low, 1.0)
    points = [
        {
            "x": round(TIMELINE_MARGIN + (position(e) - low) / span * (TIMELINE_WIDTH - 2 * TIMELINE_MARGIN), 1),
            "y": LANE_HEIGHT * (lanes.index(e["type"]) + 1),
            "r": 4 + 2 * min(e["independent_sources"], 4),
            "event": e,
        }
        for e in dated
    ]
    rows = [dict(e, files=[files[s] for s in e["sources"]]) for e in listed]
    return {"points": points, "lanes": lanes, "height": LANE_HEIGHT * (len(lanes) + 2), "width": TIMELINE_WIDTH,
            "rows": rows, "undated": len(dossier["events"]) - len(listed)}


def _ledger(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    """Exchanges with the names of the parties and the reports that state them."""
    names = {e["id"]: e["name"] for e in dossier["entities"]}
    files = {s["id"]: s["file"] for s in dossier["sources"]}
    return [
        dict(x, given_by=names.get(x["given"]["by"] or ""), received_by=names.get(x["received"]["by"] or ""),
             files=[files[s] for s in x["sources"]])
        for x in dossier["exchanges"]
    ]


def _conflicts(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    """Each conflict with, per value, every sentence stating it (number highlighted), outlet and date."""
    claims = {c["id"]: c for c in dossier["claims"]}
    shown = []
    for conflict in dossier["conflicts"]:
        values = []
        for value in conflict["values"]:
            claim = claims.get(value.get("claim", ""), {})
            quotes = [_quote(dossier, claim, stated) for stated in claim.get("values", [])]
            values.append({"value": value, "quotes": quotes})
        shown.append({"conflict": conflict, "values": values})
    return shown


def _quote(dossier: dict[str, Any], claim: dict[str, Any], stated: dict[str, Any]) -> dict[str, Any]:
    """The sentence stating a number (the claim's mention around it), split to highlight the number."""
    number = stated["span"]
    source = next(s for s in dossier["sources"] if s["id"] == number["source"])
    sentence = next(
        (m for m in claim["mentions"]
         if m["source"] == number["source"] and m["start"] <= number["start"] and number["end"] <= m["end"]),
        number,
    )
    text = source["text"]
    return {
        "source": source,
        "before": _squash(text[sentence["start"] : number["start"]]),
        "number": number["text"],
        "after": _squash(text[number["end"] : sentence["end"]]),
        "span": number,
    }


def _claims_by_status(dossier: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Corroborated, then single-source claims (contradicted ones are shown with their conflict),
    each with the outlets stating it."""
    labels = {s["id"]: s["outlet"] or s["file"] for s in dossier["sources"]}
    order = ("corroborated", "single-source")
    return [
        (status, [dict(c, stated_by=sorted({labels[v["span"]["source"]] for v in c["values"]}))
                  for c in dossier["claims"] if c["status"] == status])
        for status in order
    ]


def _origin_groups(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    """Sources grouped under their origin: the derivation graph as a tree."""
    by_id = {s["id"]: s for s in dossier["sources"]}
    groups: dict[str, list[dict[str, Any]]] = {}
    for s in dossier["sources"]:
        groups.setdefault(s["origin"], [])
        if s["origin"] != s["id"]:
            groups[s["origin"]].append(s)
    return [{"origin": by_id[o], "derived": derived} for o, derived in groups.items() if o in by_id]


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
