"""hooks/after_paint.py: Material's bundle and the site's scripts are handed to the after-paint loader."""

from __future__ import annotations

import json
import re

import pytest
from mkdocs.exceptions import PluginError

from hooks.after_paint import load_after_paint

BUNDLE = "../assets/javascripts/bundle.0123abcd.min.js"
PAGE = """<body><p>text</p>
<script id="__config" type="application/json">{}</script>
<script src="%s"></script>
  <script src="../assets/javascripts/first.js" defer></script>
  <script src="../assets/javascripts/second.js?v=1&amp;w=2" defer></script>
</body>""" % BUNDLE
CALL = re.compile(r"<script>\(\(sources\) => \{.*\}\)\((?P<sources>\[.*?\])\)</script>", re.DOTALL)


def test_bundle_and_extras_become_preloads_and_one_loader_call_in_order() -> None:
    output = load_after_paint(PAGE, "page.md")
    sources = [BUNDLE, "../assets/javascripts/first.js", "../assets/javascripts/second.js?v=1&w=2"]
    call = CALL.search(output)
    assert call, output
    assert json.loads(call["sources"]) == sources, "the script text holds the URLs unescaped, in Material's order"
    preloads = re.findall(r'<link rel="preload" href="([^"]+)" as="script" fetchpriority="low">', output)
    assert preloads == [BUNDLE, "../assets/javascripts/first.js", "../assets/javascripts/second.js?v=1&amp;w=2"]
    assert "<script src=" not in output, "no script is left for the parser to run before the first paint"
    assert output.index("__config") < output.index("<link rel=\"preload\""), "Material's config stays before its bundle"
    assert not re.search(r"^\s*//", call.group(0), re.MULTILINE), "the loader's comments stay in its source file"


def test_a_page_without_materials_bundle_fails_the_build_naming_the_page() -> None:
    with pytest.raises(PluginError, match=r"notes/x\.md: expected one <script> for Material's bundle, found 0"):
        load_after_paint("<body><p>no scripts</p></body>", "notes/x.md")


@pytest.mark.parametrize("where", ["<p>text</p>", "</body>"])
def test_a_deferred_script_away_from_the_bundle_fails_the_build(where: str) -> None:
    stray = PAGE.replace(where, f'<div></div><script src="stray.js" defer></script>{where}')
    with pytest.raises(PluginError, match=r"page\.md: script stray\.js is not next to Material's bundle"):
        load_after_paint(stray, "page.md")
