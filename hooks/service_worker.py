"""Write the build's version into the service worker (an output rewrite, after the build).

docs/sw.js keeps what readers have loaded in one cache per build, named after ``VERSION``.
This hook sets ``VERSION`` to a hash of every other file of the built site, so any change
to a page, a stylesheet or a font gives a new version, and a new sw.js, which browsers
then install. It runs after every plugin and hook that writes output. A sw.js without
exactly one ``const VERSION = "…";`` line fails the build.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

WORKER = "sw.js"
VERSION = re.compile(r'^const VERSION = "[^"\n]*";$', re.MULTILINE)


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
    stamp(Path(config.site_dir))
