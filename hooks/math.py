"""Render all math at build time as MathML, so pages ship no math JavaScript.

pymdownx.arithmatex (generic mode) leaves ``<span class="arithmatex">\\(...\\)</span>``
and ``<div class="arithmatex">\\[...\\]</div>`` in the HTML. After the search plugin
has indexed the page (it keeps the TeX source, which is searchable), this hook
sends every formula of a page to one long-lived Node process running Temml
(hooks/math_render.cjs) and swaps in MathML Core, which browsers lay out natively and
screen readers read. Each formula is rendered once: no HTML copy beside the MathML (but
see braces below). A formula the renderer rejects fails the build, naming the source file
and the formula.

One construct is left to KaTeX: Chromium draws a wide stretchy brace as a short flat line,
so a formula with \\underbrace or \\overbrace is rendered by KaTeX as HTML (plus KaTeX's
MathML for screen readers; hooks/math_render.cjs). Only a page with such a formula links
KaTeX's stylesheet, and KaTeX's fonts are cut down to what those formulas draw.

The TeX stays with each formula, for copying (docs/assets/javascripts/copy-tex.js): in
``data-tex`` on inline math, and on display math in its "复制 TeX" button, which Material's
clipboard handles like a code block's.

Formulas are drawn with STIX Two Math (an OpenType MATH font, from the pinned npm package
@fontsource/stix-two-math), so they look alike on every phone, with Temml's stylesheet for
it; both stylesheets are linked at the top of the article of pages with math only. The font
holds thousands of glyphs; the site draws a few hundred characters. The WOFF2 is cut down to
the characters the site's formulas draw (drawn_characters: their text, and the italic letters
MathML maps one-letter identifiers to) plus ALWAYS_KEPT, without TrueType hinting, keeping
every layout table: MATH's size variants and stretchy parts stay for the characters kept.
The service worker keeps one cache per build (docs/sw.js, versioned by
hooks/service_worker.py), so a returning reader gets a new subset after the site draws a new
character.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from fontTools import subset
from fontTools.ttLib import TTFont
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

HERE = Path(__file__).resolve().parent
RENDERER = HERE / "math_render.cjs"
MATH_ELEMENT = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">(?P<tex>.*?)</(?P=tag)>', re.DOTALL
)
CSS_ASSET = "assets/math/temml.css"  # linked only from pages with math
KATEX_CSS = "assets/katex/katex.min.css"  # linked only from pages with a formula KaTeX draws
FONT = "STIXTwoMath.woff2"  # the name Temml's stylesheet for STIX Two Math loads
FONT_SOURCE = "@fontsource/stix-two-math/files/stix-two-math-latin-400-normal.woff2"
STYLESHEET_SOURCE = "temml/dist/Temml-STIX2.css"
TAG = re.compile(r"<[^>]*>")
# Kept in every subset: ASCII, the Greek letters FreeType's auto-hinter (Chromium on Linux)
# takes the Greek alignment zones from (its afblue.dat: capitals ΓΒΕΖΘΟΩ ΒΔΖΞΘΟ, small
# βθδζλξ αειοπστ βγημρφχψ; without them the VAE note drew differently from the full font),
# and the radical that <msqrt>/<mroot> draw with no character in the text.
ALWAYS_KEPT = frozenset([*map(chr, range(0x20, 0x7F)), *"ΓΒΕΖΘΟΩΔΞβθδζλξαειοπστγημρφχψ", "\u221a"])
# MathML Core draws a one-letter <mi> in italic by mapping it to Unicode's Mathematical Italic
# letters, which are then not in the text: Latin, dotless i and j, Greek and its symbol forms.
ITALIC = {
    **{chr(0x41 + i): chr(0x1D434 + i) for i in range(26)},
    **{chr(0x61 + i): chr(0x1D44E + i) for i in range(26)},
    "h": "\u210e", "ı": "\U0001d6a4", "ȷ": "\U0001d6a5",
    **{chr(0x391 + i): chr(0x1D6E2 + i) for i in range(25)},  # Α–Ω, with ϴ's slot at U+03A2
    **{chr(0x3B1 + i): chr(0x1D6FC + i) for i in range(25)},  # α–ω, with ς
    "ϴ": "\U0001d6f3", "∇": "\U0001d6fb", "∂": "\U0001d715", "ϵ": "\U0001d716", "ϑ": "\U0001d717",
    "ϰ": "\U0001d718", "ϕ": "\U0001d719", "ϱ": "\U0001d71a", "ϖ": "\U0001d71b",
}
ONE_LETTER_MI = re.compile(r"<mi>([^<])</mi>")
ARTICLE = re.compile(r"<article\b[^>]*>")
KATEX_MATHML = re.compile(r'<span class="katex-mathml">.*?</math></span>', re.DOTALL)

_process: subprocess.Popen[str] | None = None
_drawn: set[str] = set()  # characters the MathML formulas of the pages built so far draw
_katex_drawn: set[str] = set()  # characters KaTeX's HTML formulas draw (hooks/math_render.cjs)


def node_modules(config: MkDocsConfig) -> Path:
    """The pinned front-end packages; fails unless Temml and the math font are installed."""
    modules = Path(config.config_file_path).parent / "node_modules"
    for needed in (STYLESHEET_SOURCE, FONT_SOURCE, "katex/dist/katex.min.css"):
        if not (modules / needed).is_file():
            raise PluginError(
                f"{modules / needed} not found: run 'npm ci' (the Makefile does this) "
                "to install the pinned front-end packages."
            )
    return modules


def _renderer(config: MkDocsConfig) -> subprocess.Popen[str]:
    global _process
    if _process is None or _process.poll() is not None:
        node = shutil.which("node")
        if node is None:
            raise PluginError("Node.js ('node') is required to render math with Temml.")
        _process = subprocess.Popen(
            [node, str(RENDERER)],
            cwd=Path(config.config_file_path).parent,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
    return _process


def split_delimiters(source: str) -> tuple[str, bool]:
    """Return (tex, display) for the text arithmatex or a notebook put in an element."""
    text = source.strip()
    for left, right, display in (("\\(", "\\)", False), ("\\[", "\\]", True), ("$$", "$$", True)):
        if text.startswith(left) and text.endswith(right) and len(text) >= len(left) + len(right):
            return text[len(left) : len(text) - len(right)], display
    if text.startswith("\\begin{"):
        return text, True
    if text.startswith("$") and text.endswith("$") and len(text) >= 2:
        return text[1:-1], False
    return text, True


def render_batch(items: list[dict[str, Any]], config: MkDocsConfig) -> list[dict[str, str]]:
    process = _renderer(config)
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(json.dumps(items, ensure_ascii=False) + "\n")
    process.stdin.flush()
    reply = process.stdout.readline()
    if not reply:
        raise PluginError("The math renderer (hooks/math_render.cjs) exited unexpectedly.")
    results: list[dict[str, str]] = json.loads(reply)
    return results


def drawn_characters(mathml: str) -> set[str]:
    """The characters a formula draws: the text of its MathML, and the italic form of each
    one-letter identifier (an <mi> without mathvariant)."""
    italic = {ITALIC.get(letter, letter) for letter in ONE_LETTER_MI.findall(mathml)}
    return set(html.unescape(TAG.sub("", mathml))) | italic


def cut_font(source: Path, target: Path, codepoints: set[int], options: subset.Options) -> TTFont:
    """Write the WOFF2 font source to target with only the glyphs of codepoints (and every glyph
    the font's layout tables reach from them); returns the cut font."""
    font = TTFont(source)
    options.flavor = "woff2"
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints & set(font.getBestCmap()))
    subsetter.subset(font)
    font.save(target)
    return font


