"""`corroborate check`: the command, its JSON document and the annotated article."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from corroborate.cli import main

from ..conftest import copy_store

ARTICLE = (
    "Valdoria frees fighters in hostage swap\n\n"
    "Coastline Courier, March 16, 2026\n\n"
    "Valdoria's government released 41 militia fighters on Friday in exchange for three foreign aid "
    "workers held by the Red Ridge militia, officials in Porto Lenz said.\n\n"
    "Interior Minister Paulo Restrepo thanked Oman for mediating the swap, which freed the fighters "
    "from Kessel prison.\n\n"
    "Analysts think the swap will ease tensions along the border. <script>alert(1)</script>\n"
)


def test_check_prints_each_verdict_and_writes_the_annotated_article(hostages_store: Path, tmp_path: Path):
    db = copy_store(hostages_store, tmp_path / "c.db")
    article = tmp_path / "courier.txt"
    article.write_text(ARTICLE, "utf-8")
    html = tmp_path / "checked.html"
    result = CliRunner().invoke(main, ["check", str(article), "--db", str(db), "--html", str(html)])
    assert result.exit_code == 0, result.output
    assert "story: shares" in result.output and "hostages" in result.output
    assert "[contradicted] '41'" in result.output and "- 01_herald.txt" in result.output
    assert "+ 03_wire.txt" in result.output  # the same value elsewhere is listed too
    page = html.read_text("utf-8")
    assert 'class="v-contradicted"' in page and 'href="#ev-0"' in page and 'id="ev-0"' in page
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_check_json_gives_spans_and_evidence_by_file(hostages_store: Path, tmp_path: Path):
    db = copy_store(hostages_store, tmp_path / "c.db")
    article = tmp_path / "courier.txt"
    article.write_text(ARTICLE, "utf-8")
    result = CliRunner().invoke(main, ["check", str(article), "--db", str(db), "--story", "hostages", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["format"] == "corroborate-check/1" and doc["story"] == "hostages" and doc["choice"] is None
    (fighters,) = [s for s in doc["statements"] if s["value"] == "41"]
    assert fighters["verdict"] == "contradicted" and fighters["support"]
    against = fighters["against"]
    assert {a["file"] for a in against} >= {"01_herald.txt"} and {a["value"] for a in against} == {"40"}
    here = fighters["here"]
    assert ARTICLE.find("41") == here["value_start"] and here["value_end"] == here["value_start"] + 2
    assert any(n["why"].startswith("an opinion") for n in doc["not_checkable"])


def test_check_against_an_unknown_story_fails_in_one_line(hostages_store: Path, tmp_path: Path):
    db = copy_store(hostages_store, tmp_path / "c.db")
    article = tmp_path / "courier.txt"
    article.write_text(ARTICLE, "utf-8")
    result = CliRunner().invoke(main, ["check", str(article), "--db", str(db), "--story", "no-such-story"])
    assert result.exit_code == 1 and "no story 'no-such-story'" in result.output
