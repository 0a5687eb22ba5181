"""One HTTP request of the link checker (aiohttp): a guarded session and the answer we keep."""

from __future__ import annotations

import errno
import math
import socket
import ssl
import zlib
from dataclasses import dataclass

import aiohttp
from yarl import URL

from claims.guarded_http.body import ACCEPT_ENCODING, CappedDecoder, UnsupportedEncoding
from claims.guarded_http.guard import BlockedURL, Network, parse_ip, refusal_reason
from claims.guarded_http.resolver import GuardedResolver
from claims.guarded_http.text import is_textual, parse_content_type
from claims.linkcheck.classify import Failure
from claims.linkcheck.config import LinkCheckConfig
from claims.linkcheck.gates import HostGate


@dataclass
class Answer:
    status: int
    location: str | None
    retry_after: str | None
    content_type: str | None
    body: bytes | None = None  # decoded (decompressed) prefix of the body, when asked for


class RequestFailed(Exception):
    def __init__(self, failure: Failure, message: str):
        super().__init__(message)
        self.failure = failure
        self.message = message


def open_session(config: LinkCheckConfig, resolver: GuardedResolver) -> aiohttp.ClientSession:
    """A session for one run; the caller closes it, then the resolver (aiohttp leaves that to us)."""
    connector = aiohttp.TCPConnector(
        limit=config.concurrency,
        limit_per_host=0,  # the checker's own per-host gates do this, with spacing
        resolver=resolver,
        ttl_dns_cache=300,
        # aiohttp rounds timeouts over 5 s up to a whole second of loop time (to batch
        # timers); a 10 s timeout could then fire at 10.99 s. Keep them exact.
        timeout_ceil_threshold=math.inf,
        ssl=None if config.verify_tls else False,
    )
    return aiohttp.ClientSession(
        connector=connector,
        trace_configs=[_spacing_trace()] if config.per_host_interval else [],
        auto_decompress=False,  # claims.guarded_http.body inflates with a cap (no decompression bombs)
        trust_env=False,  # a proxy from the environment would bypass the address checks
        headers={
            "User-Agent": config.user_agent,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8",
            "Accept-Encoding": ACCEPT_ENCODING,
        },
        timeout=aiohttp.ClientTimeout(total=None),
    )


def _spacing_trace() -> aiohttp.TraceConfig:
    """Call the host gate's `before_send` once the connection is ready, just before sending."""

    async def connection_ready(session, context, params) -> None:
        gate = context.trace_request_ctx
        if gate is not None:
            await gate.before_send()

    trace = aiohttp.TraceConfig()
    trace.on_connection_create_end.append(connection_ready)
    trace.on_connection_reuseconn.append(connection_ready)
    return trace


def check_literal_host(url: URL, allowed: tuple[Network, ...]) -> None:
    """aiohttp connects to literal IPs without asking the resolver: check them here."""
    ip = parse_ip((url.host or "").rstrip("."))
    if ip is None:
        return
    reason = refusal_reason(ip, allowed)
    if reason:
        raise BlockedURL(reason, str(url))


async def request(
    session: aiohttp.ClientSession,
    method: str,
    url: URL,
    *,
    timeout: float,
    connect_timeout: float,
    read_timeout: float,
    read_limit: int,
    gate: HostGate | None = None,
) -> Answer:
    """One request without following redirects; raises RequestFailed or BlockedURL."""
    limits = aiohttp.ClientTimeout(
        total=timeout,
        sock_connect=min(connect_timeout, timeout),
        sock_read=min(read_timeout, timeout),
        ceil_threshold=math.inf,
    )
    try:
        async with session.request(
            method, url, allow_redirects=False, timeout=limits, trace_request_ctx=gate
        ) as resp:
            answer = Answer(
                status=resp.status,
                location=resp.headers.get("Location"),
                retry_after=resp.headers.get("Retry-After"),
                content_type=resp.headers.get("Content-Type"),
            )
            if read_limit and method == "GET" and 200 <= resp.status < 300:
                media, _charset = parse_content_type(answer.content_type)
                if not media or is_textual(media):
                    answer.body = await _read_prefix(resp, read_limit)
            return answer
    except BlockedURL:
        raise
    except TimeoutError as exc:
        if isinstance(exc, aiohttp.ConnectionTimeoutError):
            message = f"no connection within {min(connect_timeout, timeout):g} s"
        elif isinstance(exc, aiohttp.SocketTimeoutError):
            message = f"no data for {min(read_timeout, timeout):g} s"
        else:
            message = f"no answer within {timeout:g} s"
        raise RequestFailed(Failure.TIMEOUT, message) from None
    except aiohttp.ClientError as exc:
        raise RequestFailed(*describe_error(exc)) from None
    except (ValueError, UnicodeError) as exc:  # URLs yarl or aiohttp cannot send
        raise RequestFailed(Failure.PROTOCOL, f"cannot request this URL: {exc}") from None


async def _read_prefix(resp: aiohttp.ClientResponse, limit: int) -> bytes | None:
    """Up to `limit` decoded bytes; whatever arrived if the body breaks off or is slow."""
    try:
        decoder = CappedDecoder(resp.headers.get("Content-Encoding"), limit)
    except UnsupportedEncoding:
        return None
    chunks: list[bytes] = []
    try:
        async for raw in resp.content.iter_any():
            chunks.append(decoder.feed(raw))
            if decoder.exceeded:
                break
    except (aiohttp.ClientError, TimeoutError, zlib.error):
        pass  # the status line is the answer; a broken body only limits soft-404 detection
    return b"".join(chunks)


def describe_error(exc: aiohttp.ClientError) -> tuple[Failure, str]:
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        os_error = exc.os_error
        if getattr(os_error, "errno", None) == socket.EAI_AGAIN:
            return Failure.DNS_TEMPORARY, f"DNS lookup of {exc.host} failed for now"
        return Failure.DNS, f"host {exc.host} not found"
    if isinstance(exc, aiohttp.ClientConnectorCertificateError | aiohttp.ClientSSLError):
        return Failure.TLS, f"TLS error: {exc}"
    if isinstance(exc, aiohttp.ClientConnectorError):
        if exc.os_error.errno == errno.ECONNREFUSED:
            return Failure.REFUSED, f"connection refused by {exc.host}:{exc.port}"
        return Failure.OTHER, f"cannot connect to {exc.host}:{exc.port}: {exc.os_error.strerror or exc}"
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return Failure.RESET, "server closed the connection without answering"
    if isinstance(exc, aiohttp.ClientOSError) and isinstance(
        exc.__cause__ or exc, ConnectionResetError | OSError
    ):
        if exc.errno in (errno.ECONNRESET, errno.EPIPE) or "reset" in str(exc).lower():
            return Failure.RESET, "connection reset by peer"
    if isinstance(exc, aiohttp.ClientResponseError | aiohttp.ClientPayloadError):
        return Failure.PROTOCOL, f"malformed HTTP answer: {exc}"
    if isinstance(exc, ssl.SSLError):
        return Failure.TLS, f"TLS error: {exc}"
    return Failure.OTHER, f"{type(exc).__name__}: {exc}"
