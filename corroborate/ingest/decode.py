"""Bytes to text: refuse binaries, detect the encoding, repair mojibake.

Policy, in order (each step explains itself in `RawDocument.repairs` / the error reason):
1. A known binary signature: refused, naming the kind of file.
2. A byte-order mark: decode with it.
3. UTF-16 / UTF-32 without a byte-order mark, told by where the NUL bytes fall; other NUL bytes:
   refused as binary.
4. Strict UTF-8.
5. A charset the document declares (HTML meta / XML prolog), decoded strictly.
6. A file mixing UTF-8 lines with lines in one legacy encoding (pasted together from two
   sources) is decoded line by line, and says so; a line that is UTF-8 broken in places is
   refused, naming the line: guessing a legacy encoding for the whole file would turn every
   correct multi-byte character into mojibake.
7. Otherwise a legacy encoding detected by charset-normalizer, if it reads as coherent text.
Then ftfy repairs mojibake already present in the text (encoding repairs only: quotes,
widths and ligatures are left as published).
"""

from __future__ import annotations

import codecs
import re

import ftfy
from charset_normalizer import CharsetMatch, from_bytes

from corroborate.errors import InputError, third_party

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

# UTF-16 without a byte-order mark: text in a Latin or Cyrillic script has a NUL in nearly every
# code unit's high byte, so its NUL bytes all sit at odd (little-endian) or even (big-endian)
# offsets. Binary data spreads them over both. At least this share of the NULs must agree.
WIDE_NUL_SHARE = 0.95
# ... and the decoded text must be this printable (letters, punctuation, spaces, line breaks):
# random bytes decoded as UTF-16 are mostly unassigned or control code points.
WIDE_MIN_PRINTABLE = 0.98

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
    wide = None if data.startswith(tuple(bom for bom, _ in BOMS)) else _bomless_wide(data)
    kind = None if wide else sniff_binary(data)
    if kind:
        raise InputError(where, f"binary file ({kind}), not a text report")
    notes: tuple[str, ...]
    if wide:
        text, encoding, notes = wide[0], wide[1], (f"no byte-order mark: read as {wide[1]}",)
    else:
        text, encoding, notes = _to_str(data, where, html=html)
    fixed, repairs = repair(text, where)
    if not fixed.strip():
        raise InputError(where, "no text after decoding")
    return fixed, encoding, notes + repairs


def repair(text: str, where: str) -> tuple[str, tuple[str, ...]]:
    """Repair mojibake with ftfy; say which fixes were applied."""
    with third_party(where, "mojibake repair (ftfy)"):
        result = ftfy.fix_and_explain(text, config=FTFY_CONFIG)
    steps = sorted({step for _, step in (result.explanation or [])})
    repairs = tuple(f"ftfy: {step}" for step in steps)
    return result.text, repairs


def _to_str(data: bytes, where: str, *, html: bool) -> tuple[str, str, tuple[str, ...]]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, where), encoding, ()
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if html:
        declared = _declared_charset(data)
        if declared:
            return _strict(data, declared, where), declared, ()
    lines = data.splitlines(keepends=True)
    if any(_line_kind(line) == "utf-8" for line in lines):
        return _mixed(lines, where)
    line = data.count(b"\n", 0, utf8_error.start) + 1
    if _looks_like_broken_utf8(data):
        at = f"byte {utf8_error.start}, line {line}"
        raise InputError(where, f"invalid UTF-8 at {at} (the rest is UTF-8; file damaged?)")
    best = _legacy(data, where)
    if best is None:
        raise InputError(where, f"invalid UTF-8 at byte {utf8_error.start}, line {line}, and no other encoding fits")
    return str(best), best.encoding, ()


def _legacy(data: bytes, where: str) -> CharsetMatch | None:
    """The legacy encoding `data` reads as coherently in, or None."""
    with third_party(where, "encoding detection (charset-normalizer)"):
        matches = list(from_bytes(data))
    if not matches or min(m.chaos for m in matches) > MAX_LEGACY_CHAOS:
        return None
    return _pick(matches)


def _line_kind(line: bytes) -> str:
    """"ascii", "utf-8" (valid, with multi-byte characters), "damaged" (UTF-8 broken in places) or
    "legacy" (no UTF-8 in it: another encoding)."""
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return "damaged" if _looks_like_broken_utf8(line) else "legacy"
    return "utf-8" if not line.isascii() else "ascii"


def _mixed(lines: list[bytes], where: str) -> tuple[str, str, tuple[str, ...]]:
    """A file of UTF-8 lines and lines in one legacy encoding: each line in its own encoding."""
    kinds = [_line_kind(line) for line in lines]
    if "damaged" in kinds:
        number = kinds.index("damaged") + 1
        raise InputError(where, f"invalid UTF-8 on line {number} (the rest is UTF-8; file damaged?)")
    legacy = [n for n, kind in enumerate(kinds) if kind == "legacy"]
    best = _legacy(b"".join(lines[n] for n in legacy), where)
    if best is None:
        raise InputError(where, f"line {legacy[0] + 1} is not UTF-8 like the rest, and no other encoding fits it")
    encodings = [best.encoding if kind == "legacy" else "utf-8" for kind in kinds]
    text = "".join(line.decode(encoding) for line, encoding in zip(lines, encodings, strict=True))
    first = legacy[0] + 1
    note = f"mixed encodings: {len(legacy)} line(s) (first: line {first}) read as {best.encoding}, the rest as utf-8"
    return text, f"utf-8+{best.encoding}", (note,)


def _bomless_wide(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) of UTF-16 / UTF-32 text without a byte-order mark, else None."""
    if b"\x00" not in data[:8192]:
        return None
    for encoding in _wide_encodings(data):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        readable = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
        if "\x00" not in text and readable >= WIDE_MIN_PRINTABLE * len(text):
            return text, encoding
    return None


def _wide_encodings(data: bytes) -> list[str]:
    """The UTF-32 / UTF-16 byte orders the NUL bytes of `data` point to, widest first."""
    found = []
    if len(data) % 4 == 0:
        found += [enc for enc, high in (("utf-32-le", data[3::4]), ("utf-32-be", data[0::4])) if not high.strip(b"\0")]
    if len(data) % 2 == 0:
        nuls, odd = data.count(0), data[1::2].count(0)
        found += [enc for enc, n in (("utf-16-le", odd), ("utf-16-be", nuls - odd)) if n >= WIDE_NUL_SHARE * nuls]
    return found


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
