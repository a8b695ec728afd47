"""Build the site and print what it costs: build time, pages, search index, heaviest pages.

    python -m tools.measure            # or: make bench

Each page is loaded in headless Chromium at phone size from a local server that gzips
text like a real host; a page's weight is the bytes transferred for it and everything it
loads (HTML, CSS, JS, fonts, images, the search worker's script). The search index is
reported on its own: a page fetches none of it until the reader searches. Search speed
and relevance are measured by `make search-eval` (tools/search_eval.py).
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

from playwright.sync_api import Request, sync_playwright

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
    print(f"build time (strict, notebooks executed, 2 cores): {elapsed:.1f} s")
    print(f"pages: {len(pages)}")
    data = [p for p in (site / "search" / "data").rglob("*") if p.is_file()]
    kb = {kind: sum(len(gzip.compress(p.read_bytes(), 6)) for p in data if (p.parent.name == "t") == (kind == "texts")) / 1024
          for kind in ("index", "texts")}
    print(f"search index: {len(data)} files, gzipped {kb['index']:.0f} KB of index (a query fetches the page list "
          f"and a few of these; the rest follow in the background after the first answer, for offline search) "
          f"and {kb['texts']:.0f} KB of section texts (fetched only for the excerpts shown)")

    server = serve(site, port)
    weights: list[tuple[int, int, str]] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            for path in pages:
                context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
                page = context.new_page()
                finished: list[Request] = []
                page.on("requestfinished", lambda request, finished=finished: finished.append(request))
                page.goto(url + path, wait_until="networkidle")
                own = [r for r in finished if "/search/" not in r.url]
                weights.append((sum(transferred(r) for r in own), len(own), path))
                context.close()
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
