"""Two fixes for pages rendered by mkdocs-jupyter 0.27.

* The plugin appends a MathJax loader (pointing at a CDN) to every page. Math is
  rendered at build time by hooks/math.py, so the loader is removed.
* Code cells scroll sideways on a phone; they get ``tabindex="0"`` like the outputs have.
* With ``markdown_cell_processor: mkdocs`` the plugin's highlighting CSS for
  notebook code cells ends up as an escaped code block at the end of the page
  (a Python list of CSS strings); it is turned back into a ``<style>`` element.
"""

from __future__ import annotations

import ast
import html
import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

MATHJAX_LOADER = re.compile(r"<script data-mkdocs-jupyter-mathjax=.*?</script>\s*", re.DOTALL)
SCROLLING_CODE = re.compile(r'<div class="highlight-ipynb[^"]*"')
STRAY_STYLE = re.compile(
    r'<div class="language-text highlight"><pre><span></span><code>\s*&lt;style&gt;\s*'
    r"(?P<css>.*?)\s*&lt;/style&gt;\s*</code></pre></div>",
    re.DOTALL,
)


def _restore_style(match: re.Match[str]) -> str:
    try:
        parts = ast.literal_eval(html.unescape(match.group("css")))
    except (ValueError, SyntaxError) as error:
        raise PluginError(f"unexpected notebook style block: {error}") from None
    return "<style>" + "\n".join(parts) + "</style>"


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    output = MATHJAX_LOADER.sub("", output)
    if page.file.src_uri.endswith(".ipynb"):
        output = STRAY_STYLE.sub(_restore_style, output)
        # Code cells scroll sideways on a phone; make them keyboard-focusable (outputs already are).
        output = SCROLLING_CODE.sub(r'\g<0> tabindex="0"', output)
    return output
