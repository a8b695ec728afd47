"""Checks every solution module against the conventions in CONTRIBUTING.md."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest

from solutions import structures
from solutions.problem import Problem, solution_modules

ROOT = Path(__file__).resolve().parents[2]
MODULES = solution_modules()
SECTION = re.compile(r"# --8<-- \[start:([a-z][-_0-9a-z]*)\]\n(.*?)# --8<-- \[end:\1\]", re.DOTALL)
EMBED = re.compile(r'--8<-- "(solutions/[^":]+\.py)(?::([a-z][-_0-9a-z]*))?"')

# What LeetCode's Python 3 editor defines before a submission runs.
LEETCODE_PRELUDE = {
    "List": list,
    "Optional": __import__("typing").Optional,
    "ListNode": structures.ListNode,
    "TreeNode": structures.TreeNode,
}


def ids(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[-1]


def sections(module: ModuleType) -> dict[str, str]:
    source = Path(module.__file__).read_text(encoding="utf-8")  # type: ignore[arg-type]
    return {name: body for name, body in SECTION.findall(source)}


def test_there_are_modules() -> None:
    assert any(m.PROBLEM.number == 11 for m in MODULES)


@pytest.mark.parametrize("module", MODULES, ids=ids)
def test_metadata(module: ModuleType) -> None:
    problem = module.PROBLEM
    assert isinstance(problem, Problem)
    assert ids(module) == problem.module_name
    assert problem.difficulty in ("简单", "中等", "困难")
    assert problem.tags and problem.time.startswith("O(") and problem.space.startswith("O(")
    assert module.__doc__ and "复杂度" in module.__doc__
    for note in problem.notes:
        assert (ROOT / "docs" / note).is_file(), f"{ids(module)}: note {note} does not exist"


@pytest.mark.parametrize("module", MODULES, ids=ids)
def test_examples_through_run(module: ModuleType) -> None:
    assert module.EXAMPLES, "every module carries LeetCode's examples"
    for example in module.EXAMPLES:
        assert module.run(**example.inputs) == example.output


@pytest.mark.parametrize("module", MODULES, ids=ids)
def test_sections_paste_into_leetcode(module: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each embedded section runs on its own with only LeetCode's prelude, and passes the examples."""
    found = sections(module)
    assert found, "a module marks its solution code with snippet sections"
    pasted: dict[str, object] = {}
    for name, body in found.items():
        namespace = dict(LEETCODE_PRELUDE)
        exec(compile(body, f"{ids(module)}:{name}", "exec"), namespace)
        defined = {k: v for k, v in namespace.items() if k not in LEETCODE_PRELUDE and not k.startswith("__")}
        assert any(isinstance(v, type) for v in defined.values()), f"section {name} defines no class"
        pasted.update({k: v for k, v in defined.items() if isinstance(v, type)})
    for name, cls in pasted.items():
        monkeypatch.setattr(module, name, cls)
    for example in module.EXAMPLES:
        assert module.run(**example.inputs) == example.output


def embeds() -> set[tuple[str, str | None]]:
    found: set[tuple[str, str | None]] = set()
    for page in (ROOT / "docs").rglob("*.md"):
        found.update(EMBED.findall(page.read_text(encoding="utf-8")))
    return {(path, section or None) for path, section in found}


@pytest.mark.parametrize("module", MODULES, ids=ids)
def test_every_section_is_embedded_by_its_page(module: ModuleType) -> None:
    page = ROOT / "docs" / module.PROBLEM.page
    assert page.is_file(), f"missing page docs/{module.PROBLEM.page}"
    text = page.read_text(encoding="utf-8")
    path = f"solutions/{ids(module)}.py"
    for name in sections(module):
        assert f'--8<-- "{path}:{name}"' in text, f"docs/{module.PROBLEM.page} does not embed section {name}"


def test_every_embed_points_at_an_existing_module_section() -> None:
    for path, section in embeds():
        file = ROOT / path
        assert file.is_file(), path
        if section:
            assert f"[start:{section}]" in file.read_text(encoding="utf-8"), f"{path}:{section}"


def test_every_problem_page_has_a_module() -> None:
    pages = {p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs" / "leetcode").glob("[0-9]*.md")}
    assert pages == {m.PROBLEM.page for m in MODULES}
