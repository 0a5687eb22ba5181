"""Throttle counts shared by every web process: two gunicorn workers, one Redis cache.

With each process's own memory as the cache, a client would get the rate once per worker.
"""

import random
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


@pytest.fixture
def client_address():
    """A loopback address of this test's own: the throttle counts per client address, so
    other test runs sharing the Redis database never add to (or flush) this one's count."""
    require(REDIS_ADDR, "Redis")
    address = "127.{}.{}.{}".format(*(random.randint(1, 254) for _ in range(3)))
    yield address
    cache = redis.Redis.from_url(REDIS_URL)
    for key in cache.scan_iter(f"*{address}*"):
        cache.delete(key)


def status_of(url: str, address: str) -> int:
    """GET's status on a new connection from `address`. The timeout only catches a hung
    server: two workers can keep a request queued for many seconds on a loaded machine
    (httpx's default 5 s did not)."""
    with httpx.Client(transport=httpx.HTTPTransport(local_address=address), timeout=120) as client:
        return client.get(url).status_code


def test_two_web_processes_count_one_client_together(client_address):
    with gunicorn("filesystem://", workers=2, env=ENV) as base:
        # A new connection per request, so both workers take some of them.
        answers = [status_of(f"{base}/api/v1/verdicts/", client_address) for _ in range(12)]
    answered, throttled = answers.count(200), answers.count(429)
    print(f"\n12 anonymous requests, 2 workers, 5/day: {answered} answered, {throttled} throttled")
    assert answers.count(200) == 5 and answers.count(429) == 7


def test_a_client_sending_in_parallel_gets_no_more_than_its_rate(client_address):
    with gunicorn("filesystem://", workers=2, env=ENV) as base:
        with ThreadPoolExecutor(max_workers=12) as pool:
            answers = list(
                pool.map(lambda _: status_of(f"{base}/api/v1/verdicts/", client_address), range(24))
            )
    assert answers.count(200) == 5 and answers.count(429) == 19
