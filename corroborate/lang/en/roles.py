"""How English names a person's office or description. Read by `extract/roles.py` through
`corroborate.lang.data(language, "roles")`.
"""

from __future__ import annotations

# Nouns of a role besides the personal cue nouns of `mentions.CUE_NOUNS["person"]`: the offices of
# go-betweens ("U.S. special envoy X", "chief negotiator X").
ROLE_NOUNS = frozenset({"envoy", "negotiator", "mediator", "spokesman", "secretary"})
