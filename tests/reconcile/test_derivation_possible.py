"""Possible derivation links on real reports (corpora/): evidence too weak to count is offered as
possible, never used for an origin; and independent reports of two disasters stay each their own
origin, with no link and no possible link between any two of them."""

from __future__ import annotations

import json
from pathlib import Path

from corroborate import ingest, pipeline
from corroborate.model import DerivationKind, Origin

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
BRIDGE = CORPORA / "baltimore-bridge-2024"


def run(files: list[Path]) -> tuple[dict[str, Origin], dict[str, str]]:
    """file name -> its Origin, and source id -> file name."""
    sources, rejections = pipeline.clean_all(ingest.read_inputs(files).documents)
    assert not rejections
    names = {s.id: s.doc.name for s in sources}
    return {names[o.source]: o for o in pipeline.analyse(sources).origins}, names


def gold_origins(story: Path) -> list[Path]:
    origins = json.loads((story / "gold.json").read_text("utf-8"))["origins"]
    return [story / name for name, origin in sorted(origins.items()) if name == origin]


def test_a_translated_wire_story_carrying_the_agencys_credit_is_a_translation_that_counts():
    # A French page carrying a Reuters story in translation shares no word runs with the English
    # wire copy, only details no other report of the twelve names; both carry the agency's credit
    # ("(Reuters) -"): two kinds of evidence, a link that counts, with its passages side by side.
    found, names = run(sorted(BRIDGE.glob("*.txt")))
    french = found["02_zonebourse.txt"]
    [link] = french.derived_from
    assert names[link.source] == "01_reuters.txt" and link.kind is DerivationKind.TRANSLATION
    assert names[french.origin] == "01_reuters.txt" and french.possibly_derived_from == ()
    assert any("both carry the credit “reuters”" in e for e in link.evidence)
    assert any("Brandon Scott" in mine and "Brandon Scott" in theirs for mine, theirs in link.passages)
    others = [name for name, o in found.items() if o.possibly_derived_from or (o.derived_from and name not in
              {"02_zonebourse.txt", "04_urdupoint.txt"})]
    assert others == []


def test_independent_reports_of_two_disasters_are_each_their_own_origin_with_no_possible_link():
    # The corpora hold no event with twelve independent reports (the most is the Derna floods' 11),
    # so: every independent report of the Derna floods and of the Morocco earthquake, in one run
    # (21 reports in six languages: death tolls, rescuers, aid, the Red Crescent in both).
    reports = gold_origins(CORPORA / "derna-floods-2023") + gold_origins(CORPORA / "morocco-earthquake-2023")
    assert len(reports) == 21
    found, _ = run(reports)
    assert len({o.origin for o in found.values()}) == 21
    assert all(o.derived_from == () and o.possibly_derived_from == () for o in found.values())


def test_a_possible_links_passage_is_the_sentence_around_the_detail_cut_at_word_ends():
    from corroborate.reconcile.derivation import SENTENCE_CHARS, _sentence

    text = "Zonebourse\n\nLe maire, Brandon Scott, a décrit le pont. Les plongeurs devaient retourner."
    at = text.index("Brandon")
    assert _sentence(text, (at, at + 13)) == "Le maire, Brandon Scott, a décrit le pont."
    long = "le froid " * 40 + "a déclaré Shannon Gilreath, des garde-côtes."
    at = long.index("Shannon")
    shown = _sentence(long, (at, at + 16))
    assert shown.startswith("… ") and shown.endswith("Gilreath, des garde-côtes.")
    assert len(shown) <= 2 * SENTENCE_CHARS and " le froid" in shown and "roid le" not in shown.split(" ", 2)[1]


def test_a_news_agency_two_reports_name_is_no_detail_of_a_translation():
    # "(AP) —" in one report and "The Associated Press reported" in another say where their news came
    # from; it does not make one a translation of the other.
    from corroborate.reconcile.derivation import _Details, _wire_service

    spanish = _Details(frozenset({"ent-ap", "ent-honduras"}), {}, {"ent-ap": "AP", "ent-honduras": "Honduras"})
    english = _Details(frozenset({"ent-ap", "ent-honduras"}), {},
                       {"ent-ap": "Associated Press", "ent-honduras": "Honduras"})
    assert _wire_service(spanish, english, "ent-ap", set())
    assert _wire_service(spanish, english, "ent-ap", {"ap"})
    assert not _wire_service(spanish, english, "ent-honduras", {"ap"})
