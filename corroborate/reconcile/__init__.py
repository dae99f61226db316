"""Reconcile: decide which mentions, claims and events of different reports are the same thing.

    resolve(mentions, texts) -> Resolution(entities, ...)
    derive(sources, entities) -> tuple[Origin, ...]
    reconcile_claims(quantities, known, sources) -> (claims, conflicts)
    role_claims(roles, known, first) -> claims
    quote_claims(quotes, known, texts, first) -> claims
    reference_dates(sources, known) -> {source id: Reference}
    reconcile_events(mentions, known, claims, texts) -> events
    reconcile_exchanges(mentions, events, known) -> exchanges

`known` (`model.Known`) is built once per run from the entities and origins: the index of
mentions by character and the origin of each report, which every stage after derivation reads.
    ALGORITHMS: the name of each matcher's algorithm
"""

from corroborate.reconcile import claims, derivation, entities, events, exchanges, quotes
from corroborate.reconcile.claims import reconcile_claims, role_claims
from corroborate.reconcile.dating import reference_dates
from corroborate.reconcile.derivation import derive
from corroborate.reconcile.entities import Resolution, resolve
from corroborate.reconcile.events import reconcile_events
from corroborate.reconcile.exchanges import reconcile_exchanges
from corroborate.reconcile.quotes import quote_claims

# Which algorithm each matcher runs, by the part of the dossier it decides (recorded in every dossier).
ALGORITHMS = {
    "entities": entities.ALGORITHM,
    "derivation": derivation.ALGORITHM,
    "claims": claims.ALGORITHM,
    "quotes": quotes.ALGORITHM,
    "events": events.ALGORITHM,
    "exchanges": exchanges.ALGORITHM,
}

__all__ = [
    "ALGORITHMS",
    "Resolution",
    "derive",
    "quote_claims",
    "reconcile_claims",
    "reconcile_events",
    "reconcile_exchanges",
    "reference_dates",
    "resolve",
    "role_claims",
]
