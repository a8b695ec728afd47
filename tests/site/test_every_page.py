"""Every built page in a phone-sized Chromium: budgets and hygiene that must hold as content grows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Request

from tests.conftest import Site
from tests.site.conftest import horizontal_overflow

pytestmark = pytest.mark.browser
KB = 1024
BUDGETS = {"notebooks": 600 * KB}  # pages everywhere else: 350 KB
DEFAULT_BUDGET = 350 * KB


@dataclass
class Visit:
    path: str
    transferred: int
    overflow: int
    foreign: list[str]
    errors: list[str]
    repeated: list[str]


def site_pages(site: Site) -> list[str]:
    paths = []
    for index in sorted(site.path.rglob("index.html")):
        relative = index.parent.relative_to(site.path).as_posix()
        if relative.startswith("search"):
            continue
        paths.append("" if relative == "." else relative + "/")
    return paths


@pytest.fixture(scope="module")
def visits(browser: Browser, site: Site) -> Iterator[list[Visit]]:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True,
                                  service_workers="block")
    own = urlsplit(site.url).netloc
    results = []
    for path in site_pages(site):
        page = context.new_page()
        finished: list[Request] = []
        foreign: list[str] = []
        errors: list[str] = []
        page.on("requestfinished", lambda r: finished.append(r))
        page.on("request", lambda r: foreign.append(r.url) if urlsplit(r.url).scheme in ("http", "https") and urlsplit(r.url).netloc != own else None)
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(site.url + path, wait_until="networkidle")
        size = 0
        for request in finished:
            if request.url.endswith("search_index.json"):
                continue  # loaded once by the search worker, reported by `make bench`
            sizes = request.sizes()
            size += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        # Material's instant navigation asks for the sitemap more than once, by design.
        counts = Counter(r.url for r in finished if not r.url.endswith("/sitemap.xml"))
        repeated = [url for url, count in counts.items() if count > 1]
        overflow = horizontal_overflow(page)
        results.append(Visit(path, size, overflow, foreign, errors, repeated))
        page.close()
    context.close()
    yield results


def test_every_page_was_visited(visits: list[Visit], site: Site) -> None:
    assert len(visits) == len(site_pages(site)) >= 50


def test_no_page_requests_another_host(visits: list[Visit]) -> None:
    offenders = {v.path: v.foreign for v in visits if v.foreign}
    assert not offenders, offenders


def test_no_console_errors_on_any_page(visits: list[Visit]) -> None:
    offenders = {v.path: v.errors for v in visits if v.errors}
    assert not offenders, offenders


def test_no_page_fetches_a_file_twice(visits: list[Visit]) -> None:
    # A self-assigned href after the load event makes Chromium fetch a stylesheet again
    # (hooks/after_paint.js resolves them while the page is still loading).
    offenders = {v.path: v.repeated for v in visits if v.repeated}
    assert not offenders, offenders


def test_no_horizontal_overflow_at_360px(visits: list[Visit]) -> None:
    offenders = {v.path: v.overflow for v in visits if v.overflow > 0}
    assert not offenders, f"pages wider than a 360 px screen (px): {offenders}"


def test_transfer_size_budget(visits: list[Visit]) -> None:
    offenders = {}
    for visit in visits:
        budget = BUDGETS.get(visit.path.split("/", 1)[0], DEFAULT_BUDGET)
        if visit.transferred > budget:
            offenders[visit.path] = f"{visit.transferred / KB:.0f} KB > {budget / KB:.0f} KB"
    assert not offenders, offenders
