"""A real browser (headless Debian Chromium driven by Playwright) against the served site, at phone size."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Route

from tests.conftest import ROOT, Site, free_port
from tests.site.conftest import FULL_LAYOUT, horizontal_overflow
from tools.gzip_server import serve

pytestmark = pytest.mark.browser
FULL_MATH_FONT = ROOT / "node_modules" / "@fontsource" / "stix-two-math" / "files" / "stix-two-math-latin-400-normal.woff2"
FULL_KATEX_FONTS = ROOT / "node_modules" / "katex" / "dist" / "fonts"
PHONE = {"width": 390, "height": 844}


class Watched:
    """A page plus everything it requested and every console error it logged."""

    def __init__(self, context: BrowserContext) -> None:
        self.page: Page = context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    yield context
    context.close()


def assert_only_own_host(watched: Watched, site: Site) -> None:
    own = urlsplit(site.url).netloc
    foreign = [u for u in watched.requests if urlsplit(u).scheme in ("http", "https") and urlsplit(u).netloc != own]
    assert not foreign, f"requests to other hosts: {foreign}"


def test_home_loads_without_console_errors(context: BrowserContext, site: Site) -> None:
    watched = Watched(context)
    watched.page.goto(site.url, wait_until="networkidle")
    assert "机器学习" in watched.page.title()
    assert watched.page.locator("h1").first.inner_text().startswith("机器学习")
    assert not watched.errors, watched.errors
    assert_only_own_host(watched, site)


def search_top(page: Page, query: str) -> str:
    page.locator("label.md-header__button[for=__search]").click()
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")  # Material reacts to key events, not to a programmatic fill alone
    first = page.locator(".md-search-result__list > li a").first
    first.wait_for(state="visible", timeout=15000)
    return first.get_attribute("href") or ""


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("盛最多水", "leetcode/0011-container-with-most-water/"),  # Chinese
        ("Wasserstein", "generative/wgan/"),  # a whole English word
        ("DDIM 采样", "diffusion/ddim/"),  # mixed Chinese and English
        ("DDPM 闭式解", "diffusion/ddpm/"),  # mixed: the note that derives it, before its notebook
        ("用精确噪声预测比较采样器", "notebooks/ddpm-vs-ddim-exact/"),  # a notebook's own title
    ],
)
def test_search_puts_expected_page_first(context: BrowserContext, site: Site, query: str, expected: str) -> None:
    watched = Watched(context)
    watched.page.goto(site.url, wait_until="networkidle")
    href = search_top(watched.page, query)
    assert urlsplit(href).path.endswith("/" + expected), f"{query!r}: first result {href}"
    # Titles come first and the excerpts, with the marked words, once their texts arrive.
    watched.page.locator(".md-search-result mark").first.wait_for(state="attached", timeout=15000)
    assert not watched.errors, watched.errors
    assert_only_own_host(watched, site)


def test_search_index_is_requested_only_after_the_page_has_loaded(context: BrowserContext, site: Site) -> None:
    # overrides/partials/defer-search-index.js.html holds back Material's request for the index.
    watched = Watched(context)
    page = watched.page
    page.goto(site.url + "diffusion/ddpm/", wait_until="load")
    index = "performance.getEntriesByType('resource').find(e => e.name.endsWith('/search/search_index.json'))"
    page.wait_for_function(f"({index} || {{}}).responseEnd > 0", timeout=15000)
    timing = page.evaluate(f"""() => ({{
        load: performance.getEntriesByType('navigation')[0].loadEventEnd,
        paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
        index: {index}.startTime }})""")
    # Nothing holds the load event for a script any more (hooks/after_paint.py), so it may
    # come before or after the first paint; the index must wait for both.
    assert timing["index"] >= max(timing["load"], timing["paint"]), timing
    assert urlsplit(search_top(page, "DDIM 采样")).path.endswith("ddim/"), "search still works"
    assert not watched.errors, watched.errors


# Material's bundle ends by publishing its observables (window.document$); note when.
RECORD_BUNDLE_RUN = """
Object.defineProperty(window, "document$", {
  configurable: true,
  set(value) {
    Object.defineProperty(window, "document$", { value, writable: true, configurable: true });
    window.__bundleRanAt = performance.now();
  },
});
"""
MATERIAL_STARTED = "document.querySelector('.md-search')?.hasAttribute('aria-label')"  # set by a11y.js, run last


# The loader's fallback timer (hooks/after_paint.js) never fires: if the bundle runs, the paint
# report started it, however slowly a busy machine gets there.
NO_FALLBACK_TIMER = """{
  const native = window.setTimeout;
  window.setTimeout = (callback, ms, ...args) =>
    ms === 3000 && document.readyState === "loading" ? 0 : native(callback, ms, ...args);
}"""


def test_materials_bundle_runs_once_the_first_paint_is_reported(context: BrowserContext, site: Site) -> None:
    # hooks/after_paint.py: the bundle's start-up must not hold back the first frame.
    watched = Watched(context)
    page = watched.page
    page.add_init_script(RECORD_BUNDLE_RUN)
    page.add_init_script(NO_FALLBACK_TIMER)
    page.goto(site.url + "leetcode/0215-kth-largest-element-in-an-array/", wait_until="load")
    page.wait_for_function(MATERIAL_STARTED, timeout=30_000)
    timing = page.evaluate("""() => ({
        bundle: window.__bundleRanAt,
        paint: performance.getEntriesByName('first-contentful-paint')[0].startTime })""")
    assert timing["paint"] < timing["bundle"], f"the bundle ran after the first paint: {timing}"
    assert urlsplit(search_top(page, "DDIM 采样")).path.endswith("ddim/"), "Material's search works"
    assert page.locator(".md-typeset pre button[data-md-type=copy]").count() >= 1, "Material's copy buttons are there"
    assert not watched.errors, watched.errors


def test_materials_bundle_waits_for_the_paint_report(context: BrowserContext, site: Site) -> None:
    # A browser that paints but has not reported it yet: the bundle waits (a plain deferred
    # script would already have run), then runs on the loader's fallback timer.
    watched = Watched(context)
    page = watched.page
    page.add_init_script(RECORD_BUNDLE_RUN)
    page.add_init_script("""window.PerformanceObserver = class {
        static supportedEntryTypes = ["largest-contentful-paint", "paint"];
        observe() {}
        disconnect() {}
    };""")
    page.goto(site.url + "diffusion/ddpm/", wait_until="load")
    page.wait_for_function(MATERIAL_STARTED, timeout=15000)
    # The fallback fires 3 s after the loader ran, and the loader ran after navigation began.
    ran_at = page.evaluate("window.__bundleRanAt")
    assert ran_at >= 3000, f"the bundle ran {ran_at:.0f} ms into the page, with no paint reported"
    assert not watched.errors, watched.errors


@pytest.mark.parametrize(
    "condition",
    [
        "window.PerformanceObserver = undefined;",  # a browser without paint timing
        "Object.defineProperty(Document.prototype, 'visibilityState', { get: () => 'hidden' });",  # a background tab
    ],
    ids=["no-paint-timing", "background-tab"],
)
def test_materials_bundle_runs_when_no_paint_is_reported(context: BrowserContext, site: Site, condition: str) -> None:
    watched = Watched(context)
    page = watched.page
    page.add_init_script(condition)
    page.goto(site.url + "diffusion/ddpm/", wait_until="load")
    page.wait_for_function(MATERIAL_STARTED, timeout=10000)
    assert page.evaluate("typeof window.document$.subscribe") == "function"
    assert not watched.errors, watched.errors


TOGGLE = "form[data-site-palette] label:visible"  # the palette toggle now shown (overrides/partials/palette.html)


@contextmanager
def phone_page(browser: Browser, system_scheme: Literal["light", "dark"]) -> Iterator[Page]:
    """A fresh page (nothing stored) on a phone whose system colour scheme is system_scheme."""
    context = browser.new_context(viewport=PHONE, color_scheme=system_scheme)
    try:
        yield context.new_page()
    finally:
        context.close()


def scheme(page: Page) -> str:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")


def background_brightness(page: Page) -> int:
    """Sum of the body background's red, green and blue (0-765)."""
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    return sum(int(v) for v in background[background.index("(") + 1 : -1].split(",")[:3])


