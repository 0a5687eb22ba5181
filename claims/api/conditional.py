"""Conditional GET for API views: ETag and Last-Modified, 304 when the client is current.

The ETag is a hash of the body as rendered for this client (so a different format
or a different viewer's view never shares one), and Last-Modified the newest change
among the items shown. Clients that sync send If-None-Match and get 304 with no body.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date, quote_etag


def body_etag(content: bytes, content_type: str) -> str:
    digest = hashlib.sha256(content_type.encode() + b"\n" + content).hexdigest()[:40]
    return quote_etag(digest)


def newest(timestamps: Iterable[datetime | None]) -> datetime | None:
    values = [t for t in timestamps if t is not None]
    return max(values) if values else None


class ConditionalGetMixin:
    """Adds validators to successful GETs and answers 304 when they match.

    Views record `self.last_modified` (a datetime) while building the response.
    """

    last_modified: datetime | None = None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        response.render()
        response["ETag"] = body_etag(response.content, response.get("Content-Type", ""))
        timestamp = None
        if self.last_modified is not None:
            timestamp = int(self.last_modified.timestamp())
            response["Last-Modified"] = http_date(timestamp)
        # Clients may keep a copy but must revalidate it; answers differ by viewer and format.
        patch_cache_control(response, no_cache=True)
        patch_vary_headers(response, ("Accept", "Authorization", "Cookie"))
        return get_conditional_response(
            request, etag=response["ETag"], last_modified=timestamp, response=response
        )
