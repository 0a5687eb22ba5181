"""Request parsing with a size limit: bodies over API_MAX_BODY_BYTES are refused (413).

DRF reads the request stream itself, past Django's DATA_UPLOAD_MAX_MEMORY_SIZE
check, so the limit is enforced here, before any byte is parsed.
"""

from __future__ import annotations

from django.conf import settings
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.parsers import JSONParser


class BodyTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "body_too_large"


def max_body_bytes() -> int:
    return int(getattr(settings, "API_MAX_BODY_BYTES", 6_000_000))


class BoundedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        limit = max_body_bytes()
        request = (parser_context or {}).get("request")
        meta = getattr(request, "META", {})
        declared = str(meta.get("CONTENT_LENGTH") or "0")
        if declared.isdigit() and int(declared) > limit:
            raise BodyTooLarge(f"request body is over the {limit:,}-byte limit")
        return super().parse(stream, media_type, parser_context)
