"""Extract: what each source says, read with spaCy (one parse per source, shared by all extractors).

    parse(sources) -> tuple[Parsed, ...]
    mentions(parsed) -> tuple[Mention, ...]
    quantities(parsed) -> tuple[Quantity, ...]
    roles(parsed) -> tuple[Role, ...]
    quotes(parsed) -> tuple[Quote, ...]
    events(parsed, reference) -> tuple[EventMention, ...]
    exchanges(parsed, event_mentions) -> tuple[ExchangeMention, ...]
"""

from corroborate.extract.events import events
from corroborate.extract.exchanges import exchanges
from corroborate.extract.mentions import mentions
from corroborate.extract.nlp import Parsed, parse
from corroborate.extract.quantities import quantities
from corroborate.extract.quotes import quotes
from corroborate.extract.roles import roles

__all__ = ["Parsed", "events", "exchanges", "mentions", "parse", "quantities", "quotes", "roles"]
