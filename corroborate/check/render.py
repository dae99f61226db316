"""What `corroborate check` shows: lines of text, one JSON document, or the annotated article.

    lines(result) -> list[str]
    document(result) -> dict            stable keys; reports by file name
    render_html(result) -> str          the article with each checked statement marked by verdict,
                                        each mark a link to its evidence (no script, no network)
    annotated(result), evidence(result), summary(result), marks_style()     its parts, for the app
"""

from __future__ import annotations

import dataclasses
from typing import Any

from markupsafe import Markup, escape

from corroborate.check import CheckResult
from corroborate.check.verdicts import Checked, Statement, Verdict
from corroborate.report.html import STYLE, csp

CHECK_FORMAT = "corroborate-check/1"

# The background each verdict is marked with in the annotated article.
VERDICT_COLOURS = {
    Verdict.SUPPORTED: "#cdebd3",
    Verdict.CONTRADICTED: "#f7c9c4",
    Verdict.ONLY_HERE: "#ffe69c",
    Verdict.NOT_CHECKABLE: "#e3e6ea",
}


def lines(result: CheckResult) -> list[str]:
    out = [f"article: {result.article.doc.name}"]
    if result.choice is not None:
        out.append(f"story: {result.choice.why}")
    if result.story is None:
        return out
    out += _derivation(result)
    for c in result.checked:
        out.append(f"[{c.verdict}] {c.value!r} ({c.here.start}-{c.here.end}): {c.why}")
        out += [f"    + {s.file}:{s.start}-{s.end} {s.sentence[:100]!r}" for s in c.support]
        out += [f"    - {s.file}:{s.start}-{s.end} {s.value!r} {s.sentence[:100]!r}" for s in c.against]
        if c.note and c.verdict is Verdict.CONTRADICTED:
            out.append(f"    note: {c.note}")
    out += [f"[{Verdict.NOT_CHECKABLE}] ({u.start}-{u.end}): {u.why}" for u in result.uncheckable]
    counts = {v: sum(c.verdict is v for c in result.checked) for v in Verdict}
    counts[Verdict.NOT_CHECKABLE] += len(result.uncheckable)
    out.append(", ".join(f"{n} {v}" for v, n in counts.items()))
    return out


def _derivation(result: CheckResult) -> list[str]:
    out = []
    if result.already_stored:
        out.append(f"the store already holds this article as {result.already_stored}: checked against the others")
    for file, link in result.derives_from:
        out.append(f"derives from {file} ({link.kind}, {link.score:.2f}): its agreement is not counted as support")
    if result.same_origin and not result.derives_from:
        out.append(f"shares its origin with {', '.join(result.same_origin)}: their agreement is not counted")
    return out


def document(result: CheckResult) -> dict[str, Any]:
    return {
        "format": CHECK_FORMAT,
        "article": result.article.doc.name,
        "source": result.article.id,
        "story": result.story,
        "choice": None if result.choice is None else {
            "story": result.choice.story, "fit": round(result.choice.fit, 3), "why": result.choice.why,
            "shared": list(result.choice.shared), "ranking": [[n, round(f, 3)] for n, f in result.choice.ranking]},
        "already_stored": result.already_stored,
        "derives_from": [{"file": f, "kind": str(d.kind), "score": d.score, "evidence": list(d.evidence)}
                         for f, d in result.derives_from],
        "same_origin": list(result.same_origin),
        "statements": [_checked(c) for c in result.checked],
        "not_checkable": [dataclasses.asdict(u) for u in result.uncheckable],
    }


def _checked(c: Checked) -> dict[str, Any]:
    return {"verdict": str(c.verdict), "value": c.value, "fact": c.fact, "why": c.why, "note": c.note,
            "here": _statement(c.here), "support": [_statement(s) for s in c.support],
            "against": [_statement(s) for s in c.against], "not_counted": list(c.copied)}


def _statement(s: Statement) -> dict[str, Any]:
    return {"file": s.file, "start": s.start, "end": s.end, "value_start": s.value_start,
            "value_end": s.value_end, "value": s.value, "sentence": s.sentence}


def render_html(result: CheckResult) -> str:
    """The article's text, each checked statement marked by its verdict and linked to its evidence."""
    return _page(result, annotated(result))


def annotated(result: CheckResult) -> Markup:
    """The article's text (escaped), each checked statement a mark linked to its evidence."""
    marks = sorted([(c.here.value_start, c.here.value_end, c.verdict, f"ev-{i}") for i, c in enumerate(result.checked)]
                   + [(u.start, u.end, Verdict.NOT_CHECKABLE, f"nc-{i}") for i, u in enumerate(result.uncheckable)])
    text = result.article.text
    body, at = [], 0
    for start, end, verdict, anchor in marks:
        if start < at:  # a second statement of a sentence already marked: its evidence is listed
            continue
        body.append(escape(text[at:start]))
        body.append(Markup('<a class="ck" href="#{}"><mark class="v-{}" title="{}">{}</mark></a>').format(
            anchor, _css(verdict), verdict, text[start:end]))
        at = end
    body.append(escape(text[at:]))
    return Markup("").join(body)


def _css(verdict: Verdict) -> str:
    return str(verdict).replace(" ", "-")


def marks_style() -> Markup:
    """The mark colours of the verdicts, for a page's style sheet."""
    return Markup("".join(f"mark.v-{_css(v)} {{ background: {colour}; }}\n" for v, colour in VERDICT_COLOURS.items()))


def evidence(result: CheckResult) -> Markup:
    """One card per checked statement and per uncheckable sentence, each the target of its mark."""
    items = [Markup('<section class="card" id="ev-{}"><h3>{} <span class="muted">{}</span></h3><p>{}</p>{}</section>')
             .format(i, c.verdict, c.value, c.why, _evidence(c)) for i, c in enumerate(result.checked)]
    unchecked = Markup('<section class="card" id="nc-{}"><h3>{}</h3><p>{}</p></section>')
    items += [unchecked.format(i, Verdict.NOT_CHECKABLE, u.why) for i, u in enumerate(result.uncheckable)]
    return Markup("").join(items)


def summary(result: CheckResult) -> list[str]:
    """The lines above the article: how the story was chosen, and what the article derives from."""
    return lines(result)[1:2] + _derivation(result)


def _page(result: CheckResult, body: Markup) -> str:
    head = Markup("").join(Markup("<p>{}</p>").format(line) for line in summary(result))
    return str(Markup(
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="{}"><title>Check: {}</title><style>{}{}</style></head>'
        '<body><header><h1>Check: {}</h1>{}</header><main><h2>The article</h2><div class="text">{}</div>'
        '<h2>Evidence</h2>{}</main></body></html>'
    ).format(csp(), result.article.doc.name, Markup(STYLE), marks_style(), result.article.doc.name, head, body,
             evidence(result)))


def _evidence(c: Checked) -> Markup:
    rows = [Markup("<li>same value: <b>{}</b> {}</li>").format(s.file, s.sentence) for s in c.support]
    rows += [Markup("<li>another value ({}): <b>{}</b> {}</li>").format(s.value, s.file, s.sentence) for s in c.against]
    rows += [Markup("<li>not counted (same origin): <b>{}</b></li>").format(f) for f in c.copied]
    if c.note and c.verdict is Verdict.CONTRADICTED:
        rows.append(Markup("<li>note: {}</li>").format(c.note))
    return Markup("<ul>{}</ul>").format(Markup("").join(rows)) if rows else Markup("")
