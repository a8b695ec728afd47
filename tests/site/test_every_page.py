"""Every built page in a phone-sized Chromium: budgets and hygiene that must hold as content grows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Request

from tests.conftest import ROOT, Site
from tests.site.conftest import FULL_LAYOUT, horizontal_overflow

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
    not_mathml: int  # formulas that are not a MathML <math> element
    crowded: list[str]  # axe-core: controls under 24 px and too close (WCAG 2.5.8), math-only table headers


def site_pages(site: Site) -> list[str]:
    paths = []
    for index in sorted(site.path.rglob("index.html")):
        relative = index.parent.relative_to(site.path).as_posix()
        if relative.startswith("search"):
            continue
        paths.append("" if relative == "." else relative + "/")
    return paths


# WCAG 2.5.8 for the links of the "本页位置" box, which axe-core skips as links inside text,
# taken line by line (a link that wraps is two pieces): a piece under 24 px high or wide needs
# a 24 px circle around its centre clear of every other link's pieces and of their circles.
CROWDED_BOX_LINKS = """() => {
  const links = [...document.querySelectorAll("article .admonition.abstract a")];
  const pieces = links.map((link) => [...link.getClientRects()]);
  const small = (r) => r.width < 24 || r.height < 24;
  const centre = (r) => [r.left + r.width / 2, r.top + r.height / 2];
  const crowded = new Set();
  pieces.forEach((own, i) => own.filter(small).forEach((piece) => {
    const [x, y] = centre(piece);
    pieces.forEach((others, j) => {
      if (i === j) return;
      for (const r of others) {
        const gap = Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
        const [ox, oy] = centre(r);
        if (gap < 12 || (small(r) && Math.hypot(x - ox, y - oy) < 24)) crowded.add(links[i].textContent.trim());
      }
    });
  }));
  return [...crowded];
}"""
# Formulas that are not a MathML <math>, except KaTeX's HTML for a formula with a brace (hooks/math.py).
NOT_MATHML = """[...document.querySelectorAll('.arithmatex')].filter((f) => {
  if (f.firstElementChild instanceof MathMLElement && f.firstElementChild.localName === 'math') return false;
  const tex = f.dataset.tex ?? f.querySelector('[data-clipboard-text]')?.dataset.clipboardText ?? '';
  return !(f.querySelector('.katex') && /\\\\(under|over)brace(?![a-zA-Z])/.test(tex));
}).length"""
# axe-core on every page, for what a formula can break: target size (WCAG 2.2 AA 2.5.8), and
# table headers that are only math (axe does not read MathML as text; Lighthouse uses axe).
TARGET_SIZE = """axe.run(document, {runOnly: ['target-size', 'empty-table-header'], resultTypes: ['violations']})
  .then(r => r.violations.flatMap(v => v.nodes.map(n => n.target.join(' '))))"""


@pytest.fixture(scope="module")
def visits(browser: Browser, site: Site) -> Iterator[list[Visit]]:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True,
                                  service_workers="block")
    context.add_init_script((ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8"))
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
        not_mathml = page.evaluate(NOT_MATHML)
        page.add_style_tag(content=FULL_LAYOUT)  # every block laid out, so axe measures every target
        crowded = page.evaluate(TARGET_SIZE) + page.evaluate(CROWDED_BOX_LINKS)
        results.append(Visit(path, size, overflow, foreign, errors, repeated, not_mathml, crowded))
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


def test_every_formula_is_mathml(visits: list[Visit]) -> None:
    offenders = {v.path: v.not_mathml for v in visits if v.not_mathml}
    assert not offenders, f"formulas not rendered as MathML: {offenders}"


def test_axe_target_size_and_table_headers_on_every_page_at_360px(visits: list[Visit]) -> None:
    offenders = {v.path: v.crowded[:5] for v in visits if v.crowded}
    assert not offenders, f"axe-core target-size or empty-table-header violations: {offenders}"
