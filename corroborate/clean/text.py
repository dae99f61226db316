"""Plain-text cleaning: drop page furniture copied along with an article, keep the article.

    clean_text(text) -> (cleaned, removed blocks)

Text pasted or saved from a web page carries comment sections, share and audio widgets,
newsletter prompts, promotional tails and photo captions. Each rule below looks at the
*structure* of the page (where a line stands, how long it is, whether it repeats, whether it
ends a page) and at the *language* of page furniture in several languages; none knows anything
about a particular story. A rule claims whole lines; every claimed line goes into a
RemovedBlock with the rule's name, so nothing is lost and every removal explains itself.
Kept lines are copied verbatim (trailing spaces trimmed, runs of blank lines folded to one).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from corroborate import lang
from corroborate.lang.xx import furniture
from corroborate.model import RemovedBlock, RemovedKind

# Lines up to this long may be page widgets (buttons, prompts). Real sentences are longer, and
# every widget pattern below must match the whole line anyway.
WIDGET_MAX_CHARS = 160
# A comment-section header in the last part of a page starts the comment tail; earlier on
# (e.g. "0 Comments" under a headline) it is only a counter widget. Share of the text before it.
COMMENT_TAIL_MIN_POSITION = 0.5
# Headerless reader comments: a trailing run of at least this many short lines...
SPAM_RUN_MIN_LINES = 4
SPAM_LINE_MAX_CHARS = 200
# ... in which at least this share of the lines repeat another line of the run (bots, spam).
SPAM_MIN_REPEAT_SHARE = 0.25
# The page header: the first lines, where titles, datelines, counters and repeated titles sit.
# It ends at the first paragraph of body text: a long line, or a shorter one ending a sentence.
HEADER_LINES = 12
BODY_LINE_MIN_CHARS = 200
BODY_SENTENCE_MIN_CHARS = 100
HEADING_MAX_CHARS = 300
CAPTION_MAX_CHARS = 320
PROMO_TAIL_LINES = 3
PROMO_MAX_CHARS = 200

# Cleaning runs before the report's language is known (it is detected from the cleaned text), so
# the furniture of every language we read is tried on every page (lang/xx/furniture.py).
COMMENT_HEADER = re.compile(furniture.COMMENT_HEADER, re.I | re.X)

WIDGET_PATTERNS: tuple[tuple[RemovedKind, str, re.Pattern[str]], ...] = tuple(
    (kind, name, re.compile(rf"^(?:{furniture.WIDGETS[kind.value]})[.!:]?$", re.I))
    for kind, name in (
        (RemovedKind.WIDGET, "audio, share or tool widget"),
        (RemovedKind.NAVIGATION, "navigation"),
        (RemovedKind.ADVERTISING, "advertisement marker"),
        (RemovedKind.BOILERPLATE, "membership, newsletter or legal prompt"),
    )
)

COUNTER = re.compile(r"^\d{1,6}(?:[.,]\d)?[kKmM]?$")  # share / like / comment counts

# An invitation, at the start of the line or after an outlet name and a dash.
PROMO_VERB = re.compile(furniture.PROMO_VERB, re.I)
# A byline ("By A and B | date"): never a caption, even when it ends like a credit.
BYLINE = re.compile(furniture.BYLINE, re.I)
# A URL, or a bare domain with a lower-case top-level domain ("site.com", "diario.es").
WEB_ADDRESS = re.compile(r"https?://\S+|\bwww\.\S+|\b[\w-]{2,}(?:\.[\w-]+)*\.[a-z]{2,6}\b")

# Captions are read before the report's language is known (cleaning detects it): English's
# present-tense picture verbs, the stated default's, find them (`_caption_verb`).
CAPTION_LANGUAGE = lang.DEFAULT
# A credit after a slash or a "Photo:" label ends a caption: "... the border. / Agency Name".
CAPTION_CREDIT = re.compile(furniture.CAPTION_CREDIT, re.I)
QUOTE_MARKS = re.compile(r"[\"“”«»„]")
# A pull-quote repeats, as a short line of its own, a quotation of at least this many words
# that the article prints in full elsewhere.
PULL_QUOTE_MIN_WORDS = 8
PULL_QUOTE_MAX_CHARS = 320
OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s:(]))[\"“‘'«„]")
QUOTE_CHARS = re.compile(r"[\"“”‘’'«»„]")


@dataclass(frozen=True)
class Claim:
    """A rule's verdict on one line: remove it, as `kind`, because of `rule`."""

    kind: RemovedKind
    rule: str


