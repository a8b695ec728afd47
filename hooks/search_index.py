"""Build the site's own search index from the sections Material's search plugin collected.

Material's search plugin still renders the search box and splits every page into sections
(honouring ``search.exclude`` front matter and ``data-search-exclude`` blocks). Its worker
is replaced (``hooks/search_worker_url.py``): this hook hands the sections to
``hooks/search/build_index.js``, which indexes them with the tokenizer the worker also uses
(``hooks/search/tokenize.js``), in small files fetched only for what a query needs. The
plugin's ``search/search_index.json`` is then cut down to its ``config``: Material's bundle
still fetches it, and reads the separator from it to highlight terms on the page a reader
opens from a result.

Each page also gets aliases, matched like its title: a LeetCode page's number in the forms
readers type ("215", "LC215", "力扣 215") and its English title; a note's own paper title; a
note's or a notebook's file name, which names its subject in English ("binary-tree-traversal").
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

HAN_SHARDS = 128
SCRIPT = Path(__file__).parent / "search" / "build_index.js"
SYNONYMS = Path(__file__).parents[1] / "config" / "search_synonyms.txt"
# Pages that only list other pages: the home page, the tag index, the blog's own views.
LISTING = re.compile(r"^(?:|tags/|blog/|blog/(?:archive|category|page)/.*)$")
PROBLEM_PAGE = re.compile(r"^leetcode/(\d{4})-")

_aliases: dict[str, list[str]] = {}


def problem_aliases(number: int, title_en: str) -> list[str]:
    """The ways readers name a LeetCode problem besides its Chinese title."""
    forms = {str(number), f"{number:04d}"}
    return sorted(forms) + [f"{prefix}{n}" for n in sorted(forms) for prefix in ("lc", "leetcode", "力扣")] + [title_en]


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    aliases: list[str] = []
    problem = PROBLEM_PAGE.match(page.file.src_uri)
    if problem:
        title_en = re.search(r"<em>([^<]+)</em>", page.content or "")
        aliases = problem_aliases(int(problem.group(1)), html.unescape(title_en.group(1)) if title_en else "")
    papers = page.meta.get("papers") or []
    if papers and isinstance(papers[0], dict) and papers[0].get("title"):
        aliases.append(str(papers[0]["title"]))
    if not problem and page.file.name != "index" and not page.file.src_uri.startswith("blog/"):
        aliases.append(page.file.name.replace("-", " "))
    _aliases[page.url] = aliases
    return context


def read_synonyms(path: Path = SYNONYMS) -> list[list[str]]:
    """Pairs [reader words, site words]; a malformed line fails the build with its number."""
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        left, sep, right = line.partition("=")
        if not sep or not left.strip() or not right.strip():
            raise PluginError(f"{path}:{number}: expected 'reader words = site words', got {line!r}")
        pairs.append([left.strip(), right.strip()])
    return pairs


def plain(markup: str) -> str:
    text = re.sub(r"<[^>]+>", " ", markup.replace("\u200b", ""))
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def sections_of(docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Group the plugin's documents into pages and their sections, in page order."""
    pages: list[dict[str, Any]] = []
    sections: list[dict[str, Any]] = []
    by_url: dict[str, int] = {}
    for doc in docs:
        url, _, anchor = doc["location"].partition("#")
        if LISTING.match(url):
            continue
        if url not in by_url:
            if anchor:
                raise PluginError(f"search index: section {doc['location']!r} comes before its page")
            by_url[url] = len(pages)
            pages.append({"url": url, "title": plain(doc["title"]), "aliases": _aliases.get(url, [])})
        heading = plain(doc["title"]) if anchor else ""
        sections.append({"page": by_url[url], "anchor": anchor, "heading": heading, "text": plain(doc.get("text", ""))})
    return pages, sections


def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    path = site / "search" / "search_index.json"
    if not path.is_file():
        raise PluginError(f"{path}: Material's search plugin wrote no index; is it enabled?")
    index = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(index.get("docs"), list) or "config" not in index:
        raise PluginError(f"{path}: not the {{config, docs}} index this hook was written for")
    pages, sections = sections_of(index["docs"])
    if not pages:
        raise PluginError(f"{path}: no page left to search")
    job = {
        "out": str(site / "search" / "data"),
        "worker_dir": str(site / "assets" / "javascripts"),
        "han_shards": HAN_SHARDS,
        "synonyms": read_synonyms(),
        "pages": pages,
        "sections": sections,
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as handle:
        json.dump(job, handle, ensure_ascii=False)
    try:
        result = subprocess.run(["node", str(SCRIPT), handle.name], capture_output=True, text=True, check=False)
    finally:
        Path(handle.name).unlink()
    if result.returncode != 0:
        raise PluginError(f"{SCRIPT}: building the search index failed:\n{result.stderr}")
    summary = json.loads(result.stdout)
    if summary["sections"] != len(sections):
        raise PluginError(f"{SCRIPT}: indexed {summary['sections']} of {len(sections)} sections")
    path.write_text(json.dumps({"config": index["config"], "docs": []}, ensure_ascii=False), encoding="utf-8")
