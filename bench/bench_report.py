"""Load the report, and the app's page of the same run, in headless Chromium and time them.

usage: python bench/bench_report.py [CORPUS ...] [--repeat N] [--budget-ms MS] [--chromium PATH]

Builds the corpus (default: the bundled example), then opens report.html from disk and the
app's /runs/1 page over loopback, each N times in a fresh page, and prints the file size and the
median and worst of: DOMContentLoaded, the load event, and the time to highlight a conflict
value after a click (the reader's work). With --budget-ms, exits 1 when the worst load of
report.html takes longer (the issue's budget: 1000 ms), or when the file is over 2 MB.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_BYTES = 2_000_000
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
]
TIMING = """() => {
  const n = performance.getEntriesByType("navigation")[0];
  return [n.domContentLoadedEventEnd, n.loadEventEnd];
}"""
CLICK = """() => {
  const t0 = performance.now();
  document.querySelector(".conflict .figure a[data-span]").click();
  document.getElementById("highlight").getBoundingClientRect();  // forces layout
  return performance.now() - t0;
}"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=[ROOT / "examples" / "belarus-2025"])
    parser.add_argument("--repeat", type=int, default=10, help="page loads of each; median and worst reported")
    parser.add_argument("--budget-ms", type=float, help="fail when the worst load of report.html is slower")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()

    import uvicorn
    from playwright.sync_api import sync_playwright

    from corroborate import pipeline
    from corroborate.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        result = pipeline.build(args.corpus, Path(tmp) / "out", Path(tmp) / "c.db")
        assert result.report_path is not None
        size = result.report_path.stat().st_size
        with socket.socket() as probe:  # a free loopback port
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        app = create_app(Path(tmp) / "c.db")
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        rows = {}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            pages = (("report.html (file)", result.report_path.as_uri()),
                     ("app /runs/1 (loopback)", f"http://127.0.0.1:{port}/runs/{result.run_id}"))
            for name, address in pages:
                loads, readies, clicks = [], [], []
                for _ in range(args.repeat):
                    page = browser.new_page(viewport={"width": 1280, "height": 900})
                    page.goto(address, wait_until="load")
                    ready, load = page.evaluate(TIMING)
                    readies.append(ready)
                    loads.append(load)
                    clicks.append(page.evaluate(CLICK))
                    page.close()
                rows[name] = (readies, loads, clicks)
            browser.close()
        server.should_exit = True
        thread.join(timeout=10)

    print(f"report.html: {size:,} bytes ({size / MAX_BYTES:.0%} of the 2 MB budget); {args.repeat} loads each")
    print(f"{'page':<24} {'DOMContentLoaded ms':>20} {'load ms':>16} {'click->highlight ms':>20}")
    for name, (readies, loads, clicks) in rows.items():
        print(f"{name:<24} {_pair(readies):>20} {_pair(loads):>16} {_pair(clicks):>20}")
    print("(each cell: median / worst)")
    worst = max(rows["report.html (file)"][1])
    if args.budget_ms is not None and (worst > args.budget_ms or size > MAX_BYTES):
        print(f"OVER BUDGET: worst load {worst:.0f} ms (budget {args.budget_ms:.0f}), {size:,} bytes", file=sys.stderr)
        return 1
    return 0


def _pair(values: list[float]) -> str:
    return f"{statistics.median(values):.0f} / {max(values):.0f}"


if __name__ == "__main__":
    sys.exit(main())
