"""Exports for other tools: CSV tables for spreadsheets, FollowTheMoney entities for Aleph.

    csv_tables(dossier) -> {file name: CSV text}      entities, claims, conflicts, events, exchanges
    ftm_entities(dossier) -> list[dict]               FollowTheMoney entities (needs `followthemoney`)

Requires: a dossier/1 dict. Values are given by name (report.listings), never by internal id;
a cell holding several values joins them with " | ".
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import Any

from corroborate.errors import CorroborateError
from corroborate.report import listings

# Between the values of one cell (aliases, reports, actors): a bar is rare in names and titles,
# and a spreadsheet user can split on it.
JOIN = " | "

# The FollowTheMoney schema of each entity type. Our types do not tell a company from another
# organisation, nor what a product or an "other" is, so those go to the most general schema
# that still has a name (LegalEntity); a place is an Address (FtM has no other named place).
FTM_SCHEMA = {"person": "Person", "organization": "Organization", "place": "Address",
              "product": "LegalEntity", "other": "LegalEntity"}
# The namespace of every FtM id we make, so two stories' ids never collide with other data.
FTM_ID_PREFIX = "corroborate"


def csv_tables(dossier: dict[str, Any]) -> dict[str, str]:
    """One CSV text per table, keyed by its file name."""
    tables: dict[str, tuple[list[str], Iterable[dict[str, Any]]]] = {
        "entities.csv": (["id", "type", "name", "aliases", "mentions", "reports"], listings.entities(dossier)),
        "claims.csv": (["id", "status", "kind", "statement", "subject", "value", "unit", "independent_sources",
                        "reports", "conflicts_with"], listings.claims(dossier)),
        "conflicts.csv": (["conflict", "topic", "kind", "value", "qualifier", "reports", "sentences", "note"],
                          _conflict_rows(dossier)),
        "events.csv": (["id", "date", "precision", "date_words", "type", "summary", "actors", "place",
                        "independent_sources", "reports", "conflicted"], listings.events(dossier)),
        "exchanges.csv": (["id", "status", "given_by", "given", "received_by", "received", "independent_sources",
                           "reports"], _exchange_rows(dossier)),
    }
    return {name: _csv(columns, rows) for name, (columns, rows) in tables.items()}


def _conflict_rows(dossier: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """One row per value of a conflict."""
    for c in listings.conflicts(dossier):
        for v in c["values"]:
            yield {"conflict": c["id"], "topic": c["topic"], "kind": c["kind"], "value": v["shown"],
                   "qualifier": v["qualifier"], "reports": v["reports"],
                   "sentences": [s["text"] for s in v["sentences"]], "note": c["note"]}


def _exchange_rows(dossier: dict[str, Any]) -> Iterable[dict[str, Any]]:
    for x in listings.exchanges(dossier):
        yield {"id": x["id"], "status": x["status"], "given_by": x["given"]["by"], "given": x["given"]["what"],
               "received_by": x["received"]["by"], "received": x["received"]["what"],
               "independent_sources": x["independent_sources"], "reports": x["reports"]}


def _csv(columns: list[str], rows: Iterable[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row[c]) for c in columns])
    return out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return JOIN.join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return JOIN.join(str(v) for v in value)
    return str(value)


def ftm_entities(dossier: dict[str, Any]) -> list[dict[str, Any]]:
    """The dossier as FollowTheMoney entities: an Article per report, a Person, Organization,
    Address or LegalEntity per entity (names, aliases, the URLs of the reports naming it), a
    Mention per entity and report, and an Event per event (its actors, place and reports).
    Every entity is built and checked by the library's own model."""
    try:
        from followthemoney import model  # heavy (rdflib, sqlalchemy...): only this export needs it
    except ImportError as exc:
        raise CorroborateError("the FollowTheMoney export needs the 'followthemoney' package "
                               "(pip install 'corroborate[aleph]')") from exc
    make: Callable[..., Any] = model.make_entity
    articles = {s["id"]: _article(make, s) for s in dossier["sources"]}
    out = list(articles.values())
    urls = {s["id"]: s["url"] for s in dossier["sources"] if s.get("url")}
    found = {}
    for e in dossier["entities"]:
        proxy = make(FTM_SCHEMA.get(e["type"], "LegalEntity"))
        proxy.make_id(FTM_ID_PREFIX, "entity", e["id"], *sorted({m["source"] for m in e["mentions"]}))
        proxy.add("name", e["name"])
        proxy.add("alias", [a for a in e["aliases"] if a != e["name"]])
        if e["type"] == "place":
            proxy.add("full", e["name"])
        reports = sorted({m["source"] for m in e["mentions"]})
        proxy.add("sourceUrl", [urls[s] for s in reports if s in urls])
        proxy.add("proof", [articles[s].id for s in reports])
        found[e["id"]] = proxy
        out.append(proxy)
        out += [_mention(make, proxy, articles[s], e, s) for s in reports]
    out += [_event(make, ev, found, articles, urls) for ev in dossier["events"]]
    return [proxy.to_dict() for proxy in out]


def _article(make: Callable[..., Any], source: dict[str, Any]) -> Any:
    proxy = make("Article")
    proxy.make_id(FTM_ID_PREFIX, "source", source["sha256"])
    proxy.add("title", source.get("title") or source["file"])
    proxy.add("fileName", source["file"])
    proxy.add("publishedAt", source.get("published"))
    proxy.add("publisher", source.get("outlet"))
    proxy.add("author", source.get("bylines") or [])
    proxy.add("sourceUrl", source.get("url"))
    proxy.add("language", source.get("language"))
    proxy.add("bodyText", source["text"])
    return proxy


def _mention(make: Callable[..., Any], entity: Any, article: Any, e: dict[str, Any], source: str) -> Any:
    """The words one report uses for one entity."""
    proxy = make("Mention")
    proxy.make_id(entity.id, article.id)
    proxy.add("document", article.id)
    proxy.add("resolved", entity.id)
    proxy.add("name", sorted({m["text"] for m in e["mentions"] if m["source"] == source}))
    proxy.add("detectedSchema", entity.schema.name)
    return proxy


def _event(make: Callable[..., Any], event: dict[str, Any], found: dict[str, Any], articles: dict[str, Any],
           urls: dict[str, str]) -> Any:
    proxy = make("Event")
    proxy.make_id(FTM_ID_PREFIX, "event", event["id"], *sorted(event["sources"]))
    proxy.add("name", event["summary"])
    proxy.add("date", event["date"]["value"])
    proxy.add("involved", [found[a].id for a in event.get("actors", []) if a in found])
    if event.get("place") in found:
        proxy.add("location", found[event["place"]].first("name"))
    proxy.add("proof", [articles[s].id for s in event["sources"]])
    proxy.add("sourceUrl", [urls[s] for s in event["sources"] if s in urls])
    return proxy
