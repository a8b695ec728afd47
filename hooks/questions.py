"""Generate the question bank (题库) and the glossary (术语表) pages at build time.

The bank collects every ``??? question`` block from the notes' ``## 面试问答`` sections
and the daily posts' ``## 本期问题`` sections. Answers stay written once, in their
note; the bank is generated: an index with counts by field and tag, and pages by
field, answers collapsed (native ``<details>``, no JavaScript), each group linking
back to its source section. Groups follow the field's reading order (its ``.nav.yml``).
A field with more than ``MAX_QUESTIONS_PER_PAGE`` questions is cut, between notes,
into the fewest pages that respect the cap, as even as possible: at start-up Material
mounts a component for every answer and every tooltip, so a page's start-up work
grows with its questions, and a field's page would otherwise grow with every note.
Every question carries an id in its admonition line (``??? question q-ddpm-3 "…"``,
added by ``tools/question_ids.py``): review progress is keyed on it, so it must survive
edits to the wording. A question without an id, or an id used twice, fails the build
with the file and line. The bank keeps the id on each question.
The glossary page is generated from ``config/abbreviations.md``, the same file that
gives every page its hover/tap tooltips.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise
from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from content import FIELD_IDS, FIELDS, is_note, is_post, read

BANK_DIR = "questions"
GLOSSARY_URI = "glossary.md"
POSTS = "blog"  # the daily posts make the bank's last group
FIELD_TITLES = {**{field.id: field.name for field in FIELDS}, POSTS: "每日算法"}
SECTIONS = {"note": "面试问答", "post": "本期问题"}
# Lighthouse, median of 7 interleaved runs: the diffusion field's 97 questions on one page
# scored 96 (total blocking time 168 ms); cut into 49 + 48, its first page scored 98 (131 ms).
MAX_QUESTIONS_PER_PAGE = 60
QUESTION = re.compile(
    r'^\?\?\? question q-(?P<id>[a-z0-9][a-z0-9-]*) "(?P<title>[^"\n]+)"\n(?P<body>(?:(?: {4}.*)?\n)+)', re.MULTILINE
)
QUESTION_LINE = re.compile(r"^\?\?\? question\b.*$", re.MULTILINE)
LINK = re.compile(r"\]\((?!https?:|mailto:|/)(?P<target>[^)\s]*)\)")
ABBREVIATION = re.compile(r"^\*\[(?P<term>[^\]]+)\]:\s*(?P<meaning>.+)$")


@dataclass(frozen=True)
class Question:
    id: str
    title: str
    answer: str  # markdown, indented 4 spaces
    line: int  # in the source file, for error messages


@dataclass(frozen=True)
class Source:
    src: str  # path under docs/
    title: str
    field: str
    tags: tuple[str, ...]
    section: str  # heading whose anchor the bank links to
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class BankPage:
    field: str
    number: int  # 1-based, within the field
    count: int  # pages in the field
    members: tuple[Source, ...]

    @property
    def uri(self) -> str:
        """The first page keeps the field's name, so links to a field's bank stay valid as it grows."""
        return f"{self.field}.md" if self.number == 1 else f"{self.field}-{self.number}.md"

    @property
    def title(self) -> str:
        suffix = f"（第 {self.number} 页）" if self.count > 1 else ""  # not "1/2": smartsymbols makes it ½
        return f"{FIELD_TITLES[self.field]}{suffix}"

    @property
    def questions(self) -> int:
        return sum(len(s.questions) for s in self.members)

    @property
    def span(self) -> str:
        """First and last note, by the short form of their titles ("DDPM" for "DDPM：去噪…")."""
        first, last = (s.title.split("：")[0] for s in (self.members[0], self.members[-1]))
        return first if first == last else f"{first} 至 {last}"


def extract(path: Path, src: str) -> Source | None:
    if is_note(src):
        kind, field = "note", src.split("/", 1)[0]
    elif is_post(src):
        kind, field = "post", POSTS
    else:
        return None
    page = read(path, src)
    meta = page.meta
    section = SECTIONS[kind]
    parts = re.split(rf"^## {section}[ \t]*$", page.body, flags=re.MULTILINE)
    if len(parts) != 2:
        raise PluginError(f"{src}: needs exactly one '## {section}' section for the question bank")
    block = re.split(r"^## ", parts[1], flags=re.MULTILINE)[0] + "\n"
    questions = questions_of(block, src, block_start_line(path, section))
    if not questions:
        raise PluginError(f"{src}: '## {section}' holds no '??? question \"…\"' blocks")
    return Source(src, str(meta.get("title", src)), field, tuple(meta.get("tags", [])), section, questions)


def block_start_line(path: Path, section: str) -> int:
    """The file line (1-based) of the section's heading."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if re.fullmatch(rf"## {section}[ \t]*", line))


