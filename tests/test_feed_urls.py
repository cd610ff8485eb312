"""Feeds given as URLs: one served on loopback loads; an unreachable or missing one says so."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.helpers import query, wirehouse

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Wire</title>
<item><title>Shelling near Homs</title><link>http://127.0.0.1/a</link>
<pubDate>Mon, 12 Oct 2015 10:00:00 GMT</pubDate>
<description>Government forces shelled positions near Homs on Monday, residents said.
MarkerFeedUrl</description></item></channel></rss>"""


class _Feed(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the handler's API
        if self.path == "/feed.xml":
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            self.wfile.write(FEED)
        else:
            self.send_error(404, "Not Found")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the block ends: nobody listens


def test_a_feed_url_loads_and_bad_urls_are_told_apart(db_path: Path, server: str) -> None:
    refused = f"http://127.0.0.1:{_closed_port()}/feed.xml"
    result = wirehouse(
        "load", f"{server}/feed.xml", f"{server}/missing.xml", refused, "--no-extract", db=db_path
    )
    assert result.returncode == 1, result.stderr  # some input rejected, some loaded
    bodies = [b for (b,) in query(db_path, "SELECT body FROM articles")]
    assert len(bodies) == 1 and "MarkerFeedUrl" in bodies[0]
    reasons = dict(query(db_path, "SELECT input_file, reason FROM rejected_inputs"))
    assert reasons[f"{server}/missing.xml"] == "cannot fetch URL: HTTP 404 Not Found"
    assert reasons[refused].startswith("cannot reach URL:"), reasons
    assert "refused" in reasons[refused].lower()
    assert "malformed feed" not in result.stderr
