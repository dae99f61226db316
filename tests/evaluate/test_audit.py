"""Audits: a seeded sample of a stored run, marks kept across saves, audited precision in evaluate."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner

from corroborate import store
from corroborate.cli import main
from corroborate.evaluate import audit

from ..conftest import copy_store


def dossier_of(db: Path) -> dict:
    conn = store.connect(db)
    try:
        return store.load_dossier(conn)[1]
    finally:
        conn.close()


def test_the_same_seed_draws_the_same_items_and_each_has_its_sentences(hostages_store: Path):
    dossier = dossier_of(hostages_store)
    first, again = audit.sample(dossier, 10, seed=3), audit.sample(dossier, 10, seed=3)
    assert [i.key for i in first] == [i.key for i in again]
    assert [i.key for i in first] != [i.key for i in audit.sample(dossier, 10, seed=4)]
    texts = {s["file"]: s["text"] for s in dossier["sources"]}
    for item in first:
        assert item.sentences
        for s in item.sentences:
            assert texts[s.file][s.start : s.end] == s.text


def test_a_kind_can_be_drawn_alone(hostages_store: Path):
    drawn = audit.sample(dossier_of(hostages_store), 50, seed=0, kinds=[audit.AuditKind.EVENT])
    assert drawn and {i.kind for i in drawn} == {audit.AuditKind.EVENT}


def test_marks_survive_a_later_save_and_give_the_audited_precision(hostages_store: Path, tmp_path: Path):
    dossier = dossier_of(hostages_store)
    items = audit.sample(dossier, 4, seed=1)
    path = tmp_path / "audit.json"
    marked = [replace(i, verdict=v) for i, v in
              zip(items, [audit.Verdict.RIGHT, audit.Verdict.RIGHT, audit.Verdict.WRONG, None], strict=True)]
    audit.save(path, marked, dossier, seed=1)
    audit.save(path, items, dossier, seed=1)  # the same items unmarked: the marks stay
    scores = audit.audited_scores(tmp_path)
    assert scores.values["audited_precision"] == 2 / 3
    assert scores.counts["audited"] == 3
    assert "audited_precision" in audit.audited_scores(tmp_path / "nothing").vacuous


def test_the_audit_command_prints_items_and_saves_marks(hostages_store: Path, tmp_path: Path):
    db = copy_store(hostages_store, tmp_path / "c.db")
    out = tmp_path / "audit.json"
    result = CliRunner().invoke(main, ["audit", "--db", str(db), "--sample", "3", "--seed", "2", "--mark",
                                       "--save", str(out)], input="r\nw\ns\n")
    assert result.exit_code == 0, result.output
    assert result.output.count("right, wrong, skip or quit?") == 3
    saved = json.loads(out.read_text("utf-8"))["items"]
    assert [i["verdict"] for i in saved] == ["right", "wrong", None]
