"""Start link checks a few at a time, taking hosts in turn.

Starting every URL of a long list at once wastes time and memory: thousands of
tasks do their set-up work before the first answer is read. Starting them in a
bounded window instead could let one host's long run of URLs fill the window
while they wait for that host's polite per-host limit. So URLs queue per host,
and a check starts only when both the global window and its host's window have
room, hosts taking turns.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


async def run_by_host(
    items: Iterable[tuple[str, T]],
    work: Callable[[T], Awaitable[None]],
    *,
    window: int,
    host_window: int,
) -> None:
    """Await work(item) for every (host, item): at most `window` at once, `host_window` per host."""
    queues: dict[str, deque[T]] = {}
    for host, item in items:
        queues.setdefault(host, deque()).append(item)
    ready = deque(queues)  # hosts with queued items and room in their window
    active = dict.fromkeys(queues, 0)
    finished: asyncio.Queue[tuple[str, asyncio.Task]] = asyncio.Queue()
    running: set[asyncio.Task] = set()

    def start(host: str) -> None:
        task = asyncio.create_task(work(queues[host].popleft()))
        task.add_done_callback(lambda t: finished.put_nowait((host, t)))
        running.add(task)
        active[host] += 1
        if queues[host] and active[host] < host_window:
            ready.append(host)

    try:
        while ready or running:
            while ready and len(running) < window:
                start(ready.popleft())
            host, task = await finished.get()
            running.discard(task)
            task.result()  # a bug in `work` should surface, not vanish
            active[host] -= 1
            if queues[host] and active[host] == host_window - 1:
                ready.append(host)  # it was full, and so not in `ready`
    finally:
        for task in running:
            task.cancel()
