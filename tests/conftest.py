"""Shared fixtures: one strict build of the site per test session, served on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.gzip_server import serve  # noqa: E402


def build_site(project: Path, site_dir: Path, site_url: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the strict build exactly as the README does, from the project root."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env={**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1", **env},
        capture_output=True,
        text=True,
        timeout=900,
    )


@dataclass(frozen=True)
class Site:
    path: Path
    url: str
    log: str


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The site built once with --strict for the URL it is then served at."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    path = tmp_path_factory.mktemp("site")
    result = build_site(ROOT, path, url)
    if result.returncode != 0:
        pytest.fail(f"strict build failed:\n{result.stderr[-5000:]}")
    server = serve(path, port)
    try:
        yield Site(path, url, result.stderr)
    finally:
        server.shutdown()
        server.server_close()
