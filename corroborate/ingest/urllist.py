"""A text file of web addresses is a list of pages to fetch, not a report: refuse it, saying so."""

from __future__ import annotations

import re

from corroborate.errors import InputError

# A file whose non-blank lines are at least this share bare web addresses is a list of links.
# Reports put an address on a line of its own only now and then (a source, a "read more" link):
# in the 119 reports of the development stories (corpora/) and the example story, not one line is a
# bare address, while a list saved from a browser or a spreadsheet is all addresses, or nearly
# (a heading, a comment line). Half sits far from both.
URL_LIST_SHARE = 0.5
_URL_LINE = re.compile(r"^(?:[-*\d.)\s]*)<?https?://\S+>?$", re.I)


def refuse_url_list(content: str, where: str, name: str) -> None:
    """Raise InputError when `content` is mostly web addresses, one a line."""
    lines = [line.strip() for line in content.splitlines() if line.strip()]
    urls = sum(1 for line in lines if _URL_LINE.match(line))
    if urls and urls >= URL_LIST_SHARE * len(lines):
        raise InputError(
            where,
            f"a list of {urls} web addresses, not a report; download the pages with "
            f"`corroborate fetch --urls {name}`",
        )
