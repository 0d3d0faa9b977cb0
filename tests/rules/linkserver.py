"""A local HTTP server with every kind of answer a link checker meets (tests never touch the
internet).  ``python tests/rules/linkserver.py PORT`` runs it alone (for comparing with textlint).

Paths: /ok and / (200), /404, /410, /500, /301-ok /302-ok /303-ok /307-ok /308-ok (to /ok),
/301-bad (to /404), /chain (to /301-ok), /loop (to itself), /noloc (301 without Location),
/away (to /ok by an absolute URL), /to-root (to ``HTTP://127.0.0.1:port``), /slow (answers after 3 s), /nohead (HEAD 405, GET 200),
/headbad (HEAD 404, GET 200), /busy (429 with Retry-After: 1 on the first request of each
query, then 200), /flaky (500 on the first request of each query, then 200),
/ua (200 only for textlint's user agent), and the files a test puts in ``server.files`` (path ->
bytes, 200; a proofdict site's /dictionary.json).  Each request is counted per path and query
(``server.hits``).
"""

from __future__ import annotations

import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

_REDIRECT = {"/301-ok": (301, "/ok"), "/302-ok": (302, "/ok"), "/303-ok": (303, "/ok"), "/307-ok": (307, "/ok"),
             "/308-ok": (308, "/ok"), "/301-bad": (301, "/404"), "/chain": (302, "/301-ok"),
             "/loop": (302, "/loop")}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # quiet
        pass

    def do_HEAD(self):
        self._answer("HEAD")

    def do_GET(self):
        self._answer("GET")

    def _answer(self, method: str) -> None:
        server = self.server
        parts = urlsplit(self.path)
        key = parts.path + ("?" + parts.query if parts.query else "")
        with server.lock:
            server.hits[key] = server.hits.get(key, 0) + 1
            server.methods.setdefault(key, []).append(method)
            count = server.hits[key]
        path = parts.path
        headers = {}
        content = server.files.get(path)
        if content is not None:
            status = 200
        elif path in ("/ok", "/"):
            status = 200
        elif path == "/to-root":  # (an absolute URL without a path, in capitals)
            status, headers["Location"] = 301, f"HTTP://127.0.0.1:{server.server_port}"
        elif path in ("/404", "/410", "/500"):
            status = int(path[1:])
        elif path in _REDIRECT:
            status, headers["Location"] = _REDIRECT[path]
        elif path == "/noloc":
            status = 301
        elif path == "/away":
            status, headers["Location"] = 302, f"http://127.0.0.1:{server.server_port}/ok"
        elif path == "/slow":
            time.sleep(3)
            status = 200
        elif path == "/nohead":
            status = 405 if method == "HEAD" else 200
        elif path == "/headbad":
            status = 404 if method == "HEAD" else 200
        elif path == "/busy":
            status = 429 if count == 1 else 200
            if status == 429:
                headers["Retry-After"] = "1"
        elif path == "/flaky":
            status = 500 if count == 1 else 200
        elif path == "/ua":
            status = 200 if self.headers.get("User-Agent", "").startswith("textlint-rule-no-dead-link") else 403
        else:
            status = 404
        body = b"" if method == "HEAD" else content if content is not None else f"<p>{status}</p>".encode()
        try:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)
        except OSError:
            pass  # (the client gave up: a timeout test)


def start(port: int = 0) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", port), _Handler)
    server.daemon_threads = True
    server.hits, server.methods, server.lock, server.files = {}, {}, threading.Lock(), {}
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def start_data_site(monkeypatch, cache_folder) -> ThreadingHTTPServer:
    """:func:`start`, for a rule that downloads its data (``postlint.fetched``): copies go to
    ``cache_folder``, earlier fetches of this process are forgotten, and the suite's
    ``POSTLINT_OFFLINE`` is lifted (the server is loopback).  Shut it down after."""
    from postlint import fetched

    monkeypatch.setenv("POSTLINT_CACHE_HOME", str(cache_folder))
    monkeypatch.delenv("POSTLINT_OFFLINE", raising=False)
    monkeypatch.setattr(fetched, "_FETCHED", {})
    monkeypatch.setattr(fetched, "_FAILED", {})
    return start()


if __name__ == "__main__":
    running = start(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
    print(f"http://127.0.0.1:{running.server_port}/", flush=True)
    threading.Event().wait()
