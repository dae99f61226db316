"""CSV tables and FollowTheMoney entities, from the bundled real story."""

from __future__ import annotations

import csv
import io
import json

import pytest
from followthemoney import model

from corroborate.report import exports


@pytest.fixture(scope="module")
def tables(example_dossier: dict) -> dict[str, list[dict[str, str]]]:
    return {name: list(csv.DictReader(io.StringIO(text))) for name, text in exports.csv_tables(example_dossier).items()}


def test_csv_has_one_table_per_kind_of_item_with_one_row_each(tables: dict, example_dossier: dict):
    assert set(tables) == {"entities.csv", "claims.csv", "conflicts.csv", "events.csv", "exchanges.csv"}
    assert len(tables["entities.csv"]) == len(example_dossier["entities"])
    assert len(tables["claims.csv"]) == len(example_dossier["claims"])
    assert len(tables["events.csv"]) == len(example_dossier["events"])
    assert len(tables["exchanges.csv"]) == len(example_dossier["exchanges"])
    assert len(tables["conflicts.csv"]) == sum(len(c["values"]) for c in example_dossier["conflicts"])


def test_csv_cells_hold_names_spellings_and_report_files(tables: dict):
    person = next(r for r in tables["entities.csv"] if r["name"] == "Sviatlana Tsikhanouskaya")
    assert "Svetlana Tikhanovskaya" in person["aliases"].split(exports.JOIN)
    assert "003_a24a6e3f3a2234d6.txt: 5" in person["reports"].split(exports.JOIN)
    value = next(r for r in tables["conflicts.csv"] if r["value"] == "more than 430")
    assert value["reports"] == "004_a64130b0911762c4.txt"
    assert "Belarus has freed more than 430" in value["sentences"]
    subjects = {r["subject"] for r in tables["claims.csv"]}
    assert "Mikola Statkevich" in subjects and not any(s.startswith("ent-") for s in subjects)
    parties = {r["given_by"] for r in tables["exchanges.csv"]}
    assert "Alexander Lukashenko" in parties


def test_followthemoney_entities_pass_the_library_model(example_dossier: dict):
    found = exports.ftm_entities(example_dossier)
    ids = {e["id"] for e in found}
    assert len(ids) == len(found)  # no two entities share an id
    for data in found:
        proxy = model.get_proxy(json.loads(json.dumps(data)), cleaned=False)
        assert proxy.to_dict() == data
        for name in proxy.schema.required:
            assert proxy.get(name), (proxy.schema.name, name)
        for prop, value in proxy.itervalues():
            assert prop.type.validate(value), (prop.name, value)  # as the model would clean it
            if prop.type.name == "entity":
                assert value in ids, (prop.name, value)  # every reference resolves in the export


def test_followthemoney_has_an_article_per_report_and_typed_entities(example_dossier: dict):
    found = exports.ftm_entities(example_dossier)
    by_schema: dict[str, list[dict]] = {}
    for e in found:
        by_schema.setdefault(e["schema"], []).append(e)
    assert len(by_schema["Article"]) == len(example_dossier["sources"])
    assert len(by_schema["Event"]) == len(example_dossier["events"])
    people = {e["properties"]["name"][0]: e for e in by_schema["Person"]}
    assert "Svetlana Tikhanovskaya" in people["Sviatlana Tsikhanouskaya"]["properties"]["alias"]
    assert {"Belarus", "Ukraine"} <= {e["properties"]["name"][0] for e in by_schema["Address"]}
    mentioned = {m["properties"]["resolved"][0] for m in by_schema["Mention"]}
    assert people["Alexander Lukashenko"]["id"] in mentioned
    involved = {i for ev in by_schema["Event"] for i in ev["properties"].get("involved", [])}
    assert people["Alexander Lukashenko"]["id"] in involved
