"""How English page furniture reads, where it is English only: photo captions. Read by
`clean/text.py` (with English, the stated default, since cleaning runs before the language is
known). Furniture phrases of several languages at once are in `lang/xx/furniture.py`.
"""

from __future__ import annotations

# Captions describe a picture in the present tense ("X speaks after...", "Y is greeted by Z").
# Compiled case-insensitively.
CAPTION_VERB = (
    r"\b(?:is|are) (?:seen|pictured|shown|greeted|welcomed|escorted|photographed|embraced|hugged)\b|"
    r"\b(?:speaks|stands|walks|arrives|attends|gestures|looks on|poses|waves|smiles|sits|holds|"
    r"listens|talks|leaves|departs|greets|hugs|embraces|reacts|addresses|shakes hands)\b"
)
