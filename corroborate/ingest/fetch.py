"""Stage 1, ingest, from the web: URLs in, pages saved exactly as received.

    fetch(urls, into, policy=Policy(), on_result=None) -> Fetched(pages, failures)
    read_url_list(path) -> (urls, rejections)

requires: http(s) URLs; a folder to save into (created when missing)
assigns:  one saved page per URL (`saved.py`: the body byte for byte, and a record of its URL,
          final URL, status, content type and fetch date), and a Rejection with a reason for every
          URL that could not be fetched. `corroborate build` then reads the saved pages.

Polite by default: robots.txt is read once per host and obeyed (RFC 9309), requests to one host
are spaced out, the user agent names corroborate and its version, and every request has timeouts
and a size cap enforced while the body streams to disk (a body past the cap is never held).
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time
import urllib.robotparser
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from corroborate import __version__
from corroborate.errors import InputError
from corroborate.ingest import FORMATS, MAX_INPUT_BYTES
from corroborate.ingest.saved import FetchRecord, write_record
from corroborate.model import Rejection

USER_AGENT = f"corroborate/{__version__} (news dossier builder; fetches only the pages a person lists)"
ROBOTS_AGENT = "corroborate"  # the product token robots.txt groups are matched against

# Seconds between two requests to one host (robots.txt included): one a second is the pace most
# sites' crawler guidance asks of a bot without a Crawl-delay, and a person's list of pages of one
# outlet (a dozen or so) still fetches in seconds.
MIN_HOST_INTERVAL = 1.0
# A robots.txt Crawl-delay longer than our interval is obeyed, up to this (seconds): past it a
# list of a dozen pages from one site would take many minutes, so we wait this long and no longer.
MAX_CRAWL_DELAY = 30.0

# Seconds. Connect: a live news site answers well within 10 s even from far away. Read: the
# longest wait for the next bytes; 20 s lets a slow server render a heavy page. Deadline: a whole
# response; it stops a server that drips a byte every few seconds, which no read timeout catches.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
PAGE_DEADLINE = 60.0

# A body larger than this is refused, checked on the declared length and again while streaming:
# the engine refuses larger inputs anyway (ingest.MAX_INPUT_BYTES), so nothing bigger is a report.
MAX_PAGE_BYTES = MAX_INPUT_BYTES
# Redirects followed for one URL: five is what RFC 9309 asks crawlers to follow for robots.txt,
# and a news link (a shortener, http -> https, a trailing slash) needs three at most.
MAX_REDIRECTS = 5
# RFC 9309 section 2.5: a crawler must read at least the first 500 KiB of a robots.txt.
MAX_ROBOTS_BYTES = 500 * 1024
CHUNK_BYTES = 64 * 1024  # what is read at a time from a robots.txt

# What a page's content type says it is, as the extension the engine reads it by.
CONTENT_TYPES: dict[str, str] = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "application/json": ".json",
    # Documents and feeds the engine opens into reports (ingest/formats/).
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/rss+xml": ".rss",
    "application/atom+xml": ".atom",
}
SCHEMES = ("http", "https")
SAVED_NAME = re.compile(r"^(\d{3,})_")


@dataclass(frozen=True)
class Policy:
    """How politely to fetch. The defaults are the named constants above; tests shorten them."""

    user_agent: str = USER_AGENT
    min_host_interval: float = MIN_HOST_INTERVAL
    max_crawl_delay: float = MAX_CRAWL_DELAY
    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = READ_TIMEOUT
    page_deadline: float = PAGE_DEADLINE
    max_bytes: int = MAX_PAGE_BYTES
    max_redirects: int = MAX_REDIRECTS


@dataclass(frozen=True)
class FetchedPage:
    path: Path  # the saved body
    record: FetchRecord
    reused: bool = False  # the same content was already saved in the folder


@dataclass(frozen=True)
class Fetched:
    pages: tuple[FetchedPage, ...]
    failures: tuple[Rejection, ...]


# Called once per URL as it is done: the page saved, or why not.
OnResult = Callable[[str, FetchedPage | Rejection], None]


def fetch(urls: Iterable[str], into: Path, policy: Policy | None = None, on_result: OnResult | None = None) -> Fetched:
    """Fetch each URL once, in order, into `into`. Never raises for a bad URL or page: it becomes a
    Rejection naming the URL, and the rest goes on."""
    into.mkdir(parents=True, exist_ok=True)
    pages: list[FetchedPage] = []
    failures: list[Rejection] = []
    seen: set[str] = set()
    with _Session(policy or Policy()) as session:
        for url in urls:
            result: FetchedPage | Rejection
            if url in seen:
                result = Rejection(url, "listed twice; fetched once")
            else:
                seen.add(url)
                result = _attempt(session, url, into)
            if isinstance(result, FetchedPage):
                pages.append(result)
            else:
                failures.append(result)
            if on_result:
                on_result(url, result)
    return Fetched(tuple(pages), tuple(failures))


def read_url_list(path: Path) -> tuple[list[str], list[Rejection]]:
    """The URLs of a list file: one a line; blank lines and lines starting with '#' are skipped.
    Raises InputError when the file cannot be read."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text (byte {exc.start})") from exc
    urls: list[str] = []
    bad: list[Rejection] = []
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        try:
            urls.append(checked_url(entry))
        except InputError as exc:
            bad.append(Rejection(f"{path} line {number}", exc.reason))
    return urls, bad


