"""The HTTP server's settings for `corroborate serve`: uvicorn, with limits on idle and slow clients.

    server(app, host, port) -> uvicorn.Server

uvicorn closes a kept-alive connection after `timeout_keep_alive`, but not a connection that opens
and never sends a request, nor one that sends its headers a byte at a time: both would hold a
socket forever. `TimedH11Protocol` adds a deadline for each request's headers.
"""

from __future__ import annotations

import asyncio

import uvicorn
from fastapi import FastAPI
from uvicorn.protocols.http.h11_impl import H11Protocol

# A kept-alive connection with no new request is closed after this long (uvicorn's default, 5 s,
# is enough for a browser's next click; pages here load in one request plus nothing).
KEEP_ALIVE_SECONDS = 5
# A request's headers must all arrive within this long of the connection opening (or of the last
# response): a browser sends them in one packet; 10 s leaves room for a slow phone link.
HEADER_SECONDS = 10.0
# The largest request head (request line and headers) accepted, in bytes: h11's default; a browser
# sends 1-2 KB.
MAX_HEAD_BYTES = 16 * 1024
# Connections and requests in flight at once, beyond which uvicorn answers 503: above the 45
# concurrent posts the app is tested with, and small enough that a flood cannot exhaust the
# process's file descriptors.
MAX_CONCURRENT = 100
# On Ctrl+C, requests in flight get this long to finish.
SHUTDOWN_SECONDS = 5


class TimedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, closing a connection whose request headers do not arrive in time."""

    header_timeout = HEADER_SECONDS
    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
        super().connection_lost(exc)

    def _arm_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
        cycle = self.cycle  # a new request replaces it once its headers are complete
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_late, cycle)

    def _headers_late(self, cycle: object) -> None:
        if self.cycle is cycle and not self.transport.is_closing():
            self.transport.close()


def config(app: FastAPI, host: str, port: int) -> uvicorn.Config:
    return uvicorn.Config(
        app, host=host, port=port, log_level="warning", http=TimedH11Protocol,
        timeout_keep_alive=KEEP_ALIVE_SECONDS, h11_max_incomplete_event_size=MAX_HEAD_BYTES,
        limit_concurrency=MAX_CONCURRENT, timeout_graceful_shutdown=SHUTDOWN_SECONDS,
    )


def server(app: FastAPI, host: str, port: int) -> uvicorn.Server:
    """The server `corroborate serve` runs (`.run()`), with the limits above."""
    return uvicorn.Server(config(app, host, port))
