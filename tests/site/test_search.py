"""Site search, through the real search box in Chromium (tools/search_ui.py drives it).

Relevance is held to the thresholds issue #18 set, on the repository's query set; every page's
own title finds that page first (generated from the built index, so a new page is covered);
Chinese glued to Latin letters finds what the spaced query finds; results show the matching
section's text and link to it. Timings are measured by `make search-eval`, not asserted here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Browser, Page

from tests.conftest import Site
from tests.search.test_tokenizer import SAMPLES, TOKENIZE, tokenized
from tools.search_ui import RECORD_ANSWERS, open_search, rank_of, read_queries, results_for

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def search(browser: Browser, site: Site) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    context.add_init_script(RECORD_ANSWERS)
    page = context.new_page()
    page.goto(site.url, wait_until="load")
    open_search(page)
    yield page
    context.close()


def title_queries(site: Site) -> list[tuple[str, str]]:
    """(query, page) for every searchable page: its title, and the parts of it readers type."""
    data = next((site.path / "search" / "data").iterdir())
    pages = json.loads((data / "pages.json").read_text(encoding="utf-8"))["pages"]
    queries = []
    for url, title, _aliases in pages:
        queries.append((title, url))
        parts = [p.strip() for p in re.split(r"[：:（）()；;]", title) if len(p.strip()) >= 2]
        if len(parts) > 1:
            queries += [(part, url) for part in parts]
        problem = re.match(r"leetcode/(\d{4})-", url)
        if problem:
            number = int(problem.group(1))
            forms = [str(number), f"LC{number}", f"力扣 {number}", title.split(". ", 1)[1]]
            queries += [(form, url) for form in forms]
    # A part two pages share ("DDPM" of a note and of a notebook on it) names neither alone.
    shared = {q for q, _ in queries if len({u for q2, u in queries if q2 == q}) > 1}
    return [(q, u) for q, u in queries if q not in shared]


def test_every_pages_title_finds_that_page_first(search: Page, site: Site) -> None:
    queries = title_queries(site)
    assert len(queries) > 150
    wrong = []
    for query, url in queries:
        results = results_for(search, query)
        if not results or results[0] != url:
            wrong.append(f"{query!r} -> {results[:1]}, expected {url}")
    assert not wrong, f"{len(wrong)} of {len(queries)} titles miss their page:\n" + "\n".join(wrong)


def test_query_set_recall(search: Page) -> None:
    queries = read_queries()
    assert len(queries) >= 200
    ranks = [rank_of(results_for(search, q.text), q.expected) for q in queries]
    at1 = sum(r == 1 for r in ranks) / len(ranks)
    at3 = sum(r is not None and r <= 3 for r in ranks) / len(ranks)
    mrr = sum(1 / r for r in ranks if r) / len(ranks)
    misses = [f"{q.text!r} -> {q.expected} (rank {r})" for q, r in zip(queries, ranks) if r != 1]
    assert at1 >= 0.90 and at3 >= 0.98, f"recall@1 {at1:.3f}, recall@3 {at3:.3f}, MRR {mrr:.3f}; misses:\n" + "\n".join(misses)


@pytest.mark.parametrize(("glued", "spaced", "expected"), [
    ("DDIM采样", "DDIM 采样", "diffusion/ddim/"),
    ("VAE重参数化", "VAE 重参数化", "generative/vae/"),
    ("力扣215", "力扣 215", "leetcode/0215-kth-largest-element-in-an-array/"),
])
def test_chinese_glued_to_latin_finds_what_the_spaced_query_finds(search: Page, glued: str, spaced: str, expected: str) -> None:
    assert results_for(search, glued)[:3] == results_for(search, spaced)[:3]
    assert results_for(search, glued)[0] == expected


def section_text(site: Site, path: str, anchor: str) -> str:
    """The text of a built page from the heading with this id up to the next heading."""
    html = (site.path / path.lstrip("/") / "index.html").read_text(encoding="utf-8")
    start = html.index(f'id="{unquote(anchor)}"')
    end = re.compile(r"<h[1-6][ >]").search(html, start)
    return re.sub(r"<[^>]+>", "", html[start:end.start() if end else len(html)])


def test_a_result_shows_and_links_the_section_that_matched(search: Page, site: Site) -> None:
    query = "三路划分"
    results_for(search, query)
    first = search.locator(".md-search-result__list > li").first
    links = [urlsplit(a) for a in first.locator("a").evaluate_all("links => links.map(a => a.href)")]
    assert links[1].path == links[0].path and links[1].fragment, "the best section is linked by its anchor"
    assert query in section_text(site, links[1].path, links[1].fragment), "the linked section holds the query"
    teaser = first.locator("article").nth(1).inner_text()
    assert query in teaser and "本页位置" not in teaser
    assert first.locator("mark").count() >= 1, "the query's words are highlighted"
    assert "缺少" not in first.inner_text(), "no word of the query is reported missing"


def test_a_readers_synonym_finds_the_sites_word(search: Page) -> None:
    assert results_for(search, "小顶堆")[0] == "algorithms/heap-top-k/"
    assert results_for(search, "任意门")[0] == "diffusion/anydoor/"


def test_the_page_a_result_opens_highlights_the_query(browser: Browser, site: Site) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    context.add_init_script(RECORD_ANSWERS)
    page = context.new_page()
    page.goto(site.url, wait_until="load")
    open_search(page)
    assert results_for(page, "DDIM采样")[0] == "diffusion/ddim/"
    page.locator(".md-search-result__list > li a").first.click()
    page.wait_for_url("**/diffusion/ddim/**")
    marks = page.locator("mark[data-md-highlight]")
    marks.first.wait_for(state="attached")
    words = set(marks.evaluate_all("marks => marks.map((m) => m.textContent.toLowerCase())"))
    context.close()
    assert {"ddim", "采样"} <= words, words


def test_the_open_search_panel_fits_a_phone_screen(browser: Browser, site: Site) -> None:
    # Material's overlay grows by a transform. Until Material fixes the body in place, 400 ms after
    # search opens, a reader's keystrokes used to lay the page out at a layout viewport widened to
    # fit it (1,262 px at 390), then again at 390 once fixed: a second of main thread at 4x CPU.
    # Checked in that state, held still: the overlay fully grown, the body not yet fixed.
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site.url + "generative/vae/", wait_until="load")
    open_search(page)
    page.wait_for_function("""() => document.body.hasAttribute("data-md-scrolllock")
        && document.getAnimations().every((a) => a.playState === "finished")""", polling=50)
    page.evaluate("document.body.removeAttribute('data-md-scrolllock')")
    page.locator("input.md-search__input").fill("VAE")
    widths = page.evaluate("[innerWidth, document.documentElement.scrollWidth]")
    reset = page.locator("button.md-search__icon[type=reset]").bounding_box()
    context.close()
    assert widths == [390, 390]
    assert reset is not None and reset["x"] + reset["width"] <= 390, "the clear button is on screen"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_in_the_open_search_panel(browser: Browser, site: Site, scheme: str) -> None:
    axe = (Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  color_scheme=scheme)
    context.add_init_script(RECORD_ANSWERS)
    page = context.new_page()
    page.goto(site.url, wait_until="load")
    open_search(page)
    results = results_for(page, "DDIM采样")  # titles, excerpts with marks, a completion in the box
    page.wait_for_function("document.getAnimations().every((a) => a.playState === 'finished')", polling=50)
    page.add_script_tag(content=axe)
    violations = page.evaluate(
        "axe.run('.md-search', {resultTypes: ['violations']})"
        ".then(r => r.violations.map(v => `${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(' ')}`))"
    )
    scheme_set = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    context.close()
    assert results and scheme_set == ("slate" if scheme == "dark" else "default")
    assert not violations, violations


def test_the_browser_splits_text_as_the_index_builder_does(search: Page) -> None:
    search.add_script_tag(content=TOKENIZE.read_text(encoding="utf-8"))
    in_browser = search.evaluate(
        "samples => samples.map((s) => ({ index: searchTokenize.indexTerms(s), query: searchTokenize.queryWords(s) }))",
        SAMPLES,
    )
    assert in_browser == tokenized(SAMPLES)