def subset_font(source: Path, target: Path, characters: set[str]) -> None:
    """STIX Two Math cut down to characters, keeping MATH variants and GSUB alternates."""
    options = subset.Options()
    options.layout_features = ["*"]  # e.g. ssty (script-size forms), ss01 (\\mathscr), ss04 (primes)
    # Chromium on Linux draws with FreeType's auto-hinter, not the font's TrueType instructions:
    # without them the subset is a quarter smaller and draws the same pixels (a browser test).
    options.hinting = False
    font = cut_font(source, target, {ord(character) for character in characters | ALWAYS_KEPT}, options)
    if "MATH" not in font:
        raise PluginError(f"{source}: the subset math font lost its MATH table")


def katex_drawn_characters(katex_html: str) -> set[str]:
    """The characters KaTeX draws with its fonts: the text of its HTML, not of its MathML."""
    return set(html.unescape(TAG.sub("", KATEX_MATHML.sub("", katex_html))))


def subset_katex_fonts(source: Path, target: Path, characters: set[str]) -> None:
    """KaTeX's WOFF2 fonts cut down to characters plus ASCII and Greek (the auto-hinter's
    reference letters, as for STIX Two Math)."""
    codepoints = {ord(character) for character in characters} | set(range(0x20, 0x7F)) | set(range(0x391, 0x3CA))
    for font_file in sorted(source.glob("*.woff2")):
        cut_font(font_file, target / font_file.name, codepoints, subset.Options())


