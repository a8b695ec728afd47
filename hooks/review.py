"""Write the data the review page (复习, docs/review.md) needs, and vendor its scheduler.

Review shows one question at a time and its answer on request, so it needs each question and
answer as the site renders them (math already MathML). They are read from the built note and
post pages, after hooks/math.py has rendered their formulas, for exactly the questions
hooks/questions.py collects for the bank (one source of truth), and written to
``review/questions.json`` with links rewritten for the review page. Every collected question
must be found once on its page, or the build fails. ``review/progress.json`` lists each
field's notes and question ids, for the progress lines on the home and field pages.

The scheduler is ts-fsrs (npm, pinned in package.json), copied from node_modules to
``assets/javascripts/vendor/ts-fsrs.js``; nothing is loaded from another host.
This hook reads rendered HTML and writes files; it changes no page.
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, Tag
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from questions import FIELD_TITLES, Source, collect

REVIEW_PAGE = "review.md"
DATA = "review/questions.json"
PROGRESS = "review/progress.json"  # per field: its notes and question ids, for the progress lines
SCHEDULER_SOURCE = Path("ts-fsrs") / "dist" / "index.mjs"
SCHEDULER = "assets/javascripts/vendor/ts-fsrs.js"  # .js: hosts gzip it and serve a JavaScript type
SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|/)", re.IGNORECASE)

_sources: dict[str, Source] = {}
_urls: dict[str, str] = {}  # source file -> its page's URL, as built
_review_url = ""
_rendered: dict[str, tuple[str, str]] = {}  # question id -> (question HTML, answer HTML)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    global _review_url
    _sources.clear()
    _urls.clear()
    _rendered.clear()
    review = files.get_file_from_path(REVIEW_PAGE)
    if review is None:
        raise PluginError(f"hooks/review.py: docs/{REVIEW_PAGE} (the review page) is missing")
    _review_url = review.url
    for source in collect(files, config):
        _sources[source.src] = source
    return files


def relink(element: Tag, page_url: str) -> None:
    """Point the element's relative links and images, written for page_url, at the same
    targets from the review page."""
    for tag, attribute in (("a", "href"), ("img", "src")):
        for node in element.find_all(tag):
            value = node.get(attribute)
            if not isinstance(value, str) or not value or EXTERNAL.match(value):
                continue
            path, hash_mark, fragment = value.partition("#")
            # page URLs are directories ("diffusion/ddpm/"), so a page's links start from its URL
            target = posixpath.normpath(posixpath.join(page_url, path))
            relative = posixpath.relpath(target, _review_url.rstrip("/"))
            if not path or path.endswith("/"):
                relative += "/"
            node[attribute] = relative + hash_mark + fragment


def inner_html(element: Tag) -> str:
    return "".join(str(child) for child in element.children).strip()


@event_priority(-50)  # after hooks/math.py has rendered the page's formulas
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    source = _sources.get(page.file.src_uri)
    if source is None:
        return output
    _urls[source.src] = page.url  # final here: the blog plugin moves posts after on_files
    wanted = {q.id: q for q in source.questions}
    soup = BeautifulSoup(output, "html.parser")
    for details in soup.select("details.question"):
        ids = [c[2:] for c in details.get_attribute_list("class") if c.startswith("q-") and c[2:] in wanted]
        if not ids:
            continue
        [question_id] = ids
        if question_id in _rendered:
            raise PluginError(f"{source.src}: question q-{question_id} appears twice on its page")
        summary = details.find("summary")
        if summary is None:
            raise PluginError(f"{source.src}: question q-{question_id} has no <summary>; has pymdownx.details changed?")
        summary.extract()
        for button in details.select("button.md-clipboard"):  # Material mounts these at page load only
            button.decompose()
        for formula in details.select("[data-tex]"):  # the TeX for copying; review does not need it
            del formula["data-tex"]
        relink(summary, page.url)
        relink(details, page.url)
        _rendered[question_id] = (inner_html(summary), inner_html(details))
    missing = [f"q-{q.id} (line {q.line})" for q in source.questions if q.id not in _rendered]
    if missing:
        raise PluginError(f"{source.src}: questions not found on the built page: {', '.join(missing)}")
    return output


def review_data() -> dict[str, Any]:
    sources = list(_sources.values())
    notes = [{"src": s.src, "title": s.title, "url": posixpath.relpath(_urls[s.src], _review_url.rstrip("/")) + "/",
              "field": s.field} for s in sources]
    used_fields = {s.field for s in sources}
    return {
        "fields": [{"id": field, "name": name} for field, name in FIELD_TITLES.items() if field in used_fields],
        "notes": notes,
        "questions": [{"id": q.id, "note": index, "q": _rendered[q.id][0], "a": _rendered[q.id][1]}
                      for index, s in enumerate(sources) for q in s.questions],
    }


def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    missing = [q.id for s in _sources.values() for q in s.questions if q.id not in _rendered]
    if missing:
        raise PluginError(f"hooks/review.py: no rendered page for questions {missing[:5]}")
    target = site / DATA
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(review_data(), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    progress = {field: {"notes": [s.src for s in _sources.values() if s.field == field],
                        "questions": [q.id for s in _sources.values() if s.field == field for q in s.questions]}
                for field in FIELD_TITLES}
    (site / PROGRESS).write_text(json.dumps({"fields": progress}, separators=(",", ":")), encoding="utf-8")
    modules = Path(config.config_file_path).parent / "node_modules"
    source = modules / SCHEDULER_SOURCE
    if not source.is_file():
        raise PluginError(f"{source} is missing: run `make setup` (npm ci) to install ts-fsrs")
    vendored = site / SCHEDULER
    vendored.parent.mkdir(parents=True, exist_ok=True)
    vendored.write_text(SOURCE_MAP.sub("", source.read_text(encoding="utf-8")), encoding="utf-8")
