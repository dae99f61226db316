"""The dossier/1 document: built from the stages' values, checked before it leaves.

    build_dossier(sources, rejections, generated_at, found: Analysis) -> dict
    validate(dossier) -> None        raises ContractError (schema, exact spans, references)

Every item carries the spans it was read from: entity mentions, claim sentences and values, the
sentences, triggers and date words of events, the sentences and sides of exchanges.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from corroborate import __version__
from corroborate.errors import ContractError
from corroborate.model import (
    Analysis,
    Claim,
    Conflict,
    DerivedFrom,
    Entity,
    Event,
    EventMention,
    Evidence,
    Exchange,
    ExchangeMention,
    Origin,
    Quantity,
    Quote,
    Rejection,
    Role,
    Side,
    Source,
    When,
)
from corroborate.reconcile import ALGORITHMS
from corroborate.report.claimreview import claim_review

NOTHING = Analysis()

FORMAT = "dossier/1"


def build_dossier(
    sources: Sequence[Source],
    rejections: Sequence[Rejection],
    generated_at: datetime,
    found: Analysis = NOTHING,
    story: str | None = None,
) -> dict[str, Any]:
    by_id = {s.id: s for s in sources}
    origin_of = {o.source: o for o in found.origins}
    dossier: dict[str, Any] = {
        "format": FORMAT,
        "generated_at": generated_at.isoformat(timespec="seconds"),
        "story": story,
        "sources": [_source(s, origin_of.get(s.id, Origin(s.id, s.id))) for s in sources],
        "entities": [_entity(e, by_id) for e in found.entities],
        "claims": [_claim(c, by_id) for c in found.claims],
        "conflicts": [_conflict(c, by_id, {e.id: e.name for e in found.entities}) for c in found.conflicts],
        "events": [_event(e, by_id) for e in found.events],
        "exchanges": [_exchange(x, by_id) for x in found.exchanges],
        # Not part of dossier/1's required fields: what this run could not use, and why.
        "rejected_inputs": [{"input": r.where, "reason": r.reason} for r in rejections],
        # And which engine made it: its version and the algorithm of each matcher.
        "engine": {"name": "corroborate", "version": __version__, "algorithms": dict(ALGORITHMS)},
    }
    # Also beyond dossier/1's fields: each conflict as a schema.org ClaimReview, for fact-checkers.
    for conflict in dossier["conflicts"]:
        conflict["claim_review"] = claim_review(conflict, dossier)
    return dossier


def _source(source: Source, origin: Origin) -> dict[str, Any]:
    meta, doc = source.meta, source.doc
    return {
        "id": source.id,
        "file": doc.name,
        "outlet": meta.outlet,
        "title": meta.title,
        "published": meta.published,
        "bylines": list(meta.bylines),
        "language": meta.language,
        "text": source.text,
        "removed": {"blocks": [{"kind": b.kind.value, "text": b.text, "rule": b.rule} for b in source.removed]},
        "derived_from": [_link(d) for d in origin.derived_from],
        "origin": origin.origin,
        # Beyond dossier/1's fields: links whose evidence is too weak to count, offered as possible
        # (never in `origin` nor in any independence count).
        "possibly_derived_from": [_link(d) for d in origin.possibly_derived_from],
        "format": doc.fmt.value,
        "url": doc.hints.url,  # given with a JSON record; pages read from disk have none
        "sha256": source.sha256,
        "encoding": doc.encoding,
        "repairs": list(doc.repairs),
        "metadata_evidence": [_evidence(source, e) for e in meta.evidence],
    }


def _link(link: DerivedFrom) -> dict[str, Any]:
    """One derivation link; `passages` (beyond dossier/1's fields) are the aligned passages, each as
    this report and the other write it."""
    return {"source": link.source, "kind": link.kind, "score": link.score, "evidence": list(link.evidence),
            "passages": [{"this": mine, "other": theirs} for mine, theirs in link.passages]}


def _entity(entity: Entity, sources: dict[str, Source]) -> dict[str, Any]:
    return {
        "id": entity.id,
        "type": entity.type.value,
        "name": entity.name,
        "aliases": list(entity.aliases),
        "mentions": [span(sources[m.source], m.start, m.end) for m in entity.mentions],
        # Not in dossier/1's required fields: why the aliases are one entity, and why this type.
        "links": [
            {"alias": k.alias, "to": k.to, "rule": k.rule, "features": list(k.features), "sources": list(k.sources)}
            for k in entity.links
        ],
        "type_votes": dict(entity.type_votes),
    }


def _claim(claim: Claim, sources: dict[str, Source]) -> dict[str, Any]:
    return {
        "id": claim.id,
        "kind": claim.kind,
        "statement": claim.statement,
        "subject": claim.subject,
        "value": claim.value,
        "unit": claim.unit,
        "mentions": _sentence_spans([*claim.quantities, *claim.roles], sources)
        + [span(sources[q.source], q.start, q.end) for q in claim.quotes],
        "status": claim.status.value,
        "independent_sources": len(claim.origins),
        "conflicts_with": list(claim.conflicts_with),
        # Not in dossier/1's required fields: the qualifier, the fact, who states it, and why.
        "qualifier": claim.qualifier.value if claim.qualifier else None,
        "fact": claim.fact,
        "sources": sorted(claim.sources),
        "origins": list(claim.origins),
        "values": _values(claim, sources),
        "evidence": list(claim.evidence),
    }


def _conflict(conflict: Conflict, sources: dict[str, Source], names: dict[str, str]) -> dict[str, Any]:
    return {
        "id": conflict.id,
        "topic": conflict.topic,
        "kind": conflict.kind,
        "values": [
            {
                "value": c.value,
                "qualifier": c.qualifier.value if c.qualifier else None,
                "claim": c.id,
                "sources": sorted(c.sources),
                "mentions": _sentence_spans(c.quantities, sources),
                # Not in dossier/1's required fields: the entity's name when the value is one (a place).
                **({"name": names[c.value]} if isinstance(c.value, str) and c.value in names else {}),
            }
            for c in conflict.claims
        ],
        "note": conflict.note,
    }


def precision(when: When | None) -> str:
    """dossier/1's date precision for a time as stated."""
    if when is None or when.total or not when.months:
        return "unknown"
    if len(when.months) == 1:
        return "day" if when.day else "month"
    return "season" if when.precise else "year" if when.year else "unknown"


def _event(event: Event, sources: dict[str, Source]) -> dict[str, Any]:
    when = event.when
    return {
        "id": event.id,
        "type": event.type.value,
        "date": {
            "value": (when.iso or None) if when and when.year else None,
            "precision": precision(when) if when and when.year else "unknown",
            # Not in dossier/1's required fields: the date in words, and the words it was read from.
            "label": when.words if when else "date not stated",
            **({"span": span(sources[_date_source(event)], when.start, when.end)}
               if when and when.start is not None and when.end is not None else {}),
        },
        "summary": event.summary,
        "actors": list(event.actors),
        "place": event.place,
        "quantity": {"value": event.quantity[0], "unit": event.quantity[1]} if event.quantity else None,
        "claims": list(event.claims),
        "sources": list(event.sources),
        "mentions": _sentence_spans(event.mentions, sources),
        # Not in dossier/1's required fields: independence, conflict, each mention's trigger and why.
        "independent_sources": len(event.origins),
        "origins": list(event.origins),
        "conflicted": event.conflicted,
        "triggers": [
            {"span": span(sources[m.source], m.trigger_start, m.trigger_end), "mood": m.mood.value, "why": m.why,
             "date": m.when.words if m.when else None, "date_attached": m.dated}
            for m in event.mentions
        ],
        "evidence": list(event.evidence),
    }


def _date_source(event: Event) -> str:
    """The report whose words gave the event's date."""
    return next(m.source for m in event.mentions if m.when == event.when)


def _exchange(exchange: Exchange, sources: dict[str, Source]) -> dict[str, Any]:
    def side(chosen: Side, index: int) -> dict[str, Any]:
        stated = [(m.source, m.given if index == 0 else m.received) for m in exchange.mentions]
        return {
            "by": chosen.by,
            "what": chosen.what,
            "event": chosen.event,
            # Not in dossier/1's required fields: each report's words for this side.
            "spans": [span(sources[s], part.start, part.end) for s, part in stated if part.end > part.start],
        }

    return {
        "id": exchange.id,
        "given": side(exchange.given, 0),
        "received": side(exchange.received, 1),
        "status": exchange.status.value,
        "sources": list(exchange.sources),
        "mentions": _sentence_spans(exchange.mentions, sources),
        # Not in dossier/1's required fields: the cue words of each report, independence, and why.
        "cues": [span(sources[m.source], m.cue_start, m.cue_end) for m in exchange.mentions if m.cue_end > m.cue_start],
        "independent_sources": len(exchange.origins),
        "evidence": list(exchange.evidence),
    }


def _values(claim: Claim, sources: dict[str, Source]) -> list[dict[str, Any]]:
    """How each report states the claim's value, with the value's own span."""
    if claim.spans:  # a date or a place: the words that state it
        return [
            {"span": span(sources[q.source], start, end), "value": claim.value}
            for q, (start, end) in zip(claim.quantities, claim.spans, strict=True)
        ]
    return (
        [_stated(q, sources) for q in claim.quantities]
        + [_described(r, sources) for r in claim.roles]
        + [_quoted(q, sources) for q in claim.quotes]
    )


def _quoted(quote: Quote, sources: dict[str, Source]) -> dict[str, Any]:
    """One report's quotation: the words, and the words naming the speaker, with the rule used."""
    found: dict[str, Any] = {"span": span(sources[quote.source], quote.start, quote.end), "rule": quote.rule}
    if quote.speaker_start is not None and quote.speaker_end is not None:
        found["person"] = span(sources[quote.source], quote.speaker_start, quote.speaker_end)
    return found


def _sentence_spans(
    stated: Sequence[Quantity | Role | EventMention | ExchangeMention], sources: dict[str, Source]
) -> list[dict[str, Any]]:
    """The sentence of each statement, once per sentence."""
    seen: dict[tuple[str, int, int], dict[str, Any]] = {}
    for q in stated:
        seen.setdefault((q.source, q.start, q.end), span(sources[q.source], q.start, q.end))
    return list(seen.values())


def _stated(q: Quantity, sources: dict[str, Source]) -> dict[str, Any]:
    """How one report states the value: the number's own span, its qualifier and time."""
    when = q.when
    return {
        "span": span(sources[q.source], q.value_start, q.value_end),
        "value": q.value,
        "qualifier": q.qualifier.value,
        "counts": q.unit_text,
        "happening": q.trigger_text,
        "time": None if when is None else {
            "year": when.year, "months": sorted(when.months), "total": when.total, "words": when.text,
            "from_earlier_sentence": when.inherited,
        },
    }


def _described(role: Role, sources: dict[str, Source]) -> dict[str, Any]:
    """How one report describes the person: the description's span, and the name's."""
    return {
        "span": span(sources[role.source], role.phrase_start, role.phrase_end),
        "value": role.phrase,
        "person": span(sources[role.source], role.person_start, role.person_end),
    }


def _evidence(source: Source, evidence: Evidence) -> dict[str, Any]:
    item: dict[str, Any] = {"field": evidence.field, "value": evidence.value, "rule": evidence.rule}
    if evidence.start is not None and evidence.end is not None:
        item["span"] = span(source, evidence.start, evidence.end)
    return item


def span(source: Source, start: int, end: int) -> dict[str, Any]:
    return {"source": source.id, "start": start, "end": end, "text": source.text[start:end]}


@cache
def schema() -> dict[str, Any]:
    text = resources.files("corroborate.report").joinpath("dossier.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def problems(dossier: dict[str, Any]) -> list[str]:
    """Everything that breaks the contract: schema errors, spans that do not match, bad references."""
    validator = jsonschema.Draft202012Validator(schema())
    found = [f"schema: {'/'.join(str(p) for p in e.path)}: {e.message[:200]}" for e in validator.iter_errors(dossier)]
    texts = {s["id"]: s["text"] for s in dossier.get("sources", [])}
    for where, item in _spans(dossier):
        text = texts.get(item.get("source"))
        if text is None:
            found.append(f"{where}: span cites unknown source {item.get('source')!r}")
        elif text[item["start"] : item["end"]] != item["text"]:
            found.append(f"{where}: span [{item['start']}:{item['end']}] does not match its source text")
    return found


def validate(dossier: dict[str, Any]) -> None:
    found = problems(dossier)
    if found:
        raise ContractError("the dossier breaks dossier/1: " + "; ".join(found[:5]))


def _spans(dossier: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for kind in ("entities", "claims", "events", "exchanges"):
        for item in dossier.get(kind, []):
            for mention in item.get("mentions") or []:
                yield f"{kind} {item.get('id')}", mention
            for stated in [*(item.get("values") or []), *(item.get("triggers") or []), item.get("date") or {}]:
                for key in ("span", "person"):
                    if key in stated:
                        yield f"{kind} {item.get('id')} value", stated[key]
            for cue in item.get("cues") or []:
                yield f"{kind} {item.get('id')} cue", cue
            for part in ("given", "received"):
                for stated_span in (item.get(part) or {}).get("spans") or []:
                    yield f"{kind} {item.get('id')} {part}", stated_span
    for conflict in dossier.get("conflicts", []):
        for value in conflict.get("values", []):
            for mention in value.get("mentions") or []:
                yield f"conflicts {conflict.get('id')}", mention
    for source in dossier.get("sources", []):
        for evidence in source.get("metadata_evidence", []):
            if "span" in evidence:
                yield f"sources {source.get('id')} {evidence['field']}", evidence["span"]
