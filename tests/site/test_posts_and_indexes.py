"""Daily posts, RSS, tags, question bank and glossary, checked on the built site."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from hooks.content import FIELD_IDS as NOTE_FIELDS
from tests.conftest import ROOT, Site
from tests.site.test_build import parse

DOCS = ROOT / "docs"
POSTS = sorted((DOCS / "blog" / "posts").glob("*.md"))
QUESTION = re.compile(r'^\?\?\? question(?: q-[a-z0-9][a-z0-9-]*)? "([^"\n]+)"$', re.MULTILINE)


def section(text: str, heading: str) -> str:
    parts = re.split(rf"^## {heading}\s*$", text, flags=re.MULTILINE)
    assert len(parts) == 2, f"exactly one '## {heading}'"
    return re.split(r"^## ", parts[1], flags=re.MULTILINE)[0]


def test_there_are_at_least_eight_posts() -> None:
    assert len(POSTS) >= 8


def test_rss_feed_lists_every_post_with_absolute_links(site: Site) -> None:
    root = ET.parse(site.path / "feed_rss_created.xml").getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel is not None
    for required in ("title", "link", "description"):
        assert (channel.findtext(required) or "").strip(), f"channel <{required}>"
    items = channel.findall("item")
    assert len(items) == len(POSTS)
    for item in items:
        link = item.findtext("link") or ""
        assert link.startswith(site.url), link
        target = site.path / urlsplit(link).path.lstrip("/") / "index.html"
        assert target.is_file(), f"feed links to missing {link}"
        assert (item.findtext("title") or "").strip() and (item.findtext("description") or "").strip()
        assert item.findtext("pubDate")
        for href in re.findall(r'(?:href|src)="([^"]+)"', html.unescape(item.findtext("description") or "")):
            assert re.match(r"https?://", href), f"relative link {href!r} in the feed"


def test_every_post_has_the_daily_format_and_links_notes_and_solutions() -> None:
    for post in POSTS:
        text = post.read_text(encoding="utf-8")
        questions = QUESTION.findall(section(text, "本期问题"))
        assert len(questions) >= 2, f"{post.name}: 本期问题 needs questions"
        review = section(text, "力扣刷题回顾")
        assert re.search(r"\(\.\./\.\./leetcode/\d{4}-[^)]+\.md", review) or "--8<--" in review, post.name
        assert "<!-- previous-questions -->" in section(text, "上期问题"), post.name
        assert re.search(rf"\(\.\./\.\./(?:{'|'.join(NOTE_FIELDS)})/[^)]+\.md", text), f"{post.name} links no note"
        assert re.search(r"\(\.\./\.\./leetcode/\d{4}-[^)]+\.md", text), f"{post.name} links no solution page"


def source_questions() -> Counter[str]:
    found: Counter[str] = Counter()
    for field in NOTE_FIELDS:
        for note in (DOCS / field).glob("*.md"):
            if note.name != "index.md":
                found.update(QUESTION.findall(section(note.read_text(encoding="utf-8"), "面试问答")))
    for post in POSTS:
        found.update(QUESTION.findall(section(post.read_text(encoding="utf-8"), "本期问题")))
    return found


def bank_pages(site: Site) -> list[Path]:
    return sorted((site.path / "questions").glob("*/index.html"))


def test_question_bank_holds_every_question_exactly_once(site: Site) -> None:
    pages = bank_pages(site)
    assert len(pages) >= 5, "one bank page per field"
    page = "".join(p.read_text(encoding="utf-8") for p in pages)
    summaries = re.findall(r'<details class="question q-[a-z0-9-]+">\s*<summary>(.*?)</summary>', page, re.DOTALL)
    # KaTeX inside a summary renders to markup; compare on the questions without math
    bank = Counter(html.unescape(re.sub(r"<[^>]+>", "", s)).strip() for s in summaries)
    expected = source_questions()
    plain = Counter({q: n for q, n in expected.items() if "$" not in q})
    assert sum(bank.values()) == sum(expected.values()), "bank size differs from the sources"
    for question, count in plain.items():
        assert bank[question] == count, f"{question!r}: {bank[question]} times in the bank, {count} in the notes"
    assert not re.search(r'<details class="question[^"]*" open', page), "answers are collapsed by default"


def test_question_bank_groups_link_back_to_existing_sections(site: Site) -> None:
    back_links = [h for page in bank_pages(site) for h in parse(page).links
                  if "#%E9%9D%A2%E8%AF%95%E9%97%AE%E7%AD%94" in h or "#面试问答" in h]
    assert len(back_links) >= sum(1 for f in NOTE_FIELDS for p in (DOCS / f).glob("*.md") if p.name != "index.md")
    # that every such anchor exists is checked for all pages by test_build.test_navigation_links_resolve


def test_tags_index_lists_every_tagged_page(site: Site) -> None:
    tags_page = (site.path / "tags" / "index.html").read_text(encoding="utf-8")
    listed = {urlsplit(h).path.rstrip("/").rsplit("/", 1)[-1] for h in parse(site.path / "tags" / "index.html").links}
    for page in [p for f in NOTE_FIELDS for p in (DOCS / f).glob("*.md") if p.name != "index.md"] + POSTS:
        meta = re.match(r"---\n(.*?)\n---", page.read_text(encoding="utf-8"), re.DOTALL)
        assert meta and "tags:" in meta.group(1), f"{page.relative_to(ROOT)} has no tags"
    notes = [p.stem for f in NOTE_FIELDS for p in (DOCS / f).glob("*.md") if p.name != "index.md"]
    problems = [p.stem for p in (DOCS / "leetcode").glob("[0-9]*.md")]
    for stem in notes + problems:
        assert stem in listed, f"{stem} is not on the tags page"
    assert tags_page.count('class="md-tag') >= 10


def test_glossary_page_and_tooltips(site: Site) -> None:
    glossary = (site.path / "glossary" / "index.html").read_text(encoding="utf-8")
    terms = re.findall(r"^\*\[([^\]]+)\]:", (ROOT / "config" / "abbreviations.md").read_text(encoding="utf-8"), re.MULTILINE)
    for term in terms:
        assert f">{html.escape(term)}<" in glossary or f">{term}<" in glossary, term
    ddpm = (site.path / "diffusion" / "ddpm" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<abbr title="[^"]+">DDPM</abbr>', ddpm), "glossary terms get tooltips in notes"


def test_home_lists_latest_posts_and_recent_notes(site: Site) -> None:
    home = (site.path / "index.html").read_text(encoding="utf-8")
    article = home[home.index("<article"):]
    assert "最新的每日算法" in article and "最近更新的笔记" in article
    assert len(re.findall(r'href="blog/\d{4}/', article)) >= 3
    assert len(re.findall(r"\d{4}-\d{2}-\d{2}", article)) >= 8
