"""POST a body to a URL through the SSRF guard, within a deadline, and report what happened.

For webhooks: every outcome (an answer, a refusal, a timeout, a connection error) comes
back as a `PostResult` to be logged, never as an exception. Redirects are not followed (a
receiver that moved must be re-registered), and only the first `excerpt_bytes` of the
answer are read.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass

import httpx

from claims.guarded_http.deadline import Deadline
from claims.guarded_http.guard import BlockedURL, Network, parse_target
from claims.guarded_http.transport import GuardedTransport

USER_AGENT = "factcheck/0.1 (webhooks)"


@dataclass(frozen=True)
class PostResult:
    status: int | None  # None when no HTTP answer came
    latency_ms: int
    excerpt: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def post(
    url: str,
    body: bytes,
    headers: Mapping[str, str],
    *,
    timeout: float,
    allowed_networks: Iterable[str | Network] = (),
    excerpt_bytes: int = 1000,
) -> PostResult:
    """POST `body` to `url`; `timeout` bounds the whole exchange, connect to last byte read."""
    allowed = tuple(allowed_networks)
    started = time.monotonic()

    def result(status: int | None, excerpt: str = "", error: str = "") -> PostResult:
        return PostResult(status, round((time.monotonic() - started) * 1000), excerpt, error)

    try:
        parse_target(url, allowed)
    except BlockedURL as exc:
        return result(None, error=f"refused: {exc.reason}")
    deadline = Deadline(timeout)
    sent = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity", **headers}
    try:
        transport = GuardedTransport(allowed, deadline=deadline)
        with httpx.Client(transport=transport, trust_env=False, follow_redirects=False) as client:
            request = client.build_request("POST", url, content=body, headers=sent, timeout=timeout)
            with closing(client.send(request, stream=True)) as response:
                excerpt = _read_excerpt(response, excerpt_bytes)
                return result(response.status_code, excerpt)
    except BlockedURL as exc:
        return result(None, error=f"refused: {exc.reason}")
    except httpx.TimeoutException:
        return result(None, error=f"timed out after {timeout:g} s")
    except httpx.HTTPError as exc:
        return result(None, error=f"{type(exc).__name__}: {exc}"[:500])


def _read_excerpt(response: httpx.Response, limit: int) -> str:
    chunks, size = [], 0
    for chunk in response.iter_raw():
        chunks.append(chunk)
        size += len(chunk)
        if size >= limit:
            break
    return b"".join(chunks)[:limit].decode("utf-8", errors="replace")
