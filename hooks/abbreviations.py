"""Mark an abbreviation once per section, where the reader first meets it there.

The glossary (``config/abbreviations.md``, appended to every page by snippets) makes
Python-Markdown's ``abbr`` extension wrap every occurrence of every term: up to 180 on a
page. Material turns each into a tooltip at start-up (``content.tooltips``), about 1.5 ms
apiece at 4x CPU throttling, and a dotted underline under every "KL" or "DDPM" clutters
dense text. This hook keeps the ``<abbr>`` on the first occurrence of each term in each
``<h2>`` section (a reader arriving from search lands in a section, not at the top) and
leaves later ones as plain text. It works on the finished page, so that the excerpts on
the blog's index pages (one ``<article>`` each) are thinned too.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

ABBR = re.compile(r'<abbr title="[^"]*">(?P<term>[^<]*)</abbr>')
SECTION_START = re.compile(r"(?=<h2[\s>]|<article[\s>])")


def first_per_section(html: str) -> str:
    return "".join(first_only(section) for section in SECTION_START.split(html))


def first_only(section: str) -> str:
    """Keep the first <abbr> of each term in a section; later ones become plain text."""
    seen: set[str] = set()

    def keep_first(match: re.Match[str]) -> str:
        term = match["term"]
        if term in seen:
            return term
        seen.add(term)
        return match.group(0)

    return ABBR.sub(keep_first, section)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return first_per_section(output)
