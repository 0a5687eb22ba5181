"""Token authentication: django-rest-knox (hashed, expiring tokens), hardened.

Knox decodes the presented token as UTF-8 and would fail with a server error on
other bytes; any malformed token is simply an invalid one here.
"""

from __future__ import annotations

from knox.auth import TokenAuthentication as KnoxTokenAuthentication
from rest_framework import exceptions

TOKEN_CHARS = frozenset("0123456789abcdef")


class TokenAuthentication(KnoxTokenAuthentication):
    """`Authorization: Token <64 hex characters>`, as issued in the admin."""

    def authenticate_credentials(self, token: bytes):
        try:
            text = token.decode("ascii")
        except UnicodeDecodeError:
            text = ""
        if not text or not set(text.lower()) <= TOKEN_CHARS:
            raise exceptions.AuthenticationFailed("Invalid token.")
        return super().authenticate_credentials(token)
