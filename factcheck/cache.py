"""Django's Redis cache, failing open: a cache that cannot be reached is a miss, not a 500.

What the project keeps in the cache (API throttle counts, the rating scale's bounds) can
be lost or skipped for a while; a request must not fail because Redis is briefly down,
any more than a save may (factcheck.enqueue). Errors are logged, at most once a minute.
"""

from __future__ import annotations

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
LOG_EVERY_SECONDS = 60


def _fail_open(method, fallback):
    """`method`, answering `fallback(*args)` instead of raising when Redis cannot be reached."""

    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except UNREACHABLE as exc:
            self._unreachable(exc)
            return fallback(*args, **kwargs)

    return guarded


class FailOpenRedisCache(RedisCache):
    _last_logged = 0.0

    def _unreachable(self, exc: Exception) -> None:
        now = time.monotonic()
        if now - FailOpenRedisCache._last_logged >= LOG_EVERY_SECONDS:
            FailOpenRedisCache._last_logged = now
            logger.warning("Cache unreachable, carrying on without it: %s", exc)

    get = _fail_open(RedisCache.get, lambda key, default=None, version=None: default)
    get_many = _fail_open(RedisCache.get_many, lambda *args, **kwargs: {})
    set = _fail_open(RedisCache.set, lambda *args, **kwargs: None)
    add = _fail_open(RedisCache.add, lambda *args, **kwargs: False)
    delete = _fail_open(RedisCache.delete, lambda *args, **kwargs: False)
    clear = _fail_open(RedisCache.clear, lambda *args, **kwargs: False)

    def count(self, key: str, previous_key: str, timeout: int) -> tuple[int, int] | None:
        """Add one to the counter at `key` (kept `timeout` seconds) and read the one at
        `previous_key`: (count, previous count) in one atomic round trip (MULTI/EXEC)."""
        key = self.make_and_validate_key(key)
        previous_key = self.make_and_validate_key(previous_key)
        with self._cache.get_client(key, write=True).pipeline() as pipe:
            current, _, previous = pipe.incr(key).expire(key, timeout).get(previous_key).execute()
        return current, int(previous or 0)

    count = _fail_open(count, lambda *args, **kwargs: None)
