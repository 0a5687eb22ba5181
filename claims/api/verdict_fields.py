"""What the API reads and shows of a published verdict, one line per field.

Each line is a Field: the name (the column is the group's ORM prefix plus the name) and the
serializer field the API shows it as, or None for a column read but not shown (ClaimReview
needs it). claims.api.queries derives the columns and the row types from these lines,
claims.api.serializers the declared serializers (and so the schema) and the fast
representation: a field is written once.
"""

from __future__ import annotations

import copy
from collections import namedtuple
from collections.abc import Callable
from datetime import datetime
from typing import Any, NamedTuple

from django.utils import timezone
from rest_framework import ISO_8601, serializers

from claims.link_class import LinkClass
from claims.models.source import SourceKind


class Field(NamedTuple):
    name: str
    shown: serializers.Field | None = None


CHECKED_TEXT_HELP = (
    "The claim as checked, as readers see it: the reviewer's standalone wording of `text`, "
    "or `text` itself when they kept the extracted sentence."
)
VERDICT = (
    Field("id", serializers.IntegerField()),
    Field("summary", serializers.CharField()),
    Field("published_at", serializers.DateTimeField()),
    Field("updated_at", serializers.DateTimeField()),
    Field("scale_worst"),  # shown as the rating's `worst` and ClaimReview's worstRating
    Field("scale_best"),
)
CLAIM = (
    Field("id", serializers.IntegerField()),
    Field("text", serializers.CharField(help_text="The sentence as extracted from the article.")),
    Field("checked_text", serializers.CharField(help_text=CHECKED_TEXT_HELP)),
    Field("speaker", serializers.CharField()),
    Field("is_quote", serializers.BooleanField()),
    Field(
        "is_reported",
        serializers.BooleanField(help_text="Reported speech (“X said that …”), not a direct quote."),
    ),
    Field("public_slug"),
)
ARTICLE = (
    Field("id", serializers.IntegerField()),
    Field("url", serializers.CharField(help_text="Canonical URL; empty for pasted text.")),
    Field("title", serializers.CharField()),
    Field("outlet", serializers.CharField()),
    Field("author"),
    Field("published_on", serializers.DateField(allow_null=True)),
    Field("ingested_at"),
)
RATING = (
    Field("slug", serializers.SlugField()),
    Field("label", serializers.CharField()),
    Field("value", serializers.IntegerField()),
)
SOURCE = (
    Field("url", serializers.URLField()),
    Field("title", serializers.CharField()),
    Field("kind", serializers.ChoiceField(choices=SourceKind.choices)),
    Field(
        "link_status",
        serializers.ChoiceField(
            choices=LinkClass.choices,
            help_text="Result of the last link check; the newsroom's words for each value: "
            + ", ".join(f"{c.value} = {c.label}" for c in LinkClass)
            + ".",
        ),
    ),
    Field("http_status", serializers.IntegerField(allow_null=True)),
    Field("last_checked_at", serializers.DateTimeField(allow_null=True)),
)
CORRECTION = (
    Field("what_changed", serializers.CharField()),
    Field("reason", serializers.CharField()),
    Field("published_at", serializers.DateTimeField()),
)


def columns(fields: tuple[Field, ...], prefix: str = "") -> list[str]:
    """The ORM paths of a group's columns, for values_list."""
    return [prefix + field.name for field in fields]


def row_type(name: str, fields: tuple[Field, ...]) -> type[tuple]:
    """A named tuple with one item per column, in the columns' order."""
    return namedtuple(name, [field.name for field in fields])


def serializer(name: str, fields: tuple[Field, ...]) -> type[serializers.Serializer]:
    """A serializer declaring the fields shown, in order (its schema is the API's)."""
    declared = {field.name: copy.deepcopy(field.shown) for field in fields if field.shown is not None}
    return type(name, (serializers.Serializer,), {"__module__": __name__, **declared})


# Values DRF gives back as they are read (int, str, bool): no call needed for them.
_AS_READ = (
    serializers.IntegerField,
    serializers.CharField,
    serializers.BooleanField,
    serializers.ChoiceField,
)


def _iso_datetime(value: datetime) -> str:
    """What DRF's DateTimeField shows (ISO 8601 in the current time zone, UTC as Z) for
    the aware datetimes the database gives, without its lookups on every call."""
    shown = value.astimezone(timezone.get_current_timezone()).isoformat()
    return shown[:-6] + "Z" if shown.endswith("+00:00") else shown


def _converter(field: serializers.Field) -> Callable[[Any], Any] | None:
    if isinstance(field, _AS_READ):
        return None
    if isinstance(field, serializers.DateTimeField) and getattr(field, "format", ISO_8601) == ISO_8601:
        return _iso_datetime
    return field.to_representation


def representer(fields: tuple[Field, ...]) -> Callable[[tuple], dict]:
    """A row of `fields` as the API shows it: what the declared serializer gives, without
    DRF's per-field dispatch (tests/api/test_verdicts.py holds the two equal)."""
    plan = [
        (field.name, index, _converter(field.shown))
        for index, field in enumerate(fields)
        if field.shown is not None
    ]

    def represent(row: tuple) -> dict:
        shown = {}
        for name, index, convert in plan:
            value = row[index]
            shown[name] = value if convert is None or value is None else convert(value)
        return shown

    return represent
