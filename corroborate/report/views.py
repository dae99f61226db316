"""What the report and the web app show of a dossier, in the order they show it.

    views(dossier) -> dict      the context of templates/_dossier.html.j2

Both the standalone report.html and the app's dossier page render the same views. Every item
carries the span it came from; the template turns each into a link that opens the source text
with those characters highlighted.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from corroborate.report.story import story_paragraph
from corroborate.review import ItemKind, item_key, item_label

# The order in which a claim's status is shown.
STATUSES = ("contradicted", "corroborated", "single-source")
# Characters of text shown on each side of a mention.
CONTEXT_CHARS = 90
# The timeline's drawing: width, left and right margins, and the height of one lane (event type).
TIMELINE_WIDTH, TIMELINE_MARGIN, LANE_HEIGHT = 900, 110, 28
# The time axis: steps between ticks, in months, and the most ticks drawn.
TICK_STEPS, MAX_TICKS = (1, 3, 6, 12, 24, 60, 120), 12
# Dates precise enough to be placed on the time axis: a month or a day. A year alone, or a season
# (its value is the year), is listed, not placed.
PLACED_PRECISIONS = ("day", "month")
# The derivation graph: height of one source's row, width of a source's box, and the x of origins
# and of derived reports (the gap between holds the arrow and its label).
GRAPH_ROW, GRAPH_BOX, GRAPH_ORIGIN_X, GRAPH_DERIVED_X = 34, 280, 10, 440
# How far right of its column a possible link between two reports of one column loops.
GRAPH_LOOP = 70
# Room right of an arrow's start for its label ("possible translation").
GRAPH_LABEL = 130


def views(dossier: dict[str, Any]) -> dict[str, Any]:
    columns = _columns(dossier)
    return {
        "dossier": dossier,
        "labels": {s["id"]: _label(s) for s in dossier["sources"]},
        "story": story_paragraph(dossier),
        "conflicts": _conflicts(dossier),
        "ledger": _ledger(dossier),
        "timeline": _timeline(dossier),
        "columns": columns,
        "claims": _claims_by_status(dossier, columns),
        "entities": _entities(dossier),
        "graph": _graph(dossier),
        "sources": _sources(dossier),
    }


def _label(source: dict[str, Any]) -> str:
    return str(source["outlet"] or source["file"])


def _conflicts(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    """Each conflict with, per value, every sentence stating it (number highlighted), outlet and date,
    and its review key and words (a person's verdict, when it has one, is the conflict's `review`)."""
    claims = {c["id"]: c for c in dossier["claims"]}
    by_id = {s["id"]: s for s in dossier["sources"]}
    shown = []
    for conflict in dossier["conflicts"]:
        values = []
        for value in conflict["values"]:
            claim = claims.get(value.get("claim", ""), {})
            quotes = [_quote(by_id, claim, stated) for stated in claim.get("values", [])]
            if not quotes:  # a value with no claim: its sentences, with nothing highlighted
                quotes = [_quote(by_id, {"mentions": []}, {"span": m}) for m in value["mentions"]]
            values.append({"value": value, "quotes": quotes})
        shown.append({"conflict": conflict, "values": values, "key": item_key(ItemKind.CONFLICT, conflict),
                      "label": item_label(ItemKind.CONFLICT, conflict)})
    return shown


def _quote(by_id: dict[str, dict[str, Any]], claim: dict[str, Any], stated: dict[str, Any]) -> dict[str, Any]:
    """The sentence stating a value (the claim's mention around it), split to highlight the value."""
    number = stated["span"]
    source = by_id[number["source"]]
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
        "sentence": sentence,
    }


