"""Checks every solution module against the conventions in CONTRIBUTING.md."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path
from types import ModuleType

import pytest

from solutions import structures
from solutions.problem import Problem, solution_modules
from tests.solutions.bench import Case

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


def entry_class(module: ModuleType) -> str:
    """The class LeetCode instantiates: the design class its examples construct, else Solution."""
    operations = module.EXAMPLES[0].inputs.get("operations")
    return operations[0] if operations else "Solution"


def paste(module: ModuleType, name: str) -> dict[str, object]:
    """What one section defines when it runs alone after LeetCode's prelude."""
    namespace = dict(LEETCODE_PRELUDE)
    exec(compile(sections(module)[name], f"{ids(module)}:{name}", "exec"), namespace)
    return namespace


SECTIONS = [(module, name) for module in MODULES for name in sections(module)]


@pytest.mark.parametrize("module", MODULES, ids=ids)
def test_every_module_has_sections(module: ModuleType) -> None:
    assert sections(module), "a module marks its solution code with snippet sections"


@pytest.mark.parametrize(("module", "name"), SECTIONS, ids=[f"{ids(m)}:{n}" for m, n in SECTIONS])
def test_each_section_pastes_into_leetcode(module: ModuleType, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The section alone, after LeetCode's prelude, defines the class LeetCode calls and passes the examples."""
    entry = entry_class(module)
    cls = paste(module, name).get(entry)
    assert isinstance(cls, type), f"section {name} does not define class {entry}, which LeetCode instantiates"
    made: list[object] = []

    def make(*args: object) -> object:
        made.append(args)
        return cls(*args)

    monkeypatch.setattr(module, entry, make)  # run() looks the class up by this name when it is called
    for example in module.EXAMPLES:
        assert module.run(**example.inputs) == example.output, f"section {name} on {example.inputs}"
    assert made, f"run() never instantiated {entry}, so section {name} was not exercised"


def method_lines(cls: type) -> set[int]:
    return {f.__code__.co_firstlineno for f in vars(cls).values() if hasattr(f, "__code__")}


@pytest.mark.parametrize(("module", "name"), SECTIONS, ids=[f"{ids(m)}:{n}" for m, n in SECTIONS])
def test_each_section_is_tested_under_a_module_name(module: ModuleType, name: str) -> None:
    """The module keeps every section's class under a name (Solution, or an alias such as
    HeapSolution), and the problem's test file uses that name: every pasted version is tested."""
    source = Path(module.__file__).read_text(encoding="utf-8")  # type: ignore[arg-type]
    match = next(m for m in SECTION.finditer(source) if m.group(1) == name)
    first, last = source.count("\n", 0, match.start()) + 1, source.count("\n", 0, match.end()) + 1
    entry = entry_class(module)
    names = [
        attr for attr, value in vars(module).items()
        if isinstance(value, type) and value.__name__ == entry
        and any(first < line < last for line in method_lines(value))
    ]
    assert names, f"no module attribute holds the class of section {name}"
    tests = ast.parse((ROOT / "tests" / "solutions" / f"test_{ids(module)}.py").read_text(encoding="utf-8"))
    used = {node.id for node in ast.walk(tests) if isinstance(node, ast.Name)}  # importing is not using
    assert used & set(names), f"test_{ids(module)}.py never uses {names}"


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


@pytest.mark.parametrize("module", MODULES, ids=ids)
def test_every_problem_has_a_bench_case_whose_solution_and_oracle_agree(module: ModuleType) -> None:
    """make bench finds each problem's case in its test file; a small run checks that it still works."""
    tests = importlib.import_module(f"tests.solutions.test_{ids(module)}")
    case = getattr(tests, "BENCH", None)
    assert isinstance(case, Case), f"{tests.__name__} defines no BENCH = Case(...) for make bench"
    assert case.agrees(min(case.n_small, 40))
