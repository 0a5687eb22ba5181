"""Cursor pagination with a bounded page size, safe against forged cursors."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination
from rest_framework.response import Response

from claims.api.schema import fixed
from claims.claimreview import CONTEXT


class CursorPage(CursorPagination):
    """`?cursor=` pages in the view's ordering; `?page_size=` up to API_MAX_PAGE_SIZE."""

    page_size = 20
    page_size_query_param = "page_size"
    ordering = ("-pk",)

    @property
    def max_page_size(self) -> int:  # read per request so tests and deployments can change it
        return settings.API_MAX_PAGE_SIZE

    def get_page_size(self, request) -> int:
        """The requested size, cut to the maximum; anything but a whole number from 1 up is a 400."""
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        if not raw.isascii() or not raw.isdigit() or int(raw) < 1:
            raise ValidationError({self.page_size_query_param: ["Must be a whole number from 1 up."]})
        return min(int(raw), self.max_page_size)

    def get_schema_operation_parameters(self, view) -> list[dict]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["minimum"] = 1
                parameter["description"] = (
                    f"Results per page (default {self.page_size}); larger values are cut to "
                    f"API_MAX_PAGE_SIZE ({self.max_page_size} unless configured)."
                )
        return parameters

    def get_ordering(self, request, queryset, view) -> tuple[str, ...]:
        """The requested ordering, then the primary key so ties page stably."""
        ordering = super().get_ordering(request, queryset, view)
        if ordering[-1].lstrip("-") in ("pk", "id"):
            return ordering
        return (*ordering, "-pk" if ordering[0].startswith("-") else "pk")

    def paginate_queryset(self, queryset, request, view=None):
        newest = getattr(view, "newest_rows", None)
        if newest is not None and set(request.query_params) <= {self.page_size_query_param}:
            return self._first_page(newest, queryset, request, view)
        # A cursor's position is client input: a forged one must not reach the database
        # as a value of the wrong type.
        try:
            return super().paginate_queryset(queryset, request, view)
        except (DjangoValidationError, ValueError, TypeError, OverflowError, DataError):
            raise NotFound(self.invalid_cursor_message) from None

    def _first_page(self, newest, queryset, request, view) -> list:
        """The page DRF's paginate_queryset gives a request with no cursor, its rows read by
        `newest(ordering, size)` rather than from `queryset` (tests/api/test_verdicts.py
        holds the two equal)."""
        self.request = request
        self.page_size = self.get_page_size(request)
        self.base_url = request.build_absolute_uri()
        self.ordering = self.get_ordering(request, queryset, view)
        self.cursor = None
        results = newest(self.ordering, self.page_size + 1)
        self.page = results[: self.page_size]
        self.has_next, self.has_previous = len(results) > self.page_size, False
        if self.has_next:
            self.next_position = self._get_position_from_instance(results[-1], self.ordering)
        self.display_page_controls = self.has_next and self.template is not None
        return self.page


class DataFeedPage(CursorPage):
    """The same pages as a schema.org DataFeed, the form ClaimReview feeds take."""

    def get_paginated_response(self, data):
        return Response(
            {
                "@context": CONTEXT,
                "@type": "DataFeed",
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "dataFeedElement": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        link = {"type": "string", "nullable": True, "format": "uri"}
        return {
            "type": "object",
            "required": ["@context", "@type", "next", "previous", "dataFeedElement"],
            "properties": {
                "@context": fixed(CONTEXT),
                "@type": fixed("DataFeed"),
                "next": link,
                "previous": link,
                "dataFeedElement": schema,
            },
        }
