"""Fault injection: break one thing in a copy of the project; the strict build must fail and name the file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, build_site

COPIED = ["mkdocs.yml", "docs", "solutions", "notebooks", "hooks", "config", "overrides"]
NOTE = "docs/diffusion/ddpm.md"
PROBLEM_PAGE = "docs/leetcode/0011-container-with-most-water.md"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    copy.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
        else:
            shutil.copy2(source, copy / name)
    (copy / "node_modules").symlink_to(ROOT / "node_modules")
    return copy


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def build_fails(project: Path, *names: str) -> str:
    # Notebook execution is not what these tests are about; skip it to keep them fast.
    result = build_site(project, project / "site", "http://127.0.0.1:8000/", NOTEBOOKS_EXECUTE="false")
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"the build passed despite the fault:\n{output[-2000:]}"
    for name in names:
        assert name in output, f"the error does not name {name!r}:\n{output[-3000:]}"
    assert not (project / "site" / "index.html").exists() or result.returncode != 0
    return output


def test_the_unbroken_copy_builds(project: Path) -> None:
    result = build_site(project, project / "site", "http://127.0.0.1:8000/", NOTEBOOKS_EXECUTE="false")
    assert result.returncode == 0, result.stderr[-3000:]


def test_broken_link(project: Path) -> None:
    append(project / NOTE, "\n见 [不存在的页面](no-such-page.md)。\n")
    build_fails(project, "diffusion/ddpm.md", "no-such-page.md")


def test_missing_anchor(project: Path) -> None:
    append(project / NOTE, "\n见 [方法](ddpm.md#不存在的标题)。\n")
    build_fails(project, "diffusion/ddpm.md", "不存在的标题")


def test_missing_snippet_file(project: Path) -> None:
    append(project / PROBLEM_PAGE, '\n```python\n--8<-- "solutions/lc9999_missing.py:solution"\n```\n')
    build_fails(project, "0011-container-with-most-water.md", "lc9999_missing.py")


def test_missing_snippet_section(project: Path) -> None:
    append(project / PROBLEM_PAGE, '\n```python\n--8<-- "solutions/lc0011_container_with_most_water.py:no-such-section"\n```\n')
    build_fails(project, "0011-container-with-most-water.md", "no-such-section")


def test_malformed_notebook(project: Path) -> None:
    (project / "notebooks" / "broken-demo.ipynb").write_text('{"cells": [', encoding="utf-8")
    build_fails(project, "broken-demo.ipynb")


def test_malformed_front_matter(project: Path) -> None:
    path = project / NOTE
    path.write_text(path.read_text(encoding="utf-8").replace("tags: [", "tags: [[", 1), encoding="utf-8")
    build_fails(project, "diffusion/ddpm.md", "line")


def test_missing_prerequisite(project: Path) -> None:
    path = project / NOTE
    path.write_text(path.read_text(encoding="utf-8").replace("prerequisites: [", "prerequisites: [diffusion/nope.md, ", 1), encoding="utf-8")
    build_fails(project, "diffusion/ddpm.md", "diffusion/nope.md")


def test_invalid_math(project: Path) -> None:
    append(project / NOTE, "\n$$\n\\frac{a}{\n$$\n")
    build_fails(project, "diffusion/ddpm.md", "frac")


def test_chinese_in_math_mode(project: Path) -> None:
    append(project / NOTE, "\n其中 $x = 噪声$。\n")
    build_fails(project, "diffusion/ddpm.md", "噪")


def test_broken_field_registry(project: Path) -> None:
    path = project / "config" / "fields.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("- id: vision", "- id: diffusion", 1), encoding="utf-8")
    build_fails(project, "config/fields.yml, line", "appears twice")
