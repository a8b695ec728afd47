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
"""

from __future__ import annotations

import base64
import hashlib
import posixpath
import re
import struct
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

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


def _plot_file(match: re.Match[str], page: Page, config: MkDocsConfig) -> str:
    source = page.file.src_uri
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
    folder = Path(config.site_dir) / posixpath.dirname(page.file.dest_uri)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(png)
    kept = re.sub(r'\s*\b(?:width|height|decoding|fetchpriority)="[^"]*"', "", match.group("attributes")).strip()
    size = f'width="{width}" height="{height}" decoding="async" fetchpriority="low"'
    return " ".join(filter(None, ["<img", kept, f'{size} src="{name}"']))


def on_page_content(html_content: str, page: Page, config: MkDocsConfig, files: object) -> str:
    if not page.file.src_uri.endswith(".ipynb"):
        return html_content
    html_content = PNG_IMAGE.sub(lambda match: _plot_file(match, page, config), html_content)
    # Material's search parser skips elements marked data-search-exclude (and strips the mark).
    return UNSEARCHED.sub(r'<\1 data-search-exclude="code"', html_content)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    output = MATHJAX_LOADER.sub("", output)
    if page.file.src_uri.endswith(".ipynb"):
        output = STRAY_STYLE.sub("", output)  # the same rules are already in the page's first <style>
        # Code cells scroll sideways on a phone; make them keyboard-focusable (outputs already are).
        output = SCROLLING_CODE.sub(r'\g<0> tabindex="0"', output)
    return output
