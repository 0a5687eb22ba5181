"""A total deadline for a fetch, applied to every socket operation.

A per-operation timeout restarts with every byte: a server that sends one byte just
inside it keeps a fetch going for ever (headers included, where our own checks between
body chunks never run). Each connect, TLS handshake, read and write here waits at most
the time left, so the whole fetch ends at its deadline.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import httpcore


class Deadline:
    def __init__(self, seconds: float, *, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.at = clock() + seconds

    def remaining(self) -> float:
        return self.at - self.clock()

    def passed(self) -> bool:
        return self.remaining() <= 0

    def timeout(self, timeout: float | None, error: type[Exception]) -> float:
        """The smaller of `timeout` and the time left; raises `error` when none is left."""
        left = self.remaining()
        if left <= 0:
            raise error("the fetch's deadline has passed")
        return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A connection whose every operation waits at most until `deadline`."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: Deadline):
        self.stream = stream
        self.deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.stream.read(max_bytes, self.deadline.timeout(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.stream.write(buffer, self.deadline.timeout(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.stream.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None, timeout: float | None = None):
        seconds = self.deadline.timeout(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self.stream.start_tls(ssl_context, server_hostname, seconds), self.deadline)

    def get_extra_info(self, info: str):
        return self.stream.get_extra_info(info)
