"""Reconcile: decide which mentions, claims and events of different reports are the same thing.

    resolve(mentions, texts) -> Resolution(entities, ...)
    derive(sources, entities) -> tuple[Origin, ...]
"""

from corroborate.reconcile.derivation import derive
from corroborate.reconcile.entities import Resolution, resolve

__all__ = ["Resolution", "derive", "resolve"]