def checked_url(url: str) -> str:
    """`url` if it is an absolute http(s) URL with a host. Raises InputError naming it otherwise."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in SCHEMES:
        shown = f"{parts.scheme}:" if parts.scheme else "no scheme"
        raise InputError(url, f"not an http(s) URL ({shown}); only web pages are fetched")
    if not parts.hostname:
        raise InputError(url, "no host in the URL")
    return urlunsplit(parts._replace(scheme=parts.scheme.lower(), fragment=""))


def _attempt(session: _Session, url: str, into: Path) -> FetchedPage | Rejection:
    try:
        return _fetch_one(session, url, into)
    except InputError as exc:
        return Rejection(exc.where, exc.reason)


def _fetch_one(session: _Session, url: str, into: Path) -> FetchedPage:
    current = checked_url(url)
    redirects: list[str] = []
    for _ in range(session.policy.max_redirects + 1):
        session.check_robots(url, current)
        with session.get(url, current) as response:
            if not response.is_redirect:
                return _save(session, url, current, tuple(redirects), response, into)
            target = _redirect_target(url, current, response)
        redirects.append(current)
        if target in redirects:
            raise InputError(url, "redirect loop: " + " -> ".join([*redirects, target]))
        current = target
    raise InputError(url, f"more than {session.policy.max_redirects} redirects: " + " -> ".join(redirects))


def _redirect_target(url: str, current: str, response: httpx.Response) -> str:
    location = response.headers.get("location")
    if not location:
        raise InputError(url, f"HTTP {response.status_code} redirect without a Location from {current}")
    try:
        return checked_url(urljoin(current, location))
    except InputError as exc:
        raise InputError(url, f"redirected to {location!r}: {exc.reason}") from exc


def _save(session: _Session, url: str, final: str, redirects: tuple[str, ...], response: httpx.Response,
          into: Path) -> FetchedPage:
    if not response.is_success:
        raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip() + _via(final, url))
    content_type = response.headers.get("content-type", "")
    extension = _extension(content_type, final, url)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > session.policy.max_bytes:
        raise InputError(url, _too_large(f"{int(declared) / 2**20:.1f} MiB declared", session.policy))
    fetched = datetime.now(UTC).isoformat(timespec="seconds")
    with _streamed_to_disk(url, response, into, session.policy) as (partial, sha256, size):
        path, reused = _place(partial, into, sha256, extension)
    record = FetchRecord(url, final, response.status_code, content_type, fetched, sha256, size, redirects)
    write_record(path, record)
    return FetchedPage(path, record, reused)


def _extension(content_type: str, final: str, url: str) -> str:
    media = content_type.split(";")[0].strip().lower()
    if media in CONTENT_TYPES:
        return CONTENT_TYPES[media]
    suffix = Path(urlsplit(final).path).suffix.lower()
    if not media and suffix in FORMATS:
        return suffix  # no content type sent: the address's own extension, if the engine reads it
    if not media:
        return ".html"  # no content type and no known extension: a page is what a news link serves
    raise InputError(url, f"content type {media!r} is not a report corroborate reads; expected one of "
                     + " ".join(sorted(CONTENT_TYPES)))


def _too_large(size: str, policy: Policy) -> str:
    return f"too large ({size}; the limit is {policy.max_bytes / 2**20:g} MiB); not saved"


def _via(final: str, url: str) -> str:
    return f" (at {final})" if final != url else ""


@contextmanager
def _streamed_to_disk(url: str, response: httpx.Response, into: Path,
                      policy: Policy) -> Iterator[tuple[Path, str, int]]:
    """The body streamed into a hidden temporary file, each piece as it arrives (one network read,
    64 KiB at most); it stops as soon as the cap or the deadline is passed. Yields (temporary path,
    sha256, size); the temporary file is gone afterwards unless it was moved."""
    partial = into / f".fetching-{secrets.token_hex(8)}"  # hidden: a build of the folder never reads it
    try:
        digest, size = hashlib.sha256(), 0
        deadline = time.monotonic() + policy.page_deadline
        with partial.open("xb") as out:  # the usual file mode (umask), unlike mkstemp's owner-only one
            for chunk in _chunks(url, response):
                size += len(chunk)
                if size > policy.max_bytes:
                    raise InputError(url, _too_large(f"over {policy.max_bytes / 2**20:g} MiB sent", policy))
                if time.monotonic() > deadline:
                    raise InputError(url, f"took longer than {policy.page_deadline:g} s to send; not saved")
                digest.update(chunk)
                out.write(chunk)
        if size == 0:
            raise InputError(url, "empty response body; not saved")
        yield partial, digest.hexdigest(), size
    finally:
        partial.unlink(missing_ok=True)


def _chunks(url: str, response: httpx.Response) -> Iterator[bytes]:
    try:
        yield from response.iter_bytes()  # each piece as it arrives, so the deadline is checked as it goes
    except httpx.HTTPError as exc:
        raise InputError(url, _network_reason(exc)) from exc


def _place(partial: Path, into: Path, sha256: str, extension: str) -> tuple[Path, bool]:
    """Move the body to `NNN_<sha256 prefix><ext>`; content already saved there is not saved twice."""
    stem = sha256[:16]
    existing = sorted(into.glob(f"*_{stem}{extension}"))
    if existing:
        return existing[0], True
    numbers = [int(m.group(1)) for p in into.iterdir() if (m := SAVED_NAME.match(p.name))]
    path = into / f"{max(numbers, default=-1) + 1:03d}_{stem}{extension}"
    partial.replace(path)
    return path, False


def _network_reason(exc: httpx.HTTPError) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return "timed out connecting"
    if isinstance(exc, httpx.TimeoutException):
        return "timed out waiting for the server"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect ({exc})"
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects"
    return f"{type(exc).__name__}: {exc}"


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


@dataclass
class _Robots:
    """One host's robots.txt, read once."""

    url: str
    parser: urllib.robotparser.RobotFileParser | None  # None: nothing is allowed (see `refusal`)
    refusal: str = ""  # why everything is refused when the parser is None

    def allows(self, target: str) -> bool:
        return self.parser is not None and self.parser.can_fetch(ROBOTS_AGENT, target)


