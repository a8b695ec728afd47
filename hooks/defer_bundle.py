"""Load Material's JavaScript bundle with ``defer``.

Material writes ``<script src=".../bundle.<hash>.min.js">`` at the end of ``<body>``: a
parser-blocking script, so a phone waits for it before the first paint can be counted
as done (Lighthouse's "render-blocking resources"). ``defer`` runs it at the same point
in the page's life (after parsing, before ``DOMContentLoaded``) without blocking; the
site's own scripts are deferred in mkdocs.yml (``defer: true``), which keeps their order
after the bundle. The tag is written by the theme's template, not by configuration, so
this hook adds the attribute, and fails the build if the tag is ever not found.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

BUNDLE = re.compile(r'<script src="(?P<src>[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')


def defer(output: str, name: str) -> str:
    output, count = BUNDLE.subn(r'<script src="\g<src>" defer></script>', output)
    if count != 1:
        raise PluginError(
            f"{name}: expected one <script> for Material's bundle, found {count}; has the theme's template changed?"
        )
    return output


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return defer(output, page.file.src_uri)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return defer(output_content, template_name) if template_name.endswith(".html") else output_content
