"""Fuzzed input through ingest and clean: the only exception ever raised is our own.

A bounded hypothesis budget (a few hundred inputs, seconds) for CI; the long run is
`python bench/fuzz_ingest.py 100000`. Inputs that once crashed a run are kept in
tests/fixtures/fuzz-crashes/ and replayed here.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corroborate.clean import clean
from corroborate.errors import CorroborateError
from corroborate.ingest import input_file, read_stored
from corroborate.model import Source

from ..conftest import FIXTURES, ROOT

CRASHES = sorted((FIXTURES / "fuzz-crashes").iterdir())
PAGES = [p.read_bytes()[:6000] for p in sorted([*ROOT.glob("corpora/*/0[1-3]_*.txt"), FIXTURES / "pages/bridge.html"])]
SUFFIXES = (".txt", ".md", ".html", ".json", ".jsonl")
HOSTILE = (b"<svg><table></table><e>", b"<math><select></select><p>", b"<!--", b"<![CDATA[", b"\x00", b"\xff",
           b"\xc3", b"\xef\xbb\xbf", b'<meta charset="utf-16">', b"<div>" * 300, b"\r", b"\xe2\x80\xa8")
BUDGET = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


def read_and_clean(name: str, data: bytes) -> list[Source]:
    """What an upload goes through before extraction; a CorroborateError is a fine answer."""
    sources = []
    for doc in read_stored([input_file(name, data)]).documents:
        with contextlib.suppress(CorroborateError):
            sources.append(clean(doc))
    return sources


@st.composite
def mutated_pages(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(PAGES)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.sampled_from(HOSTILE) | st.binary(max_size=8))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40)
    | st.sampled_from(["javascript:alert(1)", "https://example.org/a", "<svg><table></table><e>text"]),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(["text", "html", "url", "title", "outlet", "published"]), inner, max_size=4),
    max_leaves=12,
)


@BUDGET
@given(st.sampled_from(SUFFIXES), st.binary(max_size=600))
def test_random_bytes(suffix: str, data: bytes):
    read_and_clean("fuzz" + suffix, data)


@BUDGET
@given(st.sampled_from((".txt", ".html")), mutated_pages())
def test_mutated_real_pages(suffix: str, data: bytes):
    read_and_clean("fuzz" + suffix, data)


@BUDGET
@given(st.lists(JSON_VALUES, min_size=1, max_size=4), st.booleans())
def test_random_json(records: list[object], lines: bool):
    if lines:
        read_and_clean("fuzz.jsonl", b"\n".join(json.dumps(r).encode() for r in records))
    else:
        read_and_clean("fuzz.json", json.dumps(records).encode())


@pytest.mark.parametrize("path", CRASHES, ids=[p.name for p in CRASHES])
def test_inputs_that_once_crashed_a_run(path: Path):
    sources = read_and_clean(path.name, path.read_bytes())
    if path.suffix.startswith(".htm"):  # the text after the crashing markup is kept, and the failure said
        (source,) = sources
        assert source.text.strip().endswith(".")
        assert any(e.field == "text" and "AssertionError" in e.rule for e in source.meta.evidence)
