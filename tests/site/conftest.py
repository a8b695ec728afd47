"""The browser shared by the browser tests: headless Debian Chromium driven by Playwright."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str | None:
    """Debian's Chromium first; Playwright's own browser download does not work on our machines."""
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    for candidate in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(candidate)
        if found:
            return found
    return None  # fall back to a browser installed by `playwright install`, if any


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        executable = chromium_path()
        try:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        except Exception as error:  # noqa: BLE001 - report why no browser could start
            pytest.fail(f"no Chromium to test with (install Debian's 'chromium'): {error}")
        yield browser
        browser.close()




# extra.css and notebook.css let the browser skip off-screen blocks and notebook cells
# (content-visibility: auto), and a skipped block clips whatever would stick out of it.
# Overflow is measured with every block laid out.
FULL_LAYOUT = ".md-content__inner > *, .jp-Notebook-cell { content-visibility: visible !important; }"


def horizontal_overflow(page: Page) -> int:
    """How many CSS pixels the page is wider than the screen (0 or less: it fits)."""
    page.add_style_tag(content=FULL_LAYOUT)
    return int(page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))
