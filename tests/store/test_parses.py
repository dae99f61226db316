"""Cached parses: a rebuild parses only new sources, and its dossier is the same to the byte."""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path

import pytest

from corroborate import extract, ingest, pipeline, store
from corroborate.extract import nlp
from corroborate.store.parses import ParseKey, load_parses, save_parses

from ..conftest import EXAMPLES

# The parts of a dossier that say when it was made: everything else must match between builds.
RUN_STAMPS = {"generated_at"}


def _without_stamps(dossier: dict) -> str:
    return json.dumps({k: v for k, v in dossier.items() if k not in RUN_STAMPS}, sort_keys=True, ensure_ascii=False)


def _parse_counter(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the texts the model parses (not those read from the cache)."""
    parsed: list[int] = []
    real = nlp._parse_texts

    def counting(sources, *args):  # type: ignore[no-untyped-def]
        parsed.append(len(sources))
        return real(sources, *args)

    monkeypatch.setattr(nlp, "_parse_texts", counting)
    return parsed


def test_a_rebuild_reads_every_parse_from_the_store_and_writes_the_same_dossier(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    parsed = _parse_counter(monkeypatch)
    first = pipeline.build([EXAMPLES], tmp_path / "a", tmp_path / "c.db")
    second = pipeline.build([EXAMPLES], tmp_path / "b", tmp_path / "c.db")
    assert parsed == [len(first.sources), 0]  # the second build parsed nothing
    assert _without_stamps(first.dossier) == _without_stamps(second.dossier)
    with closing(store.connect(tmp_path / "c.db")) as conn:
        assert conn.execute("SELECT count(*) FROM parses").fetchone() == (len(first.sources),)


def test_the_cache_gives_the_same_analysis_as_a_fresh_parse(tmp_path: Path):
    sources, _ = pipeline.clean_all(ingest.read_inputs([EXAMPLES]).documents)
    fresh = pipeline.analyse(sources)
    with closing(store.connect(tmp_path / "c.db")) as conn:
        pipeline.analyse(sources, conn=conn)  # fills the cache
        cached = pipeline.analyse(sources, conn=conn)
    assert cached == fresh


def test_a_new_source_is_the_only_one_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    sources, _ = pipeline.clean_all(ingest.read_inputs([EXAMPLES]).documents)
    parsed = _parse_counter(monkeypatch)
    with closing(store.connect(tmp_path / "c.db")) as conn:
        extract.parse(sources[:-1], conn=conn)
        again = extract.parse(sources, conn=conn)
    assert parsed == [len(sources) - 1, 1]
    assert [p.doc.text for p in again] == [s.text for s in sources]


def test_another_model_version_misses_the_cache(tmp_path: Path):
    key = ParseKey("ab" * 32, "en", "some_model", "1.0.0", "3.0.0")
    with closing(store.connect(tmp_path / "c.db")) as conn:
        save_parses(conn, {key: b"doc"})
        save_parses(conn, {key: b"other"})  # the same key keeps its first parse
        assert load_parses(conn, [key]) == {key: b"doc"}
        for changed in ({"model_version": "1.0.1"}, {"engine_version": "3.0.1"}, {"language": "fr"}):
            assert load_parses(conn, [ParseKey(**{**key.__dict__, **changed})]) == {}


def test_the_key_follows_the_text_not_the_file(tmp_path: Path):
    sources, _ = pipeline.clean_all(ingest.read_inputs([EXAMPLES]).documents)
    keys = {nlp.parse_key(s) for s in sources}
    assert len(keys) == len(sources)
    assert all(k.model == nlp.MODEL and k.engine_version for k in keys)


def test_the_key_changes_with_the_modules_own_parse_steps(monkeypatch: pytest.MonkeyPatch):
    sources, _ = pipeline.clean_all(ingest.read_inputs([EXAMPLES]).documents)
    before = nlp.parse_key(sources[0])
    monkeypatch.setattr(nlp, "PARSE_STEPS_VERSION", nlp.PARSE_STEPS_VERSION + 1)
    assert nlp.parse_key(sources[0]) != before


def test_a_damaged_parse_table_is_a_store_error(tmp_path: Path):
    with closing(store.connect(tmp_path / "c.db")) as conn:
        conn.execute("DROP TABLE parses")
        with pytest.raises(store.StoreError):
            load_parses(conn, [ParseKey("x", "en", "m", "1", "2")])
