"""Drive the site's real search box in Chromium, as a reader does: open it, type, read the results.

Shared by `make search-eval` (tools/search_eval.py) and the search tests. The search worker
echoes the query each result answers (``data.query``, which Material ignores; ``partial`` marks
the titles it sends before the excerpts); a wrapper around ``Worker`` records the complete
answer, so a caller waits for the answer to exactly its query, and when each query's first
answer was on screen (``answeredAt``, for timings).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Page

QUERIES = Path(__file__).resolve().parents[1] / "tests" / "search" / "queries.tsv"

RECORD_ANSWERS = """
(() => {
  const Native = window.Worker;
  window.__searchAnswered = null;
  window.answeredAt = {}; // query -> when its first answer (titles, or the whole) was on screen
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        const data = event.data && event.data.data;
        if (!(event.data && event.data.type === 3 && data && "query" in data)) return;
        setTimeout(() => { // after Material renders
          if (!(data.query in window.answeredAt)) window.answeredAt[data.query] = performance.now();
          if (!data.partial) window.__searchAnswered = data.query;
        }, 0);
      });
    }
  };
})();
"""


@dataclass(frozen=True)
class Query:
    text: str
    expected: str
    kind: str


def read_queries(path: Path = QUERIES) -> list[Query]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [Query(row["query"], row["expected"], row["kind"]) for row in rows]


def open_search(page: Page) -> None:
    page.locator("label.md-header__button[for=__search]").click()
    page.locator("input.md-search__input").wait_for(state="visible")


def results_for(page: Page, query: str, timeout: float = 15_000) -> list[str]:
    """Type a query into the open search box; the site paths of the result pages, best first."""
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")  # Material reads the box on key events
    page.wait_for_function("q => window.__searchAnswered === q", arg=query, timeout=timeout, polling=20)
    hrefs = page.eval_on_selector_all(
        ".md-search-result__list > li > a:first-child", "links => links.map(a => a.href)"
    )
    return [urlsplit(href).path.lstrip("/") for href in hrefs]


def rank_of(results: list[str], expected: str) -> int | None:
    """1-based rank of the expected page among the results, or None."""
    for rank, path in enumerate(results, 1):
        if path == expected:
            return rank
    return None
