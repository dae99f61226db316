from __future__ import annotations

import json
from pathlib import Path

import pytest

from corroborate import ingest, pipeline
from corroborate.model import Source

OUTLETS = ("Harbour Post", "Valley Times", "Coastline Courier", "Northgate Ledger")

# An invented wire story, long enough for a copy of it to be recognised as one.
WIRE = (
    "Riot police arrested 40 protesters on March 10 outside the parliament in Valdora, the interior "
    "ministry said, after a night of clashes over a proposed fuel tax.\n\n"
    "The protesters had gathered in the central square on Sunday evening and marched towards the "
    "parliament building, where officers used water cannon to disperse the crowd.\n\n"
    "Opposition leader Maren Holtby condemned the arrests and called on the government to withdraw "
    "the tax, which would raise the price of diesel by a fifth from next month.\n\n"
    "The interior ministry said 12 officers were injured during the clashes and that the arrested "
    "protesters would appear in court later this week."
)


def records(tmp_path: Path, *reports: tuple[str, str]) -> list[Source]:
    """One-record reports, (text, published day) each, each from another outlet, cleaned."""
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for i, ((text, day), outlet) in enumerate(zip(reports, OUTLETS, strict=False)):
        record = {"text": text, "published": day, "outlet": outlet, "title": f"Report {i}"}
        (folder / f"r{i}.json").write_text(json.dumps(record), "utf-8")
    sources, rejections = pipeline.clean_all(ingest.read_inputs(sorted(folder.iterdir())).documents)
    assert not rejections
    return sources


@pytest.fixture
def make_sources(tmp_path: Path):
    return lambda *reports: records(tmp_path, *reports)
