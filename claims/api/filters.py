"""Query filters for the list endpoints (django-filter); bad values give 400, never 500."""

from __future__ import annotations

from datetime import UTC, datetime

from django import forms
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Q, QuerySet
from django_filters import rest_framework as filters
from django_filters.fields import IsoDateTimeField
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter

from claims.api.permissions import is_newsroom
from claims.models import Article, Claim, ClaimStatus, Verdict
from claims.models.article import ArticleStatus


class SafeIsoDateTimeField(IsoDateTimeField):
    """ISO 8601 date-times that the database can store once turned into UTC."""

    def to_python(self, value):
        parsed = super().to_python(value)
        if parsed is None:
            return None
        try:
            in_utc = parsed.astimezone(UTC)
        except (OverflowError, ValueError):
            in_utc = None
        if in_utc is None or not datetime(1, 1, 2, tzinfo=UTC) <= in_utc <= datetime(
            9999, 12, 30, tzinfo=UTC
        ):
            raise forms.ValidationError(
                "Enter a date-time between the years 1 and 9999.", code="out_of_range"
            )
        # In UTC: PostgreSQL refuses offsets beyond 15:59, which ISO 8601 allows.
        return in_utc


class DateTimeFilter(filters.IsoDateTimeFilter):
    field_class = SafeIsoDateTimeField


class IdField(forms.IntegerField):
    """Digits only: Django's IntegerField also takes "1.0", NumberFilter even "NaN"."""

    def to_python(self, value):
        if value not in self.empty_values and not str(value).strip().isdigit():
            raise forms.ValidationError("Enter a whole number.", code="invalid")
        return super().to_python(value)


class IdFilter(filters.Filter):
    """A row id."""

    field_class = IdField


class StrictFilterSet(filters.FilterSet):
    """An empty value for a typed filter (date, number, choice) is an error, not "no filter".

    django-filter ignores empty values, as suits HTML forms; an API client that sends
    `?updated_since=` has a bug it should hear about.
    """

    def is_valid(self) -> bool:
        form = self.form
        if form.is_bound and not form.errors:
            for name, field in form.fields.items():
                if self.data.get(name) == "" and not isinstance(field, forms.CharField):
                    form.add_error(name, forms.ValidationError("This value may not be empty.", code="empty"))
        return super().is_valid()


class FilterBackend(DjangoFilterBackend):
    """django-filter, skipped when the request names none of the view's filters.

    Building the filter form costs about as much as serialising a short page, and
    most requests (an unfiltered list, a sync by cursor) have nothing for it to do.
    """

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is None or not set(request.query_params) & set(filterset_class.base_filters):
            return queryset
        return super().filter_queryset(request, queryset, view)


def full_text(queryset: QuerySet, fields: list[str], value: str) -> QuerySet:
    """Rows matching the words of `value`: PostgreSQL full-text search, else every word as a substring."""
    value = value.strip()
    if not value:
        return queryset
    if connection.vendor == "postgresql":
        vector = SearchVector(*fields, config="english")
        query = SearchQuery(value, search_type="websearch", config="english")
        return queryset.alias(search=vector).filter(search=query)  # alias: not a selected column
    for word in value.split():
        match = Q()
        for field in fields:
            match |= Q(**{f"{field}__icontains": word})
        queryset = queryset.filter(match)
    return queryset


class VerdictFilter(StrictFilterSet):
    rating = filters.CharFilter(field_name="rating__slug", help_text="Rating slug, e.g. `false`.")
    speaker = filters.CharFilter(field_name="claim__speaker", lookup_expr="icontains")
    outlet = filters.CharFilter(field_name="claim__article__outlet", lookup_expr="iexact")
    article = IdFilter(field_name="claim__article")
    published_after = DateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_before = DateTimeFilter(field_name="published_at", lookup_expr="lt")
    updated_since = DateTimeFilter(
        field_name="updated_at", lookup_expr="gte", help_text="Only verdicts changed at or after this time."
    )
    q = filters.CharFilter(
        method="search", help_text="Full-text search in claim, speaker, summary and title."
    )

    class Meta:
        model = Verdict
        fields = ["rating", "speaker", "outlet", "article"]

    def search(self, queryset, name, value):
        return full_text(
            queryset, ["claim__text", "claim__speaker", "summary", "claim__article__title"], value
        )


