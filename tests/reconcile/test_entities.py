"""Entity resolution on real reports (the example) and on our own invented multi-outlet story."""

from __future__ import annotations

from dataclasses import replace

import pytest

from corroborate import extract, ingest, pipeline
from corroborate.model import EntityType
from corroborate.reconcile import resolve

from ..conftest import EXAMPLES, FIXTURES

SAILORS = FIXTURES / "stories" / "sailors"


def entity_of(dossier: dict, alias: str) -> dict:
    holders = [e for e in dossier["entities"] if alias in e["aliases"]]
    assert len(holders) == 1, f"{alias!r} is in {len(holders)} entities"
    return holders[0]


@pytest.mark.parametrize(
    "aliases",
    [
        ["Youras Ziankovich", "Yuri Zenkovich", "Ziankovich", "Zenkovich"],
        ["Maria Kalesnikava", "Maria Kolesnikova", "Kolesnikova"],
        ["Sergei Tikhanovsky", "Sergey Tikhanovsky", "Siarhei Tsikhanouskiy", "Siarhei Tsikhanouski"],
        ["Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya", "Tikhanovskaya"],
        ["John P. Coale", "John Coale", "Coale"],
    ],
)
def test_example_spellings_of_one_person_are_one_entity(example_dossier: dict, aliases: list[str]):
    entity = entity_of(example_dossier, aliases[0])
    assert entity["type"] == "person"
    assert set(aliases) <= set(entity["aliases"])


@pytest.mark.parametrize(
    ("a", "b"),
    [("Siarhei Tsikhanouski", "Sviatlana Tsikhanouskaya"), ("John P. Coale", "Greta Van Susteren"),
     ("Maria Kalesnikava", "Maryna Zolatava"), ("Alexander Lukashenko", "Belarus")],
)
def test_example_different_referents_stay_apart(example_dossier: dict, a: str, b: str):
    assert entity_of(example_dossier, a)["id"] != entity_of(example_dossier, b)["id"]


def test_types_are_corrected_from_context(example_dossier: dict):
    # NER calls the airline a place and the drug a person; apposition ("the state airline, X",
    # "X, an injectable drug") says otherwise.
    assert entity_of(example_dossier, "Belavia")["type"] == "organization"
    assert entity_of(example_dossier, "Zepbound")["type"] == "product"
    # A surname NER tagged as an organisation is still the person it abbreviates.
    assert entity_of(example_dossier, "Coale")["type"] == "person"


def test_every_merge_explains_itself(example_dossier: dict):
    entity = entity_of(example_dossier, "Siarhei Tsikhanouskiy")
    rules = {link["rule"] for link in entity["links"]}
    assert "same person across reports" in rules or "same person in one report" in rules
    features = " ".join(f for link in entity["links"] for f in link["features"])
    assert "Slavic romanisation skeleton" in features
    assert entity["type_votes"]["person"] > 0


def test_names_ner_missed_are_found_again(example_dossier: dict):
    # spaCy misses "Coale" at the start of many sentences ("Coale drove ..."); every occurrence in the
    # text is a mention of the entity.
    coale = entity_of(example_dossier, "Coale")
    for source in example_dossier["sources"]:
        text = source["text"]
        spans = {(m["start"], m["end"]) for m in coale["mentions"] if m["source"] == source["id"]}
        starts = {s for s, _ in spans}
        for i in (i for i in range(len(text)) if text.startswith("Coale", i)):
            assert i in starts or any(s <= i < e for s, e in spans), (source["file"], text[i - 30 : i + 20])


def test_sailors_story_other_regions_names():
    dossier_entities = pipeline.analyse(_clean(SAILORS)).entities
    by_alias = {a: e for e in dossier_entities for a in e.aliases}
    assert by_alias["Aleksandr Gritsenko"] is by_alias["Oleksandr Hrytsenko"]
    assert by_alias["Yelena Gritsenko"] is by_alias["Olena Hrytsenko"] is by_alias["Olena"]
    assert by_alias["Olena Hrytsenko"] is not by_alias["Oleksandr Hrytsenko"]
    assert by_alias["Mohamed el-Rachidi"] is by_alias["Muhammad Al Rashidi"] is by_alias["Mohammed al-Rashidi"]
    assert by_alias["Khalid el-Rachidi"] is not by_alias["Mohamed el-Rachidi"]
    assert by_alias["Anna Nowakowska"] is not by_alias["Wojciech Nowakowski"]
    assert by_alias["Aleksandr Melnik"] is by_alias["Oleksandr Melnyk"] is not by_alias["Oleksandr Hrytsenko"]
    assert by_alias["Rashidi Foundation"].type is EntityType.ORGANIZATION
    assert by_alias["Rashidi Foundation"] is not by_alias["Mohammed al-Rashidi"]
    assert by_alias["Courier"] is by_alias["Black Sea Courier"]


def test_blocking_keeps_comparisons_flat_as_reports_repeat():
    """Twenty copies of the example compare no more name pairs than one: identical spellings are
    hash-joined, and only distinct spellings sharing a key are compared."""
    sources = _clean(EXAMPLES)
    mentions = [m for p in extract.parse(sources) for m in extract.mentions(p)]
    texts = {s.id: s.text for s in sources}
    once = resolve(mentions, texts)
    copies = [replace(m, source=f"{m.source}-{k}") for k in range(20) for m in mentions]
    many = resolve(copies, {f"{i}-{k}": t for i, t in texts.items() for k in range(20)})
    assert many.groups == 20 * once.groups
    assert many.comparisons <= once.comparisons + 20  # + the ambiguous one-word names, tried per copy
    assert len(many.entities) == len(once.entities)


def test_every_mention_lands_in_exactly_one_entity():
    sources = _clean(SAILORS)
    mentions = [m for p in extract.parse(sources) for m in extract.mentions(p)]
    result = resolve(mentions, {s.id: s.text for s in sources})
    placed = [m for e in result.entities for m in e.mentions if m.label != "MATCH"]
    assert sorted(placed, key=repr) == sorted(mentions, key=repr)
    spans = [(m.source, m.start, m.end) for e in result.entities for m in e.mentions]
    assert len(spans) == len(set(spans))


def _clean(folder):
    ingested = ingest.read_inputs([folder])
    sources, rejections = pipeline.clean_all(ingested.documents)
    assert not rejections
    return sources
