"""Write the build's version into the service worker (an output rewrite, after the build).

docs/sw.js keeps what readers have loaded in one cache per build, named after ``VERSION``.
This hook sets ``VERSION`` to a hash of every other file of the built site, so any change
to a page, a stylesheet or a font gives a new version, and a new sw.js, which browsers
then install. It runs after every plugin and hook that writes output. A sw.js without
exactly one ``const VERSION = "…";`` line fails the build.

It also writes ``offline.json``, the files a reader needs to read and search the whole site
offline, with their download size, for "保存全站离线阅读" on the review page. Left out: source
maps, the WOFF and TTF fonts that browsers never pick over WOFF2, the sitemap, notebooks'
.ipynb downloads, and Material's lunr language scripts (the site searches with its own worker).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

WORKER = "sw.js"
VERSION = re.compile(r'^const VERSION = "[^"\n]*";$', re.MULTILINE)
OFFLINE_LIST = "offline.json"
NOT_FOR_OFFLINE = re.compile(r"(\.map|\.woff|\.ttf|\.ipynb|^sitemap\.xml(\.gz)?)$|^assets/javascripts/lunr/")
COMPRESSED_BY_HOSTS = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".webmanifest"}


def offline_files(site: Path) -> list[tuple[str, int]]:
    """Each file for whole-site offline reading, as a URL path relative to the site root (pages by
    their directory URL), with the bytes a reader downloads for it (gzip for text, as hosts send it)."""
    files = []
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        name = path.relative_to(site).as_posix()
        if name in (WORKER, OFFLINE_LIST) or NOT_FOR_OFFLINE.search(name):
            continue
        body = path.read_bytes()
        size = len(gzip.compress(body, 6)) if path.suffix in COMPRESSED_BY_HOSTS else len(body)
        url = name.removesuffix("index.html") if name == "index.html" or name.endswith("/index.html") else name
        files.append((url, size))
    return files


def site_version(site: Path) -> str:
    """A hash of every file of the site but the worker, over their paths and contents."""
    digest = hashlib.sha256()
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        name = path.relative_to(site).as_posix()
        if name == WORKER:
            continue
        digest.update(name.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def stamp(site: Path) -> str:
    """Write the site's version into its sw.js and return it."""
    worker = site / WORKER
    text = worker.read_text(encoding="utf-8")
    version = site_version(site)
    text, count = VERSION.subn(f'const VERSION = "{version}";', text)
    if count != 1:
        raise PluginError(f"{WORKER}: expected one 'const VERSION = \"…\";' line, found {count}")
    worker.write_text(text, encoding="utf-8")
    return version


@event_priority(-100)  # after every plugin and hook that writes output
def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    listing = {"files": offline_files(site)}
    (site / OFFLINE_LIST).write_text(json.dumps(listing, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    stamp(site)
