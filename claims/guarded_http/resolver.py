"""An aiohttp resolver that lets a connection use only addresses the SSRF guard accepts.

aiohttp connects to exactly the addresses its resolver returns, so checking them
here means the address checked is the address connected to (no DNS rebinding).
Literal IP hosts skip resolvers in aiohttp: callers check those with `parse_target`.

Lookups run in a thread pool of their own: the event loop's default pool has a
handful of threads, which would make DNS the bottleneck of a run over many hosts.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor

from aiohttp.abc import AbstractResolver, ResolveResult

from claims.guarded_http.guard import Network, check_addresses, parse_networks


class GuardedResolver(AbstractResolver):
    def __init__(self, allowed_networks: Iterable[str | Network] = (), *, threads: int = 16):
        self.allowed_networks = parse_networks(allowed_networks)
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="dns")

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        infos = await asyncio.get_running_loop().run_in_executor(
            self._pool,
            lambda: socket.getaddrinfo(host, port, family, socket.SOCK_STREAM, 0, socket.AI_ADDRCONFIG),
        )
        check_addresses(host, [info[4][0] for info in infos], self.allowed_networks)
        return [
            ResolveResult(
                hostname=host,
                host=address[0],
                port=address[1],
                family=fam,
                proto=proto,
                flags=socket.AI_NUMERICHOST | socket.AI_NUMERICSERV,
            )
            for fam, _type, proto, _canon, address in infos
        ]

    async def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
