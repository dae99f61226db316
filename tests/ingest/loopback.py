"""A real HTTP server on 127.0.0.1 for the fetch tests: saved pages, slow and dripping responses,
redirects, errors and oversized bodies. It records every request it sees.

Every handler is bounded in time and bytes, so the server stops by itself even when a client
hangs up early or never reads.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..conftest import FIXTURES, ROOT
from . import makers

STORY = ROOT / "corpora" / "baltimore-bridge-2024"
BRIDGE = FIXTURES / "pages" / "bridge.html"
# A news feed of three of the story's real reports, as a site serves it.
FEED = makers.rss("".join(makers.rss_item(r) for r in makers.story(STORY.name)[:3])).encode("utf-8")
ROBOTS = b"User-agent: *\nDisallow: /private/\n"
HUGE_BYTES = 50 * 1000 * 1000  # the 50 MB body the acceptance names
SLOW_SECONDS = 3.0  # far past the tests' read timeout, short enough to end soon after
DRIP_SECONDS = 6.0  # how long /drip goes on sending a byte now and then


@dataclass(frozen=True)
class Seen:
    path: str
    user_agent: str
    at: float  # time.monotonic() when the request arrived


@dataclass
class Site:
    """What one loopback server serves and what it saw."""

    robots_status: int = 200
    robots: bytes = ROBOTS
    seen: list[Seen] = field(default_factory=list)
    sent: dict[str, int] = field(default_factory=dict)  # body bytes written per path
    base: str = ""

    def paths(self) -> list[str]:
        return [s.path for s in self.seen]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        site = self.server.site
        site.seen.append(Seen(self.path, self.headers.get("user-agent", ""), time.monotonic()))
        route = _route(self.path)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client hung up (a cap, a timeout)
            route(self, site)

    def reply(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str, status: int = 302) -> None:
        self.reply(status, b"", headers={"Location": location})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: Site


Route = Callable[[_Handler, Site], None]


def _robots(handler: _Handler, site: Site) -> None:
    handler.reply(site.robots_status, site.robots, "text/plain")


def _page(path: Path, content_type: str) -> Route:
    return lambda handler, _: handler.reply(200, path.read_bytes(), content_type)


def _slow(handler: _Handler, _: Site) -> None:
    time.sleep(SLOW_SECONDS)
    handler.reply(200, b"<p>too late</p>")


def _drip(handler: _Handler, _: Site) -> None:
    """A byte every 0.2 s: each read is quick, the whole response never ends in time."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "1000")
    handler.end_headers()
    end = time.monotonic() + DRIP_SECONDS
    while time.monotonic() < end:
        handler.wfile.write(b"x")
        handler.wfile.flush()
        time.sleep(0.2)


def _huge(declared: bool) -> Route:
    def serve(handler: _Handler, site: Site) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header(*(("Content-Length", str(HUGE_BYTES)) if declared else ("Transfer-Encoding", "chunked")))
        handler.end_headers()
        block, sent = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>", 0
        while sent < HUGE_BYTES:
            handler.wfile.write(block if declared else b"%x\r\n%s\r\n" % (len(block), block))
            sent += len(block)
            site.sent[handler.path] = sent
        if not declared:
            handler.wfile.write(b"0\r\n\r\n")

    return serve


ROUTES: dict[str, Route] = {
    "/robots.txt": _robots,
    "/page/bridge.html": _page(BRIDGE, "text/html; charset=utf-8"),
    "/private/secret.html": _page(BRIDGE, "text/html; charset=utf-8"),
    "/feed": lambda h, _: h.reply(200, FEED, "application/rss+xml; charset=utf-8"),
    "/image.png": lambda h, _: h.reply(200, b"\x89PNG\r\n\x1a\n....", "image/png"),
    "/empty": lambda h, _: h.reply(200, b""),
    "/slow": _slow,
    "/drip": _drip,
    "/huge": _huge(declared=True),
    "/huge-chunked": _huge(declared=False),
    "/moved": lambda h, _: h.redirect("/page/bridge.html", 301),
    "/moved-twice": lambda h, _: h.redirect("/moved"),
    "/loop-a": lambda h, _: h.redirect("/loop-b"),
    "/loop-b": lambda h, _: h.redirect("/loop-a"),
    "/to-ftp": lambda h, _: h.redirect("ftp://127.0.0.1/file.txt"),
    "/to-private": lambda h, _: h.redirect("/private/secret.html"),
    "/missing": lambda h, _: h.reply(404, b"<p>not here</p>"),
    "/broken": lambda h, _: h.reply(500, b"<p>oops</p>"),
}


def _route(path: str) -> Route:
    if path.startswith("/corpora/"):  # a real report of the development stories, as plain text
        file = ROOT / path.lstrip("/")
        if file.is_file() and ROOT / "corpora" in file.resolve().parents:
            return _page(file, "text/plain; charset=utf-8")
    return ROUTES.get(path, lambda h, _: h.reply(404, b"<p>no such page</p>"))


@contextmanager
def serving(site: Site | None = None) -> Iterator[Site]:
    """Serve `site` on 127.0.0.1 (a free port) for the duration of the block."""
    site = site or Site()
    server = _Server(("127.0.0.1", 0), _Handler)
    server.site = site
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
