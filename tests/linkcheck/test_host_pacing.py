import asyncio

import pytest

from claims.linkcheck.host_pacing import run_by_host


def run(items, window, host_window, delay=0.01):
    live, peaks, order = {}, {"all": 0}, []

    async def work(item):
        host = item[0]
        live[host] = live.get(host, 0) + 1
        peaks[host] = max(peaks.get(host, 0), live[host])
        peaks["all"] = max(peaks["all"], sum(live.values()))
        order.append(item)
        await asyncio.sleep(delay)
        live[host] -= 1

    asyncio.run(run_by_host(((i[0], i) for i in items), work, window=window, host_window=host_window))
    return peaks, order


def test_every_item_runs_once_within_both_windows():
    items = [("a", n) for n in range(20)] + [("b", n) for n in range(5)]
    peaks, order = run(items, window=6, host_window=3)
    assert sorted(order) == sorted(items)
    assert peaks["all"] <= 6 and peaks["a"] <= 3 and peaks["b"] <= 3


def test_a_long_run_of_one_host_does_not_hold_up_the_next_host():
    items = [("a", n) for n in range(50)] + [("b", 0)]
    _peaks, order = run(items, window=10, host_window=2)
    assert order.index(("b", 0)) < 5


def test_items_of_one_host_start_in_input_order():
    items = [("a", n) for n in range(10)]
    _peaks, order = run(items, window=4, host_window=4)
    assert order == items


def test_an_error_in_the_work_surfaces():
    async def work(item):
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError, match="bug"):
        asyncio.run(run_by_host([("a", 1)], work, window=2, host_window=1))
