"""hooks/content.py: the hooks that model content parse each page's front matter once per build."""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.structure.files import get_files

from tests.conftest import ROOT

sys.path.append(str(ROOT / "hooks"))  # the hooks import their sibling modules as mkdocs loads them
import content
import notes
import posts
import questions


def test_one_build_parses_each_yaml_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(ROOT / "mkdocs.yml"))
    jupyter = config.plugins["mkdocs-jupyter"]  # mounts notebooks/, which notes name
    jupyter.on_config(config)
    files = jupyter.on_files(get_files(config), config)
    parsed: Counter[str] = Counter()
    safe_load = yaml.safe_load

    def counting(text: Any) -> Any:
        parsed[text if isinstance(text, str) else repr(text)] += 1
        return safe_load(text)

    config.plugins._current_plugin = "test"  # set by MkDocs while it runs a plugin; File.generated reads it
    monkeypatch.setattr(yaml, "safe_load", counting)
    monkeypatch.setattr(content, "_sources", {})
    for hook in (notes, questions, posts):  # the order of mkdocs.yml's hooks
        files = hook.on_files(files, config)
    pages = [f for f in files.documentation_pages() if f.src_uri.endswith(".md") and f.abs_src_path]
    assert len(parsed) >= len([f for f in pages if content.is_note(f.src_uri) or content.is_post(f.src_uri)])
    twice = [text[:60] for text, count in parsed.items() if count > 1]
    assert not twice, f"parsed more than once in one build: {twice}"


def test_a_page_is_parsed_again_only_after_it_changes(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: 甲\n---\n正文\n", encoding="utf-8")
    first = content.read(page, "x/page.md")
    assert content.read(page, "x/page.md") is first and first.meta == {"title": "甲"} and first.body == "正文\n"
    page.write_text("---\ntitle: 乙乙\n---\n正文\n", encoding="utf-8")
    assert content.read(page, "x/page.md").meta == {"title": "乙乙"}


def test_malformed_front_matter_names_file_and_line(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: 甲\ntags: [[\n---\n", encoding="utf-8")
    with pytest.raises(content.PluginError, match=r"x/bad\.md, line \d+: malformed front matter"):
        content.read(page, "x/bad.md")
