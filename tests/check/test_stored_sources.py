"""A stored run's sources read back from the store equal the sources the run analysed."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from corroborate import ingest, pipeline, store
from corroborate.store.sources import load_sources

from ..conftest import STORIES


def test_a_run_s_sources_read_back_equal_the_cleaned_sources(hostages_store: Path):
    with closing(store.connect(hostages_store)) as conn:
        (summary,) = store.list_stories(conn)
        loaded = load_sources(conn, summary.latest_run)
    cleaned, _ = pipeline.clean_all(ingest.read_inputs([STORIES / "hostages"]).documents)
    assert [s.id for s in loaded] == [s.id for s in cleaned]
    for got, want in zip(loaded, cleaned, strict=True):
        assert (got.text, got.meta, got.removed, got.sha256) == (want.text, want.meta, want.removed, want.sha256)
        assert got.doc.name == want.doc.name and got.doc.fmt == want.doc.fmt