def test_dark_mode_follows_system_and_toggle_persists(browser: Browser, site: Site) -> None:
    with phone_page(browser, "dark") as page:
        page.goto(site.url, wait_until="networkidle")
        assert scheme(page) == "slate"
        assert background_brightness(page) < 3 * 80, "dark page has a light background"
        # follow system -> light -> dark
        page.locator(TOGGLE).click()
        assert scheme(page) == "default"
        page.reload(wait_until="networkidle")
        assert scheme(page) == "default", "the light choice survives a reload"
        page.goto(site.url + "diffusion/ddpm/", wait_until="networkidle")
        assert scheme(page) == "default", "the choice holds on other pages"
        page.locator(TOGGLE).click()
        assert scheme(page) == "slate"
        page.reload(wait_until="networkidle")
        assert scheme(page) == "slate"


@pytest.mark.parametrize("system", ["dark", "light"])
def test_a_first_visit_paints_in_the_readers_scheme_before_material_starts(
    browser: Browser, site: Site, system: Literal["light", "dark"]
) -> None:
    # Material's bundle, which runs only after the first paint, is held back here: what the
    # page shows until then must already be in the reader's scheme (overrides/partials/palette.js.html).
    with phone_page(browser, system) as page:
        page.route("**/assets/javascripts/bundle.*.min.js", lambda route: route.abort())
        page.goto(site.url + "diffusion/ddpm/", wait_until="load")
        assert page.evaluate("typeof window.document$") == "undefined", "Material must not have started"
        if system == "dark":
            assert scheme(page) == "slate"
            assert background_brightness(page) < 3 * 80, "a white page before Material starts"
        else:
            assert scheme(page) == "default"
            assert background_brightness(page) > 3 * 200


