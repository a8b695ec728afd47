"""`make search-eval`: how well and how fast the site's search answers, measured in the real UI.

Builds the site (or takes one already built with --site DIR, served at the root), serves it,
and in headless Chromium at 390 px types every query of tests/search/queries.tsv into the
header search box. Prints the rank of each query's expected page where it is not first,
recall@1, recall@3 and MRR overall and per kind of query.

Then, on a phone profile (4x slower CPU, slow 4G: 150 ms round trips, 1.6 Mbit/s) with a cold
cache, on pages that have fetched nothing for search yet: the time from the first keystroke to
the first result list, the search data fetched before it (bytes on the wire), and then, as the
reader adds words at 250 ms a character, the time from each key to its answer on screen.
Medians and ranges over --runs cold loads.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.site.conftest import CHROMIUM_FLAGS, chromium_path  # noqa: E402
from tools.gzip_server import serve  # noqa: E402
from tools.measure import free_port  # noqa: E402
from tools.search_ui import RECORD_ANSWERS, Query, open_search, rank_of, read_queries, results_for  # noqa: E402

# Lighthouse's slow 4G: 150 ms round trips, 1.6 Mbit/s down.
SLOW_4G = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 0.75e6 / 8}
TIMED = [  # (page, the query typed there one key at a time, what the reader then adds to it)
    ("", "DDIM采样", "步数"),
    ("diffusion/ddpm/", "盛最多水", "的容器"),
    ("leetcode/0215-kth-largest-element-in-an-array/", "transformer", " 位置编码"),
    ("vision/vit/", "无分类器引导", "强度"),
    ("generative/vae/", "215", " 快速选择"),
]


def relevance(browser: Browser, url: str, queries: list[Query]) -> dict[str, float]:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    context.add_init_script(RECORD_ANSWERS)
    page = context.new_page()
    page.goto(url, wait_until="load")
    open_search(page)
    by_kind: dict[str, list[int | None]] = defaultdict(list)
    for query in queries:
        results = results_for(page, query.text)
        rank = rank_of(results, query.expected)
        by_kind[query.kind].append(rank)
        by_kind["all"].append(rank)
        if rank != 1:
            first = results[0] if results else "nothing"
            print(f"  rank {rank or '-':>2}  {query.kind:<12} {query.text!r} -> {query.expected} (first: {first})")
    context.close()
    print(f"{'kind':<12} {'n':>4} {'R@1':>6} {'R@3':>6} {'MRR':>6}")
    summary = {}
    for kind in sorted(by_kind, key=lambda k: (k == "all", k)):
        ranks = by_kind[kind]
        at1 = sum(r == 1 for r in ranks) / len(ranks)
        at3 = sum(r is not None and r <= 3 for r in ranks) / len(ranks)
        mrr = sum(1 / r for r in ranks if r) / len(ranks)
        print(f"{kind:<12} {len(ranks):>4} {at1:>6.3f} {at3:>6.3f} {mrr:>6.3f}")
        if kind == "all":
            summary = {"recall@1": at1, "recall@3": at3, "mrr": mrr}
    return summary


TYPE = """async ([query, delay]) => {
  // One character at a time, as a phone keyboard sends them: an input event, then a key up
  // (what Material listens for; an IME sends it too, with key code 229).
  const box = document.querySelector("input.md-search__input");
  for (const char of query) {
    box.value += char;
    box.dispatchEvent(new InputEvent("input", { data: char, inputType: "insertText", bubbles: true }));
    box.dispatchEvent(new KeyboardEvent("keyup", { key: char, bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}"""
WATCH = """() => {
  const list = document.querySelector(".md-search-result__list");
  window.t = { key: 0, results: 0 };
  document.addEventListener("input", () => { if (!t.key) t.key = performance.now(); }, { capture: true });
  new MutationObserver(() => {
    if (t.key && !t.results && list.querySelector("li")) t.results = performance.now();
  }).observe(list, { childList: true, subtree: true });
}"""
# The worker's own record of what it fetched: name, bytes on the wire, when it arrived (page clock).
# Bytes: the (gzipped) body as it came over the wire, plus about 300 bytes of headers.
WORKER_FETCHES = """() => performance.getEntriesByType("resource").map((e) => [e.name, e.encodedBodySize + 300,
  performance.timeOrigin + e.responseEnd])"""


def cold_search(browser: Browser, url: str, path: str, query: str, more: str) -> tuple[float, int, int, list[float]]:
    """(ms from first keystroke to first results, search bytes before them, requests, ms for each later key).

    A later key is one of `more`, typed at 250 ms a character after the first results; its time
    runs from the key to the answer to the query it completes being on screen.
    """
    # No service worker: its fetches would escape the page's network throttling.
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  service_workers="block")
    context.add_init_script(RECORD_ANSWERS)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    cdp.send("Network.emulateNetworkConditions", SLOW_4G)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
    page.goto(url + path, wait_until="load")
    page.wait_for_timeout(1500)  # the page settles: idle callbacks, the service worker's registration
    page.evaluate(WATCH)
    open_search(page)
    page.evaluate(TYPE, [query, 120])
    page.wait_for_function("t.results > 0", timeout=60_000, polling=10)
    first = page.evaluate("t.results - t.key")
    results_at = page.evaluate("performance.timeOrigin + t.results")
    fetched = [(name, size) for name, size, end in page.workers[0].evaluate(WORKER_FETCHES)
               if "/search/" in name and end <= results_at]
    page.wait_for_function("q => q in answeredAt", arg=query, timeout=60_000, polling=10)
    later = []
    for char in more:
        query += char
        if char.isspace():  # Material trims the query, so a space alone sends nothing
            page.evaluate(TYPE, [char, 250])
            continue
        typed = page.evaluate("performance.now()")
        page.evaluate(TYPE, [char, 0])
        page.wait_for_function("q => q in answeredAt", arg=query.strip(), timeout=60_000, polling=10)
        later.append(page.evaluate("q => answeredAt[q]", query.strip()) - typed)
        page.wait_for_timeout(max(0, 250 - later[-1]))
    context.close()
    return first, sum(size for _, size in fetched), len(fetched), later


def timings(browser: Browser, url: str, runs: int) -> None:
    print("\nphone profile (CPU 4x, slow 4G), cold cache, search opened and typed at 120 ms a character, then more at 250 ms:")
    firsts, bytes_, laters = [], [], []
    for _ in range(runs):
        for path, query, more in TIMED:
            first, fetched, requests, later = cold_search(browser, url, path, query, more)
            firsts.append(first)
            bytes_.append(fetched)
            laters += later
            print(f"  /{path:<48} {query!r:<14} first results {first:5.0f} ms, "
                  f"{fetched / 1024:5.1f} KB in {requests} requests before them; then {more!r}: "
                  + " ".join(f"{ms:.0f}" for ms in later) + " ms")
    for name, values, unit in (("first results", firsts, "ms"), ("search data", [b / 1024 for b in bytes_], "KB"),
                               ("later keys", laters, "ms")):
        print(f"  {name}: median {statistics.median(values):.0f} {unit}, range {min(values):.0f}-{max(values):.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an already built site, served at the root")
    parser.add_argument("--runs", type=int, default=3, help="cold loads per timed page")
    parser.add_argument("--no-timings", action="store_true", help="relevance only")
    parser.add_argument("--no-relevance", action="store_true", help="timings only")
    args = parser.parse_args()
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    site = args.site
    if site is None:
        site = Path(tempfile.mkdtemp(prefix="search-eval-"))
        env = {**os.environ, "SITE_URL": url, "NO_MKDOCS_2_WARNING": "1"}
        build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                               cwd=ROOT, env=env, capture_output=True, text=True)
        if build.returncode:
            print(build.stderr[-3000:], file=sys.stderr)
            return 1
    server = serve(site, port)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
            queries = read_queries()
            print(f"{len(queries)} queries from {Path('tests/search/queries.tsv')}, typed into the search box at 390 px")
            if not args.no_relevance:
                relevance(browser, url, queries)
            if not args.no_timings:
                timings(browser, url, args.runs)
            browser.close()
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
