"""config/fields.yml is the one list of note fields: the hooks read it, and the navigation,
the fields' index pages and the folders under docs/ must agree with it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml
from mkdocs.exceptions import PluginError

from tests.conftest import ROOT

sys.path.append(str(ROOT / "hooks"))  # the hooks import their sibling modules as mkdocs loads them
from hooks.content import FIELDS, load_fields

DOCS = ROOT / "docs"


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def test_the_top_navigation_has_a_tab_per_field_in_registry_order() -> None:
    entries = yaml.safe_load((DOCS / ".nav.yml").read_text(encoding="utf-8"))["nav"]
    tabs = [(label, target) for entry in entries if isinstance(entry, dict) for label, target in entry.items()]
    ids = {field.id for field in FIELDS}
    assert [(label, target) for label, target in tabs if isinstance(target, str) and target in ids] == [(f.name, f.id) for f in FIELDS]


@pytest.mark.parametrize("field", FIELDS, ids=lambda f: f.id)
def test_each_field_has_its_folder_index_and_reading_order(field) -> None:
    assert front_matter(DOCS / field.id / "index.md")["title"] == field.name
    assert (DOCS / field.id / ".nav.yml").is_file(), f"docs/{field.id}/.nav.yml sets the reading order"


def test_every_folder_of_notes_is_a_registered_field() -> None:
    listing = {p.parent.name for p in DOCS.glob("*/index.md") if "<!-- notes-index -->" in p.read_text(encoding="utf-8")}
    assert listing == {field.id for field in FIELDS}, "add the folder to config/fields.yml"


def test_the_hooks_read_the_registry() -> None:
    import questions

    assert list(questions.FIELD_TITLES.items()) == [(f.id, f.name) for f in FIELDS] + [("blog", "每日算法")]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("- id: a\n  name: 甲\n  scope: x\n- id: a\n  name: 乙\n  scope: y\n", 4, "appears twice"),
        ("- id: a\n  name: 甲\n  scope: x\n- id: b\n  name: 甲\n  scope: y\n", 4, "appears twice"),
        ("- id: a\n  name: 甲\n", 1, "exactly id, name, scope"),
        ("- id: A b\n  name: 甲\n  scope: x\n", 1, "lowercase folder name"),
        ("id: a\n", 1, "list of fields"),
    ],
)
def test_a_broken_registry_fails_with_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    registry = tmp_path / "fields.yml"
    registry.write_text(text, encoding="utf-8")
    with pytest.raises(PluginError, match=rf"fields\.yml, line {line}: .*{message}"):
        load_fields(registry)
