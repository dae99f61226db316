"""Derivation cues that hold whatever the report's language: how an outlet's name is written.
Read directly by `reconcile/derivation.py`, never as a report's language."""

from __future__ import annotations

# The article an outlet's name may start with and that is not part of its name: "The Wall Street
# Journal" is "Wall Street Journal". An outlet's name keeps its own article whatever language the
# report that names it is in ("The Guardian" in a French report), so this is not read by language.
OUTLET_ARTICLE = r"^the\s+"
# An agency's credit, written the same way in every language's press: in a dateline's brackets
# ("RIGA, Latvia (AP) —", "BALTIMORE, March 26 (Reuters) -", "(WAM) -") or between slashes
# ("MOSCOW, May 20. /TASS/."), or alone at the end of a line or the text ("... on Monday. — Reuters").
# The group `agency` holds the agency's name as the page writes it.
CREDITS = (
    r"\((?P<agency>[^\W\d_][\w.&' -]{0,40}?)\)\s*[-—–:]",
    r"/(?P<agency>[^\W\d_][\w-]{1,20})/\s*\.",
    r"(?m)(?:^|(?<=[.!?\"”]))[ \t]*[—–][ \t]*(?P<agency>[^\W\d_][\w.&' -]{1,30}?)[ \t]*$",
)
# A copyright line naming the agency whose story a page carries ("© Reuters 2024", "(c) AFP"): cleaning
# drops it as furniture, but it is the page's credit all the same. Only a news agency's name counts
# (the page's own "© The Harbour Post" says whose page it is, not whose story); `{agency}` is the
# table of agency names (lang/xx/metadata.py AGENCY).
COPYRIGHT_CREDIT = r"(?:©|\([cC]\)|\b[Cc]opyright\b)\s*(?:\d{{4}}\s*)?(?P<agency>{agency})\b"
