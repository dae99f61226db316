"""A report that names another report's site by its web address ("according to Nordviktidende.no",
"podle serveru ...") cites it, in any language: the site is the address on the cited page's masthead,
which cleaning removed. The ferry story is invented (tests/fixtures/stories/ferry)."""

from __future__ import annotations

from pathlib import Path

from corroborate import ingest, pipeline
from corroborate.model import DerivationKind, Origin

from ..conftest import STORIES

FERRY = STORIES / "ferry"
MASTHEAD = "Nordviktidende.no | Lokalt\n\n"
CITING = ("The maritime authority has opened", "The maritime authority, according to Nordviktidende.no, has opened")


def run(folder: Path, edits: dict[str, tuple[str, str]]) -> dict[str, Origin]:
    """file name -> its Origin, for the four ferry reports, each edited as `edits` says (old, new)."""
    for path in FERRY.glob("*.txt"):
        old, new = edits.get(path.name, ("", ""))
        (folder / path.name).write_text(path.read_text("utf-8").replace(old, new, 1) if old else
                                        path.read_text("utf-8"), "utf-8")
    sources, rejections = pipeline.clean_all(ingest.read_inputs(sorted(folder.iterdir())).documents)
    assert not rejections
    names = {s.id: s.doc.name for s in sources}
    return {names[o.source]: o for o in pipeline.analyse(sources).origins}


def _with_masthead(text: str) -> tuple[str, str]:
    return text, MASTHEAD + text


def test_naming_another_reports_site_by_its_address_is_a_citation(tmp_path: Path):
    found = run(tmp_path, {"03_local.txt": _with_masthead("Fog blamed"), "04_radio.txt": CITING})
    radio, local = found["04_radio.txt"], found["03_local.txt"]
    [link] = radio.derived_from
    assert link.source == local.source and link.kind is DerivationKind.CITES and radio.origin == local.source
    assert any("Nordviktidende.no" in e for e in link.evidence)


def test_an_address_no_report_of_the_run_carries_is_no_link(tmp_path: Path):
    found = run(tmp_path, {"04_radio.txt": CITING})  # the local paper's page has no masthead
    assert found["04_radio.txt"].derived_from == ()


def test_a_page_naming_its_own_site_cites_no_other_page_of_that_site(tmp_path: Path):
    # Both pages are the local paper's: "Nordviktidende.no has learned" is its own reporting.
    own = ("Ferry aground in fog: inquiry opened\n\n", MASTHEAD + "Ferry aground in fog: inquiry opened\n\n"
           "Nordviktidende.no has learned more. ")
    found = run(tmp_path, {"03_local.txt": _with_masthead("Fog blamed"), "04_radio.txt": own})
    assert found["04_radio.txt"].derived_from == () and found["03_local.txt"].derived_from == ()
