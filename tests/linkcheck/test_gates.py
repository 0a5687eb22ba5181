import asyncio

from claims.linkcheck.gates import FIRST, FOLLOW_UP, HostGate, Limiter, Slots


def test_turns_on_one_host_are_at_least_the_interval_apart():
    async def main():
        gate, starts = HostGate(limit=10, interval=0.05), []

        async def one():
            await gate.claim_turn()
            starts.append(asyncio.get_running_loop().time())

        await asyncio.gather(*(one() for _ in range(6)))
        return starts

    starts = asyncio.run(main())
    assert min(b - a for a, b in zip(starts, starts[1:], strict=False)) >= 0.05


def test_sends_are_spaced_even_when_turns_were_taken_close_together():
    async def main():
        gate, sends = HostGate(limit=10, interval=0.05), []
        for _ in range(4):
            await gate.before_send()
            sends.append(asyncio.get_running_loop().time())
        return sends

    sends = asyncio.run(main())
    assert min(b - a for a, b in zip(sends, sends[1:], strict=False)) >= 0.05


def test_the_limiter_caps_requests_overall_and_per_host():
    async def main():
        limiter, live, peak = Limiter(concurrency=3, per_host=2, per_host_interval=0), {}, {}

        async def one(host):
            async with limiter.slot(host):
                live[host] = live.get(host, 0) + 1
                peak[host] = max(peak.get(host, 0), live[host])
                peak["all"] = max(peak.get("all", 0), sum(live.values()))
                await asyncio.sleep(0.01)
                live[host] -= 1

        await asyncio.gather(*(one(h) for h in "aaaaabbbbb"))
        return peak

    peak = asyncio.run(main())
    assert peak["a"] == 2 and peak["b"] == 2 and peak["all"] == 3


def test_waiting_first_requests_go_before_follow_ups_then_in_arrival_order():
    async def main():
        slots, order = Slots(1), []
        await slots.acquire()  # taken: everyone below has to wait

        async def one(name, priority):
            async with slots.hold(priority):
                order.append(name)

        tasks = [
            asyncio.create_task(one(name, priority))
            for name, priority in [
                ("hop-a", FOLLOW_UP),
                ("new-b", FIRST),
                ("hop-c", FOLLOW_UP),
                ("new-d", FIRST),
            ]
        ]
        await asyncio.sleep(0)
        slots.release()
        await asyncio.gather(*tasks)
        return order, slots.free

    order, free = asyncio.run(main())
    assert order == ["new-b", "new-d", "hop-a", "hop-c"]
    assert free == 1


def test_a_cancelled_waiter_does_not_lose_a_slot():
    async def main():
        slots = Slots(1)
        await slots.acquire()
        waiter = asyncio.create_task(slots.acquire())
        await asyncio.sleep(0)
        slots.release()  # handed to the waiter...
        waiter.cancel()  # ...which is cancelled before it runs
        await asyncio.gather(waiter, return_exceptions=True)
        return slots.free

    assert asyncio.run(main()) == 1
