"""`corroborate fetch` against a real HTTP server on 127.0.0.1: saved pages kept byte for byte with
their URL, politeness (robots.txt, pace, user agent), timeouts, redirects, errors and size caps."""

from __future__ import annotations

import itertools
import json
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from corroborate import __version__, pipeline
from corroborate.cli import main
from corroborate.ingest import fetch as web
from corroborate.ingest import saved

from .loopback import BRIDGE, FEED, STORY, Site, serving

# Short waits so that the suite stays quick; each test that checks a limit sets the one it checks.
FAST = web.Policy(min_host_interval=0.05, read_timeout=0.5, connect_timeout=2.0, page_deadline=10.0)
REPORTS = ("01_reuters.txt", "03_afp.txt", "05_wtop.txt")


@pytest.fixture
def site() -> Iterator[Site]:
    with serving() as served:
        yield served


def _fetch(site: Site, paths: list[str], into: Path, policy: web.Policy = FAST) -> web.Fetched:
    return web.fetch([site.base + p for p in paths], into, policy)


def _reason(fetched: web.Fetched) -> str:
    (failure,) = fetched.failures
    return failure.reason


def test_a_page_is_saved_byte_for_byte_with_where_it_came_from(site: Site, tmp_path: Path):
    (page,) = _fetch(site, ["/page/bridge.html"], tmp_path).pages
    assert page.path.read_bytes() == BRIDGE.read_bytes()
    assert page.path.name == f"000_{page.record.sha256[:16]}.html"
    record = saved.read_record(page.path)
    assert record == page.record
    assert (record.url, record.final_url) == (site.base + "/page/bridge.html",) * 2
    assert (record.status, record.content_type, record.size) == (200, "text/html; charset=utf-8", BRIDGE.stat().st_size)
    assert record.fetched.endswith("+00:00")


def test_a_feed_is_saved_as_a_feed_and_read_as_its_items(site: Site, tmp_path: Path):
    from corroborate.ingest import read_inputs

    (page,) = _fetch(site, ["/feed"], tmp_path).pages
    assert page.path.suffix == ".rss" and page.path.read_bytes() == FEED
    documents = read_inputs([tmp_path]).documents
    assert len(documents) == 3 and all(d.hints.url and d.hints.url.startswith("http") for d in documents)


def test_plain_text_reports_are_numbered_in_order_and_the_same_content_is_kept_once(site: Site, tmp_path: Path):
    paths = [f"/corpora/{STORY.name}/{name}" for name in REPORTS]
    pages = _fetch(site, paths, tmp_path).pages
    assert [p.path.name[:4] for p in pages] == ["000_", "001_", "002_"]
    assert all(p.path.suffix == ".txt" for p in pages)
    assert [p.path.read_bytes() for p in pages] == [(STORY / n).read_bytes() for n in REPORTS]
    (again,) = _fetch(site, paths[:1], tmp_path).pages  # fetched again later: the saved copy is reused
    assert again.reused and again.path == pages[0].path
    assert len([p for p in tmp_path.iterdir() if not p.name.startswith(".")]) == 3


def test_the_user_agent_names_corroborate_and_its_version(site: Site, tmp_path: Path):
    _fetch(site, ["/page/bridge.html"], tmp_path)
    assert {s.user_agent for s in site.seen} == {web.USER_AGENT}
    assert f"corroborate/{__version__}" in web.USER_AGENT


def test_robots_txt_refuses_a_disallowed_path_which_is_never_requested(site: Site, tmp_path: Path):
    fetched = _fetch(site, ["/private/secret.html", "/to-private", "/page/bridge.html"], tmp_path)
    assert [f.where for f in fetched.failures] == [site.base + "/private/secret.html", site.base + "/to-private"]
    assert all(f"{site.base}/robots.txt disallows this path for 'corroborate'" in f.reason for f in fetched.failures)
    assert "/private/secret.html" not in site.paths()
    assert len(fetched.pages) == 1
    assert site.paths().count("/robots.txt") == 1  # read once for the host, not once per page


@pytest.mark.parametrize(("status", "fetched_pages"), [(404, 1), (503, 0), (403, 0)])
def test_a_missing_robots_txt_allows_everything_an_unreachable_or_forbidden_one_nothing(
    tmp_path: Path, status: int, fetched_pages: int
):
    with serving(Site(robots_status=status, robots=b"User-agent: *\nDisallow: /page/\n")) as site:
        fetched = _fetch(site, ["/page/bridge.html"], tmp_path)
        assert len(fetched.pages) == fetched_pages
        if not fetched_pages:
            assert f"answered HTTP {status}" in _reason(fetched)
            assert "/page/bridge.html" not in site.paths()


