"""hooks/questions.py: a field's questions are cut into pages of at most MAX_QUESTIONS_PER_PAGE,
between notes, in the field's reading order."""

from __future__ import annotations

import itertools
import re
import sys
from urllib.parse import unquote

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import ROOT, Site
from tests.site.test_posts_and_indexes import NOTE_FIELDS

sys.path.append(str(ROOT / "hooks"))  # the hook imports its sibling `notes` as mkdocs loads it
from hooks.questions import MAX_QUESTIONS_PER_PAGE, reading_order, split_evenly  # noqa: E402


def cuts_by_brute_force(sizes: list[int], cap: int) -> tuple[int, int]:
    """Over every way to cut the sequence: the fewest runs within cap (a lone oversized item
    allowed), and the smallest largest run among those."""
    best: tuple[int, int] | None = None
    for cuts in itertools.product([False, True], repeat=max(len(sizes) - 1, 0)):
        runs, run = [], [sizes[0]]
        for size, cut in zip(sizes[1:], cuts):
            if cut:
                runs.append(run)
                run = [size]
            else:
                run.append(size)
        runs.append(run)
        if all(sum(r) <= cap or len(r) == 1 for r in runs):
            candidate = (len(runs), max(sum(r) for r in runs))
            best = candidate if best is None else min(best, candidate)
    assert best is not None
    return best


@given(st.lists(st.integers(1, 30), min_size=1, max_size=11), st.integers(1, 60))
def test_split_is_the_fewest_and_most_even_cut(sizes: list[int], cap: int) -> None:
    lengths = split_evenly(sizes, cap)
    assert all(length >= 1 for length in lengths) and sum(lengths) == len(sizes)
    starts = list(itertools.accumulate([0, *lengths]))
    runs = [sizes[a:b] for a, b in itertools.pairwise(starts)]
    assert all(sum(r) <= cap or len(r) == 1 for r in runs), runs
    assert (len(runs), max(sum(r) for r in runs)) == cuts_by_brute_force(sizes, cap)


def test_split_examples() -> None:
    assert split_evenly([], 60) == []
    assert split_evenly([8, 7, 7], 60) == [3]
    assert split_evenly([30, 30, 30], 60) == [2, 1]
    assert split_evenly([70, 5, 5], 60) == [1, 2]
    # the diffusion field as of 2026-12: 97 questions in 14 notes make two pages of 49 and 48
    assert split_evenly([8, 7, 7, 7, 7, 7, 6, 7, 7, 7, 7, 7, 6, 7], 60) == [7, 7]


def bank_page_links(site: Site) -> list[str]:
    """The bank pages that the table on the bank's index links to, in its order, as paths under questions/."""
    html = (site.path / "questions" / "index.html").read_text(encoding="utf-8")
    table = html[html.index("<table"):html.index("</table>")]
    return list(dict.fromkeys(re.findall(r'href="([a-z]+(?:-\d+)?/)"', table)))


def test_every_bank_page_is_listed_once_and_within_the_cap(site: Site) -> None:
    listed = bank_page_links(site)
    built = sorted(p.parent.name + "/" for p in (site.path / "questions").glob("*/index.html"))
    assert sorted(listed) == built
    assert "diffusion-2/" in listed, "the diffusion field (97 questions) is cut into pages"
    for page in built:
        text = (site.path / "questions" / page / "index.html").read_text(encoding="utf-8")
        assert 0 < text.count('<details class="question q-') <= MAX_QUESTIONS_PER_PAGE, page


def test_bank_follows_each_fields_reading_order_across_its_pages(site: Site) -> None:
    pages = bank_page_links(site)
    for field in NOTE_FIELDS:
        notes: list[str] = []
        for page in (p for p in pages if re.fullmatch(rf"{field}(-\d+)?/", p)):
            for heading in re.findall(r"<h2[^>]*>(.*?)</h2>", (site.path / "questions" / page / "index.html").read_text(encoding="utf-8")):
                href = re.search(r'href="\.\./\.\./([^"#]+)/#', heading)
                assert href, f"{page}: a group heading without a link back to its note: {heading[:120]}"
                notes.append(unquote(href.group(1)) + ".md")
        listed = [src for src in reading_order(ROOT / "docs", field) if not src.endswith("/index.md")]
        unlisted = sorted(f"{field}/{p.name}" for p in (ROOT / "docs" / field).glob("*.md")
                          if p.name != "index.md" and f"{field}/{p.name}" not in listed)
        assert notes == listed + unlisted, field


def test_navigation_lists_the_bank_pages_in_the_index_order(site: Site) -> None:
    html = (site.path / "questions" / "index.html").read_text(encoding="utf-8")
    nav = html[html.index('md-nav--primary'):html.index('md-sidebar--secondary')]
    in_nav = list(dict.fromkeys(re.findall(r'href="([a-z]+(?:-\d+)?/)"', nav)))  # siblings of questions/
    assert in_nav == bank_page_links(site)
