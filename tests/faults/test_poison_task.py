"""A task that kills its worker every time is given up after 3 deliveries, not retried
forever, and the worker goes on with the next task."""

import pytest
from kombu import Connection

from tests.faults.killpoints import kill_own_worker, note
from tests.faults.processes import worker
from tests.workers import wait_for

pytestmark = [pytest.mark.slow, pytest.mark.faults]


def test_a_task_that_kills_its_worker_is_dropped_after_three_deliveries(redis_broker, tmp_path):
    attempts, after = tmp_path / "attempts", tmp_path / "after"
    with worker(redis_broker.url, queues="default", include="tests.faults.killpoints"):
        with Connection(redis_broker.url) as conn:
            kill_own_worker.apply_async((str(attempts),), connection=conn)
            note.apply_async((str(after),), connection=conn)
        gave_up = wait_for(lambda: attempts.exists() and "gave up" in attempts.read_text(), timeout=90)
        assert wait_for(after.exists, timeout=30), "the worker stopped consuming"

    lines = attempts.read_text().splitlines()
    print(f"\npoison task: {lines.count('attempt')} deliveries killed the worker, then: {lines[-1]}")
    assert gave_up
    assert lines == ["attempt"] * 3 + ["gave up"]
