"""A webhook receiver on loopback, as a newsroom would run one: it checks every request with
the off-the-shelf `standardwebhooks` verifier and keeps each event once, by its webhook-id.

A test scripts it: `replies` (statuses answered to verified requests before accepting),
`hold` (answer only when released, to play a slow receiver), or not started at all (down).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from tests.reports.smtp import free_port


@dataclass
class Seen:
    webhook_id: str
    verified: bool
    answered: int


class Receiver:
    def __init__(self, secret: str, host: str = "127.0.0.1", port: int | None = None):
        self.verifier = Webhook(secret)
        self.host, self.port = host, port or free_port(host)
        self.replies: list[int] = []
        self.hold: threading.Event | None = None
        self.seen: list[Seen] = []
        self.accepted: dict[str, dict] = {}  # webhook-id -> payload, de-duplicated
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/hooks"

    def start(self) -> Receiver:
        self._server = ThreadingHTTPServer((self.host, self.port), self._handler())
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.hold is not None:
            self.hold.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> Receiver:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _answer(self, headers: dict[str, str], body: bytes) -> int:
        try:
            payload = self.verifier.verify(body, headers)
        except WebhookVerificationError:
            self._record(Seen(headers.get("webhook-id", ""), False, 401))
            return 401
        if self.hold is not None:
            self.hold.wait(60)
        with self._lock:
            status = self.replies.pop(0) if self.replies else 200
            if status == 200:
                self.accepted.setdefault(headers["webhook-id"], payload)
            self.seen.append(Seen(headers["webhook-id"], True, status))
        return status

    def _record(self, seen: Seen) -> None:
        with self._lock:
            self.seen.append(seen)

    def _handler(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status = receiver._answer({k.lower(): v for k, v in self.headers.items()}, body)
                reply = json.dumps({"status": status}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, *args) -> None:
                pass

        return Handler
