"""Render the site's most complex formulas both ways, KaTeX's HTML (what the site shipped
until December 2026) and Temml's MathML with the site's subset STIX Two Math, side by side
in Chromium at 390 px, in both colour schemes, and save the screenshots.

    python -m tools.math_compare --site SITE_DIR [--count 30] [--out reports/math-compare]

SITE_DIR is a built site (its subset font is the one readers get). A formula's complexity
is scored by its length and the constructs that are hard to lay out (environments, big
operators with limits, braces, stretchy delimiters, \\text with Chinese, \\boldsymbol).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
from pathlib import Path

from tools.gzip_server import serve
from tools.measure import free_port

ROOT = Path(__file__).resolve().parents[1]
HARD = re.compile(
    r"\\begin|\\underbrace|\\overbrace|\\sum|\\prod|\\int|\\left|\\boldsymbol|\\frac|\\text\{[^}]*[\u4e00-\u9fff]"
    r"|\\sqrt|\\hat|\\tilde|\\bar|\\mathbb|\\mathcal|\\operatorname|\\lim|\\max|\\min|\\arg"
)
KATEX = """
const katex = require("katex");
const items = JSON.parse(require("fs").readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(items.map((item) =>
  katex.renderToString(item.tex, { displayMode: item.display, output: "htmlAndMathml" }))));
"""


def site_formulas(site: Path) -> list[tuple[str, bool, str]]:
    """(tex, display, page) of every formula in the built site, once each."""
    found: dict[tuple[str, bool], str] = {}
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        name = page.relative_to(site).parent.as_posix()
        for tex in re.findall(r'<span class="arithmatex" data-tex="([^"]*)"', text):
            found.setdefault((html.unescape(tex), False), name)
        for tex in re.findall(r'title="复制 TeX" aria-label="复制 TeX" data-clipboard-text="([^"]*)"', text):
            found.setdefault((html.unescape(tex), True), name)
    return [(tex, display, page) for (tex, display), page in found.items()]


def complexity(tex: str) -> int:
    return len(tex) + 40 * len(HARD.findall(tex))


def comparison_page(site: Path, formulas: list[tuple[str, bool, str]]) -> str:
    rendered_katex = json.loads(subprocess.run(
        ["node", "-e", KATEX], input=json.dumps([{"tex": t, "display": d} for t, d, _ in formulas]),
        capture_output=True, text=True, check=True, cwd=ROOT).stdout)
    temml = json.loads(subprocess.run(
        ["node", str(ROOT / "hooks" / "math_render.cjs")],
        input=json.dumps([{"tex": t, "display": d} for t, d, _ in formulas]) + "\n",
        capture_output=True, text=True, check=True, cwd=ROOT).stdout)
    rows = []
    for number, ((_, display, page), katex_html, mathml) in enumerate(zip(formulas, rendered_katex, temml), 1):
        tag = "div" if display else "p"
        rows.append(
            f'<section><h2>{number}. {html.escape(page)}</h2>'
            f'<h3>KaTeX HTML</h3><{tag} class="k">{katex_html}</{tag}>'
            f'<h3>{"MathML (Temml)" if "mathml" in mathml else "site: KaTeX HTML (a brace)"}</h3>'
            f'<{tag} class="m">{mathml.get("mathml") or mathml["html"]}</{tag}></section>'
        )
    return f"""<!doctype html><meta charset="utf-8">
<link rel="stylesheet" href="/katex-dist/katex.min.css">
<link rel="stylesheet" href="/assets/stylesheets/extra.css">
<link rel="stylesheet" href="/assets/math/temml.css">
<style>
  body {{ margin: 8px; font: 16px/1.6 system-ui, sans-serif; }}
  @media (prefers-color-scheme: dark) {{ body {{ background: #1e2129; color: #e2e4e9; }} }}
  h2 {{ font-size: 12px; margin: 18px 0 2px; border-top: 1px solid #888; }}
  h3 {{ font-size: 11px; margin: 4px 0 0; color: #888; font-weight: normal; }}
  .k, .m {{ overflow-x: auto; margin: 0; }}
</style>
<div class="md-typeset">{''.join(rows)}</div>"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, required=True)
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "math-compare")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    from tests.site.conftest import chromium_path

    formulas = sorted(site_formulas(args.site), key=lambda f: -complexity(f[0]))[: args.count]
    if not formulas:
        sys.exit(f"no formulas found in {args.site}: is it a built site?")
    (args.site / "math-compare.html").write_text(comparison_page(args.site, formulas), encoding="utf-8")
    katex_link = args.site / "katex-dist"
    if not katex_link.exists():
        katex_link.symlink_to(ROOT / "node_modules" / "katex" / "dist")
    port = free_port()
    server = serve(args.site, port)
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path())
            for scheme in ("light", "dark"):
                context = browser.new_context(viewport={"width": 390, "height": 800}, color_scheme=scheme)
                page = context.new_page()
                page.goto(f"http://127.0.0.1:{port}/math-compare.html", wait_until="networkidle")
                page.evaluate("document.fonts.ready.then(() => true)")
                shot = args.out / f"{scheme}.png"
                page.screenshot(path=str(shot), full_page=True)
                print(f"{shot}: {len(formulas)} formulas, KaTeX above MathML")
                context.close()
            browser.close()
    finally:
        server.shutdown()
        (args.site / "math-compare.html").unlink()
        katex_link.unlink()


if __name__ == "__main__":
    main()
