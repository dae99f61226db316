"""The package's exceptions. Everything corroborate raises on purpose is a CorroborateError.

    CorroborateError            base: the CLI turns it into one clean line, no traceback
     ├── InputError             one input file (or record) cannot be used; names it and says why
     ├── StoreError             the SQLite store cannot be opened, migrated or written
     │    └── NotFound          no such run or story in the store
     └── ContractError          a dossier we built breaks dossier/1: a bug in corroborate

Third-party errors are wrapped where they enter (``raise StoreError(...) from exc``).
"""

from __future__ import annotations


class CorroborateError(Exception):
    """Base class of every error corroborate raises on purpose."""


class InputError(CorroborateError):
    """An input that cannot be used. `where` names the file (and record), `reason` says why."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class StoreError(CorroborateError):
    """The store cannot be opened, migrated or written."""


class NotFound(StoreError):
    """The store has no run or story with the number asked for."""


class ContractError(CorroborateError):
    """A dossier that does not satisfy the dossier/1 contract (schema or exact spans)."""
