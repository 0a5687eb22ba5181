"""An aiohttp resolver that lets a connection use only addresses the SSRF guard accepts.

aiohttp connects to exactly the addresses its resolver returns, so checking them
here means the address checked is the address connected to (no DNS rebinding).
Literal IP hosts skip resolvers in aiohttp: callers check those with `parse_target`.
"""

from __future__ import annotations

import socket
from collections.abc import Iterable

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver

from claims.web.guard import Network, check_addresses, parse_networks


class GuardedResolver(AbstractResolver):
    def __init__(self, allowed_networks: Iterable[str | Network] = ()):
        self.allowed_networks = parse_networks(allowed_networks)
        self._inner = ThreadedResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        answers = await self._inner.resolve(host, port, family)
        check_addresses(host, [a["host"] for a in answers], self.allowed_networks)
        return answers

    async def close(self) -> None:
        await self._inner.close()
