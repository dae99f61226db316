"""Credits as evidence: one agency's story in two languages is a link that counts when both pages
carry the agency's credit (in a dateline, or in a copyright line cleaning removed); without the
credit, the same shared details are only a possible link. The ferry story is invented: an agency's
English story, its French service's translation, a local paper's and a radio station's reports."""

from __future__ import annotations

from pathlib import Path

from corroborate import ingest, pipeline
from corroborate.model import DerivationKind, Origin

from ..conftest import STORIES

FERRY = STORIES / "ferry"
NO_DATELINE_CREDIT = (" (Reuters) -", " -")


def run(folder: Path, *french_edits: tuple[str, str]) -> dict[str, Origin]:
    """file name -> its Origin, for the four ferry reports (the French one edited as given)."""
    for path in FERRY.glob("*.txt"):
        text = path.read_text("utf-8")
        for old, new in french_edits if path.name == "02_french.txt" else ():
            text = text.replace(old, new)
        (folder / path.name).write_text(text, "utf-8")
    sources, rejections = pipeline.clean_all(ingest.read_inputs(sorted(folder.iterdir())).documents)
    assert not rejections
    names = {s.id: s.doc.name for s in sources}
    return {names[o.source]: o for o in pipeline.analyse(sources).origins}


def _translated_from_the_wire(found: dict[str, Origin]) -> None:
    french, wire = found["02_french.txt"], found["01_wire.txt"]
    [link] = french.derived_from
    assert link.source == wire.source and link.kind is DerivationKind.TRANSLATION
    assert french.origin == wire.source and french.possibly_derived_from == ()
    assert any("both carry the credit" in e for e in link.evidence)
    assert all(o.origin == o.source and not o.derived_from for name, o in found.items() if name != "02_french.txt")


def test_a_translation_carrying_the_same_agency_credit_counts(tmp_path: Path):
    _translated_from_the_wire(run(tmp_path))


def test_a_copyright_line_cleaning_removed_is_still_the_pages_credit(tmp_path: Path):
    copyright_line = ("(Rédaction de Paris)", "(Rédaction de Paris)\n\n© Reuters 2025 - Tous droits réservés")
    _translated_from_the_wire(run(tmp_path, NO_DATELINE_CREDIT, copyright_line))


def test_without_a_shared_credit_the_same_details_are_only_a_possible_translation(tmp_path: Path):
    found = run(tmp_path, NO_DATELINE_CREDIT)
    french = found["02_french.txt"]
    assert french.derived_from == () and french.origin == french.source
    [possible] = french.possibly_derived_from
    assert possible.source == found["01_wire.txt"].source and "too weak to count" in possible.evidence[-1]


def test_a_pages_own_copyright_is_no_agency_credit(tmp_path: Path):
    own_copyright = ("(Rédaction de Paris)", "(Rédaction de Paris)\n\n© Le Courrier du Nord 2025")
    french = run(tmp_path, NO_DATELINE_CREDIT, own_copyright)["02_french.txt"]
    assert french.derived_from == () and len(french.possibly_derived_from) == 1
