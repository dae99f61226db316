"""The dossier as Markdown, for pasting into notes: the same story, in the report's order.

    render_markdown(dossier) -> str

Article text is untrusted here too: Markdown renderers pass HTML through, so '<' and '&' become
entities and Markdown's own punctuation is backslash-escaped. Every quoted sentence ends with
its report and character offsets, so it can be found again in the dossier.
"""

from __future__ import annotations

import re
from typing import Any

from corroborate.report.story import figure, plain, story_paragraph
from corroborate.report.views import views

# Markdown punctuation that could start a link, emphasis, a table cell, strikethrough or code
# anywhere in a line ('(' and '!' only matter after or before a '[', which is escaped).
_PUNCTUATION = re.compile(r"([\\`*_\[\]|~])")


def render_markdown(dossier: dict[str, Any]) -> str:
    shown = views(dossier)
    labels = shown["labels"]

    def cite(span: dict[str, Any] | None) -> str:
        return f"({esc(labels[span['source']])}, chars {span['start']}–{span['end']})" if span else ""

    lines = [f"# {esc(dossier.get('story') or 'Untitled story')}", ""]
    lines += [f"_corroborate {dossier['format']}, generated {dossier['generated_at']}_", ""]
    lines += ["## The story", "", esc(plain(story_paragraph(dossier))), ""]

    lines += [f"## Conflicts ({len(shown['conflicts'])})", ""]
    for row in shown["conflicts"]:
        conflict = row["conflict"]
        lines += [f"### {esc(conflict['topic'])}", ""]
        if conflict.get("note"):
            lines += [f"_{esc(conflict['note'])}_", ""]
        unreviewed = "" if conflict.get("review") else " (no person has reviewed it)"
        lines += [*_verdict(conflict), f"Automatic: the reports disagree{unreviewed}.", ""]
        for value in row["values"]:
            lines.append(f"- **{esc(figure(value['value']))}**")
            for q in value["quotes"]:
                lines.append(
                    f"  - “{esc(q['before'])}**{esc(q['number'])}**{esc(q['after'])}” "
                    f"{cite(q['span'])}{', ' + esc(q['source']['published']) if q['source']['published'] else ''}"
                )
        lines.append("")

    lines += [f"## Exchange ledger ({len(shown['ledger'])})", ""]
    if shown["ledger"]:
        lines += ["| Gave | Got in return | Status | Independent sources | Said by |", "|---|---|---|---|---|"]
        for x in shown["ledger"]:
            lines.append(
                f"| {_side(x['given_by'], x['given']['what'])} | {_side(x['received_by'], x['received']['what'])} "
                f"| {x['status']} | {x['independent_sources']} | {_reports(x['mentions'], labels)} |"
            )
        lines.append("")

    timeline = shown["timeline"]
    lines += [f"## Timeline ({len(timeline['rows'])} dated events, {len(timeline['undated'])} undated)", ""]
    for e in timeline["rows"]:
        flag = " **(contradicted)**" if e["conflicted"] else ""
        lines.append(
            f"- **{esc(e['date']['label'])}**, {e['type'].replace('_', ' ')}: {esc(e['summary'])}{flag} "
            f"({e['independent_sources']} independent; {_reports(e['mentions'], labels)})"
        )
    lines.append("")

    lines += ["## Claims", ""]
    for group in shown["claims"]:
        if not group["rows"]:
            continue
        lines += [f"### {group['status'].capitalize()} ({len(group['rows'])})", ""]
        for row in group["rows"]:
            claim = row["claim"]
            lines.append(
                f"- {esc(claim['statement'])} ({claim['independent_sources']} independent; "
                f"{_reports([v['span'] for v in claim['values']], labels)})"
                + (f" {_verdict(claim)[0]}" if claim.get("review") else "")
            )
        lines.append("")

    lines += [f"## Entities ({len(dossier['entities'])})", ""]
    for entity in dossier["entities"]:
        others = [a for a in entity["aliases"] if a != entity["name"]]
        also = f"; also {', '.join(esc(a) for a in others)}" if others else ""
        lines.append(f"- **{esc(entity['name'])}** ({entity['type']}, {len(entity['mentions'])} mentions{also})")
    lines.append("")

    lines += ["## Sources", ""]
    for s in dossier["sources"]:
        origin = "independent origin" if s["origin"] == s["id"] else f"derives from {esc(labels[s['origin']])}"
        kinds = ", ".join(sorted({d["kind"] for d in s["derived_from"]}))
        lines.append(
            f"- **{esc(s['title'] or s['file'])}**: {esc(s['outlet'] or 'outlet not found')}, "
            f"{esc(s['published'] or 'date not found')}, {s['language']}; {origin}{f' ({kinds})' if kinds else ''}; "
            f"{len(s['removed']['blocks'])} blocks removed by cleaning; file {esc(s['file'])}"
        )
    return "\n".join(lines).rstrip() + "\n"


def esc(text: str) -> str:
    """Text that Markdown shows as written and never turns into HTML, links or formatting."""
    text = re.sub(r"\s+", " ", text).replace("&", "&amp;").replace("<", "&lt;")
    return _PUNCTUATION.sub(r"\\\1", text)


def _verdict(item: dict[str, Any]) -> list[str]:
    """A person's verdict, in a line of its own, apart from the engine's status: none if unreviewed."""
    r = item.get("review")
    if not r:
        return []
    who = esc(r["reviewer"]) + (f", {esc(r['organisation'])}" if r["organisation"] else "")
    note = f": {esc(r['note'])}" if r["note"] else ""
    return [f"**Reviewer's verdict: {r['rating'].capitalize()}** ({who}, {r['date'][:10]}){note}", ""]


def _side(by: str | None, what: str) -> str:
    return (f"**{esc(by)}**: " if by else "") + esc(what)


def _reports(spans: list[dict[str, Any]], labels: dict[str, str]) -> str:
    return ", ".join(esc(labels[s]) for s in dict.fromkeys(span["source"] for span in spans))
