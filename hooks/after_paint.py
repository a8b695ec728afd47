"""Run Material's bundle and the site's scripts after the page's first paint.

Material ends ``<body>`` with ``<script src=".../bundle.<hash>.min.js">`` and then the
``extra_javascript`` entries of mkdocs.yml (declared ``defer: true``). This hook swaps
those tags for a low-priority preload of each file (so they download with the page, as
before) and a small inline loader (``hooks/after_paint.js``) that runs them in the same
order once the first frame is on screen. The tags come from the theme's template, not
from configuration, so the build fails if the bundle's tag is ever not found.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

BUNDLE = re.compile(r'<script src="(?P<src>[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')
DEFERRED = re.compile(r'\s*<script src="(?P<src>[^"]+)" defer></script>')
FULL_LINE_COMMENT = re.compile(r"^\s*//.*\n", re.MULTILINE)
LOADER = FULL_LINE_COMMENT.sub("", (Path(__file__).parent / "after_paint.js").read_text(encoding="utf-8")).strip()


def load_after_paint(output: str, name: str) -> str:
    bundles = list(BUNDLE.finditer(output))
    if len(bundles) != 1:
        raise PluginError(
            f"{name}: expected one <script> for Material's bundle, found {len(bundles)}; has the theme's template changed?"
        )
    bundle = bundles[0]
    sources = [bundle["src"]]
    end = bundle.end()
    while extra := DEFERRED.match(output, end):  # the extra_javascript tags Material writes next
        sources.append(extra["src"])
        end = extra.end()
    stray = DEFERRED.search(output[: bundle.start()]) or DEFERRED.search(output, end)
    if stray:
        raise PluginError(f"{name}: script {stray['src']} is not next to Material's bundle, so its order is unknown")
    preloads = "".join(
        f'<link rel="preload" href="{src}" as="script" fetchpriority="low">' for src in sources
    )
    # Attribute values are HTML-escaped; script text is not decoded, so it holds plain JSON.
    call = json.dumps([html.unescape(src) for src in sources]).replace("<", "\\u003c")
    return f"{output[:bundle.start()]}{preloads}<script>{LOADER}({call})</script>{output[end:]}"


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return load_after_paint(output, page.file.src_uri)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return load_after_paint(output_content, template_name) if template_name.endswith(".html") else output_content
