"""A real HTTP server on localhost that answers as Kibana's saved-objects import API does."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import orjson


class FakeKibana(ThreadingHTTPServer):
    """Records each request; answers with `status` and `answer` (JSON)."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), ImportHandler)
        self.requests: list[dict[str, Any]] = []
        self.status = 200
        self.answer: object = {"success": True, "successCount": 0, "successResults": []}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class ImportHandler(BaseHTTPRequestHandler):
    server: FakeKibana

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.requests.append({"path": self.path, "headers": self.headers, "body": body})
        payload = orjson.dumps(self.server.answer)
        self.send_response(self.server.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def fake_kibana() -> Iterator[FakeKibana]:
    server = FakeKibana()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
