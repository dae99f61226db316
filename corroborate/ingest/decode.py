"""Bytes to text: refuse binaries, detect the encoding, repair mojibake.

Policy, in order (each step explains itself in `RawDocument.repairs` / the error reason):
1. A known binary signature or NUL bytes: refused, naming the kind of file.
2. A byte-order mark: decode with it.
3. Strict UTF-8.
4. A charset the document declares (HTML meta / XML prolog), decoded strictly.
5. Bytes that are mostly valid UTF-8 but broken in places are refused as invalid UTF-8: guessing
   a legacy encoding for them would turn every correct multi-byte character into mojibake.
6. Otherwise a legacy encoding detected by charset-normalizer, if it reads as coherent text.
Then ftfy repairs mojibake already present in the text (encoding repairs only: quotes,
widths and ligatures are left as published).
"""

from __future__ import annotations

import codecs
import re

import ftfy
from charset_normalizer import CharsetMatch, from_bytes

from corroborate.errors import InputError

# Magic numbers of binary formats people rename or drop into a folder by mistake.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media (WebP/WAV/AVI)"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I
)

# charset-normalizer's "chaos" (share of odd characters) above which a legacy decoding is not
# trusted. Its own default cut-off is 0.2; we are stricter because a wrong guess corrupts text.
MAX_LEGACY_CHAOS = 0.1

# Detection often ties between legacy code pages that decode most bytes alike (cp1250 and cp1252
# differ only in a few letters). Ties go to the encoding most used on the web; scores closer
# than this count as a tie.
TIE_MARGIN = 0.01
COMMON_ENCODINGS = (
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1251",
    "koi8_r",
    "cp1250",
    "iso8859_2",
    "shift_jis",
    "gb18030",
    "big5",
    "euc_kr",
    "cp1256",
    "cp1253",
    "cp1254",
    "cp1257",
)

# A file whose UTF-8 decoding fails, but in which at least this share of the non-ASCII bytes form
# valid UTF-8 sequences, is broken UTF-8, not a legacy encoding.
BROKEN_UTF8_SHARE = 0.5

FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    unescape_html=False,
    explain=True,
)


def sniff_binary(data: bytes) -> str | None:
    """The kind of binary file `data` is, or None when it may be text."""
    for magic, kind in BINARY_SIGNATURES:
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "binary data (NUL bytes)"
    return None


def decode(data: bytes, where: str, *, html: bool = False) -> tuple[str, str, tuple[str, ...]]:
    """Decode `data` to text. Returns (text, encoding, repairs); raises InputError with a reason."""
    if not data.strip():
        raise InputError(where, "empty file")
    kind = sniff_binary(data)
    if kind:
        raise InputError(where, f"binary file ({kind}), not a text report")
    text, encoding = _to_str(data, where, html=html)
    fixed, repairs = repair(text)
    if not fixed.strip():
        raise InputError(where, "no text after decoding")
    return fixed, encoding, repairs


def repair(text: str) -> tuple[str, tuple[str, ...]]:
    """Repair mojibake with ftfy; say which fixes were applied."""
    result = ftfy.fix_and_explain(text, config=FTFY_CONFIG)
    steps = sorted({step for _, step in (result.explanation or [])})
    repairs = tuple(f"ftfy: {step}" for step in steps)
    return result.text, repairs


def _to_str(data: bytes, where: str, *, html: bool) -> tuple[str, str]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, where), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if html:
        declared = _declared_charset(data)
        if declared:
            return _strict(data, declared, where), declared
    if _looks_like_broken_utf8(data):
        raise InputError(where, f"invalid UTF-8 at byte {utf8_error.start} (the rest is UTF-8; file damaged?)")
    matches = list(from_bytes(data))
    if not matches or min(m.chaos for m in matches) > MAX_LEGACY_CHAOS:
        raise InputError(where, f"invalid UTF-8 at byte {utf8_error.start}, and no other encoding fits")
    best = _pick(matches)
    return str(best), best.encoding


def _pick(matches: list[CharsetMatch]) -> CharsetMatch:
    """The least chaotic, most coherent match; ties go to the commoner encoding."""
    chaos = min(m.chaos for m in matches)
    calm = [m for m in matches if m.chaos <= chaos + TIE_MARGIN]
    coherence = max(m.coherence for m in calm)
    tied = [m for m in calm if m.coherence >= coherence - TIE_MARGIN]
    rank = {name: i for i, name in enumerate(COMMON_ENCODINGS)}
    return min(tied, key=lambda m: rank.get(m.encoding, len(rank)))


def _strict(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(where, f"cannot decode as {encoding}: {exc}") from exc


def _declared_charset(data: bytes) -> str | None:
    match = DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _looks_like_broken_utf8(data: bytes) -> bool:
    """True when most non-ASCII bytes form valid UTF-8 multi-byte sequences."""
    high = sum(1 for b in data if b >= 0x80)
    if high == 0:
        return False
    valid = 0
    for match in re.finditer(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}", data):
        valid += len(match.group(0))
    return valid / high >= BROKEN_UTF8_SHARE
