"""Render all math at build time with KaTeX, so pages ship no math JavaScript.

pymdownx.arithmatex (generic mode) leaves ``<span class="arithmatex">\\(...\\)</span>``
and ``<div class="arithmatex">\\[...\\]</div>`` in the HTML. After the search plugin
has indexed the page (it keeps the TeX source, which is searchable), this hook
sends every formula of a page to one long-lived Node process running KaTeX and
swaps in the rendered HTML. A formula KaTeX rejects fails the build, naming the
source file and the formula. KaTeX's CSS and fonts are copied into the site from
the pinned npm package, so nothing is fetched from another host.

KaTeX's WOFF2 fonts hold every glyph KaTeX can draw; the site draws a few hundred
characters. Each WOFF2 file is cut down to the characters the site's formulas draw (their
HTML text, not the MathML copy) plus ASCII and Greek (see ALWAYS_KEPT). That takes 11 KB
(26%) off the two fonts every math page preloads, and every formula is drawn exactly as
with the full fonts (a browser test compares them pixel for pixel). The file names stay
KaTeX's, so katex.min.css needs no change; the service worker keeps one cache per build
(docs/sw.js, versioned by hooks/service_worker.py), so a returning reader gets a new subset
after the site draws a new character.
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

HERE = Path(__file__).resolve().parent
RENDERER = HERE / "katex_render.cjs"
MATH_ELEMENT = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">(?P<tex>.*?)</(?P=tag)>', re.DOTALL
)
CSS_ASSET = "assets/katex/katex.min.css"
MATHML = re.compile(r"<math\b.*?</math>", re.DOTALL)
TAG = re.compile(r"<[^>]*>")
# Kept in every subset whether drawn or not. FreeType's auto-hinter (Chromium on Linux) sets
# each script's alignment zones from reference letters such as "THEZOCQS" and "ΓΒΕΖΘΟΩ"; a
# subset without them drew a Δ slightly differently from the full font. The digits and
# parentheses are also what katex.min.css draws for equation numbers.
ALWAYS_KEPT = frozenset(map(chr, [*range(0x20, 0x7F), *range(0x391, 0x3CA)]))  # ASCII, Greek

_process: subprocess.Popen[str] | None = None
_drawn: set[str] = set()  # characters drawn by the formulas of the pages built so far


def katex_dist(config: MkDocsConfig) -> Path:
    dist = Path(config.config_file_path).parent / "node_modules" / "katex" / "dist"
    if not (dist / "katex.min.css").is_file():
        raise PluginError(
            f"KaTeX not found at {dist}: run 'npm ci' (the Makefile does this) "
            "to install the pinned front-end packages."
        )
    return dist


def _renderer(config: MkDocsConfig) -> subprocess.Popen[str]:
    global _process
    if _process is None or _process.poll() is not None:
        node = shutil.which("node")
        if node is None:
            raise PluginError("Node.js ('node') is required to render math with KaTeX.")
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
        raise PluginError("The KaTeX renderer exited unexpectedly.")
    results: list[dict[str, str]] = json.loads(reply)
    return results


def drawn_characters(katex_output: str) -> set[str]:
    """The characters KaTeX draws with its fonts: the text of its HTML, not of the MathML copy."""
    return set(html.unescape(TAG.sub("", MATHML.sub("", katex_output))))


def subset_fonts(source: Path, target: Path, characters: set[str]) -> None:
    """Write each WOFF2 font of source to target, keeping only the glyphs of characters."""
    codepoints = {ord(character) for character in characters | ALWAYS_KEPT}
    for font_file in sorted(source.glob("*.woff2")):
        font = TTFont(font_file)
        options = subset.Options()
        options.flavor = "woff2"
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=codepoints & set(font.getBestCmap()))
        subsetter.subset(font)
        font.save(target / font_file.name)


def on_pre_build(config: MkDocsConfig) -> None:
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
    for match, result in zip(matches, results):
        tag = match.group("tag")
        pieces.append(output[position : match.start()])
        # Display math may scroll sideways on a phone; tabindex lets keyboard users scroll it.
        focus = ' tabindex="0"' if tag == "div" else ""
        pieces.append(f'<{tag} class="arithmatex"{focus}>{result["html"]}</{tag}>')
        _drawn.update(drawn_characters(result["html"]))
        position = match.end()
    pieces.append(output[position:])
    return "".join(pieces)


def on_post_build(config: MkDocsConfig) -> None:
    dist = katex_dist(config)
    target = Path(config.site_dir) / "assets" / "katex"
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(dist / "katex.min.css", target / "katex.min.css")
    # WOFF2, the format browsers load, is written cut down; WOFF and TTF are KaTeX's fallbacks.
    shutil.copytree(dist / "fonts", target / "fonts", dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.woff2"))
    subset_fonts(dist / "fonts", target / "fonts", _drawn)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    katex_dist(config)  # fail early, before any page is built
    if CSS_ASSET not in [str(css) for css in config.extra_css]:
        raise PluginError(f"mkdocs.yml must list '{CSS_ASSET}' under extra_css.")
    return config


def on_shutdown() -> None:
    global _process
    if _process is not None:
        if _process.stdin is not None:
            _process.stdin.close()
        _process.wait(timeout=10)
        _process = None
