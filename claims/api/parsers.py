"""JSON request parsing that answers 400, never 500, however the JSON is nested.

Body size is checked before anything reads the body (factcheck.request_body).
"""

from __future__ import annotations

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


class BoundedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:  # `[[[[...` deeper than Python's decoder recurses
            raise ParseError("JSON parse error - nested too deeply") from None
