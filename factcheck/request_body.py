"""Request bodies the app reads whole, or refuses before reading.

Django reads `Content-Length` bytes and nothing else: a body sent with
`Transfer-Encoding: chunked` (no length) would be taken as empty and the request
handled without it. Any Transfer-Encoding is refused with 411 instead. An API body
over API_MAX_BODY_BYTES is refused with a JSON 413 before a byte of it is read.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse, JsonResponse

API_PREFIX = "/api/"


class RequestBodyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        is_api = request.path.startswith(API_PREFIX)
        if "HTTP_TRANSFER_ENCODING" in request.META:
            return _refuse(
                is_api, 411, "Send the body with a Content-Length; Transfer-Encoding is not accepted."
            )
        declared = request.META.get("CONTENT_LENGTH") or "0"
        limit = settings.API_MAX_BODY_BYTES
        if is_api and declared.isdigit() and int(declared) > limit:
            return _refuse(is_api, 413, f"Request body is over the {limit:,}-byte limit.")
        return self.get_response(request)


def _refuse(is_api: bool, status: int, message: str) -> HttpResponse:
    if is_api:
        return JsonResponse({"detail": message}, status=status)
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")
