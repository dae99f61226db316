"""Every output names entities: no internal entity id where a name exists.

Two stores: the bundled real story (place claims, event actors and places, exchange parties,
claim subjects), and two short records that send the same people to different places (a place
conflict, whose values are entities)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html

from corroborate import pipeline, report
from corroborate.cli import main
from corroborate.report import exports, listings

PLACE_RECORDS = [
    {"text": "The government released 20 prisoners to Lithuania in May, officials in Vilnius confirmed.",
     "published": "2026-06-01", "outlet": "Harbour Post"},
    {"text": "The government released 20 prisoners to Poland in May, according to rights groups.",
     "published": "2026-06-02", "outlet": "Valley Times"},
]
# The listing commands, and the extra arguments each needs to list everything.
LISTINGS = {"stories": [], "runs": [], "sources": [], "entities": [], "conflicts": [], "claims": [],
            "timeline": ["--undated"]}


@pytest.fixture(scope="module")
def place_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("places")
    (tmp / "reports.jsonl").write_text("".join(json.dumps(r) + "\n" for r in PLACE_RECORDS), "utf-8")
    pipeline.build([tmp / "reports.jsonl"], tmp / "out", tmp / "c.db")
    return tmp / "c.db"


@pytest.fixture(scope="module", params=["example", "places"])
def built(request: pytest.FixtureRequest, place_store: Path) -> tuple[Path, dict]:
    """A store and its latest dossier."""
    if request.param == "example":
        example_build = request.getfixturevalue("example_build")
        db = example_build.dossier_path.parent.parent / "c.db"
    else:
        db = place_store
    dossier = json.loads((db.parent / "out" / "dossier.json").read_text("utf-8"))
    return db, dossier


def test_a_place_conflict_names_its_places(place_store: Path):
    dossier = json.loads((place_store.parent / "out" / "dossier.json").read_text("utf-8"))
    (conflict,) = [c for c in dossier["conflicts"] if c["kind"] == "place"]
    assert {v["value"] for v in conflict["values"]} <= {e["id"] for e in dossier["entities"]}  # ids inside
    assert {v["name"] for v in conflict["values"]} == {"Lithuania", "Poland"}
    shown = CliRunner().invoke(main, ["conflicts", "--db", str(place_store)]).stdout
    assert "  Lithuania\n" in shown and "  Poland\n" in shown
    told = report.render_markdown(dossier)
    assert any(f"report says {a} while 1 report says {b}" in told for a, b in (("Lithuania", "Poland"),
                                                                                ("Poland", "Lithuania")))
    assert {"Lithuania", "Poland"} <= {v["shown"] for c in listings.conflicts(dossier) for v in c["values"]}


def test_no_output_holds_an_internal_entity_id(built: tuple[Path, dict], tmp_path: Path):
    db, dossier = built
    ids = {e["id"] for e in dossier["entities"]}
    assert ids
    outputs = _cli_outputs(db, tmp_path) | _library_outputs(dossier)
    for name, text in outputs.items():
        leaked = sorted(i for i in ids if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", text))
        assert not leaked, f"{name} shows {leaked[:3]}"


def _cli_outputs(db: Path, tmp_path: Path) -> dict[str, str]:
    runner = CliRunner()
    found = {}
    for command, extra in LISTINGS.items():
        table = runner.invoke(main, [command, "--db", str(db), *extra])
        assert table.exit_code == 0, table.output
        listed = runner.invoke(main, [command, "--db", str(db), "--json", *extra])
        assert listed.exit_code == 0, listed.output
        document = json.loads(listed.stdout)
        if command == "entities":  # an entity's own row keeps its id, beside its name
            document["items"] = [{k: v for k, v in e.items() if k != "id"} for e in document["items"]]
            table_text = "\n".join(line.split("  ", 1)[-1] for line in table.stdout.splitlines())
        else:
            table_text = table.stdout
        found[command] = table_text
        found[f"{command} --json"] = json.dumps(document)
    drawn = runner.invoke(main, ["audit", "--db", str(db), "--sample", "1000"])  # every item of the run
    assert drawn.exit_code == 0, drawn.output
    found["audit"] = drawn.stdout
    exported = runner.invoke(main, ["export", "--db", str(db), "--csv", str(tmp_path / "csv"),
                                    "--claimreview", str(tmp_path / "cr.json"), "--markdown", str(tmp_path / "a.md")])
    assert exported.exit_code == 0, exported.output
    for path in [*(tmp_path / "csv").iterdir(), tmp_path / "cr.json", tmp_path / "a.md"]:
        text = path.read_text("utf-8")
        if path.name == "entities.csv":
            text = "\n".join(line.split(",", 1)[-1] for line in text.splitlines())
        found[path.name] = text
    return found


def _library_outputs(dossier: dict) -> dict[str, str]:
    page = html.fromstring(report.render_html(dossier))
    for hidden in page.xpath("//script | //style"):
        hidden.drop_tree()
    names = [e for e in exports.ftm_entities(dossier)]
    return {"report.html (text)": page.text_content(), "FollowTheMoney": json.dumps(names)}