def questions_of(block: str, src: str, heading_line: int) -> tuple[Question, ...]:
    """The questions of a Q&A section whose heading is on heading_line; every question line
    must carry an id (tools/question_ids.py adds them)."""
    found = {m.start(): m for m in QUESTION.finditer(block)}
    questions = []
    for line in QUESTION_LINE.finditer(block):
        number = heading_line + block.count("\n", 0, line.start())
        match = found.get(line.start())
        if not match:
            raise PluginError(
                f"{src}, line {number}: expected '??? question q-ID \"…\"', got {line.group(0)!r}; "
                "run `.venv/bin/python -m tools.question_ids` to give new questions an id"
            )
        questions.append(Question(match["id"], match["title"], match["body"], number))
    return tuple(questions)


def check_ids(sources: Sequence[Source]) -> None:
    """Each id names one question of the whole site."""
    seen: dict[str, str] = {}
    for source in sources:
        for question in source.questions:
            where = f"{source.src}, line {question.line}"
            if question.id in seen:
                raise PluginError(f"question id 'q-{question.id}' is used twice: {seen[question.id]} and {where}")
            seen[question.id] = where


def reading_order(docs_dir: Path, folder: str) -> list[str]:
    """The pages of a folder in the order its awesome-nav ``.nav.yml`` lists them."""
    nav_file = docs_dir / folder / ".nav.yml"
    if not nav_file.is_file():
        return []
    entries = (yaml.safe_load(nav_file.read_text(encoding="utf-8")) or {}).get("nav", [])
    names = [value for entry in entries for value in (entry.values() if isinstance(entry, dict) else [entry])]
    return [f"{folder}/{name}" for name in names if isinstance(name, str) and name.endswith(".md")]