def _ledger(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    """Exchanges with the names of the parties and, per side, each report's words."""
    names = {e["id"]: e["name"] for e in dossier["entities"]}
    return [
        dict(x, given_by=names.get(x["given"]["by"] or ""), received_by=names.get(x["received"]["by"] or ""))
        for x in dossier["exchanges"]
    ]


def _timeline(dossier: dict[str, Any]) -> dict[str, Any]:
    """Dated events placed on a time axis (x by date, one lane per event type), drawn as SVG by the
    template. Events dated only to a year are listed, not placed; undated ones are counted."""
    placed = [e for e in dossier["events"] if e["date"]["precision"] in PLACED_PRECISIONS]
    listed = [e for e in dossier["events"] if e["date"]["value"]]

    def position(e: dict[str, Any]) -> float:
        year, month, day = ([*map(int, e["date"]["value"].split("-")), 1, 1])[:3]
        return year * 12 + month - 1 + (day - 1) / 31

    lanes = sorted({e["type"] for e in placed})
    low = min((position(e) for e in placed), default=0.0)
    high = max((position(e) for e in placed), default=1.0)
    span = max(high - low, 1.0)
    inner = TIMELINE_WIDTH - 2 * TIMELINE_MARGIN

    def x_of(value: float) -> float:
        return round(TIMELINE_MARGIN + (value - low) / span * inner, 1)

    points = [
        {"x": x_of(position(e)), "y": LANE_HEIGHT * (lanes.index(e["type"]) + 1),
         "r": 4 + 2 * min(e["independent_sources"], 4), "event": e}
        for e in placed
    ]
    # Ticks every 1, 3 or 6 months, or every 1, 2, 5 or 10 years: the finest step that keeps the
    # axis to MAX_TICKS labels. Yearly ticks are labelled with the year alone.
    step = next((s for s in TICK_STEPS if span / s <= MAX_TICKS), TICK_STEPS[-1])
    ticks = [
        {"x": x_of(m), "label": str(m // 12) if step >= 12 else f"{m // 12}-{m % 12 + 1:02d}"}
        for m in range(int(low), int(high) + 1)
        if m % step == 0
    ]
    return {
        "points": points,
        "lanes": [{"name": lane.replace("_", " "), "y": LANE_HEIGHT * (i + 1)} for i, lane in enumerate(lanes)],
        "ticks": ticks,
        "axis_y": LANE_HEIGHT * (len(lanes) + 1) - 8,
        "height": LANE_HEIGHT * (len(lanes) + 2),
        "width": TIMELINE_WIDTH,
        "margin": TIMELINE_MARGIN,
        "rows": listed,
        "undated": [e for e in dossier["events"] if not e["date"]["value"]],
    }


def _columns(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    """The matrix's columns: each origin, then the reports derived from it (translations, rewrites,
    citing reports), so a derived report sits visibly under the report it retells."""
    by_origin: dict[str, list[dict[str, Any]]] = {}
    for s in dossier["sources"]:
        by_origin.setdefault(s["origin"], []).append(s)
    columns = []
    for group, (origin, members) in enumerate(by_origin.items()):
        members.sort(key=lambda s: (s["id"] != origin, s["file"]))
        for s in members:
            kinds = sorted({d["kind"] for d in s["derived_from"]})
            columns.append({"source": s, "group": group, "derived": s["id"] != origin, "kinds": kinds,
                            "origin": origin, "first": s is members[0], "size": len(members)})
    return columns


def _claims_by_status(dossier: dict[str, Any], columns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims by status; each with, per matrix column, the span where that report states it, the
    conflict a contradicted claim belongs to, and its review key."""
    conflict_of = {v.get("claim"): c["id"] for c in dossier["conflicts"] for v in c["values"]}
    groups = []
    for status in STATUSES:
        rows = []
        for claim in (c for c in dossier["claims"] if c["status"] == status):
            stated: dict[str, dict[str, Any]] = {}
            for v in claim["values"]:
                stated.setdefault(v["span"]["source"], v["span"])
            rows.append({"claim": claim, "cells": [stated.get(c["source"]["id"]) for c in columns],
                         "conflict": conflict_of.get(claim["id"]), "key": item_key(ItemKind.CLAIM, claim),
                         "label": claim["statement"]})
        groups.append({"status": status, "rows": rows})
    return groups


def _entities(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    """Each entity with its aliases, and for each alias its mentions in context."""
    texts = {s["id"]: s["text"] for s in dossier["sources"]}
    shown = []
    for entity in dossier["entities"]:
        by_alias: dict[str, list[dict[str, Any]]] = {alias: [] for alias in entity["aliases"]}
        for m in entity["mentions"]:
            text = texts[m["source"]]
            by_alias.setdefault(" ".join(m["text"].split()), []).append(
                {
                    "span": m,
                    "before": _squash(text[max(0, m["start"] - CONTEXT_CHARS) : m["start"]]),
                    "after": _squash(text[m["end"] : m["end"] + CONTEXT_CHARS]),
                }
            )
        shown.append({"entity": entity, "aliases": by_alias, "sources": len({m["source"] for m in entity["mentions"]})})
    return shown


def _graph(dossier: dict[str, Any]) -> dict[str, Any]:
    """The derivation graph as SVG coordinates: origins on the left, each report derived from one
    on its right, an arrow from the derived report to the one it derives from, labelled with the
    link's kind; a possible link (too weak to count) dashed and labelled "possible"."""
    nodes: dict[str, dict[str, Any]] = {}
    for row, column in enumerate(_columns(dossier)):
        s = column["source"]
        x = GRAPH_DERIVED_X if column["derived"] else GRAPH_ORIGIN_X
        nodes[s["id"]] = {"source": s, "x": x, "y": GRAPH_ROW * row + 8, "derived": column["derived"]}
    kinds: dict[tuple[str, str, bool], list[dict[str, Any]]] = {}
    for s in dossier["sources"]:
        for possible, field in ((False, "derived_from"), (True, "possibly_derived_from")):
            for d in s.get(field, ()):
                if d["source"] in nodes:
                    kinds.setdefault((s["id"], d["source"], possible), []).append(d)
    edges = [dict(_edge(nodes[a], nodes[b], ", ".join(d["kind"] for d in found), possible), card=a,
                  why="; ".join(e for d in found for e in d.get("evidence", []) if not e.startswith("aligned: ")))
             for (a, b, possible), found in kinds.items()]
    height = GRAPH_ROW * len(nodes) + 8
    width = max([GRAPH_DERIVED_X + GRAPH_BOX + 10, *(e["right"] for e in edges)])
    return {"nodes": list(nodes.values()), "edges": edges, "height": height, "box": GRAPH_BOX, "width": width}


def _edge(start: dict[str, Any], end: dict[str, Any], kind: str, possible: bool) -> dict[str, Any]:
    """An arrow from a derived report's box to the box of the one it derives from: between the
    columns, or, for two reports in one column (a possible link between origins), a loop out to
    the right of the column."""
    y1, y2 = start["y"] + 12, end["y"] + 12
    if start["x"] == end["x"]:
        x1 = x2 = start["x"] + GRAPH_BOX
        bend = x1 + GRAPH_LOOP
    else:
        x1, x2 = start["x"], end["x"] + GRAPH_BOX
        bend = (GRAPH_ORIGIN_X + GRAPH_BOX + GRAPH_DERIVED_X) / 2
    loop = start["x"] == end["x"]
    return {"path": f"M{x1},{y1} C{bend},{y1} {bend},{y2} {x2},{y2}", "possible": possible,
            "label": f"possible {kind}" if possible else kind, "label_x": x1 + 4 if loop else x1 - 6,
            "label_y": y1 - 4, "anchor": "start" if loop else "end", "right": max(x1, bend) + GRAPH_LABEL}


def _sources(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    files = {s["id"]: s["file"] for s in dossier["sources"]}
    return [
        {
            "source": s,
            "origin": files.get(s["origin"], s["origin"]),
            "derived": [_shown_link(d, files) for d in s["derived_from"]],
            "possible": [_shown_link(d, files) for d in s.get("possibly_derived_from", ())],
            "chars": len(s["text"]),
            "removed_chars": sum(len(b["text"]) for b in s["removed"]["blocks"]),
            "removed_kinds": Counter(b["kind"] for b in s["removed"]["blocks"]),
        }
        for s in dossier["sources"]
    ]


def _shown_link(link: dict[str, Any], files: dict[str, str]) -> dict[str, Any]:
    """A link as the sources' cards show it: the other report's file, the evidence in words
    (the aligned passages apart, shown side by side from `passages`)."""
    passages = link.get("passages", [])
    why = [e for e in link.get("evidence", []) if not (passages and e.startswith("aligned: "))]
    return dict(link, file=files.get(link["source"], link["source"]), why=why, passages=passages)


def _squash(text: str) -> str:
    """Runs of whitespace (line breaks too) as one space, at the ends as well."""
    return re.sub(r"\s+", " ", text)