class ClaimFilter(StrictFilterSet):
    status = filters.MultipleChoiceFilter(choices=ClaimStatus.choices, method="by_status")
    speaker = filters.CharFilter(field_name="speaker", lookup_expr="icontains")
    outlet = filters.CharFilter(field_name="article__outlet", lookup_expr="iexact")
    article = IdFilter(field_name="article")
    rating = filters.CharFilter(method="by_rating", help_text="Rating slug of the current verdict.")
    updated_since = DateTimeFilter(
        field_name="shown_updated_at",  # claims.api.queries.claims_for: the time the viewer is shown
        lookup_expr="gte",
        help_text="Only claims whose `updated_at` is at or after this time.",
    )
    q = filters.CharFilter(method="search", help_text="Full-text search in claim text and speaker.")

    class Meta:
        model = Claim
        fields = ["status", "speaker", "outlet", "article"]

    def by_status(self, queryset, name, value):
        """By the status the viewer is shown: a reader asking for "correcting" finds nothing."""
        if is_newsroom(self.request.user):
            return queryset.filter(status__in=value)
        return queryset.in_public_status(value)

    def by_rating(self, queryset, name, value):
        # One current verdict per claim (a unique constraint), so this join adds no duplicates.
        return queryset.filter(verdicts__is_current=True, verdicts__rating__slug=value)

    def search(self, queryset, name, value):
        return full_text(queryset, ["text", "speaker"], value)


class ArticleFilter(StrictFilterSet):
    status = filters.ChoiceFilter(choices=ArticleStatus.choices)
    outlet = filters.CharFilter(field_name="outlet", lookup_expr="iexact")
    published_after = filters.DateFilter(field_name="published_on", lookup_expr="gte")
    published_before = filters.DateFilter(field_name="published_on", lookup_expr="lt")
    ingested_since = DateTimeFilter(field_name="ingested_at", lookup_expr="gte")
    q = filters.CharFilter(method="search", help_text="Full-text search in title, outlet and author.")

    class Meta:
        model = Article
        fields = ["status", "outlet"]

    def search(self, queryset, name, value):
        return full_text(queryset, ["title", "outlet", "author"], value)


class StrictOrdering(OrderingFilter):
    """`?ordering=` takes one of the view's `ordering_fields`, `-` for descending; else 400.

    One field only: cursor pagination pages on the first one (ties are broken by id).
    """

    def get_ordering(self, request, queryset, view):
        raw = request.query_params.get(self.ordering_param)
        if raw is None:
            return [self.column(view, name) for name in self.get_default_ordering(view)]
        if raw not in self.choices(view):
            allowed = ", ".join(self.choices(view))
            raise ValidationError({self.ordering_param: [f"Order by one of: {allowed}."]})
        return [self.column(view, raw)]

    @staticmethod
    def column(view, name: str) -> str:
        """What a field the client names sorts by: the view's `ordering_columns` may map it to an
        annotation (a claim's `updated_at` to the time the viewer is shown)."""
        field = name.lstrip("-")
        return name[: len(name) - len(field)] + getattr(view, "ordering_columns", {}).get(field, field)

    def choices(self, view) -> list[str]:
        fields = getattr(view, "ordering_fields", [])
        return [f"{sign}{field}" for field in fields for sign in ("", "-")]

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": "Sort by this field; a leading `-` sorts descending.",
                "schema": {"type": "string", "enum": self.choices(view)},
            }
        ]
