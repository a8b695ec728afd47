"""The content model shared by the hooks: the note fields and each page's parsed source.

``config/fields.yml`` lists the fields (folder id, Chinese name, scope) in reading order;
it is the only copy, read here by the hooks and the tests. ``read()`` parses a page's
front matter once and keeps it until the file changes, so the hooks that need the same
page (notes, question bank, posts, LeetCode) share one parse per build, and ``mkdocs
serve`` re-parses only edited pages. This is an imported module, not a hook: hook
modules are loaded under their path, so ``import notes`` inside another hook gets a
second copy with its own state, while this module is one object in ``sys.modules``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from mkdocs.exceptions import PluginError

REGISTRY = Path(__file__).resolve().parents[1] / "config" / "fields.yml"
FIELD_KEYS = ("id", "name", "scope")
FIELD_ID = re.compile(r"[a-z][a-z0-9-]*")
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)


@dataclass(frozen=True)
class Field:
    id: str  # folder under docs/
    name: str
    scope: str


def load_fields(path: Path = REGISTRY) -> tuple[Field, ...]:
    """Read and check the registry; a mistake fails with the file and line."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise PluginError(f"{path}: malformed YAML: {error}") from None
    if not isinstance(root, yaml.SequenceNode) or not root.value:
        raise PluginError(f"{path}, line 1: expected a non-empty list of fields")
    fields: list[Field] = []
    for node in root.value:
        where = f"{path}, line {node.start_mark.line + 1}"
        if not isinstance(node, yaml.MappingNode):
            raise PluginError(f"{where}: a field is a mapping with keys {', '.join(FIELD_KEYS)}")
        values = {key.value: value.value for key, value in node.value}
        if tuple(values) != FIELD_KEYS or not all(isinstance(v, str) and v.strip() for v in values.values()):
            raise PluginError(f"{where}: a field needs exactly {', '.join(FIELD_KEYS)}, as text, got {list(values)}")
        if not FIELD_ID.fullmatch(values["id"]):
            raise PluginError(f"{where}: field id {values['id']!r} must be a lowercase folder name")
        for key in ("id", "name"):
            if any(getattr(f, key) == values[key] for f in fields):
                raise PluginError(f"{where}: field {key} {values[key]!r} appears twice")
        fields.append(Field(**values))
    return tuple(fields)


FIELDS = load_fields()
FIELD_IDS = tuple(field.id for field in FIELDS)


def is_note(src_uri: str) -> bool:
    folder, _, name = src_uri.partition("/")
    return folder in FIELD_IDS and name.endswith(".md") and "/" not in name and name != "index.md"


def is_post(src_uri: str) -> bool:
    return src_uri.startswith("blog/posts/") and src_uri.endswith(".md")


@dataclass(frozen=True)
class Source:
    src: str  # path under docs/
    meta: dict[str, Any]
    body: str  # the text after the front matter


_sources: dict[tuple[Path, str], tuple[tuple[int, int], Source]] = {}  # (path, src) -> ((mtime_ns, size), parsed)


def read(path: Path, src: str) -> Source:
    """The page's front matter and body; malformed front matter fails with file and line
    (MkDocs itself ignores a YAML error silently)."""
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _sources.get((path, src))
    if cached is not None and cached[0] == stamp:
        return cached[1]
    text = path.read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    meta: Any = {}
    if match:
        try:
            meta = yaml.safe_load(match.group(1))
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = f", line {mark.line + 2}" if mark is not None else ""
            raise PluginError(f"{src}{line}: malformed front matter: {error}") from None
        if not isinstance(meta, dict):
            raise PluginError(f"{src}, line 2: front matter must be a mapping of fields")
    parsed = Source(src, meta, text[match.end():] if match else text)
    _sources[(path, src)] = (stamp, parsed)
    return parsed
