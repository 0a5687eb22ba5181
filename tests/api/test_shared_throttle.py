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

# Per day, so that however slowly a loaded machine gets through the requests they all
# fall in one throttle window (a window's count weighs on the next one's for a while).
ENV = {"CACHE_URL": REDIS_URL, "API_THROTTLE_ANON": "5/day"}


def status_of(url: str) -> int:
    """GET's status; the timeout only catches a hung server: two workers can keep a
    request queued for many seconds on a loaded machine (httpx's default 5 s did not)."""
    return httpx.get(url, timeout=120).status_code


def test_two_web_processes_count_one_client_together():
    require(REDIS_ADDR, "Redis")
    redis.Redis.from_url(REDIS_URL).flushdb()
    with gunicorn("filesystem://", workers=2, env=ENV) as base:
        # A new connection per request, so both workers take some of them.
        answers = [status_of(f"{base}/api/v1/verdicts/") for _ in range(12)]
    answered, throttled = answers.count(200), answers.count(429)
    print(f"\n12 anonymous requests, 2 workers, 5/day: {answered} answered, {throttled} throttled")
    assert answers.count(200) == 5 and answers.count(429) == 7


def test_a_client_sending_in_parallel_gets_no_more_than_its_rate():
    require(REDIS_ADDR, "Redis")
    redis.Redis.from_url(REDIS_URL).flushdb()
    with gunicorn("filesystem://", workers=2, env=ENV) as base:
        with ThreadPoolExecutor(max_workers=12) as pool:
            answers = list(pool.map(lambda _: status_of(f"{base}/api/v1/verdicts/"), range(24)))
    assert answers.count(200) == 5 and answers.count(429) == 19
