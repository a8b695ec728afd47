"""The review page (复习): FSRS scheduling through ts-fsrs, progress kept in the browser,
export and import, offline use, keyboard and screen-reader access, and the data it reads."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from tests.conftest import ROOT, Site
from tests.site.conftest import horizontal_overflow

REVIEW = "review/"
KEY = "ml-notes-study"
PHONE = {"width": 360, "height": 740}
QUESTION_LINE = re.compile(r'^\?\?\? question q-(?P<id>[a-z0-9-]+) "', re.MULTILINE)
READY = "#review-app[data-ready]"
LABELS = {1: "重来", 2: "困难", 3: "良好", 4: "简单"}  # ts-fsrs's Rating: Again, Hard, Good, Easy


def stored(page: Page) -> dict | None:
    text = page.evaluate(f"localStorage.getItem('{KEY}')")
    return None if text is None else json.loads(text)


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport=PHONE, service_workers="block", accept_downloads=True)
    yield context
    context.close()


def open_review(context: BrowserContext, site: Site) -> Page:
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(site.url + REVIEW, wait_until="networkidle")
    page.wait_for_selector(READY)
    assert not errors, errors
    return page


def choose_deck(page: Page, deck: str) -> None:
    page.select_option("#review-deck", deck)
    page.wait_for_selector(READY)


def test_the_review_data_holds_every_question_once_with_its_answer(site: Site) -> None:
    docs = ROOT / "docs"
    expected = [m["id"] for p in sorted(docs.rglob("*.md")) for m in QUESTION_LINE.finditer(p.read_text(encoding="utf-8"))]
    data = json.loads((site.path / "review" / "questions.json").read_text(encoding="utf-8"))
    ids = [q["id"] for q in data["questions"]]
    assert len(ids) == len(set(ids)), "a question appears twice"
    assert sorted(ids) == sorted(expected), "review holds exactly the notes' and posts' questions"
    assert all(q["q"] and len(q["a"]) > 20 for q in data["questions"])
    assert all("<math" in q["a"] or "$" not in q["a"] for q in data["questions"]), "formulas arrive rendered"
    # Links in answers were written for their note; from the review page they must still resolve.
    base = site.url + REVIEW
    broken = []
    for question in data["questions"]:
        for href in re.findall(r'href="([^"#]*)(?:#[^"]*)?"', question["a"]):
            if not href or href.startswith(("http:", "https:", "mailto:")):
                continue
            path = site.path / urlsplit(urljoin(base, href)).path.lstrip("/")
            if not (path.is_file() or (path / "index.html").is_file()):
                broken.append((question["id"], href))
    assert not broken, broken[:5]
    note_urls = [n["url"] for n in data["notes"]]
    assert all((site.path / urlsplit(urljoin(base, u)).path.lstrip("/") / "index.html").is_file() for u in note_urls)


def test_pages_load_study_code_only_where_they_show_study_controls(browser: Browser, site: Site) -> None:
    context = browser.new_context(viewport=PHONE, service_workers="block")
    code = r"review\.js|study-inline|study-schedule|study-store|ts-fsrs|questions\.json|progress\.json"
    try:
        page = context.new_page()
        urls: list[str] = []
        page.on("request", lambda request: urls.append(request.url))
        for path in ("leetcode/0215-kth-largest-element-in-an-array/", "tags/"):
            page.goto(site.url + path, wait_until="networkidle")
        assert not [u for u in urls if re.search(code, u)], "a page without study controls loads none of their code"
        page.goto(site.url + "diffusion/ddpm/", wait_until="networkidle")
        page.wait_for_selector(".study-mark[data-ready]")
        loaded = [u for u in urls if re.search(code, u)]
        assert loaded and not [u for u in loaded if re.search(r"/review\.js|questions\.json", u)], \
            "a note loads the in-place controls, not the review page's code or data"
        assert not [u for u in loaded if "ts-fsrs" in u], "the scheduler loads only when a question is opened"
        page.locator("details.q-ddpm-1 > summary").click()
        page.wait_for_selector("details.q-ddpm-1 .study-grade")
        assert [u for u in urls if "ts-fsrs" in u]
    finally:
        context.close()


def test_grading_in_place_on_a_note_adds_the_question_to_review(context: BrowserContext, site: Site) -> None:
    page = context.new_page()
    page.goto(site.url + "diffusion/ddpm/", wait_until="networkidle")
    page.wait_for_selector(".study-mark[data-ready]")
    question = page.locator("details.q-ddpm-1")
    assert question.locator(".study-grade").count() == 0, "controls appear when the question is opened"
    question.locator("summary").click()
    question.get_by_role("button", name="良好").click()
    assert "下次复习在 10 分钟后" in question.locator(".study-grade__status").inner_text()
    assert list((stored(page) or {})["cards"]) == ["ddpm-1"]
    page.goto(site.url + REVIEW, wait_until="networkidle")
    page.wait_for_selector(READY)
    assert "今天已复习 1 次" in page.locator(".review-status").inner_text()


def test_the_read_mark_updates_the_field_pages_progress(context: BrowserContext, site: Site) -> None:
    page = context.new_page()
    progress = json.loads((site.path / "review" / "progress.json").read_text(encoding="utf-8"))["fields"]["diffusion"]

    def field_progress() -> str:
        page.goto(site.url + "diffusion/", wait_until="networkidle")
        page.wait_for_function("document.querySelector('.study-progress').textContent.includes('阅读进度')")
        return page.locator(".study-progress").inner_text()

    assert f"已读 0/{len(progress['notes'])} 篇" in field_progress()
    page.goto(site.url + "diffusion/ddim/", wait_until="networkidle")
    mark = page.locator(".study-mark button")
    mark.click()
    assert mark.get_attribute("aria-pressed") == "true"
    assert f"已读 1/{len(progress['notes'])} 篇" in field_progress()
    page.goto(site.url + REVIEW, wait_until="networkidle")
    page.wait_for_selector(READY)
    choose_deck(page, "read")
    assert "本组 " in page.locator(".review-status").inner_text()
    assert page.locator("#review-question").count() == 1, "the read note's questions make the 已读笔记 deck"
    page.goto(site.url + "diffusion/ddim/", wait_until="networkidle")
    page.locator(".study-mark button").click()  # the mark is reversible
    assert page.locator(".study-mark button").get_attribute("aria-pressed") == "false"
    assert f"已读 0/{len(progress['notes'])} 篇" in field_progress()


def test_grades_persist_across_a_reload(context: BrowserContext, site: Site) -> None:
    page = open_review(context, site)
    first = page.locator("#review-question").inner_text()
    assert page.locator("#review-answer").is_hidden()
    page.click("#review-reveal")
    assert page.locator("#review-answer").is_visible()
    page.click("[data-rating='3']")
    page.reload(wait_until="networkidle")
    page.wait_for_selector(READY)
    data = stored(page)
    assert data is not None and len(data["cards"]) == 1
    assert "今天已复习 1 次" in page.locator(".review-status").inner_text()
    assert page.locator("#review-question").inner_text() != first, "a question just learned is not due again at once"


def test_a_reader_can_review_by_keyboard_alone(context: BrowserContext, site: Site) -> None:
    page = open_review(context, site)
    page.keyboard.press(" ")
    assert page.locator("#review-answer").is_visible()
    assert page.evaluate("document.activeElement.dataset.rating") == "1", "focus moves to the grades"
    page.keyboard.press("4")
    data = stored(page)
    assert data is not None
    [(_, card)] = data["cards"].items()
    assert card["state"] == 2, "Easy on a new question moves it straight to review"
    assert page.evaluate("document.activeElement.id") == "review-question", "focus moves to the next question"
    page.keyboard.press("Enter")
    page.keyboard.press("1")
    assert len((stored(page) or {})["cards"]) == 2


def node_schedule(steps: list[tuple[str, int]]) -> list[dict]:
    """The cards ts-fsrs itself gives for (ISO time, rating) steps on one new card."""
    library = (ROOT / "node_modules" / "ts-fsrs" / "dist" / "index.mjs").as_uri()
    script = f"""
      import {{ fsrs, createEmptyCard }} from "{library}";
      const steps = JSON.parse(process.argv[1]);
      const scheduler = fsrs();
      let card = createEmptyCard(new Date(steps[0][0]));
      const out = [];
      for (const [time, rating] of steps) {{ card = scheduler.next(card, new Date(time), rating).card; out.push(card); }}
      console.log(JSON.stringify(out));
    """
    result = subprocess.run(["node", "--input-type=module", "-e", script, json.dumps(steps)],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_the_schedule_is_what_ts_fsrs_gives_for_the_same_grades(context: BrowserContext, site: Site) -> None:
    """Grades given in the page, at fixed times, leave the card ts-fsrs computes for the same
    sequence: the glue neither skips a grade, nor swaps ratings, nor mixes up cards."""
    start = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    page = context.new_page()
    page.clock.set_fixed_time(start)
    page.goto(site.url + REVIEW, wait_until="networkidle")
    page.wait_for_selector(READY)
    data = json.loads((site.path / "review" / "questions.json").read_text(encoding="utf-8"))
    note = data["notes"][data["questions"][0]["note"]]["src"]
    choose_deck(page, f"note:{note}")
    page.fill("#review-new-per-day", "1")
    page.dispatch_event("#review-new-per-day", "change")
    # Again, then Good twice as the learning steps fall due, then Hard and Easy at their due dates.
    ratings = [1, 3, 3, 2, 4]
    steps: list[tuple[str, int]] = []
    now = start
    target = None
    for rating in ratings:
        page.clock.set_fixed_time(now)
        page.reload(wait_until="networkidle")
        page.wait_for_selector(READY)
        question = page.locator("#review-question").inner_text()
        target = target or question
        assert question == target, "the one card of the deck comes back when due"
        page.click("#review-reveal")
        page.get_by_role("button", name=re.compile(f"^{LABELS[rating]} ")).click()  # as the reader picks it
        steps.append((now.isoformat(), rating))
        card = next(iter((stored(page) or {})["cards"].values()))
        now = datetime.fromisoformat(card["due"].replace("Z", "+00:00")) + timedelta(seconds=1)
    expected = node_schedule(steps)[-1]
    card = next(iter((stored(page) or {})["cards"].values()))
    for field in ("due", "last_review", "state", "reps", "lapses", "scheduled_days", "learning_steps"):
        assert card[field] == expected[field], field
    assert card["stability"] == pytest.approx(expected["stability"]) and card["difficulty"] == pytest.approx(expected["difficulty"])
    assert card["lapses"] == 0 and card["reps"] == len(ratings)


def test_export_reset_and_import_restore_the_same_progress(context: BrowserContext, site: Site, tmp_path: Path) -> None:
    page = open_review(context, site)
    for rating in (3, 1):
        page.click("#review-reveal")
        page.click(f"[data-rating='{rating}']")
    before = stored(page)
    assert before is not None and len(before["cards"]) == 2
    with page.expect_download() as download:
        page.click("#review-export")
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#review-reset")
    assert stored(page) is None
    assert "今天已复习 0 次" in page.locator(".review-status").inner_text()
    page.once("dialog", lambda dialog: dialog.accept())
    page.set_input_files("#review-import-file", exported)
    page.wait_for_function(f"localStorage.getItem('{KEY}') !== null")
    assert stored(page) == before
    assert "今天已复习 2 次" in page.locator(".review-status").inner_text()


@pytest.mark.parametrize("content", [
    "not json {",
    json.dumps({"schema": 1, "cards": {}}),  # someone else's JSON
    json.dumps({"format": "ml-notes-study", "schema": 1, "cards": {"x": {"due": "soon"}}, "days": {}, "read": {},
                "settings": {}}),
    json.dumps({"format": "ml-notes-study", "schema": 99, "cards": {}, "days": {}, "read": {}, "settings": {}}),
], ids=["not-json", "foreign", "bad-card", "newer-schema"])
def test_a_bad_import_says_why_and_changes_nothing(context: BrowserContext, site: Site, tmp_path: Path, content: str) -> None:
    page = open_review(context, site)
    page.click("#review-reveal")
    page.click("[data-rating='3']")
    before = page.evaluate(f"localStorage.getItem('{KEY}')")
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.set_input_files("#review-import-file", bad)
    page.wait_for_selector(".review-alert:not(:empty)")
    assert "导入失败，进度没有改变" in page.locator(".review-alert").inner_text()
    assert page.evaluate(f"localStorage.getItem('{KEY}')") == before
    assert not dialogs, "nothing to confirm for a file that is not progress"


def test_unreadable_stored_progress_is_kept_aside_not_overwritten(context: BrowserContext, site: Site) -> None:
    page = context.new_page()
    page.goto(site.url + REVIEW, wait_until="networkidle")
    page.evaluate(f"localStorage.setItem('{KEY}', '{{\"schema\": 1, broken')")
    page.reload(wait_until="networkidle")
    page.wait_for_selector(READY)
    page.click("#review-reveal")
    page.click("[data-rating='3']")
    kept = page.evaluate(f"""Object.keys(localStorage).filter(k => k.startsWith('{KEY}.unreadable.'))
                             .map(k => localStorage.getItem(k))""")
    assert kept == ['{"schema": 1, broken']
    assert len((stored(page) or {})["cards"]) == 1


def test_the_new_question_cap_holds_for_the_day(context: BrowserContext, site: Site) -> None:
    page = open_review(context, site)
    page.fill("#review-new-per-day", "2")
    page.dispatch_event("#review-new-per-day", "change")
    for _ in range(2):
        page.click("#review-reveal")
        page.click("[data-rating='4']")
    assert page.locator("#review-question").count() == 0, "no third new question today"
    assert "没有要复习的题" in page.locator(".review-card").inner_text()


def test_review_works_offline_after_one_visit(browser: Browser, site: Site) -> None:
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(site.url, wait_until="networkidle")
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        page.goto(site.url + REVIEW, wait_until="networkidle")
        page.wait_for_selector(READY)
        assert page.evaluate("!!navigator.serviceWorker.controller")
        context.set_offline(True)
        page.reload(wait_until="load")
        page.wait_for_selector(READY)
        page.click("#review-reveal")
        page.click("[data-rating='3']")
        assert len((stored(page) or {})["cards"]) == 1
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_review_page_passes_axe_and_fits_360px(browser: Browser, site: Site, scheme: str) -> None:
    axe = (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
    context = browser.new_context(viewport=PHONE, color_scheme=scheme, service_workers="block")
    try:
        page = context.new_page()
        page.goto(site.url + REVIEW, wait_until="networkidle")
        page.wait_for_selector(READY)
        found = {}
        for stage in ("question", "answer"):
            if stage == "answer":
                page.click("#review-reveal")
            assert horizontal_overflow(page) <= 0, stage
            page.add_script_tag(content=axe)
            violations = page.evaluate(
                "axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}})"
                ".then(r => r.violations.map(v => `${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(' ')}`))"
            )
            if violations:
                found[stage] = violations
        assert not found, found
    finally:
        context.close()


def test_the_review_page_mounts_after_instant_navigation(browser: Browser, site: Site) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, service_workers="block")
    try:
        page = context.new_page()
        page.goto(site.url + "questions/", wait_until="networkidle")
        page.wait_for_function("typeof document$ !== 'undefined'")
        page.evaluate("window.__sameDocument = true")
        page.evaluate(f"document.querySelector(\"a[href$='{REVIEW}']\").click()")
        page.wait_for_selector(READY)
        assert page.evaluate("window.__sameDocument === true"), "reached by instant navigation, not a full load"
    finally:
        context.close()


def test_saving_the_whole_site_shows_its_size_then_keeps_every_page_offline(browser: Browser, site: Site) -> None:
    listing = json.loads((site.path / "offline.json").read_text(encoding="utf-8"))["files"]
    pages = [path for path, _ in listing if path == "" or path.endswith("/")]
    limit = int(re.search(r"^const MAX_PAGES = (\d+);$", (site.path / "sw.js").read_text(encoding="utf-8"), re.M)[1])
    assert len(pages) > limit, "the site has more pages than the worker keeps by default"
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(site.url, wait_until="networkidle")
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        page.goto(site.url + REVIEW, wait_until="networkidle")
        page.wait_for_selector(READY)
        page.click("#offline-open")
        page.wait_for_selector("#offline-start")
        megabytes = f"{sum(size for _, size in listing) / 1e6:.1f} MB"
        assert f"全站共 {len(listing)} 个文件，下载约 {megabytes}" in page.locator(".offline-save__status").inner_text()
        page.click("#offline-start")
        finished = "/^(已保存全站|还有)/.test(document.querySelector('.offline-save__status').textContent)"
        page.wait_for_function(finished, timeout=300_000)  # a bound on a hang: a local save takes seconds
        assert page.locator(".offline-save__status").inner_text().startswith("已保存全站")
        kept = page.evaluate("""async () => {
          const names = (await caches.keys()).filter((name) => name.startsWith("notes-"));
          return (await (await caches.open(names[0])).keys()).map((request) => request.url);
        }""")
        assert {site.url + quote(p) for p in pages} <= set(kept), "every page is kept, beyond the usual limit"
        context.set_offline(True)
        for path in ("vision/sam/", "leetcode/0215-kth-largest-element-in-an-array/", "questions/vision/"):
            page.goto(site.url + path, wait_until="load")
            assert page.locator("article h1").count() == 1, f"{path} opens offline without a visit"
        context.set_offline(False)
        page.goto(site.url + REVIEW, wait_until="networkidle")
        page.click("#offline-open")
        page.wait_for_selector("#offline-start")
        assert "还需下载约 0.0 MB" in page.locator(".offline-save__status").inner_text()
        page.click("#offline-stop")
        assert not page.evaluate("caches.has('offline-whole-site')")
    finally:
        context.close()


def test_a_question_deleted_from_the_notes_leaves_review_working(context: BrowserContext, site: Site) -> None:
    """Progress on a question that no note has any more is kept in storage but offered nowhere."""
    page = open_review(context, site)
    page.click("#review-reveal")
    page.click("[data-rating='3']")
    card = dict(next(iter((stored(page) or {})["cards"].values())))
    card["due"] = "2000-01-01T00:00:00.000Z"  # long due, so it would come first if it were offered
    page.evaluate("""([key, card]) => {
      const data = JSON.parse(localStorage.getItem(key));
      data.cards["deleted-question-1"] = card;
      localStorage.setItem(key, JSON.stringify(data));
    }""", [KEY, card])
    page.reload(wait_until="networkidle")
    page.wait_for_selector(READY)
    assert "0 题到期" in page.locator(".review-status").inner_text()
    page.click("#review-reveal")
    page.click("[data-rating='3']")
    assert set((stored(page) or {})["cards"]) >= {"deleted-question-1"}, "the reader's data is not dropped"


@pytest.mark.parametrize("kind", ["question bank", "daily post"])
def test_questions_on_bank_pages_and_posts_grade_in_place_too(context: BrowserContext, site: Site, kind: str) -> None:
    if kind == "question bank":
        path = "questions/vision/"
    else:
        path = sorted(site.path.glob("blog/2*/*/*/*/index.html"))[0].parent.relative_to(site.path).as_posix() + "/"
    page = context.new_page()
    page.goto(site.url + path, wait_until="networkidle")
    question = page.locator("details.question").first
    question_id = next(c[2:] for c in (question.get_attribute("class") or "").split() if c.startswith("q-"))
    question.locator("summary").click()
    question.get_by_role("button", name="简单").click()
    assert "下次复习在" in question.locator(".study-grade__status").inner_text()
    assert list((stored(page) or {})["cards"]) == [question_id]
