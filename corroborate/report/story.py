"""The story in one paragraph, generated from a dossier: first what the most independent sources
agree on, then where the reports come from, the main events and trades, and last the disputes.
Each part that quotes a report carries the span it quotes, so the page can link it.

    story_paragraph(dossier) -> list[Part]

Only the dossier's own words and numbers are used; the connecting words are the same for every
story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from corroborate.event_types import EVENT_TYPES
from corroborate.model import EventType

# The facts the paragraph leads with: at most this many, each stated by at least two independent
# origins (one origin is "single-source", never "agreed").
MAIN_AGREED = 3
AGREED_MIN_ORIGINS = 2
# Kinds of claim told as agreed facts, in this order: the story's figures first, then what someone
# is (background), each kind by how many origins state it. Quotes are not facts the sources agree
# on; dates and places are told with their events.
AGREED_KINDS = ("quantity", "attribute")
# At most this many events and trades are told: the ones the most independent sources state.
MAIN_EVENTS = 4
MAIN_EXCHANGES = 2
# A quoted phrase longer than this many words is cut, with an ellipsis.
QUOTE_WORDS = 14
# Dates precise enough to tell a story by (a year alone is background).
STORY_PRECISIONS = ("day", "month", "season")
# Conflicts about a claim's date or place, and what the paragraph calls the value they differ on.
TOLD_BY_CLAIM = {"date": "date", "place": "place"}
# Trades told in the story: those that happened or were promised, not offers.
TOLD_STATUSES = ("done", "pledged")


@dataclass(frozen=True)
class Part:
    text: str
    span: dict[str, Any] | None = None  # the words quoted, in a report


def story_paragraph(dossier: dict[str, Any]) -> list[Part]:
    parts = _agreed(dossier)
    parts += _sources(dossier)
    parts += _events(dossier)
    parts += _exchanges(dossier)
    parts += _conflicts(dossier)
    return parts


def plain(parts: list[Part]) -> str:
    return "".join(p.text for p in parts)


def _agreed(dossier: dict[str, Any]) -> list[Part]:
    """The lead: the facts stated by the most independent origins, as sentences with their figures linked."""
    names = {e["id"]: e["name"] for e in dossier["entities"]}
    agreed = [c for c in dossier["claims"] if c["kind"] in AGREED_KINDS and c["status"] == "corroborated"
              and c["independent_sources"] >= AGREED_MIN_ORIGINS
              and (c["kind"] != "attribute" or c["subject"] in names)]
    agreed.sort(key=lambda c: (AGREED_KINDS.index(c["kind"]), -c["independent_sources"], c["id"]))
    if not agreed:
        return [Part("No figure or description is stated alike by two independent origins. ")]
    parts = [Part("Independent sources agree that ")]
    for i, claim in enumerate(agreed[:MAIN_AGREED]):
        parts.append(Part(_joiner(i, min(len(agreed), MAIN_AGREED)) + ("that " if i else "")))
        parts += _fact(claim, names)
        parts.append(Part(f" ({_count(claim['independent_sources'], 'independent origin')})"))
    parts.append(Part(". "))
    return parts


def _fact(claim: dict[str, Any], names: dict[str, str]) -> list[Part]:
    """One agreed claim as a clause: "X is described as “Y”", "the release involved 123 prisoners"."""
    stated = next((v for v in claim["values"] if v["value"] == claim["value"]), claim["values"][0])
    if claim["kind"] == "attribute":
        return [Part(f"{names[claim['subject']]} is described as “"), Part(stated["value"], stated["span"]), Part("”")]
    happening = stated.get("happening") or claim["statement"].split(":", 1)[0]
    when = (stated.get("time") or {}).get("words")
    parts = [Part(f"the {happening}" + (f" ({when})" if when else "") + " involved ")]
    value = {"value": claim["value"], "qualifier": claim.get("qualifier")}
    counted = stated.get("counts") or claim.get("unit") or ""
    return [*parts, Part(figure(value), stated["span"]), Part(f" {counted}".rstrip())]


def _sources(dossier: dict[str, Any]) -> list[Part]:
    sources = dossier["sources"]
    origins = {s["origin"] for s in sources}
    derived = len(sources) - len(origins)
    dates = sorted(s["published"] for s in sources if s.get("published"))
    text = f"This rests on {_count(len(sources), 'report')}"
    text += f" from {_count(len(origins), 'independent origin')}"
    if derived:
        text += f" ({derived} of them retell{'s' if derived == 1 else ''} another)"
    if dates:
        text += f", dated {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else "")
    return [Part(text + ". ")]


def _events(dossier: dict[str, Any]) -> list[Part]:
    dated = [e for e in dossier["events"] if e["date"]["precision"] in STORY_PRECISIONS]
    main = sorted(dated, key=lambda e: (-e["independent_sources"], -len(e["mentions"]), e["id"]))[:MAIN_EVENTS]
    if not main:
        return []
    main.sort(key=lambda e: (e["date"]["value"], e["id"]))
    parts = [Part("They tell of ")]
    for i, event in enumerate(main):
        parts.append(Part(_joiner(i, len(main))))
        on = "on" if event["date"]["precision"] == "day" else "in"
        parts.append(Part(f"{_type(event['type'])} {on} {event['date']['label']} ("))
        parts += _quote(_words(event), _first_span(event))
        parts.append(Part(f"; {_count(event['independent_sources'], 'independent source')})"))
    parts.append(Part(". "))
    return parts


def _exchanges(dossier: dict[str, Any]) -> list[Part]:
    names = {e["id"]: e["name"] for e in dossier["entities"]}
    told = [x for x in dossier["exchanges"] if x["status"] in TOLD_STATUSES]
    main = sorted(told, key=lambda x: (-x["independent_sources"], x["id"]))[:MAIN_EXCHANGES]
    parts: list[Part] = []
    for x in main:
        given, received = x["given"], x["received"]
        parts.append(Part("Traded: " if not parts else "; "))
        if given["by"] in names:
            parts.append(Part(f"{names[given['by']]}, "))
        parts += _quote(given["what"], (given.get("spans") or [None])[0])
        parts.append(Part(", in exchange for "))
        if received["by"] in names:
            parts.append(Part(f"{names[received['by']]}, "))
        parts += _quote(received["what"], (received.get("spans") or [None])[0])
        parts.append(Part(f" ({x['status']}, {_count(x['independent_sources'], 'independent source')})"))
    if parts:
        parts.append(Part(". "))
    return parts


def _conflicts(dossier: dict[str, Any]) -> list[Part]:
    conflicts = dossier["conflicts"]
    if not conflicts:
        return [Part("The reports do not contradict each other on any fact we could match.")]
    claims = {c["id"]: c for c in dossier["claims"]}
    parts = [Part(f"They disagree on {_count(len(conflicts), 'point')}. ")]
    for i, conflict in enumerate(conflicts):
        parts.append(Part(("; on " if i else "On ") + f"{_topic(conflict)}, "))
        for j, value in enumerate(conflict["values"]):
            stated = claims.get(value.get("claim") or "", {}).get("values") or [{"span": None}]
            span = stated[0]["span"] or (value.get("mentions") or [None])[0]
            says = "says" if len(value["sources"]) == 1 else "say"
            parts += [Part(" while " if j else ""), Part(f"{_count(len(value['sources']), 'report')} {says} "),
                      Part(figure(value), span)]
    parts.append(Part("."))
    return parts


def _topic(conflict: dict[str, Any]) -> str:
    """A conflict's topic as a sentence says it. A date or place conflict's topic is its label and
    the claim it is about ("when: release: 40 fighters", "where (to): release: 52 prisoners"): it
    reads "the date of the release of 40 fighters", "the place (to) of the release of 52 prisoners".
    Other topics ("how many ...", "age of ...") read as they are."""
    topic = conflict["topic"]
    label, _, claim = topic.partition(": ")
    happening, _, what = claim.partition(": ")
    if conflict["kind"] not in TOLD_BY_CLAIM or not what:
        return topic
    role = label[label.find("(") : label.rfind(")") + 1] if "(" in label else ""
    told = TOLD_BY_CLAIM[conflict["kind"]] + (f" {role}" if role else "")
    return f"the {told} of the {happening} of {what}"


def figure(value: dict[str, Any]) -> str:
    """A conflict's value as a reader says it: "more than 250", "1,200", "in Vienna"."""
    raw = value.get("name") or value["value"]  # a place: the entity's name, never its id
    shown = f"{raw:,g}" if isinstance(raw, int | float) else str(raw)
    qualifier = value.get("qualifier")
    return f"{qualifier} {shown}" if qualifier and qualifier != "exact" else shown


def _words(event: dict[str, Any]) -> str:
    """The report's words for the event: the summary after its type label."""
    return event["summary"].split(": ", 1)[-1]


def _first_span(event: dict[str, Any]) -> dict[str, Any] | None:
    triggers = event.get("triggers") or []
    return triggers[0]["span"] if triggers else (event["mentions"] or [None])[0]


def _quote(words: str, span: dict[str, Any] | None) -> list[Part]:
    words = re.sub(r"\s+", " ", words).strip()
    cut = words.split(" ")
    if len(cut) > QUOTE_WORDS:
        words = " ".join(cut[:QUOTE_WORDS]) + "…"
    return [Part("“"), Part(words, span), Part("”")]


def _type(event_type: str) -> str:
    known = event_type in {t.value for t in EventType}
    return EVENT_TYPES[EventType(event_type) if known else EventType.OTHER].noun


def _joiner(i: int, n: int) -> str:
    if i == 0:
        return ""
    return " and " if i == n - 1 else ", "


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
