"""Every note follows CONTRIBUTING.md: front matter, sections, Q&A, links, typography."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from hooks.content import FIELD_IDS as FIELDS
from tests.conftest import ROOT

DOCS = ROOT / "docs"
NOTES = sorted(p for field in FIELDS for p in (DOCS / field).glob("*.md") if p.name != "index.md")
REQUIRED_SECTIONS = ["概要", "动机", "方法", "对比", "面试问答"]
KNOWN_SECTIONS = ["概要", "动机", "方法", "推导", "训练与采样", "算法", "对比", "局限", "面试问答"]
QUESTION = re.compile(r'^\?\?\? question q-[a-z0-9][a-z0-9-]* "([^"\n]+)"\n((?:(?: {4}.*)?\n)+)', re.MULTILINE)
CJK = r"[\u4e00-\u9fff]"
GLUED = re.compile(rf"{CJK}[A-Za-z0-9]|[A-Za-z0-9]{CJK}")


def split(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"\A---\n(.*?\n)---\n", text, re.DOTALL)
    assert match, f"{path.relative_to(ROOT)} has no front matter"
    return yaml.safe_load(match.group(1)), text[match.end():]


def ids(path: Path) -> str:
    return path.relative_to(DOCS).as_posix()


def test_there_are_notes_in_every_field() -> None:
    for field in FIELDS:
        assert any(p.parent.name == field for p in NOTES), field


@pytest.mark.parametrize("path", NOTES, ids=ids)
def test_front_matter(path: Path) -> None:
    meta, _ = split(path)
    for key, kind in {"title": str, "description": str, "tags": list, "prerequisites": list, "papers": list}.items():
        assert isinstance(meta.get(key), kind), f"front matter '{key}' ({kind.__name__})"
    assert meta["tags"], "at least one tag"
    for target in meta["prerequisites"]:
        assert (DOCS / target).is_file() and target.split("/")[0] in FIELDS, f"prerequisite {target}"
        assert target != ids(path), "a note is not its own prerequisite"
    for paper in meta["papers"]:
        assert {"title", "year"} <= paper.keys() and ("arxiv" in paper or "url" in paper), paper
        if "arxiv" in paper:
            assert re.fullmatch(r"\d{4}\.\d{4,5}", str(paper["arxiv"])), f"arXiv id {paper['arxiv']!r} (quote it)"
    if path.parent.name != "algorithms":
        assert meta["papers"], "a model note cites its paper(s)"


@pytest.mark.parametrize("path", NOTES, ids=ids)
def test_sections_in_order(path: Path) -> None:
    _, body = split(path)
    body = re.sub(r"```.*?```", "", body, flags=re.DOTALL)
    headings = re.findall(r"^## (.+?)\s*$", body, re.MULTILINE)
    assert not re.search(r"^# ", body, re.MULTILINE), "no H1: the title comes from front matter"
    for section in REQUIRED_SECTIONS:
        assert section in headings, f"missing section ## {section}"
    known = [h for h in headings if h in KNOWN_SECTIONS]
    assert known == sorted(known, key=KNOWN_SECTIONS.index), f"section order {known}"
    assert headings[-1] == "面试问答", "面试问答 is the last section"


@pytest.mark.parametrize("path", NOTES, ids=ids)
def test_interview_questions(path: Path) -> None:
    _, body = split(path)
    section = body.split("\n## 面试问答", 1)[1] + "\n"
    questions = QUESTION.findall(section)
    assert len(questions) >= 4, f"{len(questions)} Q&A entries, at least 4"
    for question, answer in questions:
        assert answer.strip(), f"question without answer: {question}"
    leftover = QUESTION.sub("", section).strip()
    assert not leftover, f"only '??? question' blocks belong in 面试问答, found: {leftover[:80]!r}"


def prose(body: str) -> str:
    """Body text without code, math, HTML, link targets and snippet lines."""
    body = re.sub(r"```.*?```", " ", body, flags=re.DOTALL)
    body = re.sub(r"\$\$.*?\$\$", " ", body, flags=re.DOTALL)
    body = re.sub(r"`[^`\n]*`", " ", body)
    body = re.sub(r"\$[^$\n]*\$", " ", body)
    body = re.sub(r"\]\([^)]*\)", "]", body)
    body = re.sub(r"<[^>]+>", " ", body)
    return body


@pytest.mark.parametrize("path", NOTES, ids=ids)
def test_space_between_chinese_and_latin(path: Path) -> None:
    """CONTRIBUTING: a space between Chinese and English words or numbers (search needs it)."""
    _, body = split(path)
    glued = [m.group(0) for m in GLUED.finditer(prose(body))]
    assert not glued, f"Chinese glued to Latin letters or digits: {glued[:10]}"


def test_no_stub_pages_are_published() -> None:
    stubs = [p.relative_to(ROOT).as_posix() for p in DOCS.rglob("*.md") if "待写" in p.read_text(encoding="utf-8")]
    assert not stubs, f"placeholder pages: {stubs}"


def test_notebooks_named_by_notes_link_back() -> None:
    for path in NOTES:
        meta, _ = split(path)
        for name in meta.get("notebooks", []):
            notebook = json.loads((ROOT / "notebooks" / name).read_text(encoding="utf-8"))
            first = "".join(notebook["cells"][0]["source"])
            assert f"../{ids(path)}" in first, f"notebooks/{name} does not link back to {ids(path)}"


def test_every_notebook_belongs_to_a_note() -> None:
    claimed = {name for path in NOTES for name in split(path)[0].get("notebooks", [])}
    for notebook in (ROOT / "notebooks").glob("*.ipynb"):
        assert notebook.name in claimed, f"no note lists notebooks/{notebook.name} in its front matter"
