"""The load test's mix (bench/load_test.py: anonymous verdict reads, token article posts,
reviewers taking queued claims) kept up while faults hit in turn: the worker killed
(SIGKILL, main process and pool), Redis killed and started empty, PostgreSQL crashed and
started again. Requests may fail while a service is down, and the test prints how many;
the bars are that a dead worker or a dead Redis fails no request (work waits in the
database for the sweeper), and that nothing accepted is lost: every article the API
answered 202 for is extracted once everything is back. Errors are counted per phase;
only PostgreSQL's outage (and its crash recovery) may have them. (Private Redis and
PostgreSQL servers of the test's own.)
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time

import psycopg
import pytest

from bench.load_test import Tally, migrated_database, report, run_load, seeded
from tests.faults.postgres import private_postgres
from tests.faults.processes import (
    PRODUCTION,
    SWEEPER,
    beat,
    children,
    gunicorn,
    private_redis,
    sigkill,
    worker,
)
from tests.workers import wait_for

pytestmark = [pytest.mark.slow, pytest.mark.faults]

CLIENTS = 8
CALM = 6  # seconds of load before, between and after the faults
DOWN = 4  # seconds each service stays down
LOAD_SECONDS = 4 * CALM + 3 * DOWN + 12  # the whole schedule below, with room for restarts
DRAIN_BOUND = 180  # seconds for the last accepted article to be extracted once all is back
# As in bench/load_test.py: the load comes from one address and one token.
UNTHROTTLED = {"API_THROTTLE_ANON": "1000000/s", "API_THROTTLE_TOKEN": "1000000/s"}


def _pending(url: str) -> tuple[int, int]:
    """(articles accepted, articles still waiting for extraction)."""
    with psycopg.connect(url) as conn:
        return conn.execute(
            "SELECT count(*), count(*) FILTER (WHERE status = 'pending') FROM claims_article "
            "WHERE body LIKE 'Load article %%'"
        ).fetchone()


def test_the_load_mix_through_a_worker_kill_a_redis_wipe_and_a_postgres_crash_loses_nothing():
    with (
        private_postgres() as pg,
        migrated_database(pg.server_url, prefix="factcheck_faults") as url,
        private_redis() as redis,
    ):
        identity = seeded(url, verdicts=50, queued=500, reviewers=CLIENTS)
        env = {"DATABASE_URL": url, **SWEEPER}
        with (
            gunicorn(redis.url, workers=2, env={**env, **PRODUCTION, **UNTHROTTLED}) as base,
            beat(redis.url, env=env),
            contextlib.ExitStack() as workers,
        ):
            first = workers.enter_context(worker(redis.url, queues="default,extraction", env=env))
            tally, errors = Tally(), {}
            load = threading.Thread(
                target=lambda: asyncio.run(
                    run_load(base, identity, clients=CLIENTS, seconds=LOAD_SECONDS, tally=tally)
                )
            )
            load.start()
            time.sleep(CALM)
            errors["before the faults"] = tally.error_count()
            sigkill([first.pid, *children(first.pid)])
            time.sleep(DOWN)
            workers.enter_context(worker(redis.url, queues="default,extraction", env=env, name="worker-2"))
            time.sleep(CALM)
            errors["worker killed, then a new one"] = tally.error_count()
            redis.kill()  # not persistent: it comes back empty, queued messages gone
            time.sleep(DOWN)
            redis.start()
            time.sleep(CALM)
            errors["Redis killed, started empty"] = tally.error_count()
            pg.crash()
            time.sleep(DOWN)
            pg.start()
            load.join()
            errors["PostgreSQL crashed, restarted"] = tally.error_count()
            drained = wait_for(lambda: _pending(url)[1] == 0, timeout=DRAIN_BOUND, interval=1)
            accepted, lost = _pending(url)

    per_phase, before = {}, 0
    for phase, count in errors.items():
        per_phase[phase], before = count - before, count
    print(f"\nload through faults (worker SIGKILL, Redis wiped, PostgreSQL crash; each down {DOWN} s):")
    print(report(tally, LOAD_SECONDS, CLIENTS, 2))
    print("  errors by phase: " + "; ".join(f"{phase} {count}" for phase, count in per_phase.items()))
    print(f"  articles accepted {accepted}, not extracted after recovery {lost}")
    assert accepted > 0 and tally.requests > 0
    assert drained and lost == 0
    assert per_phase["before the faults"] == 0
    assert per_phase["worker killed, then a new one"] == 0
    assert per_phase["Redis killed, started empty"] == 0