def split_evenly(sizes: Sequence[int], cap: int) -> list[int]:
    """Cut a sequence into the fewest consecutive runs whose sums stay within cap, with
    the largest run as small as that allows; return the runs' lengths. An item larger
    than cap makes a run of its own."""

    def runs(limit: int) -> list[int]:
        lengths: list[int] = []
        total = 0
        for size in sizes:
            if lengths and total + size <= limit:
                lengths[-1] += 1
                total += size
            else:
                lengths.append(1)
                total = size
        return lengths

    fewest = len(runs(cap))
    # The largest run is at least the mean; the run count only falls as the limit grows.
    limit = min(cap, -(-sum(sizes) // fewest)) if fewest else cap
    while len(runs(limit)) > fewest:
        limit += 1
    return runs(limit)


def bank_pages(field: str, members: list[Source]) -> list[BankPage]:
    lengths = split_evenly([len(s.questions) for s in members], MAX_QUESTIONS_PER_PAGE)
    bounds = list(accumulate(lengths, initial=0))
    return [BankPage(field, number, len(lengths), tuple(members[start:end]))
            for number, (start, end) in enumerate(pairwise(bounds), 1)]


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


def bank_index(sources: list[Source], pages: list[BankPage]) -> str:
    """The bank's front page: a link to each page with its notes and count, and counts by tag."""
    tags = Counter[str]()
    for s in sources:
        for tag in s.tags:
            tags[tag] += len(s.questions)
    lines = _front("面试题库", "从全部笔记的面试问答和每日算法的本期问题自动汇总的题库，按领域分页，答案默认折叠，方便自测。")
    lines += [
        "# 面试题库",
        "",
        f"共 **{sum(page.questions for page in pages)}** 题，来自 {sum(1 for s in sources if s.field != POSTS)} 篇笔记和 "
        f"{sum(1 for s in sources if s.field == POSTS)} 篇每日算法。先想答案，再点开问题核对；"
        "每组标题链接到原文，答案只写在原文里，题库在构建时生成。"
        f"每页不超过 {MAX_QUESTIONS_PER_PAGE} 题，题多的领域按阅读顺序分成几页。",
        "",
        "| 领域 | 收录 | 题数 |",
        "|---|---|---:|",
    ]
    lines += [f"| [{page.title}]({page.uri}) | {page.span} | {page.questions} |" for page in pages]
    lines += ["", "## 按标签", ""]
    lines += ["、".join(f"{tag}（{count}）" for tag, count in sorted(tags.items(), key=lambda t: (-t[1], t[0]))), ""]
    return "\n".join(lines) + "\n"


def bank_page(page: BankPage, siblings: list[BankPage]) -> str:
    """One page of a field's questions; siblings are all the field's pages, this one included."""
    title = f"题库：{page.title}"
    lines = _front(title, f"{FIELD_TITLES[page.field]}的面试问答汇总（{page.span}），共 {page.questions} 题，答案默认折叠。")
    intro = f"共 {page.questions} 题。"
    if len(siblings) > 1:
        links = "、".join(f"第 {p.number} 页（本页）" if p == page else f"[第 {p.number} 页：{p.span}]({p.uri})"
                         for p in siblings)
        intro = (f"本页 {page.questions} 题，{page.span}；{FIELD_TITLES[page.field]}共 "
                 f"{sum(p.questions for p in siblings)} 题，分 {len(siblings)} 页：{links}。")
    lines += [f"# {title}", "", intro + "每组标题链接到原文的问答部分。", ""]
    for s in page.members:
        lines += [f"## [{s.title}](../{s.src}#{s.section})", ""]
        if s.tags:
            lines += ["标签：" + "、".join(s.tags), ""]
        for q in s.questions:
            lines += [f'??? question q-{q.id} "{q.title}"', relink(q.answer, s.src, BANK_DIR).rstrip("\n"), ""]
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


def collect(files: Files, config: MkDocsConfig) -> list[Source]:
    """Every note's and post's questions, fields in registry order, each in reading order;
    ids checked. The review data (hooks/review.py) reads the same list."""
    docs_dir = Path(config.docs_dir)
    order = {src: rank for folder in FIELD_IDS for rank, src in enumerate(reading_order(docs_dir, folder))}
    sources = []
    # unlisted notes go last, by name, as awesome-nav's `glob: "*"` lists them; posts go by date (their names)
    for file in sorted(files.documentation_pages(), key=lambda f: (order.get(f.src_uri, len(order)), f.src_uri)):
        if file.abs_src_path and file.src_uri.split("/", 1)[0] in (*FIELD_IDS, POSTS):
            source = extract(Path(file.abs_src_path), file.src_uri)
            if source:
                sources.append(source)
    check_ids(sources)
    return [s for field in FIELD_TITLES for s in sources if s.field == field]


def on_files(files: Files, config: MkDocsConfig) -> Files:
    sources = collect(files, config)
    pages = [page for field in FIELD_TITLES for page in bank_pages(field, [s for s in sources if s.field == field])]
    files.append(File.generated(config, f"{BANK_DIR}/index.md", content=bank_index(sources, pages)))
    for page in pages:
        siblings = [p for p in pages if p.field == page.field]
        files.append(File.generated(config, f"{BANK_DIR}/{page.uri}", content=bank_page(page, siblings)))
    # the bank's pages in the navigation in the index's order, not by file name
    nav = yaml.safe_dump({"nav": ["index.md", *(page.uri for page in pages)]})
    files.append(File.generated(config, f"{BANK_DIR}/.nav.yml", content=nav, inclusion=InclusionLevel.EXCLUDED))
    abbreviations = Path(config.config_file_path).parent / "config" / "abbreviations.md"
    files.append(File.generated(config, GLOSSARY_URI, content=glossary(abbreviations)))
    return files