BROWSER_COLOURS = """() => ({
  themeColor: [...document.querySelectorAll("meta[name=theme-color]")].find((m) => !m.media || matchMedia(m.media).matches).content,
  colorScheme: [...document.querySelectorAll("meta[name=color-scheme]")].map((m) => m.content),
})"""


def test_palette_toggle_cycles_and_sets_the_browsers_colours_without_materials_bundle(browser: Browser, site: Site) -> None:
    # The toggle is ours (overrides/partials/palette.js.html), so it works before Material starts.
    with phone_page(browser, "dark") as page:
        page.route("**/assets/javascripts/bundle.*.min.js", lambda route: route.abort())
        page.goto(site.url + "diffusion/ddpm/", wait_until="load")
        assert page.evaluate("typeof window.document$") == "undefined", "Material must not have started"
        light, dark = (
            page.locator(f'meta[name=theme-color][media="(prefers-color-scheme: {s})"]').get_attribute("content")
            for s in ("light", "dark")
        )
        assert light != dark
        steps = [  # follow the system (dark here) -> light -> dark -> follow the system
            ("slate", {"themeColor": dark, "colorScheme": ["light dark"]}),
            ("default", {"themeColor": light, "colorScheme": ["light"]}),
            ("slate", {"themeColor": dark, "colorScheme": ["dark"]}),
            ("slate", {"themeColor": dark, "colorScheme": ["light dark"]}),
        ]
        for step, (expected_scheme, expected_colours) in enumerate(steps):
            if step:
                page.locator(TOGGLE).click()
            assert scheme(page) == expected_scheme, f"step {step}"
            assert page.evaluate(BROWSER_COLOURS) == expected_colours, f"step {step}"
            assert page.locator(TOGGLE).count() == 1
        page.locator(TOGGLE).click()  # light, forced against the dark system
        page.reload(wait_until="load")
        assert scheme(page) == "default"
        assert page.evaluate(BROWSER_COLOURS) == {"themeColor": light, "colorScheme": ["light"]}
        assert background_brightness(page) > 3 * 200
        # Enter on the focused toggle switches to the next entry (dark) and submits nothing.
        url = page.url
        page.focus("form[data-site-palette] input:nth-of-type(2)")
        page.keyboard.press("Enter")
        assert scheme(page) == "slate"
        assert page.url == url


def test_following_the_system_tracks_a_change_of_system_scheme(browser: Browser, site: Site) -> None:
    with phone_page(browser, "light") as page:
        page.goto(site.url, wait_until="networkidle")
        assert scheme(page) == "default"
        page.emulate_media(color_scheme="dark")
        page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'", timeout=2000)
        page.locator(TOGGLE).click()  # a forced choice (light) no longer follows
        page.emulate_media(color_scheme="light")
        page.emulate_media(color_scheme="dark")
        page.wait_for_timeout(100)
        assert scheme(page) == "default"


