"""Fixes for pages rendered by mkdocs-jupyter 0.27.

* The plugin appends a MathJax loader (pointing at a CDN) to every page. Math is
  rendered at build time by hooks/math.py, so the loader is removed.
* Code cells scroll sideways on a phone; they get ``tabindex="0"`` like the outputs have.
* Search indexes a notebook's prose (Markdown cells), not its code and outputs:
  those made up most of the search index that every reader downloads.
* Plots are PNG data URIs without a size, so the page jumps as each one decodes; each
  ``<img>`` gets the width and height read from its PNG header.
* With ``markdown_cell_processor: mkdocs`` the plugin's highlighting CSS for notebook
  code cells shows up a second time, as an escaped code block at the end of the page
  (a Python list of CSS strings); that visible copy is removed.
"""

from __future__ import annotations

import base64
import re
import struct

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

MATHJAX_LOADER = re.compile(r"<script data-mkdocs-jupyter-mathjax=.*?</script>\s*", re.DOTALL)
# Code (inputs, text outputs) sits in <pre>, a second copy of each cell's source in a hidden
# <div class="clipboard-copy-txt"> and a "Copied!" label in <clipboard-copy>. The marks go on
# these elements and not on the whole cell: Material's search parser ends an exclusion at the
# first closing tag of the same name, and a cell nests many <div>s.
UNSEARCHED = re.compile(r'<(pre|clipboard-copy|div(?= class="clipboard-copy-txt"))\b')
PNG_IMAGE = re.compile(r'<img (?=[^>]*src="data:image/png;base64,(?P<data>[A-Za-z0-9+/]{44}))(?![^>]*\bwidth=)')
SCROLLING_CODE = re.compile(r'<div class="highlight-ipynb[^"]*"')
STRAY_STYLE = re.compile(
    r'<div class="language-text highlight"><pre><span></span><code>\s*&lt;style&gt;.*?&lt;/style&gt;\s*</code></pre></div>',
    re.DOTALL,
)


def _sized_image(match: re.Match[str], source: str) -> str:
    # A PNG starts with an 8-byte signature and the IHDR chunk: length, type, width, height.
    header = base64.b64decode(match.group("data"))
    if header[12:16] != b"IHDR":
        raise PluginError(f"{source}: an output image is not a well-formed PNG")
    width, height = struct.unpack(">II", header[16:24])
    return f'<img width="{width}" height="{height}" '


def on_page_content(html_content: str, page: Page, config: MkDocsConfig, files: object) -> str:
    if not page.file.src_uri.endswith(".ipynb"):
        return html_content
    html_content = PNG_IMAGE.sub(lambda match: _sized_image(match, page.file.src_uri), html_content)
    # Material's search parser skips elements marked data-search-exclude (and strips the mark).
    return UNSEARCHED.sub(r'<\1 data-search-exclude="code"', html_content)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    output = MATHJAX_LOADER.sub("", output)
    if page.file.src_uri.endswith(".ipynb"):
        output = STRAY_STYLE.sub("", output)  # the same rules are already in the page's first <style>
        # Code cells scroll sideways on a phone; make them keyboard-focusable (outputs already are).
        output = SCROLLING_CODE.sub(r'\g<0> tabindex="0"', output)
    return output
