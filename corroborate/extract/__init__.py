"""Extract: what each source says, read with spaCy (one parse per source, shared by all extractors).

    parse(sources) -> tuple[Parsed, ...]
    mentions(parsed) -> tuple[Mention, ...]
"""

from corroborate.extract.mentions import mentions
from corroborate.extract.nlp import Parsed, parse

__all__ = ["Parsed", "mentions", "parse"]