def test_material_does_not_reapply_the_palette_at_start_up(context: BrowserContext, site: Site) -> None:
    # Material's palette component, if mounted, marks <body> as switching on every page load and
    # restyles every element several times; its toggle is replaced by ours (partials/palette.html).
    watched = Watched(context)
    page = watched.page
    page.add_init_script(
        """window.__bodyAttributes = [];
        new MutationObserver((records) => { for (const r of records) if (r.target === document.body) __bodyAttributes.push(r.attributeName); })
          .observe(document, { attributes: true, subtree: true });"""
    )
    page.goto(site.url + "diffusion/ddpm/", wait_until="load")
    page.wait_for_function(MATERIAL_STARTED, timeout=10000)
    page.wait_for_timeout(300)
    changed = page.evaluate("window.__bodyAttributes")
    assert "data-md-color-scheme" in changed, "the header script applies the stored palette"
    assert "data-md-color-switching" not in changed
    page.locator(TOGGLE).click()
    assert "data-md-color-switching" in page.evaluate("window.__bodyAttributes"), "switching does mark it"
    assert not watched.errors, watched.errors


def test_palette_choice_survives_instant_navigation_without_duplicate_tags(context: BrowserContext, site: Site) -> None:
    watched = Watched(context)
    page = watched.page
    page.goto(site.url + "diffusion/ddpm/", wait_until="networkidle")
    page.evaluate("window.__noReload = true")
    page.locator(TOGGLE).click()  # light
    page.locator(TOGGLE).click()  # dark
    page.locator("article a[href*='ddim/']").first.click()
    page.wait_for_url("**/diffusion/ddim/")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__noReload === true"), "instant navigation should not reload the page"
    assert scheme(page) == "slate"
    colours = page.evaluate(BROWSER_COLOURS)
    assert colours["colorScheme"] == ["dark"]
    assert page.locator("meta[name=theme-color]:not([media])").count() == 1
    page.locator(TOGGLE).click()  # follow the system (light in this context)
    assert scheme(page) == "default"
    assert page.evaluate(BROWSER_COLOURS)["colorScheme"] == ["light dark"]
    assert page.locator("meta[name=theme-color]:not([media])").count() == 0
    assert not watched.errors, watched.errors


# Where the header's parts and the page's first content are drawn, in CSS pixels.
# The same elements both times: those on screen before Material starts.
BOXES = """async () => {
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  window.__parts ??= [...document.querySelectorAll(".md-header *, .md-content h1, .md-content h1 + *")]
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    });
  return window.__parts.map((el) => {
    const box = el.getBoundingClientRect();
    const name = el.tagName + (typeof el.className === "string" && el.className ? "." + el.className.split(" ")[0] : "");
    return el.isConnected
      ? [name, Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)]
      : [name, "removed"];
  });
}"""


@pytest.mark.parametrize("path", ["", "diffusion/ddpm/", "leetcode/0215-kth-largest-element-in-an-array/"])
def test_the_header_does_not_move_when_material_starts(context: BrowserContext, site: Site, path: str) -> None:
    # Material's bundle is held back until the page, its fonts and its first frames are settled;
    # the header and the page's title are then measured before and after the bundle has run.
    # Boxes, not layout-shift timings, so a busy machine cannot change the verdict; the page's
    # layout shift as a whole is measured by `make lighthouse`.
    watched = Watched(context)
    page = watched.page
    held: list[Route] = []
    page.route("**/assets/javascripts/bundle.*.min.js", lambda route: held.append(route))
    page.goto(site.url + path, wait_until="domcontentloaded")
    before = page.evaluate(BOXES)
    assert not page.evaluate(MATERIAL_STARTED)
    for route in held:
        route.continue_()
    page.wait_for_function(MATERIAL_STARTED, timeout=30_000)
    after = page.evaluate(BOXES)
    moved = [f"{b} -> {a}" for b, a in zip(before, after) if b != a]
    assert held and len(before) > 5
    assert not moved, "\n".join(moved)
    assert page.locator("label.md-header__button[for=__search]").is_visible()
    assert page.locator(TOGGLE).count() == 1


