"""The form of a story's gold file: every section present, every file known, and every string it
quotes (aliases, sentence words, quote openings, furniture lines) found verbatim in its report.

    problems(gold_file) -> list[str]          empty when the gold is well formed

A gold whose words are not in the text scores nothing, silently; this says so instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from corroborate.model import EntityType

SECTIONS = ("sources", "entities", "origins", "conflicts", "must_not_conflict", "independent_sources",
            "events", "quotes")
LINK_KINDS = frozenset({"copy", "wire", "translation", "rewrite", "summary", "cites"})  # dossier/1's
CONFLICT_KINDS = frozenset({"quantity", "date", "place", "attribute"})


def problems(gold_file: str | Path) -> list[str]:
    path = Path(gold_file)
    gold: dict[str, Any] = json.loads(path.read_text("utf-8"))
    corpus = path.parent / gold.get("corpus", ".")
    missing = [f"missing section {key!r}" for key in SECTIONS if key not in gold]
    if missing or gold.get("kind") != "story":
        return missing + ([] if gold.get("kind") == "story" else ["kind is not 'story'"])
    texts = {name: _words((corpus / name).read_text("utf-8")) for name in gold["sources"] if (corpus / name).is_file()}
    found = [f"sources: no file {name}" for name in gold["sources"] if name not in texts]
    return [*found, *_origins(gold, texts), *_quoted(gold, texts), *_labels(gold)]


def _words(text: str) -> str:
    return " ".join(text.split())


def _origins(gold: Mapping[str, Any], texts: Mapping[str, str]) -> Iterator[str]:
    origins: dict[str, str] = gold["origins"]
    yield from (f"origins: {name} has none" for name in texts if name not in origins)
    for name, origin in origins.items():
        if origins.get(origin) != origin:
            yield f"origins: {name} -> {origin}, which is not its own origin"
    for link in gold.get("links", []):
        if link.get("kind") not in LINK_KINDS:
            yield f"links: unknown kind {link.get('kind')!r}"
        if origins.get(link.get("file")) != origins.get(link.get("from")):
            yield f"links: {link.get('file')} from {link.get('from')}, but their origins differ"
    files = [f for c in gold["conflicts"] for v in c["values"] for f in v["stated_in"]]
    files += [p["file"] for pair in gold["must_not_conflict"] for p in pair]
    files += [i["file"] for i in gold["independent_sources"]]
    yield from (f"unknown file {f}" for f in sorted(set(files)) if f not in texts)


def _quoted(gold: Mapping[str, Any], texts: Mapping[str, str]) -> Iterator[str]:
    """Every string the gold quotes, with the file it must be in."""
    quoted = [(f, line, key) for f, want in gold["sources"].items() for key in ("remove", "header")
              for line in want.get(key, [])]
    quoted += [(f, a, f"entity {e['name']}") for e in gold["entities"] for f, al in e["aliases"].items() for a in al]
    happenings = [*gold["events"], *gold.get("exchanges", [])]
    quoted += [(m["file"], m["in"], "event or exchange") for h in happenings for m in h["mentions"]]
    quoted += [(m["file"], m["in"], "not_event") for m in gold.get("not_events", [])]
    quoted += [(q["file"], q["starts"], "quote") for q in gold["quotes"]]
    for file, words, what in quoted:
        if file not in texts:
            yield f"{what}: no file {file}"
        elif _words(words) not in texts[file]:
            yield f"{what}: {words!r} is not in {file}"


def _labels(gold: Mapping[str, Any]) -> Iterator[str]:
    types = {t.value for t in EntityType}
    yield from (f"entity {e['name']}: type {e['type']!r}" for e in gold["entities"] if e["type"] not in types)
    aliases = {a for e in gold["entities"] for al in e["aliases"].values() for a in al}
    yield from (f"must_stay_apart: {a!r} is no alias" for pair in gold.get("must_stay_apart", [])
                for a in pair if a not in aliases)
    yield from (f"quote speaker {q['speaker']!r} is no alias" for q in gold["quotes"]
                if q["speaker"] is not None and q["speaker"] not in aliases)
    yield from (f"conflict {c['topic']!r}: kind {c.get('kind')!r}" for c in gold["conflicts"]
                if c.get("kind", "quantity") not in CONFLICT_KINDS)
    yield from (f"conflict {c['topic']!r}: fewer than two values" for c in gold["conflicts"] if len(c["values"]) < 2)
