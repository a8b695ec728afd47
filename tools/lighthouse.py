"""Lighthouse on the target pages: median scores, LCP, CLS, bytes and requests.

    python -m tools.lighthouse [RUNS] [PAGE]   # or: make lighthouse  (RUNS defaults to 7;
                                               # PAGE picks targets whose name contains it)

Builds the site for a local URL, serves it with gzip on 127.0.0.1 (tools/gzip_server.py),
and runs Lighthouse 12.8 (pinned in package.json, from node_modules/) against Debian's
Chromium with Lighthouse's default mobile emulation and simulated throttling. Scores are measured here, not
asserted in tests: they vary from run to run.

Run it on an otherwise idle machine. Lighthouse simulates a phone by scaling the task
times it observes, so any other busy process lowers the scores; its CPU benchmark does
not show it when the other process has a core of its own (with one core kept busy on a
2-core machine, the benchmark stayed at 2,650-2,880 while single runs fell to 80-86).
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.gzip_server import serve  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"  # pinned in package.json; `make setup` installs it
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
FORMATS = {**{name: ".0f" for name in CATEGORIES}, "LCP s": ".2f", "TBT ms": ".0f", "CLS": ".3f", "KB": ".0f",
           "requests": ".0f", "DOM": ".0f"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def targets(site: Path) -> dict[str, str]:
    post = sorted(site.glob("blog/2*/*/*/*/index.html"))[0].parent.relative_to(site).as_posix() + "/"
    return {
        "home": "",
        "note (most math)": "diffusion/ddpm/",
        "DDIM note": "diffusion/ddim/",
        "LeetCode page": "leetcode/0215-kth-largest-element-in-an-array/",
        "notebook": "notebooks/ddpm-vs-ddim-exact/",
        "daily post": post,
        "question bank": "questions/diffusion/",
        "review": "review/",
    }


def run_once(url: str, out: Path) -> dict[str, float]:
    subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
         f"--chrome-path={CHROMIUM}", f"--only-categories={','.join(CATEGORIES)}",
         "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run "
         "--disable-background-networking --disable-component-update --disable-sync"],
        check=True, capture_output=True, text=True,
    )
    report = json.loads(out.read_text(encoding="utf-8"))
    audits = report["audits"]
    result = {name: report["categories"][name]["score"] * 100 for name in CATEGORIES}
    result["LCP s"] = audits["largest-contentful-paint"]["numericValue"] / 1000
    result["TBT ms"] = audits["total-blocking-time"]["numericValue"]  # what moves the score between runs
    result["CLS"] = audits["cumulative-layout-shift"]["numericValue"]
    result["KB"] = audits["total-byte-weight"]["numericValue"] / 1024
    result["requests"] = len(audits["network-requests"]["details"]["items"])
    result["DOM"] = audits["dom-size"]["numericValue"]
    # How fast this machine was during the run (Lighthouse's own CPU benchmark): scores
    # fall when other work shares the CPU, so a run's score means little without it.
    result["benchmark"] = report["environment"]["benchmarkIndex"]
    return result


def main() -> int:
    if not LIGHTHOUSE.is_file():
        sys.exit(f"error: {LIGHTHOUSE.relative_to(ROOT)} is missing; run `make setup` (npm ci installs the pinned Lighthouse)")
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    only = sys.argv[2] if len(sys.argv) > 2 else ""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    site = Path(tempfile.mkdtemp(prefix="lighthouse-site-"))
    env = {**os.environ, "SITE_URL": url, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
                   cwd=ROOT, env=env, check=True)
    server = serve(site, port)
    columns = ["performance", "accessibility", "best-practices", "seo", "LCP s", "TBT ms", "CLS", "KB", "requests", "DOM"]
    print(f"Lighthouse 12.8, mobile, simulated throttling, median of {runs} runs")
    print(f"{'page':<18}" + "".join(f"{c:>15}" for c in columns))
    try:
        for name, path in targets(site).items():
            if only not in name:
                continue
            results = [run_once(url + path, site / f"report-{i}.json") for i in range(runs)]
            medians = [statistics.median(r[c] for r in results) for c in columns]
            print(f"{name:<18}" + "".join(f"{m:>15{FORMATS[c]}}" for c, m in zip(columns, medians)), flush=True)
            spread = {c: sorted(r[c] for r in results) for c in ("performance", "LCP s", "TBT ms", "benchmark")}
            print(f"{'':<18}  each run: performance {' '.join(f'{v:.0f}' for v in spread['performance'])}; "
                  f"LCP {' '.join(f'{v:.2f}' for v in spread['LCP s'])}; "
                  f"TBT {' '.join(f'{v:.0f}' for v in spread['TBT ms'])} ms; "
                  f"CPU benchmark {spread['benchmark'][0]:.0f}-{spread['benchmark'][-1]:.0f}", flush=True)
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
