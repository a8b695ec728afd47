"""Generate LeetCode page headers, examples and the problems index from module metadata.

The metadata (``PROBLEM``) and LeetCode's examples (``EXAMPLES``) are written once,
in each ``solutions/lcNNNN_*.py`` module. A problem page ``docs/leetcode/NNNN-slug.md``
holds only prose and snippet embeds; this hook puts the title, the metadata table and
the examples (at the ``<!-- examples -->`` marker) in front of it. The index page gets
its table at ``<!-- problems-table -->``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from notes import read_front_matter  # hooks/ is on sys.path while hooks are imported

EXAMPLES_MARKER = "<!-- examples -->"
TABLE_MARKER = "<!-- problems-table -->"

_modules: dict[str, ModuleType] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    root = str(Path(config.config_file_path).parent)
    if root not in sys.path:
        sys.path.insert(0, root)
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    # Import afresh on every build so that `mkdocs serve` picks up edited modules.
    for name in [n for n in sys.modules if n == "solutions" or n.startswith("solutions.")]:
        del sys.modules[name]
    from solutions.problem import solution_modules

    _modules.clear()
    for module in solution_modules():
        _modules[module.PROBLEM.page] = module


def _relative(target: str, page: Page) -> str:
    """A Markdown link from this page to another docs/ path (MkDocs validates it)."""
    depth = page.file.src_uri.count("/")
    return "../" * depth + target


def _format(value: object) -> str:
    text = repr(value).replace("None", "null").replace("True", "true").replace("False", "false")
    return text.replace("'", '"')


def header(module: ModuleType, page: Page) -> str:
    p = module.PROBLEM
    also = f"（{'、'.join(p.also)}）" if p.also else ""
    docs = Path(page.file.src_dir or "")
    notes = "、".join(
        f"[{read_front_matter(docs / n, n).get('title', n)}]({_relative(n, page)})" for n in p.notes
    ) or "—"
    return (
        f"# {p.number}. {p.title_zh}{also}\n\n"
        f"*{p.title_en}* · 难度：{p.difficulty} · 时间 ${p.time}$ · 空间 ${p.space}$\n\n"
        '<div data-search-exclude markdown>\n\n'  # a tag list and links: not what this page is about
        f"标签：{'、'.join(p.tags)} · 题目：[力扣]({p.url_cn}) · [LeetCode]({p.url_com}) · 相关笔记：{notes}\n\n"
        "</div>\n\n"
    )


def examples(module: ModuleType) -> str:
    lines = ["## 示例\n"]
    for index, example in enumerate(module.EXAMPLES, 1):
        inputs = ", ".join(f"{name} = {_format(value)}" for name, value in example.inputs.items())
        lines.append(f"**示例 {index}**：输入 `{inputs}`，输出 `{_format(example.output)}`\n")
    return "\n".join(lines) + "\n"


def problems_table(page: Page) -> str:
    rows = ["| 题号 | 题目 | 难度 | 标签 | 时间 | 空间 |", "|---:|---|---|---|---|---|"]
    for module in sorted(_modules.values(), key=lambda m: m.PROBLEM.number):
        p = module.PROBLEM
        link = _relative(p.page, page)
        rows.append(
            f"| {p.number} | [{p.title_zh}]({link})<br>*{p.title_en}* | {p.difficulty} "
            f"| {'、'.join(p.tags)} | ${p.time}$ | ${p.space}$ |"
        )
    table = "\n".join(rows)
    return f"<div data-search-exclude markdown>\n\n共 {len(_modules)} 题。\n\n{table}\n\n</div>\n"


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    src = page.file.src_uri
    if TABLE_MARKER in markdown:
        return markdown.replace(TABLE_MARKER, problems_table(page))
    if not src.startswith("leetcode/") or not Path(src).name[:1].isdigit():
        return markdown
    module = _modules.get(src)
    if module is None:
        raise PluginError(f"{src}: no module in solutions/ declares this page (PROBLEM.page)")
    page.meta.setdefault("tags", list(module.PROBLEM.tags))  # read by the tags plugin after this hook
    if EXAMPLES_MARKER not in markdown:
        raise PluginError(f"{src}: missing the '{EXAMPLES_MARKER}' marker where the examples go")
    return header(module, page) + markdown.replace(EXAMPLES_MARKER, examples(module))
