"""Concurrency limits: so many requests in flight overall, fewer per host, spaced out."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class HostGate:
    """At most `limit` requests at once to one host, starts at least `interval` apart."""

    def __init__(self, limit: int, interval: float):
        self.slots = asyncio.Semaphore(limit)
        self.interval = interval
        self.last_start = -interval
        self.last_send = -interval

    def _due_in(self) -> float:
        return self.last_start + self.interval - asyncio.get_running_loop().time()

    async def wait_turn(self) -> None:
        """Sleep until the host is due, without claiming the turn (cheap pre-wait)."""
        delay = self._due_in()
        if delay > 0:
            await asyncio.sleep(delay)

    async def claim_turn(self) -> None:
        """Sleep until the host is due, then take the turn.

        Spacing counts from the actual start of the previous request, so a late
        wake-up never lets the next request follow closer than `interval`. Nothing
        awaits between the last check and taking the turn: no two can take it.
        """
        while (delay := self._due_in()) > 0:
            await asyncio.sleep(delay)
        self.last_start = asyncio.get_running_loop().time()

    async def before_send(self) -> None:
        """Keep the spacing at the moment the request goes out, with its connection ready.

        A turn taken on time can still reach the server late (a new connection had to
        be opened) and the next one early (it reused one); this evens that out.
        """
        loop = asyncio.get_running_loop()
        while (delay := self.last_send + self.interval - loop.time()) > 0:
            await asyncio.sleep(delay)
        self.last_send = loop.time()


class Limiter:
    def __init__(self, concurrency: int, per_host: int, per_host_interval: float):
        self.requests = asyncio.Semaphore(concurrency)
        self.per_host = per_host
        self.per_host_interval = per_host_interval
        self.hosts: dict[str, HostGate] = {}

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[HostGate]:
        """Hold one request slot for `host`.

        The host's own slot is taken first, so requests queued for a busy host do not
        sit on global slots that other hosts could use.
        """
        gate = self.hosts.get(host)
        if gate is None:
            gate = self.hosts[host] = HostGate(self.per_host, self.per_host_interval)
        async with gate.slots:
            if self.per_host_interval:
                await gate.wait_turn()
            async with self.requests:
                if self.per_host_interval:
                    await gate.claim_turn()
                yield gate
