"""Throttle counts shared by every web process: two gunicorn workers, one Redis cache.

With each process's own memory as the cache, a client would get the rate once per worker.
"""

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import redis

from tests.faults.processes import gunicorn
from tests.services import REDIS_ADDR, REDIS_URL, require

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_two_web_processes_count_one_client_together():
    require(REDIS_ADDR, "Redis")
    redis.Redis.from_url(REDIS_URL).flushdb()
    env = {"CACHE_URL": REDIS_URL, "API_THROTTLE_ANON": "5/min"}
    with gunicorn("filesystem://", workers=2, env=env) as base:
        # A new connection per request, so both workers take some of them.
        answers = [httpx.get(f"{base}/api/v1/verdicts/").status_code for _ in range(12)]
    answered, throttled = answers.count(200), answers.count(429)
    print(f"\n12 anonymous requests, 2 workers, 5/min: {answered} answered, {throttled} throttled")
    assert answers.count(200) == 5 and answers.count(429) == 7


def test_a_client_sending_in_parallel_gets_no_more_than_its_rate():
    require(REDIS_ADDR, "Redis")
    redis.Redis.from_url(REDIS_URL).flushdb()
    env = {"CACHE_URL": REDIS_URL, "API_THROTTLE_ANON": "5/min"}
    with gunicorn("filesystem://", workers=2, env=env) as base:
        with ThreadPoolExecutor(max_workers=12) as pool:
            answers = list(pool.map(lambda _: httpx.get(f"{base}/api/v1/verdicts/").status_code, range(24)))
    assert answers.count(200) == 5 and answers.count(429) == 19
