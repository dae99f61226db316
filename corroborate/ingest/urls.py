"""Web addresses given with an input (a JSON record's `url`, a page's canonical link).

    web_address(value, field, given_by) -> (url or None, notes)

Only http(s) addresses with a host are kept: the dossier, the report and the ClaimReview export
print them as links, and a `javascript:` or `data:` address there would run in a reader's
browser. Anything else is dropped with an Evidence note saying so (never with the address itself).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from corroborate.errors import one_line
from corroborate.model import Evidence

WEB_SCHEMES = ("http", "https")  # URL schemes: a format's words, not a language's
# A scheme is named in the note only when it is this short (every registered one is): a longer
# "scheme" is not one, and the note must not echo an attacker's text at length.
SCHEME_MAX_CHARS = 20


def web_address(value: str | None, field: str, given_by: str) -> tuple[str | None, tuple[Evidence, ...]]:
    """`value` if it is an http(s) address with a host, else None and a note for metadata_evidence."""
    if value is None:
        return None, ()
    url = value.strip()
    try:
        parts = urlsplit(url)
        fine = parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname) and url.isprintable() and " " not in url
    except ValueError:  # an invalid IPv6 host, a bad port
        parts, fine = None, False
    if fine:
        return url, ()
    scheme = parts.scheme if parts and parts.scheme and len(parts.scheme) <= SCHEME_MAX_CHARS else ""
    why = f"a {one_line(scheme)!r} address" if scheme else "not a web address"
    return None, (Evidence(field, "dropped", f"{given_by}: {why}; only http(s) addresses are kept"),)
