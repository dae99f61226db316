"""What the listing commands list, as plain rows with stable keys: values by name, never by id.

    claims(dossier) / conflicts(dossier) / events(dossier) / exchanges(dossier) / entities(dossier)
        -> list[dict]            one row per item; the CLI prints them as a table or as JSON
    document(listing, run, items, **more) -> dict     the one JSON document of `--json`
    names(dossier) -> {entity id: name}

Requires: a dossier/1 dict. Assigns nothing. An entity an item refers to (a claim's subject, a
place claim's value, an event's actors and place, an exchange's parties) is given by its name:
internal ids are only ever a row's own `id`. Reports are given by file name, as stored.
"""

from __future__ import annotations

from typing import Any

from corroborate.report.story import figure

# The version of the `--json` documents' shape: bumped when a key is renamed or removed (adding
# a key is not a change of shape).
LISTING_FORMAT = "corroborate-listing/1"


def document(listing: str, run: int | None, items: list[dict[str, Any]], **more: Any) -> dict[str, Any]:
    """The one JSON document a listing command prints with `--json`."""
    return {"format": LISTING_FORMAT, "listing": listing, "run": run, "count": len(items), "items": items, **more}


def names(dossier: dict[str, Any]) -> dict[str, str]:
    return {e["id"]: e["name"] for e in dossier["entities"]}


def named(value: Any, known: dict[str, str]) -> Any:
    """An entity's name where `value` is an entity id; any other value unchanged."""
    return known.get(value, value) if isinstance(value, str) else value


def entities(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    """Entities, most mentioned first: name, type, spellings, and mentions per report file."""
    files = _files(dossier)
    rows = []
    for e in dossier["entities"]:
        per_file: dict[str, int] = {}
        for m in e["mentions"]:
            per_file[files[m["source"]]] = per_file.get(files[m["source"]], 0) + 1
        rows.append({"id": e["id"], "type": e["type"], "name": e["name"], "aliases": list(e["aliases"]),
                     "mentions": sum(per_file.values()), "reports": dict(sorted(per_file.items()))})
    return sorted(rows, key=lambda r: (-r["mentions"], r["name"]))


def claims(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    files, known = _files(dossier), names(dossier)
    return [
        {
            "id": c["id"],
            "status": c["status"],
            "kind": c["kind"],
            "statement": c["statement"],
            "subject": named(c.get("subject"), known),
            "value": named(c.get("value"), known),
            "unit": c.get("unit"),
            "independent_sources": c["independent_sources"],
            "reports": sorted({files[s] for s in c.get("sources", [])}),
            "conflicts_with": list(c.get("conflicts_with", [])),
        }
        for c in dossier["claims"]
    ]


def conflicts(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    """Each conflict with, per value, the reports stating it and their sentences."""
    by_id = {s["id"]: s for s in dossier["sources"]}
    known = names(dossier)
    return [
        {
            "id": c["id"],
            "topic": c["topic"],
            "kind": c["kind"],
            "note": c.get("note"),
            "values": [
                {
                    "value": named(v["value"], known),
                    "shown": figure(dict(v, name=v.get("name") or named(v["value"], known))),
                    "qualifier": v.get("qualifier"),
                    "reports": sorted({by_id[s]["file"] for s in v["sources"]}),
                    "sentences": [{"file": by_id[m["source"]]["file"], "outlet": by_id[m["source"]]["outlet"],
                                   "text": _sentence(by_id[m["source"]]["text"], m)} for m in v["mentions"]],
                }
                for v in c["values"]
            ],
        }
        for c in dossier["conflicts"]
    ]


def events(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    files, known = _files(dossier), names(dossier)
    return [
        {
            "id": e["id"],
            "date": e["date"]["value"],
            "precision": e["date"]["precision"],
            "date_words": e["date"].get("label"),
            "type": e["type"],
            "summary": e["summary"],
            "actors": [named(a, known) for a in e.get("actors", [])],
            "place": named(e.get("place"), known),
            "independent_sources": e.get("independent_sources"),
            "reports": sorted({files[s] for s in e["sources"]}),
            "conflicted": bool(e.get("conflicted")),
        }
        for e in dossier["events"]
    ]


def exchanges(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    files, known = _files(dossier), names(dossier)

    def side(s: dict[str, Any]) -> dict[str, Any]:
        return {"by": named(s.get("by"), known), "what": " ".join(s["what"].split())}

    return [
        {"id": x["id"], "status": x["status"], "given": side(x["given"]), "received": side(x["received"]),
         "independent_sources": x.get("independent_sources"), "reports": sorted({files[s] for s in x["sources"]})}
        for x in dossier["exchanges"]
    ]


def _files(dossier: dict[str, Any]) -> dict[str, str]:
    return {s["id"]: s["file"] for s in dossier["sources"]}


def _sentence(text: str, span: dict[str, Any]) -> str:
    return " ".join(text[span["start"] : span["end"]].split())
