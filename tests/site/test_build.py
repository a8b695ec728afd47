"""The strict build and what it produced (no browser needed)."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from fontTools.ttLib import TTFont
from PIL import Image

from hooks.content import FIELDS
from tests.conftest import ROOT, Site

ASSET_TAGS = {"script": "src", "img": "src", "iframe": "src", "source": "src", "video": "src",
              "audio": "src", "embed": "src", "link": "href", "object": "data"}
CSS_URL = re.compile(r"""(?:url\(\s*["']?|@import\s+["']?)(https?:)?//""", re.IGNORECASE)
JS_REMOTE = re.compile(r"""(?:import\(|src\s*[=:]\s*|href\s*[=:]\s*|url\()\s*["'`]?(?:https?:)?//""")


class AssetParser(HTMLParser):
    """Collects URLs the browser would load by itself (not <a> links) and inline styles."""

    def __init__(self) -> None:
        super().__init__()
        self.assets: list[str] = []
        self.styles: list[str] = []
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.blocking_scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and "href" in values:
            self.links.append(values["href"])
        name = ASSET_TAGS.get(tag)
        if name and values.get(name):
            if tag == "link" and values.get("rel") in ("canonical", "alternate", "prev", "next"):
                return
            self.assets.append(values[name])
        if values.get("srcset"):
            self.assets.extend(part.split()[0] for part in values["srcset"].split(","))
        if "style" in values:
            self.styles.append(values["style"])
        if tag == "script" and values.get("src") and not ({"defer", "async"} & values.keys()):
            if values.get("type") != "module":
                self.blocking_scripts.append(values["src"])


@cache
def parse(path: Path) -> AssetParser:
    """Parsed once per file: the link check looks up the same targets' ids many times."""
    parser = AssetParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def pages(site: Site) -> list[Path]:
    return sorted(site.path.rglob("*.html"))


def test_expected_pages_exist(site: Site) -> None:
    """Every source page and notebook becomes a page; the tabs promise every field."""
    for source in (ROOT / "docs").rglob("*.md"):
        if source.is_relative_to(ROOT / "docs" / "blog" / "posts"):
            continue  # posts live at blog/YYYY/MM/DD/slug/; test_posts_and_indexes checks them
        rel = source.relative_to(ROOT / "docs").with_suffix("")
        target = site.path / (rel.parent if rel.name == "index" else rel) / "index.html"
        assert target.is_file(), f"{source.relative_to(ROOT)} was not built"
    for notebook in (ROOT / "notebooks").glob("*.ipynb"):
        assert (site.path / "notebooks" / notebook.stem / "index.html").is_file(), notebook.name
    home = (site.path / "index.html").read_text(encoding="utf-8")
    tabs = re.findall(r'class="md-tabs__link[^"]*"[^>]*>\s*([^<]+?)\s*<', home)
    assert tabs == ["首页", "每日算法", *(field.name for field in FIELDS), "力扣题解", "代码演示", "索引"]


def test_navigation_links_resolve(site: Site) -> None:
    for page in pages(site):
        parser = parse(page)
        base = site.url + page.relative_to(site.path).as_posix()
        for href in parser.links:
            url = urlsplit(urljoin(base, href))
            if f"{url.scheme}://{url.netloc}/" != site.url:
                continue  # links to papers and LeetCode are text, not loaded assets
            target = site.path / unquote(url.path).lstrip("/")
            if url.path.endswith("/"):
                target = target / "index.html"
            assert target.exists(), f"{page.relative_to(site.path)} links to missing {url.path}"
            if url.fragment and target.suffix == ".html":
                assert unquote(url.fragment) in parse(target).ids, (
                    f"{page.relative_to(site.path)} links to missing anchor {url.path}#{unquote(url.fragment)}"
                )


def _remote(url: str, site: Site) -> bool:
    absolute = urlsplit(urljoin(site.url, url))
    return absolute.scheme in ("http", "https") and f"{absolute.scheme}://{absolute.netloc}/" != site.url


def test_no_asset_from_another_host(site: Site) -> None:
    offenders: list[str] = []
    for page in pages(site):
        parser = parse(page)
        offenders += [f"{page.relative_to(site.path)}: {u}" for u in parser.assets if _remote(u, site)]
        offenders += [f"{page.relative_to(site.path)}: style {s}" for s in parser.styles if CSS_URL.search(s)]
        text = page.read_text(encoding="utf-8")
        for block in re.findall(r"<style[^>]*>(.*?)</style>", text, re.DOTALL):
            if CSS_URL.search(block):
                offenders.append(f"{page.relative_to(site.path)}: inline <style> loads a remote URL")
    for css in site.path.rglob("*.css"):
        if CSS_URL.search(css.read_text(encoding="utf-8")):
            offenders.append(str(css.relative_to(site.path)))
    for js in site.path.rglob("*.js"):
        for match in JS_REMOTE.finditer(js.read_text(encoding="utf-8")):
            offenders.append(f"{js.relative_to(site.path)}: {match.group(0)}")
    assert not offenders, "assets from other hosts:\n" + "\n".join(offenders)


def test_no_page_has_a_parser_blocking_script(site: Site) -> None:
    """External scripts are deferred: a phone paints the page without waiting for them."""
    blocking = [f"{page.relative_to(site.path)}: {src}" for page in pages(site) for src in parse(page).blocking_scripts]
    assert not blocking, "scripts without defer/async:\n" + "\n".join(blocking[:20])
    assert any("bundle." in src for src in parse(site.path / "index.html").assets)


def test_math_is_rendered_once_as_mathml_at_build_time(site: Site) -> None:
    ddpm = (site.path / "diffusion" / "ddpm" / "index.html").read_text(encoding="utf-8")
    assert ddpm.count("<math") >= 100
    assert '<math display="block"' in ddpm
    assert (site.path / "assets" / "math" / "temml.css").is_file()
    assert (site.path / "assets" / "math" / "STIXTwoMath.woff2").is_file()
    for page in pages(site):
        text = page.read_text(encoding="utf-8")
        name = page.relative_to(site.path)
        leftovers = re.findall(r'class="arithmatex"[^>]*>\s*\\[(\[]', text)
        assert not leftovers, f"unrendered math in {name}"
        # One <math> per formula, and KaTeX's HTML beside it only where the formula has a brace.
        formulas = len(re.findall(r'class="arithmatex"', text))
        assert text.count("<math") == formulas, f"{name}: {formulas} formulas, {text.count('<math')} <math> elements"
        with_brace = [t for t in re.findall(r'(?:data-tex|data-clipboard-text)="([^"]*)"', text) if BRACE.search(t)]
        assert text.count('<span class="katex">') == len(with_brace), f"{name}: KaTeX HTML for a formula without a brace"
        assert (KATEX_CSS_LINK in text) == bool(with_brace), f"{name}: KaTeX's stylesheet is linked iff a formula needs it"
        assert text.count('assets/math/temml.css">') == (formulas > 0), f"{name}: Temml's stylesheet once iff math"
        assert "<merror" not in text, name
        assert "data-mkdocs-jupyter-mathjax" not in text, f"MathJax loader left in {page}"


BRACE = re.compile(r"\\(?:under|over)brace(?![a-zA-Z])")
KATEX_CSS_LINK = 'assets/katex/katex.min.css">'
KATEX_MATHML = re.compile(r'<span class="katex-mathml">.*?</math></span>', re.DOTALL)


class KatexTextParser(HTMLParser):
    """Collects the text inside KaTeX's visible markup (<span class="katex-html">), not its MathML."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0  # open <span>s inside the current katex-html span
        self.drawn: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "span":
            return
        if self.depth:
            self.depth += 1
        elif "katex-html" in (dict(attrs).get("class") or "").split():
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.drawn.update(data)


def test_subset_katex_fonts_keep_every_character_the_brace_formulas_draw(site: Site) -> None:
    parser = KatexTextParser()
    for page in pages(site):
        text = page.read_text(encoding="utf-8")
        if "katex-html" in text:
            parser.feed(text)
    assert len(parser.drawn) > 10, "the scan found the brace formulas"
    full_fonts = ROOT / "node_modules" / "katex" / "dist" / "fonts"
    for subset_path in sorted((site.path / "assets" / "katex" / "fonts").glob("*.woff2")):
        full = TTFont(full_fonts / subset_path.name)
        kept = set(TTFont(subset_path).getBestCmap())
        missing = sorted(chr(c) for c in full.getBestCmap() if chr(c) in parser.drawn and c not in kept)
        assert not missing, f"{subset_path.name} lost glyphs the site draws: {''.join(missing)}"


class MathTextParser(HTMLParser):
    """The characters the browser draws for each <math>: its text, and for a one-letter <mi>
    (MathML Core's automatic italic) the letter's Mathematical Italic form; a radical for
    <msqrt> and <mroot>."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0  # open elements inside the current <math>
        self.identifier: str | None = None  # inside a one-letter <mi> without mathvariant
        self.drawn: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "math" or self.depth:
            self.depth += 1
            self.identifier = "" if tag == "mi" and "mathvariant" not in dict(attrs) else None
            if tag in ("msqrt", "mroot"):
                self.drawn.add("\u221a")

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if tag == "mi" and self.identifier is not None and len(self.identifier) == 1:
                self.drawn.add(math_italic(self.identifier))
            self.identifier = None

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.drawn.update(data)
            if self.identifier is not None:
                self.identifier += data


def math_italic(letter: str) -> str:
    """The Mathematical Italic form of a Latin or Greek letter, ∇ or ∂ (by Unicode's names), else itself."""
    if letter == "h":
        return "\u210e"  # PLANCK CONSTANT is Unicode's italic small h
    name = unicodedata.name(letter, "")
    if name.startswith(("LATIN ", "GREEK ")) or name in ("NABLA", "PARTIAL DIFFERENTIAL"):
        italic = "MATHEMATICAL ITALIC " + name.removeprefix("LATIN ").removeprefix("GREEK ")
        italic = italic.replace(" LETTER", "").replace("LUNATE ", "")  # ϵ: MATHEMATICAL ITALIC EPSILON SYMBOL
        try:
            return unicodedata.lookup(italic)
        except KeyError:
            return letter
    return letter


def characters_math_draws(site: Site) -> set[str]:
    """Every character drawn for every formula on every page."""
    parser = MathTextParser()
    for page in pages(site):
        text = page.read_text(encoding="utf-8")
        if "<math" in text:
            parser.feed(KATEX_MATHML.sub("", text))  # KaTeX's MathML copy is not drawn
    return parser.drawn


def test_math_italic_follows_unicode() -> None:
    assert math_italic("x") == "\U0001d465" and math_italic("h") == "\u210e"
    assert math_italic("θ") == "\U0001d703" and math_italic("Σ") == "\U0001d6f4" and math_italic("1") == "1"
    assert math_italic("ϵ") == "\U0001d716" and math_italic("ϕ") == "\U0001d719"


def test_the_subset_math_font_keeps_every_character_the_site_draws(site: Site) -> None:
    """hooks/math.py cuts STIX Two Math down; no glyph a page draws may be cut, nor its MATH table."""
    drawn = characters_math_draws(site)
    assert {"x", "θ", "∑", "ε", "∇", "\U0001d465", "\u221a"} <= drawn, "the scan found the site's formulas"
    full = TTFont(ROOT / "node_modules" / "@fontsource" / "stix-two-math" / "files" / "stix-two-math-latin-400-normal.woff2")
    subset_path = site.path / "assets" / "math" / "STIXTwoMath.woff2"
    subset = TTFont(subset_path)
    kept = set(subset.getBestCmap())
    missing = sorted(chr(c) for c in full.getBestCmap() if chr(c) in drawn and c not in kept)
    assert not missing, f"the subset lost glyphs the site draws: {''.join(missing)}"
    assert "MATH" in subset, "the subset keeps the MATH table (stretchy delimiters, radicals, big operators)"
    assert subset_path.stat().st_size < 0.25 * (ROOT / "node_modules" / "@fontsource" / "stix-two-math" / "files" /
                                                "stix-two-math-latin-400-normal.woff2").stat().st_size


def test_chinese_headings_get_readable_anchors(site: Site) -> None:
    ids = parse(site.path / "diffusion" / "ddpm" / "index.html").ids
    assert {"概要", "面试问答"} <= ids


def test_heading_links_carry_no_title(site: Site) -> None:
    """A title makes Material mount a tooltip per heading at start-up, and it was English."""
    ddpm = (site.path / "diffusion" / "ddpm" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a class="headerlink"[^>]*>', ddpm)
    assert len(links) >= 10, "every heading keeps its ¶ link"
    assert not [link for link in links if "title=" in link], links[:3]


def search_sections(site: Site) -> list[str]:
    """Every indexed section's text (hooks/search/build_index.js writes one file per section)."""
    data = next((site.path / "search" / "data").iterdir())
    return [path.read_text(encoding="utf-8") for path in sorted((data / "t").glob("*.txt"))]


def test_search_index_keeps_notebook_prose_but_not_code(site: Site) -> None:
    data = next((site.path / "search" / "data").iterdir())
    index = json.loads((data / "pages.json").read_text(encoding="utf-8"))
    notebook_pages = {i for i, (url, _, _) in enumerate(index["pages"]) if url.startswith("notebooks/")}
    assert notebook_pages, "notebook pages are searchable"
    texts = {int(path.stem): path.read_text(encoding="utf-8") for path in (data / "t").glob("*.txt")}
    text = "\n".join(heading + "\n" + texts[i] for i, (page, _, heading, _) in enumerate(index["sections"]) if page in notebook_pages)
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    assert notebooks
    for notebook in notebooks:
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        code = ["".join(c["source"]).strip().splitlines()[0] for c in cells if c["cell_type"] == "code" and "".join(c["source"]).strip()]
        leaked = [line for line in code if len(line) >= 12 and line in text]
        assert not leaked, f"{notebook.name}: code in the search index: {leaked}"
        titles = [line.lstrip("#").strip() for c in cells if c["cell_type"] == "markdown"
                  for line in "".join(c["source"]).splitlines() if line.startswith("## ")]
        searchable = [title for title in titles if "$" not in title and "`" not in title]
        assert all(title in text for title in searchable), f"{notebook.name}: headings not indexed"


def test_search_leaves_out_link_boxes_tag_lists_and_listing_pages(site: Site) -> None:
    data = next((site.path / "search" / "data").iterdir())
    index = json.loads((data / "pages.json").read_text(encoding="utf-8"))
    urls = {url for url, _, _ in index["pages"]}
    assert {"diffusion/ddpm/", "leetcode/0215-kth-largest-element-in-an-array/", "glossary/"} <= urls
    assert not urls & {"", "tags/", "blog/"}, "pages that only list other pages are not searched"
    assert not [u for u in urls if u.startswith(("blog/archive/", "blog/category/", "blog/page/", "questions/"))]
    text = "\n".join(search_sections(site))
    for boilerplate in ("本页位置", "前置知识：", "后续阅读：", "配套演示：", "标签：", "本栏目共"):
        assert boilerplate not in text, f"{boilerplate!r} is indexed"
    # The same pages' own words are there.
    assert "三路划分" in text and "重参数化" in text
    # Material's plugin index is cut down to the settings its bundle still reads.
    plugin = json.loads((site.path / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert plugin["docs"] == [] and "separator" in plugin["config"]


def test_pages_name_the_sites_own_search_worker(site: Site) -> None:
    workers = list((site.path / "assets" / "javascripts").glob("search-worker.*.js"))
    assert len(workers) == 1
    source = workers[0].read_text(encoding="utf-8")
    assert (ROOT / "hooks" / "search" / "tokenize.js").read_text(encoding="utf-8") in source, "one tokenizer for index and query"
    for page in (site.path / "index.html", site.path / "diffusion" / "ddpm" / "index.html"):
        config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', page.read_text(encoding="utf-8"))
        assert config and json.loads(config.group(1))["search"].endswith(workers[0].name)
    assert not list((site.path / "assets" / "javascripts" / "workers").glob("search.*")), "Material's worker is not shipped"


def test_solution_pages_embed_the_module_source(site: Site) -> None:
    page = (site.path / "leetcode" / "0011-container-with-most-water" / "index.html").read_text(encoding="utf-8")
    code = re.sub(r"<[^>]+>", "", page)
    import html

    code = html.unescape(code)
    assert "def maxArea(self, height: List[int]) -&gt;" not in code
    assert "def maxArea(self, height: List[int]) -> int:" in code
    assert "md-clipboard" in page or "content.code.copy" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def test_notebook_pages_have_outputs_and_no_stray_style_text(site: Site) -> None:
    for notebook in (ROOT / "notebooks").glob("*.ipynb"):
        text = (site.path / "notebooks" / notebook.stem / "index.html").read_text(encoding="utf-8")
        assert "jp-OutputArea-output" in text, f"{notebook.name} rendered without outputs"
        assert "&lt;style" not in text
        # JupyterLab's 575 KB stylesheet is left out (overrides/notebook.html.j2); Pygments' rules stay.
        styles = re.findall(r"<style[^>]*>(.*?)</style>", text, re.DOTALL)
        assert styles and max(len(css) for css in styles) < 20_000, f"{notebook.name}: a large inline stylesheet"
        # Plots are files beside the page, not base64 inside it, and carry their pixel size so
        # nothing moves while they load (hooks/notebooks.py).
        assert "data:image" not in text, f"{notebook.name}: an image is still inlined"
        for tag in re.findall(r"<img [^>]*>", text):
            src = re.search(r'src="([^"]+)"', tag)
            assert src, f"{notebook.name}: {tag[:120]}"
            width, height = Image.open(site.path / "notebooks" / notebook.stem / unquote(src.group(1))).size
            alt = re.search(r'alt="([^"]+)"', tag)
            assert alt and "No description" not in alt.group(1), f"{notebook.name}: a plot without alt text"
            assert f'width="{width}"' in tag and f'height="{height}"' in tag, f"{notebook.name}: {tag[:120]}"


def test_the_site_ships_no_template_or_partial_source(site: Site) -> None:
    """overrides/ is rendered into pages, never copied (script partials are *.js.html, hooks/theme_sources.py)."""
    theme = ROOT / "overrides"
    sources = sorted(p.relative_to(theme).as_posix() for p in theme.rglob("*") if p.is_file())
    shipped = [name for name in sources if (site.path / name).exists()]
    stray = sorted(p.relative_to(site.path).as_posix() for p in site.path.rglob("*")
                   if p.suffix == ".j2" or p.relative_to(site.path).parts[0] == "partials")
    assert not shipped and not stray, f"template sources in the site: {sorted(set(shipped + stray))}"


def test_the_service_worker_is_stamped_with_a_hash_of_the_site(site: Site, tmp_path: Path) -> None:
    from hooks.service_worker import site_version, stamp

    assert f'\nconst VERSION = "{site_version(site.path)}";\n' in (site.path / "sw.js").read_text(encoding="utf-8")
    (tmp_path / "sw.js").write_text('const VERSION = "dev";\n', encoding="utf-8")
    (tmp_path / "a.css").write_text("a {}", encoding="utf-8")
    first = stamp(tmp_path)
    assert stamp(tmp_path) == first, "the worker's own version line is not part of the hash"
    (tmp_path / "a.css").write_text("a { color: red }", encoding="utf-8")
    assert stamp(tmp_path) != first, "a changed file gives a new version"
