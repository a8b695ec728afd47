"""Validate front matter and link notes both ways from their ``prerequisites``.

Every Markdown page's front matter is parsed strictly, once per build (hooks/content.py):
a malformed block fails the build with file and line. Notes (pages in the folders of the
fields in config/fields.yml) must carry the fields listed in CONTRIBUTING.md. From
``prerequisites`` alone, each note gets a "前置知识 / 后续阅读" box under its title,
the reverse links computed here, and a references section built from ``papers``.
"""

from __future__ import annotations

import posixpath
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from content import is_note, read

INDEX_MARKER = "<!-- notes-index -->"
REVIEW_PAGE = "review.md"  # the notes index links to it from its progress line
RECENT_MARKER = "<!-- recent-notes -->"
RECENT_COUNT = 8
REQUIRED = {"title": str, "description": str, "tags": list, "prerequisites": list, "papers": list}


@dataclass
class Note:
    src: str
    meta: dict[str, Any]
    leads_to: list[str] = field(default_factory=list)


_notes: dict[str, Note] = {}
_updated: dict[str, str] = {}  # src_uri -> date of the last commit that touched it


def git_dates(docs_dir: Path) -> dict[str, str]:
    """Last commit date per file under docs/, from one `git log`; empty outside a git checkout."""
    try:
        log = subprocess.run(
            ["git", "log", "--format=%x00%cs", "--name-only", "--relative", "--", "."],
            cwd=docs_dir, capture_output=True, text=True, check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    dates: dict[str, str] = {}
    for entry in log.split("\0")[1:]:
        date, *names = entry.strip().splitlines()
        for name in names:
            if name:
                dates.setdefault(name, date)
    return dates


def read_front_matter(path: Path, src: str) -> dict[str, Any]:
    """The page's front matter, parsed once per build (hooks/content.py); hooks/leetcode.py uses it too."""
    return read(path, src).meta


def check_note(src: str, meta: dict[str, Any], files: Files) -> None:
    for key, kind in REQUIRED.items():
        if not isinstance(meta.get(key), kind):
            raise PluginError(f"{src}: front matter needs '{key}' ({kind.__name__})")
    for target in meta["prerequisites"]:
        if not is_note(str(target)) or files.get_file_from_path(str(target)) is None:
            raise PluginError(f"{src}: prerequisite '{target}' is not a note under docs/")
    for paper in meta["papers"]:
        if not isinstance(paper, dict) or not {"title", "year"} <= paper.keys():
            raise PluginError(f"{src}: each paper needs at least 'title' and 'year': {paper!r}")
        if not ("arxiv" in paper or "url" in paper):
            raise PluginError(f"{src}: paper '{paper['title']}' needs 'arxiv' or 'url'")
    for notebook in meta.get("notebooks", []):
        if files.get_file_from_path(f"notebooks/{notebook}") is None:
            raise PluginError(f"{src}: notebook '{notebook}' is not in notebooks/")


def on_files(files: Files, config: MkDocsConfig) -> Files:
    _notes.clear()
    for file in files.documentation_pages():
        if not file.src_uri.endswith(".md") or file.abs_src_path is None:
            continue
        meta = read_front_matter(Path(file.abs_src_path), file.src_uri)
        if is_note(file.src_uri):
            check_note(file.src_uri, meta, files)
            _notes[file.src_uri] = Note(file.src_uri, meta)
    for note in _notes.values():
        for target in note.meta["prerequisites"]:
            _notes[target].leads_to.append(note.src)
    _updated.clear()
    _updated.update(git_dates(Path(config.docs_dir)))
    return files


def recent_notes(page: Page) -> str:
    dated = sorted(_notes, key=lambda src: (_updated.get(src, ""), src), reverse=True)[:RECENT_COUNT]
    return "\n".join(f"- {_updated.get(src, '未提交')} {_link(src, page)}" for src in dated) + "\n"


def _link(target: str, page: Page) -> str:
    depth = page.file.src_uri.count("/")
    title = _notes[target].meta["title"] if target in _notes else Path(target).stem
    return f"[{title}]({'../' * depth}{target})"


def related_box(note: Note, page: Page) -> str:
    # One link per line: links that share a line and wrap are too close for a finger
    # (WCAG 2.5.8 target size; tests/site/test_every_page.py measures them).
    def section(label: str, links: list[str]) -> list[str]:
        if not links:
            return ["", f"    **{label}**：无"]
        return ["", f"    **{label}**：", "", *(f"    - {link}" for link in links)]

    depth = page.file.src_uri.count("/")
    notebooks = [f"[{n}]({'../' * depth}notebooks/{n})" for n in note.meta.get("notebooks", [])]
    # Links to other pages, not this page's subject: kept out of search (data-search-exclude).
    lines = [
        '<div data-search-exclude markdown>',
        "",
        '!!! abstract "本页位置"',
        *section("前置知识", [_link(t, page) for t in sorted(note.meta["prerequisites"])]),
        *section("后续阅读", [_link(t, page) for t in sorted(note.leads_to)]),
        *(section("配套演示", notebooks) if notebooks else []),
    ]
    return "\n".join(lines) + "\n\n</div>\n\n"


def references(papers: list[dict[str, Any]]) -> str:
    if not papers:
        return ""
    lines = ["", "## 参考文献", ""]
    for index, paper in enumerate(papers, 1):
        authors = f"{paper['authors']}. " if paper.get("authors") else ""
        venue = f"{paper['venue']} " if paper.get("venue") else ""
        if "arxiv" in paper:
            link = f"[arXiv:{paper['arxiv']}](https://arxiv.org/abs/{paper['arxiv']})"
        else:
            link = f"[链接]({paper['url']})"
        lines.append(f"{index}. {authors}*{paper['title']}*. {venue}{paper['year']}. {link}")
    return "\n".join(lines) + "\n"


def notes_index(page: Page) -> str:
    """A table of the notes in this index page's folder, from their front matter."""
    folder = page.file.src_uri.rsplit("/", 1)[0] + "/"
    rows = ["| 笔记 | 内容 | 标签 |", "|---|---|---|"]
    members = sorted((n for n in _notes.values() if n.src.startswith(folder)), key=lambda n: n.src)
    for note in members:
        tags = "、".join(note.meta["tags"])
        rows.append(f"| {_link(note.src, page)} | {note.meta['description']} | {tags} |")
    table = "\n".join(rows)
    review = posixpath.relpath(REVIEW_PAGE, posixpath.dirname(page.file.src_uri))
    progress = f'<p class="study-progress" data-scope="{folder.rstrip("/")}" markdown>[去复习]({review})</p>'
    return f"<div data-search-exclude markdown>\n\n本栏目共 {len(members)} 篇笔记。\n\n{table}\n\n{progress}\n\n</div>\n"


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if RECENT_MARKER in markdown:
        markdown = markdown.replace(RECENT_MARKER, recent_notes(page))
    if INDEX_MARKER in markdown:
        return markdown.replace(INDEX_MARKER, notes_index(page))
    note = _notes.get(page.file.src_uri)
    if note is None:
        return markdown
    mark = f'\n\n<div class="study-mark" data-note="{note.src}" data-search-exclude></div>\n'
    return related_box(note, page) + markdown.rstrip() + mark + "\n" + references(note.meta["papers"])
