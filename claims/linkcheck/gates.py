"""Concurrency limits: so many requests in flight overall, fewer per host, spaced out.

Waiting requests are served by priority: a URL's first request goes before other
URLs' follow-ups (redirect hops, retries). A run ends when its slowest URL gives
up, so starting every URL's clock early finishes the run sooner.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

FIRST = 0  # priority of a URL's first request
FOLLOW_UP = 1  # redirect hops and retries


class Slots:
    """A semaphore that serves waiters by priority (lower first), then by arrival."""

    def __init__(self, value: int):
        self.free = value
        self._waiters: list[tuple[int, int, asyncio.Future]] = []
        self._order = itertools.count()

    async def acquire(self, priority: int = FIRST) -> None:
        if self.free > 0 and not self._waiters:
            self.free -= 1
            return
        waiter = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (priority, next(self._order), waiter))
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.release()  # handed a slot just as we were cancelled: pass it on
            raise

    def release(self) -> None:
        while self._waiters:
            _priority, _order, waiter = heapq.heappop(self._waiters)
            if not waiter.done():  # skip waiters that were cancelled
                waiter.set_result(None)  # the slot goes straight to the waiter
                return
        self.free += 1

    @asynccontextmanager
    async def hold(self, priority: int = FIRST) -> AsyncIterator[None]:
        await self.acquire(priority)
        try:
            yield
        finally:
            self.release()


class HostGate:
    """At most `limit` requests at once to one host, starts at least `interval` apart."""

    def __init__(self, limit: int, interval: float):
        self.slots = Slots(limit)
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
        self.requests = Slots(concurrency)
        self.per_host = per_host
        self.per_host_interval = per_host_interval
        self.hosts: dict[str, HostGate] = {}

    async def acquire(self, host: str, priority: int = FIRST) -> HostGate:
        """Take one request slot for `host`; give it back with `release(gate)`.

        The host's own slot is taken first, so requests queued for a busy host do not
        sit on global slots that other hosts could use. (Plain acquire/release rather
        than a context manager: this runs for every request.)
        """
        gate = self.hosts.get(host)
        if gate is None:
            gate = self.hosts[host] = HostGate(self.per_host, self.per_host_interval)
        await gate.slots.acquire(priority)
        try:
            if self.per_host_interval:
                await gate.wait_turn()
            await self.requests.acquire(priority)
        except BaseException:
            gate.slots.release()
            raise
        if self.per_host_interval:
            try:
                await gate.claim_turn()
            except BaseException:
                self.release(gate)
                raise
        return gate

    def release(self, gate: HostGate) -> None:
        self.requests.release()
        gate.slots.release()

    @asynccontextmanager
    async def slot(self, host: str, priority: int = FIRST) -> AsyncIterator[HostGate]:
        gate = await self.acquire(host, priority)
        try:
            yield gate
        finally:
            self.release(gate)
