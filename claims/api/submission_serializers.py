"""Input and answer of `POST /api/v1/articles/`."""

from __future__ import annotations

from rest_framework import serializers

from claims.ingest import InputError, Submission
from claims.models.article import ArticleStatus


class StrictCharField(serializers.CharField):
    """A string and nothing else: DRF would quietly turn 42 or true into text."""

    default_error_messages = {"not_a_string": "Must be a string."}

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("not_a_string")
        return super().to_internal_value(data)


class ArticleSubmissionSerializer(serializers.Serializer):
    """`text` or `html`, or a `url` alone to have the page fetched (claims.ingest.Submission).

    With `text` or `html`, `url` is only the article's canonical address (not fetched).
    `title`, `outlet`, `author` and `published_on`, when given, win over what the page says.
    """

    # Their length limit (INGEST_MAX_CHARS) is claims.ingest's, answered with a 413.
    text = StrictCharField(required=False, allow_blank=True, trim_whitespace=False)
    html = StrictCharField(required=False, allow_blank=True, trim_whitespace=False)
    url = serializers.URLField(required=False, allow_blank=True, max_length=2000)
    title = StrictCharField(required=False, allow_blank=True, max_length=500)
    outlet = StrictCharField(required=False, allow_blank=True, max_length=200)
    author = StrictCharField(required=False, allow_blank=True, max_length=200)
    published_on = serializers.DateField(required=False, allow_null=True)

    def validate(self, attrs: dict) -> dict:
        try:
            Submission(**attrs).source()
        except InputError as exc:
            raise serializers.ValidationError({exc.field: [str(exc)]}) from exc
        return attrs

    def to_submission(self) -> Submission:
        return Submission(**self.validated_data)


class ArticleAcceptedSerializer(serializers.Serializer):
    """The answer to a submission: where to poll until extraction is done."""

    id = serializers.IntegerField()
    created = serializers.BooleanField(help_text="False when the article was already known.")
    status = serializers.ChoiceField(choices=ArticleStatus.choices)
    poll = serializers.URLField(help_text="GET this until status is no longer pending.")