def test_math_renders_also_after_instant_navigation(context: BrowserContext, site: Site) -> None:
    watched = Watched(context)
    page = watched.page
    page.goto(site.url, wait_until="networkidle")
    page.evaluate("window.__noReload = true")
    page.locator("article a[href*='diffusion/ddpm/']").first.click()
    page.wait_for_url("**/diffusion/ddpm/")
    page.locator("article h1").filter(has_text="DDPM").wait_for()
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__noReload === true"), "instant navigation should not reload the page"
    assert page.locator(".arithmatex > math").count() >= 100
    assert page.locator("div.arithmatex > math[display=block]").count() >= 1
    assert page.evaluate("[...document.querySelectorAll('.arithmatex > math')].every(m => m instanceof MathMLElement)")
    box = page.locator("div.arithmatex > math").first.bounding_box()
    assert box and box["height"] > 10 and box["width"] > 10, "display math has a rendered size"
    # the math font comes from the site itself
    fonts = [u for u in watched.requests if u.endswith(".woff2")]
    assert fonts and all(u.startswith(site.url) for u in fonts)
    assert not watched.errors, watched.errors
    assert_only_own_host(watched, site)


def test_code_block_has_copy_button(context: BrowserContext, site: Site) -> None:
    watched = Watched(context)
    watched.page.goto(site.url + "leetcode/0011-container-with-most-water/", wait_until="networkidle")
    assert watched.page.locator(".md-typeset pre button[data-md-type=copy]").count() >= 1
    code = watched.page.locator(".md-typeset pre code").first.inner_text()
    assert "class Solution" in code and "def maxArea" in code
    assert_only_own_host(watched, site)


def test_notebook_page_renders_outputs(context: BrowserContext, site: Site) -> None:
    watched = Watched(context)
    watched.page.goto(site.url + "notebooks/ddpm-forward-closed-form/", wait_until="networkidle")
    assert watched.page.locator(".jp-OutputArea-output").count() >= 1
    assert watched.page.locator(".arithmatex > math").count() >= 1, "notebook math is rendered too"
    assert not watched.errors, watched.errors
    assert_only_own_host(watched, site)


def test_no_horizontal_overflow_on_a_phone_390(context: BrowserContext, site: Site) -> None:
    for path in ("", "diffusion/ddpm/", "leetcode/0011-container-with-most-water/", "notebooks/ddpm-forward-closed-form/"):
        page = context.new_page()
        page.goto(site.url + path, wait_until="networkidle")
        overflow = horizontal_overflow(page)
        assert overflow <= 0, f"/{path} is {overflow}px wider than the screen"
        page.close()


# The service worker (docs/sw.js) keeps one build of the site; a deploy is simulated by changing
# files of a served copy and stamping its sw.js as the build does (hooks/service_worker.py).
OFFLINE_NOTE = "diffusion/ddpm/"
WORKER_TAKES_OVER = """async () => {
  const registration = await navigator.serviceWorker.ready;
  await registration.update();
  // The new worker may be installing, waiting, or already active but still running its activate
  // handler (state "activating"), which is what deletes the old caches.
  const worker = registration.installing || registration.waiting || registration.active;
  if (worker) await new Promise((done) => {
    const check = () => (worker.state === "activated" || worker.state === "redundant") && done();
    worker.addEventListener("statechange", check);
    check();
  });
  return caches.keys();
}"""


@contextmanager
def served_copy(site: Site, tmp_path: Path) -> Iterator[tuple[Path, str]]:
    copy = tmp_path / "site"
    shutil.copytree(site.path, copy)
    port = free_port()
    server = serve(copy, port)
    try:
        yield copy, f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()
        server.server_close()


def served_file(site: Path, url: str) -> Path:
    path = site / urlsplit(url).path.lstrip("/")
    return path / "index.html" if url.split("?", 1)[0].endswith("/") else path


