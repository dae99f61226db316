"""Derivation cues that hold whatever the report's language: how an outlet's name is written.
Read directly by `reconcile/derivation.py`, never as a report's language."""

from __future__ import annotations

# The article an outlet's name may start with and that is not part of its name: "The Wall Street
# Journal" is "Wall Street Journal". An outlet's name keeps its own article whatever language the
# report that names it is in ("The Guardian" in a French report), so this is not read by language.
OUTLET_ARTICLE = r"^the\s+"