def test_only_the_first_500_kib_of_a_robots_txt_are_read(tmp_path: Path):
    padding = b"#" * web.MAX_ROBOTS_BYTES + b"\n"  # a rule past the limit is not read (RFC 9309 2.5)
    with serving(Site(robots=padding + b"User-agent: *\nDisallow: /page/\n")) as site:
        assert len(_fetch(site, ["/page/bridge.html"], tmp_path).pages) == 1


def test_requests_to_one_host_are_spaced_by_the_minimum_interval(site: Site, tmp_path: Path):
    interval = 0.4
    paths = [f"/corpora/{STORY.name}/{name}" for name in REPORTS[:2]]
    _fetch(site, paths, tmp_path, web.Policy(min_host_interval=interval))
    times = [s.at for s in site.seen]  # robots.txt, then the two reports; each waits for the last to end
    assert len(times) == 3
    assert all(later - earlier >= interval * 0.95 for earlier, later in itertools.pairwise(times))


def test_a_crawl_delay_is_obeyed_up_to_its_cap(tmp_path: Path):
    robots = b"User-agent: corroborate\nCrawl-delay: 1\n\nUser-agent: *\nDisallow: /\n"
    with serving(Site(robots=robots)) as site:
        _fetch(site, ["/page/bridge.html"], tmp_path)
        assert site.seen[1].at - site.seen[0].at >= 0.95  # our own group: allowed, one second apart
    with serving(Site(robots=b"User-agent: *\nCrawl-delay: 100\n")) as site:
        started = time.monotonic()
        _fetch(site, ["/page/bridge.html"], tmp_path / "capped", web.Policy(max_crawl_delay=0.3))
        assert site.seen[1].at - site.seen[0].at >= 0.28
        assert time.monotonic() - started < 30  # not 100 s: the cap holds (generous for a loaded machine)


def test_a_redirect_is_followed_and_the_final_url_kept(site: Site, tmp_path: Path):
    (page,) = _fetch(site, ["/moved-twice"], tmp_path).pages
    assert page.record.url == site.base + "/moved-twice"
    assert page.record.final_url == site.base + "/page/bridge.html"
    assert page.record.redirects == (site.base + "/moved-twice", site.base + "/moved")
    assert page.path.read_bytes() == BRIDGE.read_bytes()


def test_a_redirect_loop_and_too_many_redirects_are_refused(site: Site, tmp_path: Path):
    assert _reason(_fetch(site, ["/loop-a"], tmp_path)).startswith("redirect loop: ")
    capped = web.Policy(min_host_interval=0.05, max_redirects=1)
    assert _reason(_fetch(site, ["/moved-twice"], tmp_path, capped)).startswith("more than 1 redirects")
    assert list(tmp_path.iterdir()) == []


def test_only_http_and_https_urls_are_fetched(site: Site, tmp_path: Path):
    fetched = web.fetch(["ftp://127.0.0.1/file.txt", "file:///etc/passwd", "127.0.0.1/page"], tmp_path, FAST)
    assert [f.reason.split(" (")[0] for f in fetched.failures] == ["not an http(s) URL"] * 3
    redirected = _reason(_fetch(site, ["/to-ftp"], tmp_path))
    assert "redirected to 'ftp://127.0.0.1/file.txt': not an http(s) URL" in redirected
    assert site.paths() == ["/robots.txt", "/to-ftp"]


@pytest.mark.parametrize(("path", "reason"), [
    ("/missing", "HTTP 404 Not Found"),
    ("/broken", "HTTP 500 Internal Server Error"),
    ("/image.png", "content type 'image/png' is not a report corroborate reads"),
    ("/empty", "empty response body; not saved"),
])
def test_errors_and_unreadable_bodies_are_refused_with_their_reason(site: Site, tmp_path: Path, path: str,
                                                                    reason: str):
    assert _reason(_fetch(site, [path], tmp_path)).startswith(reason)
    assert list(tmp_path.iterdir()) == []


def test_a_slow_server_times_out_and_the_rest_goes_on(site: Site, tmp_path: Path):
    fetched = _fetch(site, ["/slow", "/page/bridge.html"], tmp_path)
    assert _reason(fetched) == "timed out waiting for the server"
    assert len(fetched.pages) == 1


def test_a_server_that_drips_bytes_is_stopped_at_the_deadline(site: Site, tmp_path: Path):
    started = time.monotonic()
    fetched = _fetch(site, ["/drip"], tmp_path, web.Policy(min_host_interval=0.05, page_deadline=1.0))
    assert _reason(fetched) == "took longer than 1 s to send; not saved"
    assert time.monotonic() - started < 5  # the drip goes on for 6 s; the deadline stopped it well before
    assert list(tmp_path.iterdir()) == []


