"""Derivation on real reports (corpora/): paraphrased copies of one article are one origin,
independent reports of one event stay apart, and the links between reports do not move when
reports of another story or more reports of this one are added."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

from corroborate import ingest, pipeline

from .test_derivation import OUTLETS, reorder

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
DAM = CORPORA / "kakhovka-dam-2023"
FLOODS = CORPORA / "derna-floods-2023"
CRASH = CORPORA / "raisi-crash-2024"


def origins_of(files: list[Path]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """file name -> (file name of its origin, the file names it is linked to)."""
    sources, rejections = pipeline.clean_all(ingest.read_inputs(files).documents)
    assert not rejections
    names = {s.id: s.doc.name for s in sources}
    return {names[o.source]: (names[o.origin], tuple(sorted(names[d.source] for d in o.derived_from)))
            for o in pipeline.analyse(sources).origins}


# Hand-written rewordings of phrases of the dam report (01_dispatchlive.txt), as a rewriting desk
# or a syndication site's rewriter makes them: each copy takes most of them, at random.
REWORDINGS = {
    "Sixteen people have now died": "The number of dead has risen to sixteen",
    "as a result of the flooding unleashed by": "because of the floods caused by",
    "officials in Kyiv said": "according to Ukrainian officials",
    "in the territories under Moscow's control": "in areas held by Moscow",
    "put their own death toll at 29": "gave a separate toll of 29",
    "When the dam gave way on June 6": "After the dam collapsed on June 6",
    "water poured across a wide area of": "floodwater swept over large parts of",
    "wiping out farmland": "destroying farmland",
    "leaving civilians cut off from supplies": "cutting residents off from food and water",
    "writing on its Telegram channel late on Saturday": "in a late Saturday post on Telegram",
    "had been taken out of": "had been evacuated from",
    "were still missing": "remained unaccounted for",
    "were still under water": "remained flooded",
    "On the other side of the front line": "Across the front line",
    "who chairs the Russian-installed administration": "head of the administration installed by Russia",
    "said on the Telegram messaging app": "wrote on Telegram",
    "accuses Russia of blowing up": "blames Russia for destroying",
    "which Russian forces have held since the first days of": "under Russian control since the start of",
    "who are helping Ukraine's prosecutors with their investigation": "assisting Ukrainian prosecutors",
    "in preliminary findings": "in an early assessment",
    "had caused the collapse": "were behind the breach",
    "for its part, accuses Kyiv of sabotaging": "in turn blames Kyiv for sabotage of",
    "In Moscow's telling": "According to Moscow",
    "wanted to cut Crimea off from a key source of water": "aimed to deprive Crimea of water",
    "to draw attention away from": "to distract from",
    "The reservoir the dam held back was about the size of": "The reservoir was roughly as large as",
}
def paraphrase(text: str, rng: random.Random) -> str:
    """Most rewordings applied, the body's paragraphs in another order, one sentence left out, the
    page's own header and furniture gone."""
    for phrase, other in REWORDINGS.items():
        if rng.random() < 0.8:
            text = text.replace(phrase, other)
    return reorder([p for p in text.split("\n\n") if len(p.split()) > 12 and not p.startswith("Image:")], rng)


def test_twenty_paraphrased_copies_of_a_real_report_and_two_independent_reports_are_three_origins(tmp_path: Path):
    rng = random.Random(15)
    original = (DAM / "01_dispatchlive.txt").read_text("utf-8")
    for k, outlet in enumerate(OUTLETS):
        header = f"{outlet}\n{18 + k % 3} June 2023\n\nDeath toll climbs after Ukraine dam breach\n\n"
        (tmp_path / f"copy{k:02d}.txt").write_text(header + paraphrase(original, rng), "utf-8")
    for name in ("04_tass.txt", "05_warsawpoint.txt"):
        shutil.copy(DAM / name, tmp_path / name)
    found = origins_of(sorted(tmp_path.iterdir()))
    assert len({origin for origin, _ in found.values()}) == 3
    assert found["04_tass.txt"] == ("04_tass.txt", ()) and found["05_warsawpoint.txt"] == ("05_warsawpoint.txt", ())


def _independent(story: Path) -> list[Path]:
    origins = json.loads((story / "gold.json").read_text("utf-8"))["origins"]
    return [story / name for name, origin in sorted(origins.items()) if name == origin]


def test_independent_reports_of_one_event_are_each_their_own_origin():
    reports = _independent(FLOODS)  # eleven reports of the Derna floods, in five languages
    found = origins_of(reports)
    assert len(reports) == 11
    assert {name: origin for name, (origin, _) in found.items()} == {p.name: p.name for p in reports}
    assert all(links == () for _, links in found.values())


def _links_with(extra: list[Path]) -> tuple[dict, dict]:
    alone = origins_of(sorted(CRASH.glob("0[1-5]_*.txt")))
    together = origins_of(sorted(CRASH.glob("*.txt")) + extra)
    return alone, {name: together[name] for name in alone}


def test_links_do_not_move_when_reports_of_another_story_or_more_of_this_one_are_added():
    alone, together = _links_with(sorted((CORPORA / "titan-submersible-2023").glob("*.txt")))
    assert alone["04_odnako.txt"][1] == ("02_opinione_tass.txt",)  # a rewrite of the agency's story
    assert alone["03_ibtimes.txt"][0] == alone["02_opinione_tass.txt"][0]  # its copy
    assert together == alone


def test_links_do_not_move_when_a_story_naming_the_same_organisations_is_added():
    alone, together = _links_with(sorted(FLOODS.glob("*.txt")))
    assert together == alone


def test_of_two_dated_reports_that_rewrite_each_other_the_later_is_the_rewrite():
    # The 22 June page reuses the 19 June agency story's paragraphs and adds the debris news; the
    # evidence runs both ways, and only the dates tell which came first.
    story = sorted((CORPORA / "titan-submersible-2023").glob("*.txt"))
    found = origins_of(story)
    assert found["02_latfusa.txt"][0] == "01_shropshirestar.txt"
    assert found["01_shropshirestar.txt"][0] == "01_shropshirestar.txt"
