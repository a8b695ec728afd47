"""Serve a built site on 127.0.0.1 the way a real host does: gzip for text, correct types.

Used by the browser tests and by tools/measure.py, so that transfer sizes are what
a reader would download. Compressed bodies are kept, as a real host's cache keeps them:
compressing the search index on each request took 70 ms of the CPU that the browser
under measurement shares with this server.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import mimetypes
import threading
from pathlib import Path
from typing import ClassVar


@functools.lru_cache(maxsize=1024)
def gzipped(path: Path, mtime_ns: int, size: int) -> bytes:
    """The file compressed; the modification time and size in the key let a changed file through."""
    return gzip.compress(path.read_bytes(), compresslevel=6)


COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map", ".webmanifest"}


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".js": "text/javascript",
                      ".woff2": "font/woff2", ".webmanifest": "application/manifest+json"}

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                super().do_GET()  # the base class sends the redirect to the slash URL
                return
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return
        gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "") and path.suffix in COMPRESSIBLE
        if gzip_ok:
            stat = path.stat()
            body = gzipped(path, stat.st_mtime_ns, stat.st_size)
        else:
            body = path.read_bytes()
        self.send_response(200)
        content_type = self.extensions_map.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if content_type.startswith("text/") or content_type in ("application/json",):
            content_type += "; charset=utf-8"
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if gzip_ok:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)


def serve(directory: Path, port: int) -> http.server.ThreadingHTTPServer:
    """Start serving in a daemon thread; call .shutdown() to stop."""
    handler = functools.partial(GzipHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
