"""Question ids (hooks/questions.py, tools/question_ids.py): review progress is keyed on them,
so they must not change when a question's wording does, and one id names one question."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from tests.conftest import ROOT

sys.path.append(str(ROOT / "hooks"))  # the hooks import their sibling modules as mkdocs loads them
import questions
from tools.question_ids import add_ids

NOTE = """---
title: 测试
---

# 测试

## 面试问答

??? question q-demo-1 "第一个问题？"
    答案一。

??? question q-demo-2 "第二个问题？"
    答案二，

    第二段。
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def ids(path: Path, src: str) -> list[tuple[str, str, int]]:
    source = questions.extract(path, src)
    assert source is not None
    return [(q.id, q.title, q.line) for q in source.questions]


def test_ids_and_lines_come_from_the_admonition_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "demo.md", NOTE)
    assert ids(path, "diffusion/demo.md") == [("demo-1", "第一个问题？", 9), ("demo-2", "第二个问题？", 12)]


def test_rewording_and_reordering_keep_each_questions_id(tmp_path: Path) -> None:
    first, second = NOTE.split("??? question q-demo-1")[1].split("??? question q-demo-2")
    moved = NOTE.split("??? question q-demo-1")[0] + "??? question q-demo-2" + second.rstrip("\n") + "\n\n" \
        + "??? question q-demo-1" + first.replace("第一个问题？", "改写后的第一个问题？").rstrip("\n") + "\n"
    path = write(tmp_path, "demo.md", moved)
    assert [(i, t) for i, t, _ in ids(path, "diffusion/demo.md")] == [("demo-2", "第二个问题？"),
                                                                     ("demo-1", "改写后的第一个问题？")]


def test_a_question_without_an_id_fails_with_its_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "demo.md", NOTE.replace("??? question q-demo-2 ", "??? question "))
    with pytest.raises(PluginError, match=r"diffusion/demo\.md, line 12: .*tools\.question_ids"):
        questions.extract(path, "diffusion/demo.md")


def test_an_id_used_twice_fails_naming_both_files(tmp_path: Path) -> None:
    a = questions.extract(write(tmp_path, "a.md", NOTE), "diffusion/a.md")
    b = questions.extract(write(tmp_path, "b.md", NOTE.replace("q-demo-1", "q-other-1")), "vision/b.md")
    assert a is not None and b is not None
    with pytest.raises(PluginError, match=r"q-demo-2.*diffusion/a\.md, line 12 and vision/b\.md, line 12"):
        questions.check_ids([a, b])
    questions.check_ids([a])  # one file alone is fine


def test_the_id_tool_numbers_new_questions_and_keeps_existing_ids() -> None:
    text = NOTE.replace("??? question q-demo-2 ", "??? question ") + '\n??? question "第三个？"\n    答。\n'
    taken = {"demo-1", "demo-2"}  # demo-2 is taken elsewhere on the site
    new, added = add_ids(text, "demo", taken)
    assert added == 2
    assert '??? question q-demo-1 "第一个问题？"' in new
    assert '??? question q-demo-3 "第二个问题？"' in new and '??? question q-demo-4 "第三个？"' in new
    assert add_ids(new, "demo", taken) == (new, 0)


def test_every_question_on_the_site_has_an_id_used_once() -> None:
    docs = ROOT / "docs"
    sources = [questions.extract(p, p.relative_to(docs).as_posix()) for p in sorted(docs.rglob("*.md"))]
    found = [s for s in sources if s is not None]
    assert sum(len(s.questions) for s in found) >= 400
    questions.check_ids(found)
