"""The metadata every solution module declares once; pages and indexes read it."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Literal

Difficulty = Literal["简单", "中等", "困难"]


@dataclass(frozen=True)
class Problem:
    number: int
    slug: str  # LeetCode's URL slug, e.g. "container-with-most-water"
    title_zh: str
    title_en: str
    difficulty: Difficulty
    tags: tuple[str, ...]
    time: str  # complexity of the main solution, e.g. "O(n)"
    space: str
    also: tuple[str, ...] = ()  # other numbers for the same problem, e.g. ("面试题 02.07",)
    notes: tuple[str, ...] = field(default=())  # related notes, paths under docs/

    @property
    def url_cn(self) -> str:
        return f"https://leetcode.cn/problems/{self.slug}/"

    @property
    def url_com(self) -> str:
        return f"https://leetcode.com/problems/{self.slug}/"

    @property
    def module_name(self) -> str:
        return f"lc{self.number:04d}_{self.slug.replace('-', '_')}"

    @property
    def page(self) -> str:
        """The problem page's path under docs/."""
        return f"leetcode/{self.number:04d}-{self.slug}.md"


@dataclass(frozen=True)
class Example:
    """One of LeetCode's examples, in LeetCode's notation: keyword inputs and the expected output."""

    inputs: dict[str, Any]
    output: Any


def solution_modules() -> list[ModuleType]:
    """Every ``solutions/lcNNNN_*.py`` module, ordered by problem number."""
    package = importlib.import_module("solutions")
    names = sorted(
        info.name for info in pkgutil.iter_modules(package.__path__) if info.name.startswith("lc")
    )
    return [importlib.import_module(f"solutions.{name}") for name in names]


def problems() -> list[Problem]:
    return [module.PROBLEM for module in solution_modules()]
