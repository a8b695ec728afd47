"""tools/gzip_server.py: the local host the browser tests and measurements use."""

from __future__ import annotations

import gzip
import os
import urllib.request
from pathlib import Path

from tests.conftest import free_port
from tools.gzip_server import serve


def fetch(url: str, accept_gzip: bool) -> tuple[bytes, str | None]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if accept_gzip else {})
    with urllib.request.urlopen(request) as response:
        return response.read(), response.headers.get("Content-Encoding")


def test_serves_gzip_and_a_changed_file_is_never_stale(tmp_path: Path) -> None:
    page = tmp_path / "style.css"
    page.write_text("a{color:red}", encoding="utf-8")
    port = free_port()
    server = serve(tmp_path, port)
    url = f"http://127.0.0.1:{port}/style.css"
    try:
        body, encoding = fetch(url, accept_gzip=True)
        assert encoding == "gzip" and gzip.decompress(body) == b"a{color:red}"
        # Same size, new content: the kept compressed body must not be served for it.
        page.write_text("a{color:tan}", encoding="utf-8")
        stat = page.stat()
        os.utime(page, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
        body, encoding = fetch(url, accept_gzip=True)
        assert gzip.decompress(body) == b"a{color:tan}"
        body, encoding = fetch(url, accept_gzip=False)
        assert encoding is None and body == b"a{color:tan}"
    finally:
        server.shutdown()
        server.server_close()
