"""Serve a built site on 127.0.0.1 the way a real host does: gzip for text, correct types.

Used by the browser tests and by tools/measure.py, so that transfer sizes are what
a reader would download.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import mimetypes
import threading
from pathlib import Path

COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map", ".webmanifest"}


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".js": "text/javascript",
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
        body = path.read_bytes()
        gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "") and path.suffix in COMPRESSIBLE
        if gzip_ok:
            body = gzip.compress(body, compresslevel=6)
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
