"""Derivation and independence: who copies, translates, rewrites or cites whom."""

from __future__ import annotations

import random
import re
from pathlib import Path

from corroborate import ingest, pipeline

from ..conftest import FIXTURES, source_by_file

SAILORS = FIXTURES / "stories" / "sailors"


def origins_of(folder: Path) -> dict[str, tuple[str, list]]:
    """file name -> (file name of its origin, its derived_from links)."""
    sources, rejections = pipeline.clean_all(ingest.read_inputs([folder]).documents)
    assert not rejections
    names = {s.id: s.doc.name for s in sources}
    found = pipeline.analyse(sources).origins
    return {names[o.source]: (names[o.origin], list(o.derived_from)) for o in found}


def test_example_rewrite_and_retelling_derive_from_the_investigation(example_dossier: dict):
    original = source_by_file(example_dossier, "001")
    for prefix in ("000", "002"):
        derived = source_by_file(example_dossier, prefix)
        assert derived["origin"] == original["id"], prefix
        assert original["id"] in {d["source"] for d in derived["derived_from"]}
    for prefix in ("001", "003", "004"):
        source = source_by_file(example_dossier, prefix)
        assert source["origin"] == source["id"] and source["derived_from"] == [], prefix


def test_example_explicit_attribution_is_a_citation(example_dossier: dict):
    retelling = source_by_file(example_dossier, "000")
    cites = [d for d in retelling["derived_from"] if d["kind"] == "cites"]
    assert cites and cites[0]["source"] == source_by_file(example_dossier, "001")["id"]
    assert any("Wall Street Journal" in e for e in cites[0]["evidence"])  # cited name vs outlet "wsj.com"


def test_sailors_retelling_cites_and_the_others_are_independent():
    found = origins_of(SAILORS)
    assert found["02_ledger.txt"][0] == "01_courier.txt"
    assert [d.kind for d in found["02_ledger.txt"][1]] == ["cites"]
    for name in ("01_courier.txt", "03_wire.txt", "04_russian.txt"):
        assert found[name] == (name, []), name


# Paraphrase: other words for the same facts, as rewriting desks and AI rewriters do.
SYNONYMS = {
    "released": "freed", "freed": "let go", "detention": "custody", "accused": "charged", "talks": "negotiations",
    "said": "stated", "campaigned": "lobbied", "thanked": "expressed gratitude to", "businessman": "entrepreneur",
    "months": "months in all", "flew": "travelled", "represented": "acted for",
}


OUTLETS = [f"{place} {paper}" for place in ("Northern", "Coastal", "Harbour", "Valley", "Capital")
           for paper in ("Times", "Herald", "Gazette", "Record")]


def paraphrase(text: str, rng: random.Random) -> str:
    """Swap most words that have a synonym, drop one sentence, shuffle the paragraphs."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(1)
        return SYNONYMS.get(word, word) if rng.random() < 0.7 else word

    words = re.sub(r"\b(\w+)\b", swap, text)
    paragraphs = [p for p in words.split("\n\n") if p.strip()]
    return reorder(paragraphs[2:], rng)  # after the title and the byline block


def reorder(body: list[str], rng: random.Random) -> str:
    """The paragraphs in another order, one sentence of the first left out."""
    rng.shuffle(body)
    sentences = re.split(r"(?<=\.) ", body[0])
    if len(sentences) > 1:
        sentences.pop(rng.randrange(len(sentences)))
    body[0] = " ".join(sentences)
    return "\n\n".join(body)


def test_twenty_paraphrases_and_two_independent_reports_are_three_origins(tmp_path: Path):
    rng = random.Random(7)
    original = (SAILORS / "01_courier.txt").read_text("utf-8")
    for k, outlet in enumerate(OUTLETS):
        body = paraphrase(original, rng)
        header = f"Sailors home after eight months\n\n{outlet}, March {15 + k % 10}, 2026\n\n"
        (tmp_path / f"copy{k:02d}.txt").write_text(header + body, "utf-8")
    for name in ("03_wire.txt", "04_russian.txt"):
        (tmp_path / name).write_bytes((SAILORS / name).read_bytes())
    found = origins_of(tmp_path)
    assert len({origin for origin, _ in found.values()}) == 3
    assert found["03_wire.txt"][0] == "03_wire.txt" and found["04_russian.txt"][0] == "04_russian.txt"


def test_an_agency_story_naming_a_broadcaster_as_its_source_does_not_cite_its_page(tmp_path: Path):
    (tmp_path / "01_harbourtv.txt").write_text(
        "Harbour TV\nWorld | Europe\nPort authority confirms transfer of frozen funds to two banks\n\n"
        "The governor of the Lisbon port authority, Tomas Ferreira, confirmed on Monday that 4.2 billion "
        "euros had reached two accounts at Banco Atlantico and Banco Meridional.\n\n"
        "Ferreira said the money would be used only for food and medicine imports, speaking to Harbour TV "
        "in the capital.\n",
        "utf-8",
    )
    (tmp_path / "02_wire.txt").write_text(
        "Valley Daily\nWorld | Europe\nSeven sailors fly home in prisoner exchange\n\n"
        "LISBON, May 4 (Reuters) - Seven sailors held for two years left the country by air on Tuesday in "
        "an exchange brokered by Norway, officials said.\n\n"
        "Three of the sailors had already landed in Oslo, Harbour TV reported. That account could not be "
        "confirmed independently.\n\n"
        "The exchange also freed four fishermen held abroad since 2024, according to the foreign ministry.\n",
        "utf-8",
    )
    found = origins_of(tmp_path)
    assert found["02_wire.txt"] == ("02_wire.txt", [])
