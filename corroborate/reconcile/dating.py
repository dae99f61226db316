"""The date each report's relative times count from.

    reference_dates(sources, origins) -> dict[str, Reference]

A report's own publication date, when known. An undated report is dated, as an estimate, by the
reports of its story: first those that share its origin (a rewrite appears soon after what it
rewrites), else the run's latest report. An estimate gives years to month names ("in June",
"Feb. 11"), never a month or a day to "last month" or "on Friday" (extract.when).
"""

from __future__ import annotations

from collections.abc import Sequence

from corroborate.model import Known, Reference, Source


def reference_dates(sources: Sequence[Source], known: Known) -> dict[str, Reference]:
    origin_of = known.origin_of
    dated = [(s.meta.published, s) for s in sources if _day(s.meta.published)]
    found = {}
    for source in sources:
        if _day(source.meta.published):
            found[source.id] = Reference(source.meta.published)
            continue
        kin = [(d, s) for d, s in dated if origin_of.get(s.id, s.id) == origin_of.get(source.id, source.id)]
        if kin:
            day, other = max(kin, key=lambda x: x[0] or "")
            found[source.id] = Reference(day, True, f"undated; dated by {other.doc.name}, a report of the same origin")
        elif dated:
            day, other = max(dated, key=lambda x: x[0] or "")
            found[source.id] = Reference(day, True, f"undated; dated by the run's latest report, {other.doc.name}")
        else:
            found[source.id] = Reference(None)
    return found


def _day(published: str | None) -> bool:
    return bool(published) and len(published or "") == 10
