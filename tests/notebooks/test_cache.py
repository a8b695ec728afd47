"""hooks/notebooks.py: under `mkdocs serve`, a notebook is converted again only when it or a
local module it imports changed; `mkdocs build` never uses the cache."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from mkdocs.exceptions import PluginError

from hooks import notebooks as hook
from tests.conftest import ROOT


def write_notebook(path: Path, *code: str) -> Path:
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# 标题"]}]
    cells += [{"cell_type": "code", "metadata": {}, "source": [c], "outputs": [], "execution_count": None} for c in code]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "pkg" / "top.py").write_text("from . import helper\n\ntwice = helper.twice\n", encoding="utf-8")
    (tmp_path / "pkg" / "helper.py").write_text("def twice(x):\n    return 2 * x\n", encoding="utf-8")
    (tmp_path / "other.py").write_text("X = 1\n", encoding="utf-8")
    write_notebook(tmp_path / "notebooks" / "demo.ipynb", "%matplotlib inline\nimport numpy as np\nfrom pkg.top import twice\nassert twice(2) == 4")
    return tmp_path


def roots(project: Path) -> tuple[Path, Path]:
    return (project / "notebooks", project)


def test_local_imports_follow_modules_transitively(project: Path) -> None:
    found = hook.local_imports(project / "notebooks" / "demo.ipynb", roots(project))
    assert [p.relative_to(project).as_posix() for p in found] == ["pkg/__init__.py", "pkg/helper.py", "pkg/top.py"]


def test_the_sites_notebooks_imports() -> None:
    found = hook.local_imports(ROOT / "notebooks" / "convex-hull.ipynb", (ROOT / "notebooks", ROOT))
    assert ROOT / "solutions" / "lc0587_erect_the_fence.py" in found
    assert hook.local_imports(ROOT / "notebooks" / "ddpm-vs-ddim-exact.ipynb", (ROOT / "notebooks", ROOT)) == []


def test_the_key_changes_with_the_notebook_and_what_it_imports_only(project: Path) -> None:
    notebook = project / "notebooks" / "demo.ipynb"

    def key() -> str:
        return hook.cache_key(notebook, roots(project), None, {"execute": True})

    first = key()
    (project / "other.py").write_text("X = 2\n", encoding="utf-8")  # not imported
    assert key() == first
    (project / "pkg" / "helper.py").write_text("def twice(x):\n    return x + x\n", encoding="utf-8")
    second = key()
    assert second != first
    write_notebook(notebook, "from pkg.top import twice\nassert twice(3) == 6")
    assert key() != second
    assert hook.cache_key(notebook, roots(project), None, {"execute": False}) != key()


def test_a_hit_skips_the_conversion_and_a_new_key_replaces_the_old_entry(tmp_path: Path) -> None:
    calls: list[str] = []

    def convert(label: str) -> Any:
        return lambda: calls.append(label) or {"content": label, "toc_tokens": [], "title": None}

    cache = hook.NotebookCache(tmp_path)
    assert cache.wrap("demo", "a" * 64, convert("first"))()["content"] == "first"
    assert cache.wrap("demo", "a" * 64, convert("again"))()["content"] == "first"
    assert cache.wrap("demo", "b" * 64, convert("changed"))()["content"] == "changed"
    assert calls == ["first", "changed"]
    assert len(list(tmp_path.glob("demo-*.json"))) == 1


def fake_page(project: Path, **attributes: Any) -> SimpleNamespace:
    file = SimpleNamespace(src_uri="notebooks/demo.ipynb", abs_src_path=str(project / "notebooks" / "demo.ipynb"))
    return SimpleNamespace(file=file, **attributes)


def fake_config(project: Path) -> SimpleNamespace:
    plugin = SimpleNamespace(config={"execute": True, "custom_template": None})
    return SimpleNamespace(plugins={"mkdocs-jupyter": plugin}, config_file_path=str(project / "mkdocs.yml"))


@pytest.mark.parametrize(("command", "ci", "cached"), [("build", "", False), ("serve", "", True), ("serve", "true", False)])
def test_only_serve_outside_ci_uses_the_cache(project: Path, monkeypatch: pytest.MonkeyPatch, command: str, ci: str, cached: bool) -> None:
    monkeypatch.setenv("CI", ci)
    hook.on_startup(command=command, dirty=False)
    convert = lambda: {"content": "x"}  # noqa: E731
    page = hook.on_pre_page(fake_page(project, _mkdocs_jupyter_content=convert), fake_config(project), None)
    assert (page._mkdocs_jupyter_content is not convert) == cached
    hook.on_startup(command="build", dirty=False)


def test_a_changed_plugin_fails_loudly_when_serving(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    hook.on_startup(command="serve", dirty=False)
    try:
        with pytest.raises(PluginError, match=r"notebooks/demo\.ipynb: mkdocs-jupyter .* page\._mkdocs_jupyter_content"):
            hook.on_pre_page(fake_page(project), fake_config(project), None)
    finally:
        hook.on_startup(command="build", dirty=False)
