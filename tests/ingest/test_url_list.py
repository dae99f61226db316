"""A text file of web addresses is refused as a list to fetch, not read as an article."""

from __future__ import annotations

from pathlib import Path

from corroborate.ingest import read_inputs

from ..conftest import EXAMPLES
from . import makers


def test_a_list_of_urls_is_refused_with_the_command_that_fetches_it(tmp_path: Path):
    urls = [r.url for r in makers.story("baltimore-bridge-2024") if r.url]
    (tmp_path / "links.txt").write_text("# to read\n" + "\n".join(urls) + "\n")
    ingested = read_inputs([tmp_path])
    assert not ingested.documents
    assert [str(r) for r in ingested.rejections] == [
        f"{tmp_path / 'links.txt'}: a list of {len(urls)} web addresses, not a report; "
        "download the pages with `corroborate fetch --urls links.txt`"
    ]


def test_a_single_address_is_a_list_of_one(tmp_path: Path):
    (tmp_path / "one.txt").write_text("https://example.org/news/1\n")
    (rejection,) = read_inputs([tmp_path]).rejections
    assert rejection.reason.startswith("a list of 1 web addresses, not a report")


def test_a_report_with_a_link_or_two_on_their_own_lines_is_read(tmp_path: Path):
    text = makers.story("baltimore-bridge-2024")[0].text
    (tmp_path / "note.txt").write_text(text + "\nhttps://example.org/a\nhttps://example.org/b\n")
    assert len(read_inputs([tmp_path]).documents) == 1


def test_no_development_report_is_taken_for_a_url_list():
    paths = [*sorted(makers.CORPORA.glob("*/*.txt")), EXAMPLES]
    ingested = read_inputs(paths)
    assert not [r for r in ingested.rejections if "web addresses" in r.reason]
    assert len(ingested.documents) >= 119