def test_a_declared_50_mb_body_is_refused_before_it_is_read(site: Site, tmp_path: Path):
    fetched = _fetch(site, ["/huge"], tmp_path)
    assert _reason(fetched) == "too large (47.7 MiB declared; the limit is 25 MiB); not saved"
    assert list(tmp_path.iterdir()) == []


def test_an_undeclared_50_mb_body_is_cut_at_the_cap_and_never_held_in_memory(site: Site, tmp_path: Path):
    tracemalloc.start()
    try:
        fetched = _fetch(site, ["/huge-chunked"], tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert _reason(fetched) == "too large (over 25 MiB sent; the limit is 25 MiB); not saved"
    assert peak < 4 * 2**20, f"peak {peak / 2**20:.1f} MiB while streaming"  # a few chunks, never the body
    assert site.sent["/huge-chunked"] < 40 * 2**20  # the server was cut off, not read to the end
    assert list(tmp_path.iterdir()) == []  # the partial body is not left behind


def test_a_url_list_skips_comments_and_names_each_bad_line(tmp_path: Path):
    listed = tmp_path / "links.txt"
    listed.write_text("# my story\nhttps://example.org/a.html\n\nexample.org/b\n  http://example.org/c#top  \n")
    urls, bad = web.read_url_list(listed)
    assert urls == ["https://example.org/a.html", "http://example.org/c"]
    assert [(b.where, b.reason.split(" (")[0]) for b in bad] == [(f"{listed} line 4", "not an http(s) URL")]


def test_fetched_pages_build_the_same_dossier_as_the_files_they_were_saved_from(site: Site, tmp_path: Path):
    paths = [f"/corpora/{STORY.name}/{name}" for name in REPORTS]
    fetched = _fetch(site, ["/page/bridge.html", *paths], tmp_path / "pages")
    built = pipeline.build([p.path for p in fetched.pages], tmp_path / "out", tmp_path / "c.db")
    (tmp_path / "files").mkdir()
    for name in ["bridge.html", *REPORTS]:
        (tmp_path / "files" / name).write_bytes((BRIDGE if name == "bridge.html" else STORY / name).read_bytes())
    from_files = pipeline.build([tmp_path / "files"], tmp_path / "out2", tmp_path / "c2.db")
    assert [s["url"] for s in built.dossier["sources"]] == [site.base + p for p in ["/page/bridge.html", *paths]]
    texts = sorted(s["text"] for s in from_files.dossier["sources"])
    assert sorted(s["text"] for s in built.dossier["sources"]) == texts
    assert sorted(c["statement"] for c in built.dossier["claims"]) == sorted(
        c["statement"] for c in from_files.dossier["claims"])
    # Where a report names no outlet, the fetched copy has one the file lacks: its web address's host.
    outlets = {s["text"]: s["outlet"] for s in from_files.dossier["sources"]}
    for source in built.dossier["sources"]:
        assert source["outlet"] == (outlets[source["text"]] or "127.0.0.1")


def test_the_fetch_command_fetches_then_builds_and_names_each_failure(site: Site, tmp_path: Path):
    # The command's own polite defaults: four requests to one host take about three seconds.
    listed = tmp_path / "links.txt"
    listed.write_text(f"{site.base}/corpora/{STORY.name}/{REPORTS[0]}\n")
    into, out = tmp_path / "pages", tmp_path / "out"
    args = ["fetch", f"{site.base}/page/bridge.html", f"{site.base}/missing", "--urls", str(listed),
            "--into", str(into), "--build", "--out", str(out), "--db", str(tmp_path / "c.db")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert f"skipped {site.base}/missing: HTTP 404 Not Found" in result.output
    assert "2 pages fetched into" in result.output and "(1 skipped)" in result.output
    dossier = json.loads((out / "dossier.json").read_text("utf-8"))
    assert len(dossier["sources"]) == 2
    assert dossier["story"] == "pages"
    again_args = ["build", str(into), "--out", str(tmp_path / "o2"), "--db", str(tmp_path / "c2.db")]
    rebuilt = CliRunner().invoke(main, again_args)
    assert rebuilt.exit_code == 0, rebuilt.output  # the folder builds on its own later, URLs included
    again = json.loads((tmp_path / "o2" / "dossier.json").read_text("utf-8"))
    assert sorted(s["url"] for s in again["sources"]) == sorted(s["url"] for s in dossier["sources"])


def test_the_fetch_command_exits_non_zero_when_nothing_was_fetched(tmp_path: Path):
    result = CliRunner().invoke(main, ["fetch", "ftp://127.0.0.1/x.txt", "--into", str(tmp_path / "p")])
    assert result.exit_code == 1
    assert "skipped ftp://127.0.0.1/x.txt: not an http(s) URL" in result.output
    assert "nothing was fetched" in result.output
