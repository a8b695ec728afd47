"""Generate the question bank (题库) and the glossary (术语表) pages at build time.

The bank collects every ``??? question`` block from the notes' ``## 面试问答`` sections
and the daily posts' ``## 本期问题`` sections. Answers stay written once, in their
note; the bank is generated: an index with counts by field and tag, and one page per
field, answers collapsed (native ``<details>``, no JavaScript), each group linking
back to its source section.
The glossary page is generated from ``config/abbreviations.md``, the same file that
gives every page its hover/tap tooltips.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from notes import FRONT_MATTER, NOTE_FOLDERS, is_note, read_front_matter

BANK_DIR = "questions"
GLOSSARY_URI = "glossary.md"
FIELD_TITLES = {
    "generative": "生成模型",
    "diffusion": "扩散模型",
    "vision": "视觉与多模态",
    "foundations": "基础与系统",
    "algorithms": "算法专题",
    "blog": "每日算法",
}
SECTIONS = {"note": "面试问答", "post": "本期问题"}
QUESTION = re.compile(r'^\?\?\? question "(?P<title>[^"\n]+)"\n(?P<body>(?:(?: {4}.*)?\n)+)', re.MULTILINE)
LINK = re.compile(r"\]\((?!https?:|mailto:|/)(?P<target>[^)\s]*)\)")
ABBREVIATION = re.compile(r"^\*\[(?P<term>[^\]]+)\]:\s*(?P<meaning>.+)$")


@dataclass(frozen=True)
class Source:
    src: str  # path under docs/
    title: str
    field: str
    tags: tuple[str, ...]
    section: str  # heading whose anchor the bank links to
    questions: tuple[tuple[str, str], ...]  # (question, answer markdown, indented 4 spaces)


def is_post(src_uri: str) -> bool:
    return src_uri.startswith("blog/posts/") and src_uri.endswith(".md")


def extract(path: Path, src: str) -> Source | None:
    if is_note(src):
        kind, field = "note", src.split("/", 1)[0]
    elif is_post(src):
        kind, field = "post", "blog"
    else:
        return None
    meta = read_front_matter(path, src)
    section = SECTIONS[kind]
    text = path.read_text(encoding="utf-8")
    body = text[FRONT_MATTER.match(text).end():] if FRONT_MATTER.match(text) else text
    parts = re.split(rf"^## {section}[ \t]*$", body, flags=re.MULTILINE)
    if len(parts) != 2:
        raise PluginError(f"{src}: needs exactly one '## {section}' section for the question bank")
    block = re.split(r"^## ", parts[1], flags=re.MULTILINE)[0] + "\n"
    questions = tuple((m.group("title"), m.group("body")) for m in QUESTION.finditer(block))
    if not questions:
        raise PluginError(f"{src}: '## {section}' holds no '??? question \"…\"' blocks")
    return Source(src, str(meta.get("title", src)), field, tuple(meta.get("tags", [])), section, questions)


def relink(answer: str, source: str, page_dir: str) -> str:
    """Rewrite the answer's relative links so they work from a bank page in page_dir."""
    folder = posixpath.dirname(source)

    def fix(match: re.Match[str]) -> str:
        target = match.group("target")
        absolute = source + target if target.startswith("#") else posixpath.normpath(posixpath.join(folder, target))
        return f"]({posixpath.relpath(absolute, page_dir)})"

    return LINK.sub(fix, answer)


def _front(title: str, description: str) -> list[str]:
    # The bank repeats the notes' Q&A, which search already finds in the notes themselves.
    return ["---", f"title: {title}", f"description: {description}", "search:", "  exclude: true", "---", ""]


def bank_index(sources: list[Source]) -> str:
    """The bank's front page: counts by field and by tag, a link to each field's page."""
    fields = Counter[str]()
    tags = Counter[str]()
    for s in sources:
        fields[s.field] += len(s.questions)
        for tag in s.tags:
            tags[tag] += len(s.questions)
    total = sum(fields.values())
    lines = _front("面试题库", "从全部笔记的面试问答和每日算法的本期问题自动汇总的题库，按领域分页，答案默认折叠，方便自测。")
    lines += [
        "# 面试题库",
        "",
        f"共 **{total}** 题，来自 {sum(1 for s in sources if s.field != 'blog')} 篇笔记和 "
        f"{sum(1 for s in sources if s.field == 'blog')} 篇每日算法。先想答案，再点开问题核对；"
        "每组标题链接到原文，答案只写在原文里，题库在构建时生成。",
        "",
        "| 领域 | 题数 |",
        "|---|---:|",
    ]
    lines += [f"| [{title}]({field}.md) | {fields[field]} |" for field, title in FIELD_TITLES.items() if fields[field]]
    lines += ["", "## 按标签", ""]
    lines += ["、".join(f"{tag}（{count}）" for tag, count in sorted(tags.items(), key=lambda t: (-t[1], t[0]))), ""]
    return "\n".join(lines) + "\n"


def bank_page(field: str, members: list[Source]) -> str:
    count = sum(len(s.questions) for s in members)
    title = f"题库：{FIELD_TITLES[field]}"
    lines = _front(title, f"{FIELD_TITLES[field]}的面试问答汇总，共 {count} 题，答案默认折叠。")
    lines += [f"# {title}", "", f"共 {count} 题。标题链接到原文的问答部分。", ""]
    for s in members:
        lines += [f"## [{s.title}](../{s.src}#{s.section})", ""]
        if s.tags:
            lines += ["标签：" + "、".join(s.tags), ""]
        for question, answer in s.questions:
            lines += [f'??? question "{question}"', relink(answer, s.src, BANK_DIR).rstrip("\n"), ""]
    return "\n".join(lines) + "\n"


def glossary(path: Path) -> str:
    rows = ["| 术语 | 含义 |", "|---|---|"]
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        match = ABBREVIATION.match(line)
        if not match:
            raise PluginError(f"{path.name}, line {number}: expected '*[TERM]: meaning', got {line!r}")
        rows.append(f"| {match.group('term')} | {match.group('meaning')} |")
    return (
        "---\ntitle: 术语表\ndescription: 笔记中常用缩写与术语的解释；正文里这些词带有悬停或点按提示。\n---\n\n"
        "# 术语表\n\n正文中出现这些缩写时，鼠标悬停或手指点按即可看到解释。\n\n" + "\n".join(rows) + "\n"
    )


def on_files(files: Files, config: MkDocsConfig) -> Files:
    sources = []
    for file in sorted(files.documentation_pages(), key=lambda f: f.src_uri):
        if file.abs_src_path and file.src_uri.split("/", 1)[0] in (*NOTE_FOLDERS, "blog"):
            source = extract(Path(file.abs_src_path), file.src_uri)
            if source:
                sources.append(source)
    files.append(File.generated(config, f"{BANK_DIR}/index.md", content=bank_index(sources)))
    for field in FIELD_TITLES:
        members = [s for s in sources if s.field == field]
        if members:
            files.append(File.generated(config, f"{BANK_DIR}/{field}.md", content=bank_page(field, members)))
    abbreviations = Path(config.config_file_path).parent / "config" / "abbreviations.md"
    files.append(File.generated(config, GLOSSARY_URI, content=glossary(abbreviations)))
    return files
