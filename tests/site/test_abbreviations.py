"""hooks/abbreviations.py: each glossary term keeps its tooltip on its first use in each section
(an <h2> section, or a blog excerpt's <article>)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from hooks.abbreviations import ABBR, SECTION_START, first_per_section
from tests.conftest import Site

TAG = re.compile(r"</?abbr[^>]*>")
TERMS = ["KL", "DDPM", "VAE"]
token = st.one_of(
    st.sampled_from([f'<abbr title="{term} stands for something">{term}</abbr>' for term in TERMS]),
    st.sampled_from(["<h2 id=\"x\">Section</h2>", "<article class=\"md-post\">", "<h3>Sub</h3>", "<p>", "</p>", "text 文本 ", "KL "]),
)


def test_repeats_within_a_section_lose_the_tag_and_a_new_section_starts_over() -> None:
    html = ('<p><abbr title="k">KL</abbr> and <abbr title="k">KL</abbr>, <abbr title="v">VAE</abbr></p>'
            '<h2 id="next">Next</h2><p><abbr title="k">KL</abbr> <abbr title="k">KL</abbr></p>')
    assert first_per_section(html) == (
        '<p><abbr title="k">KL</abbr> and KL, <abbr title="v">VAE</abbr></p>'
        '<h2 id="next">Next</h2><p><abbr title="k">KL</abbr> KL</p>'
    )


@given(st.lists(token, max_size=40))
def test_matches_a_token_by_token_oracle(tokens: list[str]) -> None:
    expected, seen = [], set()
    for tok in tokens:
        if tok.startswith(("<h2", "<article")):
            seen = set()
        term = TAG.sub("", tok) if tok.startswith("<abbr") else None
        if term is None or term not in seen:
            expected.append(tok)
            seen |= {term} if term else set()
        else:
            expected.append(term)
    assert first_per_section("".join(tokens)) == "".join(expected)


def test_built_pages_mark_each_term_once_per_section(site: Site) -> None:
    total = 0
    for page in site.path.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        for section in SECTION_START.split(html):
            terms = [m["term"] for m in ABBR.finditer(section)]
            assert len(terms) == len(set(terms)), f"{page.relative_to(site.path)}: a term marked twice in a section"
            total += len(terms)
    ddpm = (site.path / "diffusion" / "ddpm" / "index.html").read_text(encoding="utf-8")
    assert len(ABBR.findall(ddpm)) >= 10 and total > 500, "the glossary still marks terms"
