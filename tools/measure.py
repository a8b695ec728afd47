"""Build the site and print what it costs: build time, pages, search index, heaviest pages, search speed.

    python -m tools.measure            # or: make bench

Each page is loaded in headless Chromium at phone size from a local server that gzips
text like a real host; a page's weight is the bytes transferred for it and everything it
loads (HTML, CSS, JS, fonts, images), excluding the search index, which is fetched once
the page has loaded and is reported on its own.

Search is timed on a mid-range phone profile: CPU throttled 4x and Lighthouse's slow-4G
network (150 ms round trip, 1.6 Mbit/s down). It reports how long the index takes to
arrive and be ready in the worker, and how long each query takes from the keystroke to
the first result list.
"""

from __future__ import annotations

import gzip
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Browser, Request, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.gzip_server import serve  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def transferred(request: Request) -> int:
    sizes = request.sizes()
    return int(sizes["responseBodySize"] + sizes["responseHeadersSize"])


SEARCH_PAGES = ["", "diffusion/ddpm/"]  # the home page, and the note with the most math
SEARCH_QUERIES = ["盛最多水", "Wasserstein", "DDIM 采样", "DDPM 闭式解", "注意力", "transformer"]
SLOW_4G = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 0.75e6 / 8}

# Timestamps in the page: the last keystroke, and the first result list rendered after it.
WATCH_RESULTS = """() => {
  const list = document.querySelector(".md-search-result__list");
  window.searchTiming = { key: 0, results: 0 };
  document.addEventListener("keydown", () => { searchTiming.key = performance.now(); searchTiming.results = 0; },
                            { capture: true });
  new MutationObserver(() => {
    if (searchTiming.key && !searchTiming.results && list.children.length) searchTiming.results = performance.now();
  }).observe(list, { childList: true });
}"""
INDEX_ENTRY = "performance.getEntriesByType('resource').find(e => e.name.endsWith('search/search_index.json'))"


def search_timing(browser: Browser, url: str, path: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", SLOW_4G)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
    page.goto(url + path, wait_until="load")
    loaded = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
    # No input until the index has arrived: a touch or key would request it at once.
    page.wait_for_function(f"({INDEX_ENTRY} || {{}}).responseEnd > 0", timeout=120_000, polling=100)
    entry = page.evaluate(INDEX_ENTRY)
    page.locator("label.md-header__button[for=__search]").click()
    page.evaluate(WATCH_RESULTS)
    box = page.locator("input.md-search__input")
    probes = 0
    while True:  # the worker answers once it has built its index from the JSON
        # Material ignores a repeated identical query, so each probe asks something new.
        box.fill(["DDPM", "DDIM"][probes % 2])
        probes += 1
        box.press("End")
        try:
            page.wait_for_function("searchTiming.results > 0", timeout=200, polling=20)
            break
        except PlaywrightTimeout:
            continue
    ready = page.evaluate("searchTiming.results")
    print(f"search on a phone profile (CPU 4x slower, slow 4G), from /{path}:")
    print(f"  index requested {entry['startTime'] - loaded:.0f} ms after the page's load event, "
          f"downloaded in {entry['responseEnd'] - entry['startTime']:.0f} ms, "
          f"answering queries {ready - entry['startTime']:.0f} ms after the request")
    latencies = []
    for query in SEARCH_QUERIES:
        box.fill(query)
        box.press("End")  # Material searches on key events; one keystroke, one query
        page.wait_for_function("searchTiming.results > 0", timeout=30_000, polling=10)
        latency = page.evaluate("searchTiming.results - searchTiming.key")
        latencies.append(latency)
        print(f"  {query!r}: first result list {latency:.0f} ms after the keystroke")
    print(f"  slowest query: {max(latencies):.0f} ms")
    context.close()


def main() -> int:
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    site = Path(tempfile.mkdtemp(prefix="measure-site-"))
    env = {**os.environ, "SITE_URL": url, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        print(result.stderr[-3000:], file=sys.stderr)
        return 1
    pages = sorted(p.parent.relative_to(site).as_posix() for p in site.rglob("index.html"))
    pages = ["" if p == "." else p + "/" for p in pages]
    index = (site / "search" / "search_index.json").read_bytes()
    print(f"build time (strict, notebooks executed, 2 cores): {elapsed:.1f} s")
    print(f"pages: {len(pages)}")
    print(f"search index: {len(index) / 1024:.0f} KB raw, {len(gzip.compress(index, 6)) / 1024:.0f} KB gzipped "
          "(requested once a page has loaded and the main thread is idle, or at the reader's first "
          "touch or key; cached by the browser and the service worker)")

    server = serve(site, port)
    weights: list[tuple[int, int, str]] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            for path in pages:
                context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
                page = context.new_page()
                finished: list[Request] = []
                page.on("requestfinished", lambda request: finished.append(request))
                page.goto(url + path, wait_until="networkidle")
                own = [r for r in finished if not r.url.endswith("search_index.json")]
                weights.append((sum(transferred(r) for r in own), len(own), path))
                context.close()
            for path in SEARCH_PAGES:
                search_timing(browser, url, path)
            browser.close()
    finally:
        server.shutdown()
    weights.sort(reverse=True)
    print("heaviest pages at 390 px (bytes transferred, gzip, search index excluded):")
    for weight, requests, path in weights[:5]:
        print(f"  {weight / 1024:7.1f} KB  {requests:3d} requests  /{path}")
    median = sorted(w for w, _, _ in weights)[len(weights) // 2]
    print(f"median page: {median / 1024:.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
