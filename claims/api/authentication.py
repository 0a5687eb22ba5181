"""Token authentication: django-rest-knox (hashed, expiring tokens), hardened.

Knox decodes the presented token as UTF-8 and would fail with a server error on
other bytes; any malformed token is simply an invalid one here. Failed attempts are
counted per client address: over API_THROTTLE_FAILED_AUTH, 429 before any lookup.
"""

from __future__ import annotations

from knox.auth import TokenAuthentication as KnoxTokenAuthentication
from rest_framework import exceptions
from rest_framework.authentication import get_authorization_header

from claims.api.throttling import FailedAuthenticationThrottle

TOKEN_CHARS = frozenset("0123456789abcdef")


class TokenAuthentication(KnoxTokenAuthentication):
    """`Authorization: Token <64 hex characters>`, as issued in the admin."""

    def authenticate(self, request):
        scheme = [word.lower() for word in get_authorization_header(request).split()[:1]]
        if scheme != [self.authenticate_header(request).lower().encode()]:
            return None  # anonymous, or another scheme: nothing for us to count
        failures = FailedAuthenticationThrottle()
        if failures.is_locked_out(request):
            raise exceptions.Throttled(failures.wait())
        try:
            return super().authenticate(request)
        except exceptions.AuthenticationFailed:
            failures.count_failure(request)
            raise

    def authenticate_credentials(self, token: bytes):
        try:
            text = token.decode("ascii")
        except UnicodeDecodeError:
            text = ""
        if not text or not set(text.lower()) <= TOKEN_CHARS:
            raise exceptions.AuthenticationFailed("Invalid token.")
        return super().authenticate_credentials(token)
