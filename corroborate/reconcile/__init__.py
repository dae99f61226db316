"""Reconcile: decide which mentions, claims and events of different reports are the same thing.

    resolve(mentions) -> Resolution(entities, ...)
"""

from corroborate.reconcile.entities import Resolution, resolve

__all__ = ["Resolution", "resolve"]
