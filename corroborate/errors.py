"""The package's exceptions. Everything corroborate raises on purpose is a CorroborateError.

    CorroborateError            base: the CLI turns it into one clean line, no traceback
     ├── InputError             one input file (or record) cannot be used; names it and says why
     ├── StoreError             the SQLite store cannot be opened, migrated or written
     │    └── NotFound          no such run or story in the store
     └── ContractError          a dossier we built breaks dossier/1: a bug in corroborate

Third-party errors are wrapped where they enter (``raise StoreError(...) from exc``); a parser
reading one input goes through ``third_party(where, what)``, which makes anything it raises that
input's InputError.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

# A parser's own message is cut to this many characters in the reason: enough for the exception's
# first words (lxml's and trafilatura's run to 40-120), never a page of markup echoed back.
PARSER_MESSAGE_MAX_CHARS = 160


class CorroborateError(Exception):
    """Base class of every error corroborate raises on purpose."""


class InputError(CorroborateError):
    """An input that cannot be used. `where` names the file (and record), `reason` says why."""

    def __init__(self, where: str, reason: str) -> None:
        where, reason = one_line(where), one_line(reason)
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class StoreError(CorroborateError):
    """The store cannot be opened, migrated or written."""


class NotFound(StoreError):
    """The store has no run or story with the number asked for."""


class ContractError(CorroborateError):
    """A dossier that does not satisfy the dossier/1 contract (schema or exact spans)."""


def one_line(text: str) -> str:
    """`text` with newlines and other control characters escaped ("a\\nb"), so a file name or a
    parser's message never splits the one line a user reads. Escaping twice changes nothing."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


@contextmanager
def third_party(where: str, what: str) -> Iterator[None]:
    """Run a third-party parser on one input: whatever it raises becomes that input's InputError
    (lxml, trafilatura and htmldate raise AssertionError, RecursionError, ValueError... on
    hostile markup), so one bad input never ends a run."""
    try:
        yield
    except CorroborateError:
        raise
    except Exception as exc:
        message = str(exc)[:PARSER_MESSAGE_MAX_CHARS]
        raise InputError(where, f"{what} failed on this input ({type(exc).__name__}: {message})") from exc