def test_after_a_deploy_a_returning_reader_gets_one_whole_build_and_reads_offline(
    browser: Browser, site: Site, tmp_path: Path
) -> None:
    """Build v1 is visited; v2 changes a stylesheet, a page and a subset font. The next view is
    v2 throughout, only v2's cache remains, and the note and a search still work offline."""
    from hooks.service_worker import stamp

    marker = "getComputedStyle(document.documentElement).getPropertyValue('--deploy-marker').trim()"
    with served_copy(site, tmp_path) as (copy, url):
        context = browser.new_context(viewport=PHONE)
        try:
            page = context.new_page()
            page.goto(url, wait_until="networkidle")
            page.evaluate("navigator.serviceWorker.ready.then(() => true)")
            page.goto(url + OFFLINE_NOTE, wait_until="networkidle")  # under the v1 worker, which keeps what it loads
            assert page.evaluate("!!navigator.serviceWorker.controller"), "the service worker controls the page"
            assert len(page.evaluate("caches.keys()")) == 1

            stylesheet = copy / "assets" / "stylesheets" / "extra.css"
            stylesheet.write_text(stylesheet.read_text(encoding="utf-8") + "\n:root { --deploy-marker: new; }\n",
                                  encoding="utf-8")
            note = copy / OFFLINE_NOTE / "index.html"
            note.write_text(note.read_text(encoding="utf-8").replace("</h1>", '</h1><p id="v2">第二版</p>', 1),
                            encoding="utf-8")
            font = "assets/math/STIXTwoMath.woff2"  # preloaded by every page with math
            shutil.copy(FULL_MATH_FONT, copy / font)
            version = stamp(copy)

            responses = []
            record = lambda response: responses.append(response)  # noqa: E731 - a builtin cannot be a listener
            page.on("response", record)
            page.goto(url + OFFLINE_NOTE, wait_until="networkidle")
            page.remove_listener("response", record)
            own = [r for r in responses if r.url.startswith(url) and not 300 <= r.status < 400]
            stale = [r.url for r in own if r.status != 200 or r.body() != served_file(copy, r.url).read_bytes()]
            assert not stale, f"responses not from the new build: {stale}"
            seen = {served_file(copy, r.url) for r in own}
            assert {stylesheet, note, copy / font} <= seen, f"the view loaded {sorted(map(str, seen))}"
            assert page.locator("#v2").count() == 1 and page.evaluate(marker) == "new"
            assert page.evaluate(WORKER_TAKES_OVER) == [f"notes-{version}"], "only the new build's cache remains"
            assert urlsplit(search_top(page, "DDPM 闭式解")).path.endswith("/" + OFFLINE_NOTE)

            context.set_offline(True)
            page.goto(url + OFFLINE_NOTE, wait_until="load")
            assert page.locator("#v2").count() == 1 and page.evaluate(marker) == "new"
            assert page.locator(".arithmatex > math").count() >= 3
            page.reload(wait_until="load")
            assert page.locator("#v2").count() == 1, "a reload offline still works"
            assert urlsplit(search_top(page, "DDPM 闭式解")).path.endswith("/" + OFFLINE_NOTE), "search works offline"
        finally:
            context.close()


def test_a_new_worker_drops_the_old_builds_cache(browser: Browser, site: Site, tmp_path: Path) -> None:
    """The browser may install a new build's worker before any page of it is loaded: it still
    deletes the old build's cache when it takes over."""
    from hooks.service_worker import stamp

    with served_copy(site, tmp_path) as (copy, url):
        context = browser.new_context(viewport=PHONE)
        try:
            page = context.new_page()
            page.goto(url, wait_until="networkidle")
            page.evaluate("navigator.serviceWorker.ready.then(() => true)")
            page.goto(url + OFFLINE_NOTE, wait_until="networkidle")
            old = page.evaluate("caches.keys()")
            assert len(old) == 1
            stylesheet = copy / "assets" / "stylesheets" / "extra.css"
            stylesheet.write_text(stylesheet.read_text(encoding="utf-8") + "\n/* v2 */\n", encoding="utf-8")
            stamp(copy)
            assert old[0] not in page.evaluate(WORKER_TAKES_OVER), "the old build's cache is gone"
        finally:
            context.close()


