"""An httpx transport that connects only to addresses the SSRF guard has checked.

httpcore hands every new connection's host to a "network backend". Ours resolves
the host once, checks all its addresses and connects to a checked one itself, so
no second DNS lookup can differ from the one we checked. TLS still verifies the
certificate against the host name from the URL. Given a deadline, every socket operation
waits at most until then (claims.guarded_http.deadline).
"""

from __future__ import annotations

import functools
import socket
import ssl
from collections.abc import Iterable

import httpcore
import httpx

from claims.guarded_http.deadline import Deadline, DeadlineStream
from claims.guarded_http.guard import Network, parse_networks, resolve_checked

# One fetch talks to a handful of origins at most (its redirect chain).
DEFAULT_LIMITS = httpx.Limits(max_connections=10, max_keepalive_connections=5)


@functools.cache
def _ssl_context(verify: bool) -> ssl.SSLContext:
    # Loading the CA bundle takes tens of milliseconds: once per process is enough.
    return httpx.create_ssl_context(verify=verify, trust_env=False)


class GuardedBackend(httpcore.SyncBackend):
    def __init__(self, allowed_networks: Iterable[str | Network] = (), deadline: Deadline | None = None):
        self.allowed_networks = parse_networks(allowed_networks)
        self.deadline = deadline

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            addresses = resolve_checked(host, port, self.allowed_networks)
        except socket.gaierror as exc:
            raise httpcore.ConnectError(exc.strerror or str(exc)) from exc
        last_error: Exception | None = None
        for ip in addresses:
            if self.deadline is not None:
                timeout = self.deadline.timeout(timeout, httpcore.ConnectTimeout)
            try:
                stream = super().connect_tcp(str(ip), port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last_error = exc
            else:
                return stream if self.deadline is None else DeadlineStream(stream, self.deadline)
        raise last_error or httpcore.ConnectError(f"cannot connect to {host}")


class GuardedTransport(httpx.HTTPTransport):
    """`httpx.HTTPTransport` with the guarded backend and no proxies.

    httpx offers no public hook for the network backend, so the pool is rebuilt
    with the same settings; the SSRF canary tests fail loudly if that ever breaks.
    """

    def __init__(
        self,
        allowed_networks: Iterable[str | Network] = (),
        *,
        verify: bool = True,
        limits: httpx.Limits = DEFAULT_LIMITS,
        deadline: Deadline | None = None,
    ):
        ssl_context = _ssl_context(verify)
        super().__init__(verify=ssl_context, trust_env=False, limits=limits)
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(allowed_networks, deadline),
        )