Rule = Callable[[Sequence[str], dict[int, Claim]], dict[int, Claim]]


def clean_text(text: str) -> tuple[str, tuple[RemovedBlock, ...]]:
    """Clean `text`; return the cleaned text and what was removed, in page order."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = ["" if not line.strip() else line for line in lines]
    claims: dict[int, Claim] = {}
    for rule in RULES:
        for index, claim in rule(lines, claims).items():
            claims.setdefault(index, claim)
    kept = [line for i, line in enumerate(lines) if i not in claims]
    return _fold_blank_lines(kept), _blocks(lines, claims)


def comment_section(lines: Sequence[str], claims: dict[int, Claim]) -> dict[int, Claim]:
    """A comment header late on the page starts the comment tail; earlier it is a counter."""
    total = sum(len(line) for line in lines) or 1
    before = 0
    for i, line in enumerate(lines):
        stripped = line.strip()
        if len(stripped) <= 60 and COMMENT_HEADER.match(stripped):
            if before / total >= COMMENT_TAIL_MIN_POSITION:
                claim = Claim(RemovedKind.COMMENTS, "comment section")
                return {j: claim for j in range(i, len(lines))}
            return {i: Claim(RemovedKind.WIDGET, "comment counter")}
        before += len(line)
    return {}


def spam_run(lines: Sequence[str], claims: dict[int, Claim]) -> dict[int, Claim]:
    """A trailing run of short, repetitive lines after the article: reader comments or spam.

    The run stops at the first long line or at page furniture another rule already claimed
    (a newsletter prompt, a caption): that is where the article ended.
    """
    run: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        if not lines[i]:
            continue
        if i in claims or len(lines[i].strip()) > SPAM_LINE_MAX_CHARS:
            break
        run.append(i)
    texts = Counter(lines[i].strip().lower() for i in run)
    repeats = sum(n for n in texts.values() if n > 1)
    if len(run) < SPAM_RUN_MIN_LINES or repeats / len(run) < SPAM_MIN_REPEAT_SHARE:
        return {}
    claim = Claim(RemovedKind.COMMENTS, "repetitive short lines after the article")
    return {j: claim for j in range(min(run), len(lines)) if j not in claims}


def widgets(lines: Sequence[str], claims: dict[int, Claim]) -> dict[int, Claim]:
    """Whole lines that are buttons, prompts or markers of page furniture."""
    found: dict[int, Claim] = {}
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or len(stripped) > WIDGET_MAX_CHARS:
            continue
        for kind, name, pattern in WIDGET_PATTERNS:
            if pattern.match(stripped):
                found[i] = Claim(kind, name)
                break
    return found


def header_counters(lines: Sequence[str], claims: dict[int, Claim]) -> dict[int, Claim]:
    """Bare numbers in the page header: share, like and comment counts."""
    claim = Claim(RemovedKind.WIDGET, "counter in the page header")
    return {i: claim for i in _header(lines) if COUNTER.match(lines[i].strip())}


def repeated_headings(lines: Sequence[str], claims: dict[int, Claim]) -> dict[int, Claim]:
    """A heading printed twice in the page header (page title, then article title)."""
    seen: set[str] = set()
    found: dict[int, Claim] = {}
    for i in _header(lines):
        key = lines[i].strip()
        if key in seen and len(key) <= HEADING_MAX_CHARS and not COUNTER.match(key):
            found[i] = Claim(RemovedKind.BOILERPLATE, "repeated heading")
        seen.add(key)
    return found


def promo_tail(lines: Sequence[str], claims: dict[int, Claim]) -> dict[int, Claim]:
    """An invitation to go to a site, among the last lines: "Explore more ... at site.com"."""
    tail = [i for i in range(len(lines)) if lines[i] and i not in claims][-PROMO_TAIL_LINES:]
    claim = Claim(RemovedKind.ADVERTISING, "promotional tail")
    return {
        i: claim
        for i in tail
        if len(lines[i].strip()) <= PROMO_MAX_CHARS
        and PROMO_VERB.search(lines[i].strip())
        and WEB_ADDRESS.search(lines[i])
    }


def captions(lines: Sequence[str], claims: dict[int, Claim]) -> dict[int, Claim]:
    """Photo captions: a credit at the end, or indented present-tense descriptions of a picture.

    A line set off by leading white space (how figure captions come out of a copied page) that
    describes a scene in the present tense is a caption; so is a line of the same kind directly
    below it in the same block.
    """
    found: dict[int, Claim] = {}
    for i, line in enumerate(lines):
        stripped = line.strip()
        if (
            not stripped
            or i in claims
            or len(stripped) > CAPTION_MAX_CHARS
            or QUOTE_MARKS.search(stripped)
            or BYLINE.match(stripped)
        ):
            continue
        credited = bool(CAPTION_CREDIT.search(stripped))
        described = bool(_caption_verb(CAPTION_LANGUAGE).search(stripped)) and (
            line[:1].isspace() or (i - 1 in found and lines[i - 1] != "")
        )
        if credited or described:
            found[i] = Claim(RemovedKind.OTHER, "photo caption" + (" with credit" if credited else ""))
    return found


def pull_quotes(lines: Sequence[str], claims: dict[int, Claim]) -> dict[int, Claim]:
    """A line ending in a quotation the article already printed in full in an earlier paragraph.

    Pull-quotes repeat a quote as a display line ("X defended it: 'the quote'"): the later copy
    that ends with the quotation goes; the earlier paragraph stays.
    """
    found: dict[int, Claim] = {}
    plain = [" ".join(QUOTE_CHARS.sub("", line).split()) for line in lines]
    for i, line in enumerate(lines):
        opening = OPENING_QUOTE.search(line)
        if not opening or i in claims or len(line) > PULL_QUOTE_MAX_CHARS:
            continue
        words = QUOTE_CHARS.sub("", line[opening.end() :]).strip(" .,;").split()
        needle = " ".join(words)
        if len(words) >= PULL_QUOTE_MIN_WORDS and any(needle in plain[j] for j in range(i)):
            found[i] = Claim(RemovedKind.OTHER, "pull-quote repeating the article")
    return found


# Order matters: a line goes to the first rule that claims it, and later rules see the claims.
RULES: tuple[Rule, ...] = (
    comment_section,
    widgets,
    header_counters,
    repeated_headings,
    captions,
    pull_quotes,
    spam_run,
    promo_tail,
)


@cache
def _caption_verb(language: str) -> re.Pattern[str]:
    """The verbs with which `language` describes a picture in a caption."""
    return re.compile(lang.data(language, "furniture").CAPTION_VERB, re.I)


def _header(lines: Sequence[str]) -> list[int]:
    header: list[int] = []
    for i, line in enumerate(lines):
        if _is_body(line.strip()) or len(header) == HEADER_LINES:
            break
        if line:
            header.append(i)
    return header


def _is_body(line: str) -> bool:
    return len(line) >= BODY_LINE_MIN_CHARS or (
        len(line) >= BODY_SENTENCE_MIN_CHARS and line.rstrip('”"’»)').endswith((".", "!"))
    )


def _fold_blank_lines(lines: Sequence[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")


def _blocks(lines: Sequence[str], claims: dict[int, Claim]) -> tuple[RemovedBlock, ...]:
    """Group claimed lines into blocks: runs of one rule's lines (blank lines between allowed)."""
    runs: list[tuple[Claim, list[str]]] = []
    open_run = False  # does the last run continue? Broken by a kept non-blank line.
    for i, line in enumerate(lines):
        claim = claims.get(i)
        if claim is None:
            open_run = open_run and not line
            continue
        if not (open_run and runs[-1][0] == claim):
            runs.append((claim, []))
            open_run = True
        if line:
            runs[-1][1].append(line.strip())
    return tuple(RemovedBlock(claim.kind, "\n".join(texts), claim.rule) for claim, texts in runs if texts)
