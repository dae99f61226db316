"""The server `corroborate serve` runs: connections that say nothing, or trickle their headers, or
idle after a response, are closed; the limits are the named ones."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from corroborate.web import create_app
from corroborate.web.server import HEADER_SECONDS, KEEP_ALIVE_SECONDS, MAX_CONCURRENT, config, server

from ..conftest import copy_store

# Slack on top of a timeout before a test calls the connection "never closed": a loaded machine.
SLACK_SECONDS = 15


@pytest.fixture
def address(hostages_store: Path, tmp_path: Path) -> Iterator[tuple[str, int]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    running = server(create_app(copy_store(hostages_store, tmp_path / "c.db")), "127.0.0.1", port)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield "127.0.0.1", port
    running.should_exit = True
    thread.join(timeout=10)


def closed_after(sock: socket.socket, limit: float) -> float:
    """Seconds until the server closes the connection (reading and dropping what it sends)."""
    started = time.monotonic()
    sock.settimeout(limit)
    with sock:
        while sock.recv(65536):
            pass
    return time.monotonic() - started


def test_idle_and_trickling_connections_are_closed(address: tuple[str, int]):
    silent = socket.create_connection(address)
    trickle = socket.create_connection(address)
    trickle.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and the rest of the headers never come
    kept = socket.create_connection(address)
    kept.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")  # answered, then idle
    results: dict[str, float] = {}
    threads = [threading.Thread(target=lambda n=n, s=s: results.__setitem__(n, closed_after(s, HEADER_SECONDS
                                                                                            + SLACK_SECONDS)))
               for n, s in (("silent", silent), ("trickle", trickle), ("kept", kept))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results["silent"] >= HEADER_SECONDS - 1 and results["trickle"] >= HEADER_SECONDS - 1
    assert results["kept"] >= KEEP_ALIVE_SECONDS - 1
    assert max(results.values()) < HEADER_SECONDS + SLACK_SECONDS


def test_a_request_that_comes_in_time_is_answered(address: tuple[str, int]):
    with socket.create_connection(address, timeout=30) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        assert sock.recv(65536).startswith(b"HTTP/1.1 200")


def test_the_server_config_sets_the_limits(hostages_store: Path, tmp_path: Path):
    settings = config(create_app(tmp_path / "c.db"), "127.0.0.1", 8000)
    assert settings.timeout_keep_alive == KEEP_ALIVE_SECONDS
    assert settings.limit_concurrency == MAX_CONCURRENT and settings.h11_max_incomplete_event_size
