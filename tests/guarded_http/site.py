"""A tiny threaded HTTP server on a loopback address, and a canary listener, for tests.

Routes map a path to a function of the request handler that returns
(status, headers, body), or None when it dealt with the socket itself (hang, reset).
"""

from __future__ import annotations

import collections
import socket
import struct
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

Reply = tuple[int, dict[str, str], bytes] | None


def page(title: str, text: str = "") -> bytes:
    head = f"<!doctype html><html><head><title>{title}</title></head>"
    return f"{head}<body><h1>{title}</h1><p>{text}</p></body></html>".encode()


def html(body: bytes | str, status: int = 200, **headers: str) -> Reply:
    data = body.encode() if isinstance(body, str) else body
    return status, {"Content-Type": "text/html; charset=utf-8", **headers}, data


def redirect(location: str, status: int = 302) -> Reply:
    return status, {"Location": location}, b""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        self._serve()

    def do_HEAD(self) -> None:
        self._serve()

    def _serve(self) -> None:
        site: Site = self.server.site  # type: ignore[attr-defined]
        path = self.path.split("?", 1)[0]
        site.record(self.command, path)
        try:
            route = site.routes.get(path)
            reply = route(self) if route else html(page("Not Found"), 404)
        finally:
            site.done(path)
        if reply is None:
            return
        status, headers, body = reply
        self.send_response(status)
        headers = {"Content-Length": str(len(body)), **headers}
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    # behaviours that need the socket
    def hang(self) -> None:
        self.server.site.stopping.wait(30)  # type: ignore[attr-defined]
        self.close_connection = True

    def drip(self, raw: bytes, every: float) -> None:
        """Send `raw` (a whole HTTP answer) one byte at a time, `every` seconds apart."""
        try:
            for i in range(len(raw)):
                if self.server.site.stopping.wait(every):  # type: ignore[attr-defined]
                    break
                self.wfile.write(raw[i : i + 1])
                self.wfile.flush()
        except OSError:  # the client gave up
            pass
        self.close_connection = True

    def reset(self) -> None:
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True


class Site:
    def __init__(self, host: str = "127.0.0.1"):
        self.routes: dict[str, Callable[[_Handler], Reply]] = {}
        self.hits: collections.Counter[str] = collections.Counter()
        self.methods: list[tuple[str, str]] = []
        self.starts: dict[str, list[float]] = collections.defaultdict(list)
        self.in_flight = 0
        self.peak_in_flight = 0
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer((host, 0), _Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.server.site = self  # type: ignore[attr-defined]
        self.host, self.port = host, self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def record(self, method: str, path: str) -> None:
        with self._lock:
            self.hits[path] += 1
            self.methods.append((method, path))
            self.starts[path].append(time.monotonic())
            self.in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)

    def done(self, path: str) -> None:
        with self._lock:
            self.in_flight -= 1

    def close(self) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()


class Canary:
    """A listener that must never be reached: counts the connections it accepts."""

    def __init__(self, host: str = "127.0.0.1"):
        self.sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
        self.sock.bind((host, 0))
        self.sock.listen(64)
        self.sock.settimeout(0.1)
        self.host, self.port = host, self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _addr = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(1)
        self.sock.close()


def fake_dns(monkeypatch, answers: dict[str, str]) -> None:
    """Make socket.getaddrinfo answer `answers` (name -> IPv4 address); other names resolve as usual."""
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if host in answers:
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (answers[host], port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


# Fixtures, imported by the conftest.py of each test package that needs them.
@pytest.fixture
def site():
    s = Site("127.0.0.1")
    yield s
    s.close()


@pytest.fixture
def site2():
    """A second host (127.0.0.2), e.g. the one allowed while 127.0.0.1 is not."""
    s = Site("127.0.0.2")
    yield s
    s.close()


@pytest.fixture
def canary():
    c = Canary("127.0.0.1")
    yield c
    c.close()
