"""Request rates per anonymous client address and per token.

The client address comes from DRF's `get_ident`, which honours REST_FRAMEWORK
["NUM_PROXIES"]: with 0 (the default) it is REMOTE_ADDR and X-Forwarded-For is
ignored, so a client cannot give itself a fresh identity per request.

Requests are counted with a sliding window counter rather than DRF's list of request
times. DRF reads a client's list, appends and writes it back: two cache round trips,
work that grows with the rate, and two requests at once both read the old list, so a
client sending in parallel gets more than its rate. Here each request adds one to its
window's counter atomically (one round trip to Redis), and the rate is checked
against that count plus the previous window's, weighted by how much of the previous
window still lies within the last `duration` seconds.
"""

from __future__ import annotations

from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle


def count_request(cache, key: str, window: int, seconds: int) -> tuple[int, int] | None:
    """Count one request in `window`: (its count so far, the previous window's count).

    None when the cache cannot be reached (throttling then fails open).
    """
    current_key, previous_key = f"{key}:{window}", f"{key}:{window - 1}"
    if hasattr(cache, "count"):  # factcheck.cache.FailOpenRedisCache: one round trip
        return cache.count(current_key, previous_key, timeout=2 * seconds)
    try:  # any other Django cache: incr and add are atomic there too
        current = cache.incr(current_key)
    except ValueError:  # the window's first request
        current = 1 if cache.add(current_key, 1, timeout=2 * seconds) else cache.incr(current_key)
    return current, cache.get(previous_key, 0)


class SettingsRateThrottle(SimpleRateThrottle):
    """Reads its rate from REST_FRAMEWORK when asked (not once at import) and counts in
    sliding windows (see the module docstring)."""

    retry_after: float | None = None

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def allow_request(self, request, view) -> bool:
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        window, elapsed = divmod(self.timer(), self.duration)
        counts = count_request(self.cache, self.key, int(window), self.duration)
        return counts is None or self.within_rate(*counts, elapsed)

    def within_rate(self, current: int, previous: int, elapsed: float) -> bool:
        """Whether `current` requests in this window (and `previous` in the last) are within
        the rate; if not, sets when to retry."""
        if previous * (1 - elapsed / self.duration) + current <= self.num_requests:
            return True
        # When this window, as the next one's "previous", weighs little enough for one more.
        fraction = max(0.0, 1 - (self.num_requests - 1) / current)
        self.retry_after = self.duration - elapsed + self.duration * fraction
        return False

    def wait(self) -> float | None:
        return self.retry_after


class AnonClientThrottle(SettingsRateThrottle):
    """Unauthenticated requests, counted per client address."""

    scope = "anon"

    def get_cache_key(self, request, view):
        if request.user and request.user.is_authenticated:
            return None
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class TokenThrottle(SettingsRateThrottle):
    """Authenticated requests, counted per token (per user for the admin's session)."""

    scope = "token"

    def get_cache_key(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return None
        token_key = getattr(request.auth, "token_key", None)
        ident = f"token-{token_key}" if token_key else f"user-{request.user.pk}"
        return self.cache_format % {"scope": self.scope, "ident": ident}


class FailedAuthenticationThrottle(SettingsRateThrottle):
    """Failed token authentications, counted per client address.

    Once an address has used up its failures, its token requests are refused (429)
    before any token is looked up, so guessing tokens costs the guesser time, not us
    database queries. Used by claims.api.authentication, not as a view throttle.
    """

    scope = "failed_auth"

    def get_cache_key(self, request, view=None):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

    def is_locked_out(self, request) -> bool:
        """Whether one more failure from this address would be over the rate (counts nothing)."""
        if self.rate is None:
            return False
        key = self.get_cache_key(request)
        window, elapsed = divmod(self.timer(), self.duration)
        current_key, previous_key = f"{key}:{int(window)}", f"{key}:{int(window) - 1}"
        counts = self.cache.get_many([current_key, previous_key])
        return not self.within_rate(counts.get(current_key, 0) + 1, counts.get(previous_key, 0), elapsed)

    def count_failure(self, request) -> None:
        self.allow_request(request, None)
