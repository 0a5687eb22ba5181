"""Request rates per anonymous client address and per token.

The client address comes from DRF's `get_ident`, which honours REST_FRAMEWORK
["NUM_PROXIES"]: with 0 (the default) it is REMOTE_ADDR and X-Forwarded-For is
ignored, so a client cannot give itself a fresh identity per request.
"""

from __future__ import annotations

from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle


class SettingsRateThrottle(SimpleRateThrottle):
    """Reads its rate from REST_FRAMEWORK when asked, not once at import."""

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


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