def wrap(tag: str, tex: str, mathml: str) -> str:
    """The formula's element: its rendering plus its TeX, for copying."""
    if tag == "span":
        return f'<span class="arithmatex" data-tex="{html.escape(tex)}">{mathml}</span>'
    # Display math may scroll sideways on a phone; tabindex lets keyboard users scroll it.
    button = (
        '<button class="md-clipboard md-icon" type="button" title="复制 TeX" aria-label="复制 TeX"'
        f' data-clipboard-text="{html.escape(tex.strip())}"></button>'
    )
    return f'<div class="arithmatex" tabindex="0">{mathml}{button}</div>'


def on_pre_build(config: MkDocsConfig) -> None:
    _katex_drawn.clear()
    _drawn.clear()  # `mkdocs serve` rebuilds in the same process


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    matches = list(MATH_ELEMENT.finditer(output))
    if not matches:
        return output
    items: list[dict[str, Any]] = []
    for match in matches:
        tex, display = split_delimiters(html.unescape(match.group("tex")))
        items.append({"tex": tex, "display": display})
    results = render_batch(items, config)
    errors = [
        f"  {item['tex'][:120]!r}: {result['error']}"
        for item, result in zip(items, results)
        if "error" in result
    ]
    if errors:
        raise PluginError(
            f"Math error in {page.file.src_uri} ({len(errors)} formula(s)):\n" + "\n".join(errors)
        )
    pieces: list[str] = []
    position = 0
    for match, item, result in zip(matches, items, results):
        pieces.append(output[position : match.start()])
        if "html" in result:  # drawn by KaTeX
            _katex_drawn.update(katex_drawn_characters(result["html"]))
        else:
            _drawn.update(drawn_characters(result["mathml"]))
        pieces.append(wrap(match.group("tag"), item["tex"], result.get("mathml") or result["html"]))
        position = match.end()
    pieces.append(output[position:])
    # The stylesheets are linked at the top of the article, so pages without math load neither,
    # and a page reached by instant navigation (which swaps the article) loads them too. Not
    # next to a formula: Material moves tables after load, and a moved <link> is fetched again.
    stylesheets = [CSS_ASSET] + ([KATEX_CSS] if any("html" in result for result in results) else [])
    links = "".join(f'<link rel="stylesheet" href="{get_relative_url(css, page.url)}">' for css in stylesheets)
    html_out, found = ARTICLE.subn(lambda article: article.group(0) + links, "".join(pieces), count=1)
    if not found:
        raise PluginError(f"{page.file.src_uri}: no <article> in Material's page to link the math stylesheets from")
    return html_out


def on_post_build(config: MkDocsConfig) -> None:
    modules = node_modules(config)
    target = Path(config.site_dir) / CSS_ASSET
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(modules / STYLESHEET_SOURCE, target)
    if f"url('./{FONT}')" not in target.read_text(encoding="utf-8"):
        raise PluginError(f"{STYLESHEET_SOURCE} no longer loads ./{FONT}: update hooks/math.py")
    subset_font(modules / FONT_SOURCE, target.parent / FONT, _drawn)
    katex = Path(config.site_dir) / KATEX_CSS
    katex.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(modules / "katex" / "dist" / "katex.min.css", katex)
    # WOFF2, the format browsers load, is written cut down; WOFF and TTF are KaTeX's fallbacks.
    shutil.copytree(modules / "katex" / "dist" / "fonts", katex.parent / "fonts", dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("*.woff2"))
    subset_katex_fonts(modules / "katex" / "dist" / "fonts", katex.parent / "fonts", _katex_drawn)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    node_modules(config)  # fail early, before any page is built
    if CSS_ASSET in [str(css) for css in config.extra_css]:
        raise PluginError(f"'{CSS_ASSET}' is linked by hooks/math.py from pages with math; "
                          "remove it from extra_css in mkdocs.yml.")
    return config


def on_shutdown() -> None:
    global _process
    if _process is not None:
        if _process.stdin is not None:
            _process.stdin.close()
        _process.wait(timeout=10)
        _process = None
