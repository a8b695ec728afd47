"""Fixes for pages rendered by mkdocs-jupyter 0.27.

* The plugin appends a MathJax loader (pointing at a CDN) to every page. Math is
  rendered at build time by hooks/math.py, so the loader is removed.
* Code cells scroll sideways on a phone; they get ``tabindex="0"`` like the outputs have.
* Search indexes a notebook's prose (Markdown cells), not its code and outputs:
  those made up most of the search index that every reader downloads.
* Plots come as PNG data URIs without a size: base64 text inside the HTML, which a phone
  must download before it can paint anything, and a page that jumps as each one decodes.
  Each plot is written next to the page as its own file, named by its content's hash, and
  its ``<img>`` gets that file, the width and height read from the PNG header,
  ``decoding="async"`` and ``fetchpriority="low"``: a plot comes after the code that
  draws it, screens below the first, and Chromium otherwise fetches the first few images
  of a page ahead of the fonts the text needs. (``loading="lazy"`` would also keep them
  off the first paint, but a plot never scrolled to would then not be there offline.)
  A plot must have alternative text, from its cell's metadata (``"alt"``, see
  overrides/notebook.html.j2); nbconvert's placeholder fails the build.
* With ``markdown_cell_processor: mkdocs`` the plugin's highlighting CSS for notebook
  code cells shows up a second time, as an escaped code block at the end of the page
  (a Python list of CSS strings); that visible copy is removed.

The fixes above work on HTML alone (``plots_to_files``, ``mark_unsearched``,
``clean_page``), so they can move to a post-build step over the finished site.

* Under ``mkdocs serve`` only, a notebook is executed again only when it or a local module
  it imports has changed (``NotebookCache``): the converted page is stored in
  ``.cache/notebooks/`` under a hash of the notebook, the local modules it imports
  (``solutions/…``, transitively), the notebook template and the plugin's options.
  ``mkdocs build`` (``make build``, the tests, CI) never reads or writes that cache and
  executes every notebook from scratch.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import json
import logging
import os
import posixpath
import re
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import mkdocs_jupyter
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.notebooks")

MATHJAX_LOADER = re.compile(r"<script data-mkdocs-jupyter-mathjax=.*?</script>\s*", re.DOTALL)
# Code (inputs, text outputs) sits in <pre>, a second copy of each cell's source in a hidden
# <div class="clipboard-copy-txt"> and a "Copied!" label in <clipboard-copy>. The marks go on
# these elements and not on the whole cell: Material's search parser ends an exclusion at the
# first closing tag of the same name, and a cell nests many <div>s.
UNSEARCHED = re.compile(r'<(pre|clipboard-copy|div(?= class="clipboard-copy-txt"))\b')
PNG_IMAGE = re.compile(r'<img (?P<attributes>[^>]*?)src="data:image/png;base64,(?P<data>[A-Za-z0-9+/=\s]+)"')
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
NBCONVERT_ALT = "No description has been provided for this image"  # nbconvert's placeholder
SCROLLING_CODE = re.compile(r'<div class="highlight-ipynb[^"]*"')
STRAY_STYLE = re.compile(
    r'<div class="language-text highlight"><pre><span></span><code>\s*&lt;style&gt;.*?&lt;/style&gt;\s*</code></pre></div>',
    re.DOTALL,
)


def _plot_file(match: re.Match[str], source: str, folder: Path) -> str:
    try:
        png = base64.b64decode(match.group("data"), validate=False)
    except ValueError as error:
        raise PluginError(f"{source}: an output image is not valid base64 ({error})") from error
    # A PNG starts with an 8-byte signature and the IHDR chunk: length, type, width, height.
    if not png.startswith(PNG_SIGNATURE) or png[12:16] != b"IHDR":
        raise PluginError(f"{source}: an output image is not a well-formed PNG")
    width, height = struct.unpack(">II", png[16:24])
    alt = re.search(r'\balt="([^"]*)"', match.group("attributes"))
    if not alt or not alt.group(1).strip() or alt.group(1) == NBCONVERT_ALT:
        raise PluginError(
            f'{source}: a plot has no alternative text; describe it in its cell\'s metadata as "alt"'
        )
    name = f"plot-{hashlib.sha256(png).hexdigest()[:16]}.png"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(png)
    kept = re.sub(r'\s*\b(?:width|height|decoding|fetchpriority)="[^"]*"', "", match.group("attributes")).strip()
    size = f'width="{width}" height="{height}" decoding="async" fetchpriority="low"'
    return " ".join(filter(None, ["<img", kept, f'{size} src="{name}"']))


def plots_to_files(html: str, source: str, folder: Path) -> str:
    """Write each inline PNG plot into folder (the page's folder in the site) and link it."""
    return PNG_IMAGE.sub(lambda match: _plot_file(match, source, folder), html)


def mark_unsearched(html: str) -> str:
    # Material's search parser skips elements marked data-search-exclude (and strips the mark).
    return UNSEARCHED.sub(r'<\1 data-search-exclude="code"', html)


def clean_page(output: str, notebook: bool) -> str:
    output = MATHJAX_LOADER.sub("", output)
    if notebook:
        output = STRAY_STYLE.sub("", output)  # the same rules are already in the page's first <style>
        # Code cells scroll sideways on a phone; make them keyboard-focusable (outputs already are).
        output = SCROLLING_CODE.sub(r'\g<0> tabindex="0"', output)
    return output


def on_page_content(html_content: str, page: Page, config: MkDocsConfig, files: object) -> str:
    if not page.file.src_uri.endswith(".ipynb"):
        return html_content
    folder = Path(config.site_dir) / posixpath.dirname(page.file.dest_uri)
    return mark_unsearched(plots_to_files(html_content, page.file.src_uri, folder))


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return clean_page(output, page.file.src_uri.endswith(".ipynb"))


# The execution cache for mkdocs serve.

CACHE_FORMAT = b"notebook-cache-v1"
IMPORT_LINE = re.compile(r"^\s*(?:from\s+(?P<source>[\w.]+)\s+import\s+(?P<names>[\w, ()]+)|import\s+(?P<modules>[\w., ]+))", re.MULTILINE)


def _module_files(module: str, roots: tuple[Path, ...]) -> list[Path]:
    """The files Python runs for ``import module`` if it resolves under one of roots:
    each package's ``__init__.py`` on the way and the module itself. Empty for anything
    installed (NumPy, Matplotlib, the standard library)."""
    parts = module.split(".")
    for root in roots:
        found: list[Path] = []
        for depth in range(1, len(parts) + 1):
            base = root.joinpath(*parts[:depth])
            if (base / "__init__.py").is_file():
                found.append(base / "__init__.py")
            elif base.with_suffix(".py").is_file() and depth == len(parts):
                found.append(base.with_suffix(".py"))
            else:
                break
        if len(found) == len(parts):
            return found
    return []


def _imports_of_code(code: str) -> Iterator[str]:
    """Imported module names in notebook code (cells may hold magics, so no ast here)."""
    for match in IMPORT_LINE.finditer(code):
        if match["source"]:
            yield match["source"]
            # `from package import module` imports a submodule when there is one.
            yield from (f"{match['source']}.{name.strip()}" for name in re.split(r"[,()\s]+", match["names"]) if name.strip())
        else:
            yield from (name.strip().split(" ")[0] for name in match["modules"].split(",") if name.strip())


def _imports_of_module(path: Path, roots: tuple[Path, ...]) -> Iterator[str]:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except SyntaxError as error:
        raise PluginError(f"{path}, line {error.lineno}: cannot read its imports for the notebook cache: {error.msg}") from None
    package = ".".join(path.relative_to(next(r for r in roots if path.is_relative_to(r))).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1] if package else []
                base = ".".join([*anchor, *([base] if base else [])])
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def local_imports(notebook: Path, roots: tuple[Path, ...]) -> list[Path]:
    """Every local source file the notebook's code imports, directly or through other local files."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(cell["source"]) for cell in cells if cell["cell_type"] == "code")
    pending = [file for name in _imports_of_code(code) for file in _module_files(name, roots)]
    seen: set[Path] = set()
    while pending:
        file = pending.pop()
        if file in seen:
            continue
        seen.add(file)
        pending += [f for name in _imports_of_module(file, roots) if name for f in _module_files(name, roots)]
    return sorted(seen)


def cache_key(notebook: Path, roots: tuple[Path, ...], template: Path | None, options: dict[str, Any]) -> str:
    digest = hashlib.sha256(CACHE_FORMAT)
    digest.update(mkdocs_jupyter.__version__.encode())
    digest.update(repr(sorted(options.items(), key=lambda item: item[0])).encode())
    for path in [notebook, *([template] if template else []), *local_imports(notebook, roots)]:
        digest.update(b"\0" + str(path).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class NotebookCache:
    """Converted notebook pages on disk, one file per notebook, keyed by cache_key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def wrap(self, name: str, key: str, convert: Callable[[], dict[str, Any]]) -> Callable[[], dict[str, Any]]:
        path = self.folder / f"{name}-{key[:20]}.json"

        def cached() -> dict[str, Any]:
            if path.is_file():
                log.info("notebook cache hit: %s", name)
                return dict(json.loads(path.read_text(encoding="utf-8")))
            converted = convert()
            self.folder.mkdir(parents=True, exist_ok=True)
            for stale in self.folder.glob(f"{name}-*.json"):
                stale.unlink()
            path.write_text(json.dumps(converted), encoding="utf-8")
            return converted

        return cached


_serving = False


def on_startup(*, command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve" and not os.environ.get("CI")


@event_priority(-100)  # after mkdocs-jupyter's on_pre_page, which sets the converter wrapped here
def on_pre_page(page: Page, config: MkDocsConfig, files: Files) -> Page:
    plugin = config.plugins.get("mkdocs-jupyter")
    if not _serving or plugin is None or not plugin.config["execute"] or not page.file.src_uri.endswith(".ipynb"):
        return page
    convert = getattr(page, "_mkdocs_jupyter_content", None)
    if not callable(convert):
        raise PluginError(
            f"{page.file.src_uri}: mkdocs-jupyter {mkdocs_jupyter.__version__} no longer sets "
            "page._mkdocs_jupyter_content (markdown_cell_processor: mkdocs); update the cache in hooks/notebooks.py"
        )
    project = Path(config.config_file_path).parent
    notebook = Path(str(page.file.abs_src_path))
    template = plugin.config["custom_template"]
    key = cache_key(notebook, (notebook.parent, project), Path(template) if template else None, dict(plugin.config))
    page._mkdocs_jupyter_content = NotebookCache(project / ".cache" / "notebooks").wrap(notebook.stem, key, convert)  # type: ignore[attr-defined]  # mkdocs-jupyter's own attribute
    return page