@dataclass
class _Session:
    """One HTTP client for a batch, with what politeness remembers per host: its robots.txt and
    when it was last asked for something."""

    policy: Policy
    client: httpx.Client = field(init=False)
    robots: dict[str, _Robots] = field(default_factory=dict)
    last_request: dict[str, float] = field(default_factory=dict)  # when its last response ended

    def __enter__(self) -> _Session:
        timeout = httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout)
        self.client = httpx.Client(headers={"user-agent": self.policy.user_agent}, timeout=timeout,
                                   follow_redirects=False)
        return self

    def __exit__(self, *_: object) -> None:
        self.client.close()

    @contextmanager
    def get(self, url: str, target: str) -> Iterator[httpx.Response]:
        """A streamed GET of `target` (for `url`, named in errors), after the host's pause."""
        try:
            with self._turn(target), self.client.stream("GET", target) as response:
                yield response
        except httpx.HTTPError as exc:
            raise InputError(url, _network_reason(exc) + _via(target, url)) from exc

    def check_robots(self, url: str, target: str) -> None:
        """Raises InputError when the host's robots.txt refuses `target` to corroborate."""
        host = _host_key(target)
        if host not in self.robots:
            self.robots[host] = self._read_robots(host)
        robots = self.robots[host]
        if not robots.allows(target):
            reason = robots.refusal or f"{robots.url} disallows this path for {ROBOTS_AGENT!r}; not fetched"
            raise InputError(url, reason + _via(target, url))

    @contextmanager
    def _turn(self, target: str) -> Iterator[None]:
        """Wait the host's interval since its last response ended, then hold the turn until this one
        has ended: the pause is between one answer and the next request, however slow the answer."""
        host = _host_key(target)
        robots = self.robots.get(host)
        delay = robots.parser.crawl_delay(ROBOTS_AGENT) if robots and robots.parser else None
        interval = max(self.policy.min_host_interval, min(float(delay or 0), self.policy.max_crawl_delay))
        if host in self.last_request:
            time.sleep(max(0.0, self.last_request[host] + interval - time.monotonic()))
        try:
            yield
        finally:
            self.last_request[host] = time.monotonic()

    def _read_robots(self, host: str) -> _Robots:
        url = f"{host}/robots.txt"
        try:
            with self._turn(url):
                status, text = self._robots_text(url)
        except httpx.HTTPError as exc:
            return _Robots(url, None, f"{url} cannot be read ({_network_reason(exc)}); RFC 9309 then asks a "
                                      "crawler to assume everything is disallowed; not fetched")
        return _robots_for(url, status, text)

    def _robots_text(self, url: str) -> tuple[int, str]:
        with self.client.stream("GET", url, follow_redirects=True) as response:
            body = bytearray()
            for chunk in response.iter_bytes(CHUNK_BYTES):
                body += chunk[: MAX_ROBOTS_BYTES - len(body)]
                if len(body) >= MAX_ROBOTS_BYTES:
                    break
            return response.status_code, body.decode("utf-8", errors="replace")


def _robots_for(url: str, status: int, text: str) -> _Robots:
    """RFC 9309 2.3.1: a 2xx robots.txt is obeyed; 4xx (none there) allows everything, except 401
    and 403, refused as Python's robotparser does (a site that forbids us its rules forbids us its
    pages); 5xx refuses everything."""
    if status in (401, 403) or status >= 500:
        return _Robots(url, None, f"{url} answered HTTP {status}; corroborate then assumes everything is "
                                  "disallowed (RFC 9309); not fetched")
    parser = urllib.robotparser.RobotFileParser(url)
    parser.parse(text.splitlines() if 200 <= status < 300 else [])
    return _Robots(url, parser)
