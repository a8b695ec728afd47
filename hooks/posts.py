"""Daily posts (每日算法): "上期问题" and the home page's latest posts, from the posts themselves.

Each post lists its questions once, under ``## 本期问题``. The next post's
``<!-- previous-questions -->`` marker becomes the list of those questions with a link
back; the home page's ``<!-- latest-posts -->`` marker becomes the newest posts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from content import is_post, read
from questions import extract

FEED_IMAGE = "assets/icons/icon-192.png"
PREVIOUS_MARKER = "<!-- previous-questions -->"
LATEST_MARKER = "<!-- latest-posts -->"
LATEST_COUNT = 5


@dataclass(frozen=True)
class Post:
    src: str
    title: str
    created: dt.date
    questions: tuple[str, ...]


_posts: list[Post] = []


@event_priority(100)  # before the rss plugin reads its options
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """RSS 2.0 wants an absolute image URL for the channel; derive it from site_url."""
    rss = config.plugins.get("rss")
    if rss is not None and not rss.config.get("image"):
        rss.config["image"] = str(config.site_url or "") + FEED_IMAGE
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    _posts.clear()
    for file in files.documentation_pages():
        if not is_post(file.src_uri) or file.abs_src_path is None:
            continue
        path = Path(file.abs_src_path)
        meta = read(path, file.src_uri).meta
        created = (meta.get("date") or {}).get("created") if isinstance(meta.get("date"), dict) else None
        if not isinstance(created, dt.date):
            raise PluginError(f"{file.src_uri}: front matter needs 'date: {{created: YYYY-MM-DD}}'")
        source = extract(path, file.src_uri)
        assert source is not None
        _posts.append(Post(file.src_uri, str(meta.get("title", file.src_uri)), created, tuple(q.title for q in source.questions)))
    _posts.sort(key=lambda p: (p.created, p.src))
    return files


def _link(target: str, page: Page) -> str:
    return "../" * page.file.src_uri.count("/") + target


def previous_questions(page: Page) -> str:
    index = next(i for i, p in enumerate(_posts) if p.src == page.file.src_uri)
    if index == 0:
        return "这是第一期，没有上期问题。\n"
    previous = _posts[index - 1]
    lines = [f"来自 [{previous.title}]({_link(previous.src, page)}#本期问题)，先自己回答一遍：", ""]
    lines += [f"{number}. {question}" for number, question in enumerate(previous.questions, 1)]
    return "\n".join(lines) + "\n"


def latest_posts(page: Page) -> str:
    newest = sorted(_posts, key=lambda p: (p.created, p.src), reverse=True)[:LATEST_COUNT]
    if not newest:
        return "暂无。\n"
    return "\n".join(f"- {p.created.isoformat()} [{p.title}]({_link(p.src, page)})" for p in newest) + "\n"


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if PREVIOUS_MARKER in markdown:
        if not is_post(page.file.src_uri):
            raise PluginError(f"{page.file.src_uri}: '{PREVIOUS_MARKER}' belongs in a daily post")
        markdown = markdown.replace(PREVIOUS_MARKER, previous_questions(page))
    if LATEST_MARKER in markdown:
        markdown = markdown.replace(LATEST_MARKER, latest_posts(page))
    return markdown
