"""A page's furniture states no fact: a date line makes no quantity."""

from __future__ import annotations

from pathlib import Path

from .test_quantities import quantities_of


def test_a_date_line_is_no_count(tmp_path: Path):
    text = "15 JUN 2023, 14:20\n\nEighteen people have died in the floods, the governor said on Thursday."
    assert [q.value for q in quantities_of(tmp_path, text)] == [18]

