"""Point Material's search box at the site's own search worker (an HTML rewrite, after the build).

Material names its worker in the ``__config`` JSON of every page. hooks/search_index.py
writes ``assets/javascripts/search-worker.<hash>.js``; this hook swaps the one reference in
each built page for it. A page that names Material's worker other than exactly once fails the
build: that means Material changed how it configures the worker.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

MATERIAL_WORKER = re.compile(r'("search":\s*"[^"]*?)assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"')


def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    workers = sorted((site / "assets" / "javascripts").glob("search-worker.*.js"))
    if len(workers) != 1:
        raise PluginError(f"expected one search worker in assets/javascripts, found {[w.name for w in workers]}")
    replacement = rf'\1assets/javascripts/{workers[0].name}"'
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if '<script id="__config"' not in text:
            continue
        text, count = MATERIAL_WORKER.subn(replacement, text)
        if count != 1:
            raise PluginError(f"{page.relative_to(site)}: Material's search worker named {count} times, expected once")
        page.write_text(text, encoding="utf-8")
    for material in (site / "assets" / "javascripts" / "workers").glob("search.*"):
        material.unlink()  # no page asks for it any more
