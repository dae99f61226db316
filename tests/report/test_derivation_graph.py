"""The report's derivation graph: each link's kind and its evidence, the aligned passages side by
side; a possible link dashed, labelled "possible", and left out of every count."""

from __future__ import annotations

import copy

import lxml.html

from corroborate.report import render_html
from corroborate.report.views import views

from ..conftest import source_by_file

POSSIBLE = {
    "kind": "translation", "score": 0.2,
    "evidence": ["in fr and en, they share 4 details no other report names (Brandon Scott), and no word runs: "
                 "too weak to count"],
    "passages": [{"this": "Le maire de Baltimore, Brandon Scott, a décrit des morceaux de métal tordu.",
                  "other": "Baltimore Mayor Brandon Scott described twisted metal shooting into the water."}],
}


def with_possible(dossier: dict) -> dict:
    """The example's dossier with a possible link from its independent 003 to its independent 004."""
    changed = copy.deepcopy(dossier)
    target = source_by_file(changed, "004")
    source_by_file(changed, "003")["possibly_derived_from"] = [dict(POSSIBLE, source=target["id"])]
    return changed


def sources_section(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(html[html.index('<section id="sources">') :])


def test_a_link_shows_its_kind_and_its_aligned_passages_side_by_side(example_dossier: dict):
    page = sources_section(render_html(example_dossier))
    rewrite = source_by_file(example_dossier, "002")
    link = next(d for d in rewrite["derived_from"] if d["passages"])
    card = page.xpath(f"//article[@id='{rewrite['id']}']")[0]
    rows = card.xpath(".//table[contains(@class,'passages')]//tr[td]")
    cells = [[td.text_content() for td in tr.xpath("td")] for tr in rows]
    assert cells[0] == [f"“{link['passages'][0]['this']}”", f"“{link['passages'][0]['other']}”"]
    row = next(r for r in views(example_dossier)["sources"] if r["source"]["id"] == rewrite["id"])
    assert row["derived"] and not any(e.startswith("aligned: ") for d in row["derived"] for e in d["why"])
    edges = {"".join(t.xpath("text()")): t.xpath("title")[0].text_content() for t in page.xpath("//svg//text[title]")}
    label = next(label for label in edges if link["kind"] in label.split(", "))
    assert link["evidence"][0] in edges[label]  # the evidence in words, on the arrow's label


def test_a_possible_link_is_dashed_labelled_possible_and_changes_no_origin(example_dossier: dict):
    dossier = with_possible(example_dossier)
    graph = views(dossier)["graph"]
    [edge] = [e for e in graph["edges"] if e["possible"]]
    assert edge["label"] == "possible translation"
    assert [e for e in graph["edges"] if not e["possible"]] == views(example_dossier)["graph"]["edges"]
    page = sources_section(render_html(dossier))
    dashed = page.xpath("//svg//path[@stroke-dasharray]")
    assert len(dashed) == 1 and len(page.xpath("//svg//path[@marker-end]")) == 3
    card = page.xpath(f"//article[@id='{source_by_file(dossier, '003')['id']}']")[0]
    assert "Possibly derived from another report" in card.text_content()
    assert "Brandon Scott described" in card.xpath(".//table[contains(@class, 'passages')]")[0].text_content()
    assert "own origin" in page.xpath("//table//tr[td]")[_row(dossier, "003")].text_content()


def _row(dossier: dict, prefix: str) -> int:
    return next(i for i, s in enumerate(dossier["sources"]) if s["file"].startswith(prefix))