def test_a_restarted_worker_does_not_bring_back_a_deleted_cache(browser: Browser, site: Site, tmp_path: Path) -> None:
    """The browser may stop the worker between requests and start it again; the new run knows only
    its own VERSION. Once a newer build's page load has deleted that build's cache, a file the
    restarted worker fetches must not create the cache again."""
    with served_copy(site, tmp_path) as (_copy, url):
        context = browser.new_context(viewport=PHONE)
        try:
            page = context.new_page()
            page.goto(url, wait_until="networkidle")
            page.evaluate("navigator.serviceWorker.ready.then(() => true)")
            page.goto(url + OFFLINE_NOTE, wait_until="networkidle")
            [old] = page.evaluate("caches.keys()")
            page.evaluate("(name) => caches.delete(name)", old)  # what a page load of a newer build does
            devtools = context.new_cdp_session(page)
            devtools.send("ServiceWorker.enable")
            devtools.send("ServiceWorker.stopAllWorkers")
            asset = url + "assets/math/STIXTwoMath.woff2"
            assert page.evaluate("(asset) => fetch(asset).then((response) => response.ok)", asset)
            assert page.evaluate("!!navigator.serviceWorker.controller"), "the restarted worker answered"
            assert old not in page.evaluate("caches.keys()"), "the deleted build's cache came back"
        finally:
            context.close()


def test_the_worker_keeps_at_most_its_page_limit(browser: Browser, site: Site) -> None:
    import re

    limit = int(re.search(r"^const MAX_PAGES = (\d+);$", (site.path / "sw.js").read_text(encoding="utf-8"), re.M)[1])
    pages = sorted(p.parent.relative_to(site.path).as_posix() + "/" for p in site.path.rglob("index.html"))
    pages = [p for p in pages if p.isascii()]  # the cache lists URLs percent-encoded
    pages = [site.url + ("" if p == "./" else p) for p in pages][: limit + 10]
    assert len(pages) == limit + 10, "the site has enough pages to test the limit"
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(site.url, wait_until="networkidle")
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        page.goto(site.url, wait_until="networkidle")
        assert page.evaluate("!!navigator.serviceWorker.controller")
        page.evaluate("async (urls) => { for (const url of urls) await fetch(url); }", pages)
        # Each page is kept just after it is answered: wait until the last one is in and trimmed.
        # (wait_for_function would not do: it takes the promise an async predicate returns as true.)
        settled = """async ([last, limit]) => {
          const cache = await caches.open((await caches.keys())[0]);
          const pages = (await cache.keys()).filter((request) => new URL(request.url).pathname.endsWith("/"));
          return !!(await cache.match(last)) && pages.length <= limit;
        }"""
        for _ in range(600):
            if page.evaluate(settled, [pages[-1], limit]):
                break
            page.wait_for_timeout(100)
        else:
            pytest.fail("the worker did not store and trim the pages within a minute")
        kept = page.evaluate("""async () => {
          const names = await caches.keys();
          return [names, (await (await caches.open(names[0])).keys()).map((request) => request.url)];
        }""")
        names, urls = kept
        assert len(names) == 1
        kept_pages = [u for u in urls if urlsplit(u).path.endswith("/")]
        assert len(kept_pages) == limit, f"{len(kept_pages)} pages kept, limit {limit}"
        assert set(pages[-limit:]) <= set(kept_pages), "the most recently loaded pages are the ones kept"
    finally:
        context.close()


# The note with the most math, and pages with big operators, matrices, braces, cases and Greek
# capitals. This checks the subsetting method; test_build checks every page's characters.
FONT_SAMPLE = ["diffusion/ddpm/", "foundations/bias/", "vision/siglip/", "generative/vae/"]


@pytest.mark.parametrize("path", FONT_SAMPLE)
def test_the_subset_math_font_draws_formulas_exactly_as_the_full_font(browser: Browser, site: Site, path: str) -> None:
    """hooks/math.py cuts STIX Two Math (and KaTeX's fonts, for the brace formulas) down to what the
    site draws; the page must not change a pixel."""
    shots = {}
    for font in ("subset", "full"):
        context = browser.new_context(viewport=PHONE, service_workers="block")  # routes do not see a worker's fetches
        try:
            page = context.new_page()
            if font == "full":
                page.route("**/assets/math/STIXTwoMath.woff2", lambda route: route.fulfill(path=FULL_MATH_FONT))
                page.route("**/assets/katex/fonts/*",  # the brace formulas are KaTeX's (hooks/math.py)
                           lambda route: route.fulfill(path=FULL_KATEX_FONTS / urlsplit(route.request.url).path.rsplit("/", 1)[1]))
            page.goto(site.url + path, wait_until="networkidle")
            page.add_style_tag(content=FULL_LAYOUT)  # every formula laid out
            loaded = page.evaluate("document.body.offsetHeight, document.fonts.ready.then("
                                   "fs => [...fs].filter(f => f.family === 'STIX2' && f.status === 'loaded').length)")
            assert loaded == 1, f"the {font} math font did not load"
            shots[font] = page.locator("article").screenshot()
        finally:
            context.close()
    assert shots["subset"] == shots["full"], f"/{path} draws differently with the subset font"


