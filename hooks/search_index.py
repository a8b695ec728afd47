"""Write the search index as UTF-8 instead of ASCII escapes.

Material's search plugin writes ``search/search_index.json`` with ``json.dumps``
defaults, so every Chinese character and every zero-width space between jieba's
words becomes a six-byte ``\\uXXXX`` escape. Re-encoding the same data as UTF-8
halves the file a phone downloads and parses. This hook runs after the search
plugin's ``on_post_build`` (hooks run after plugins) and changes no content.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError


def on_post_build(config: MkDocsConfig) -> None:
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.is_file():
        raise PluginError(f"{path}: no search index to re-encode; is the search plugin enabled?")
    index = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