COPY_SELECTION = """() => {
  const paragraph = [...document.querySelectorAll("article p")].find((p) => p.querySelector("span.arithmatex"));
  const display = document.querySelector("article div.arithmatex");
  const range = document.createRange();
  // from inside the paragraph's first formula to inside the next display formula
  range.setStart(paragraph.querySelector("span.arithmatex math").firstChild, 0);
  range.setEnd(display.querySelector("math").lastChild, 0);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  const data = new DataTransfer();
  document.dispatchEvent(new ClipboardEvent("copy", { clipboardData: data, bubbles: true, cancelable: true }));
  return [data.getData("text/plain"), paragraph.querySelector("span.arithmatex").dataset.tex];
}"""


def test_copying_math_gives_its_tex(browser: Browser, site: Site) -> None:
    source = (ROOT / "docs" / "diffusion" / "ddpm.md").read_text(encoding="utf-8")
    context = browser.new_context(viewport=PHONE)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.url.rstrip("/"))
    try:
        page = context.new_page()
        page.goto(site.url + "diffusion/ddpm/", wait_until="networkidle")
        page.wait_for_function(MATERIAL_STARTED)
        copied, first_tex = page.evaluate(COPY_SELECTION)
        assert copied.startswith(f"${first_tex}$"), copied[:200]
        assert f"${first_tex}$" in source, "the TeX is the source's"
        displayed = re.findall(r"\$\$(.+?)\$\$", copied, re.S)
        assert len(displayed) == 1 and displayed[0].strip() in source, copied[-300:]
        assert "\u2061" not in copied and "𝑥" not in copied, "no MathML characters in the copied text"
        # The "复制 TeX" button of a display formula (Material's clipboard) copies its TeX.
        button = page.locator("article div.arithmatex .md-clipboard").nth(2)
        button.scroll_into_view_if_needed()
        button.click()
        clipboard = page.evaluate("navigator.clipboard.readText()")
        assert clipboard == button.get_attribute("data-clipboard-text") and clipboard in source
        assert "\\" in clipboard or "_" in clipboard, clipboard
    finally:
        context.close()


def test_manifest_makes_the_site_installable(site: Site) -> None:
    import json

    home = (site.path / "index.html").read_text(encoding="utf-8")
    assert 'rel="manifest"' in home and 'name="theme-color"' in home
    manifest = json.loads((site.path / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["display"] == "standalone" and manifest["start_url"]
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert (site.path / icon["src"]).is_file()


def a11y_sample(site: Site) -> list[str]:
    """Home, the heaviest note by math, a LeetCode page, a notebook, a daily post, the question bank."""
    post = sorted(site.path.glob("blog/2*/*/*/*/index.html"))[0].parent.relative_to(site.path).as_posix() + "/"
    return ["", "diffusion/ddpm/", "leetcode/0215-kth-largest-element-in-an-array/",
            "notebooks/ddpm-vs-ddim-exact/", post, "questions/diffusion/"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_accessibility_violations(browser: Browser, site: Site, scheme: str) -> None:
    axe = (Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
    context = browser.new_context(viewport=PHONE, color_scheme=scheme)
    try:
        found = {}
        for path in a11y_sample(site):
            page = context.new_page()
            page.goto(site.url + path, wait_until="networkidle")
            page.wait_for_function(MATERIAL_STARTED)
            # Every block laid out first. Blocks skipped by content-visibility render while axe
            # measures them, and the page moves under it: axe then reads colours against the
            # wrong background, now and then (a run misread 11 links of the home page in dark
            # mode). Colours, names and roles do not depend on it. Lighthouse audits the page
            # as it is; extra.css keeps tall code blocks rendered so that it reads true there.
            page.add_style_tag(content=FULL_LAYOUT)
            page.add_script_tag(content=axe)
            violations = page.evaluate(
                "axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}})"
                ".then(r => r.violations.map(v => `${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(' ')}`))"
            )
            if violations:
                found[path or "/"] = violations
            page.close()
        assert not found, found
    finally:
        context.close()
