"""What the API shows of verdicts, claims and articles.

Serializers read only rows the view's queryset loaded (see claims.api.queries), so
serialising a page issues no queries of its own.
"""

from __future__ import annotations

import functools

from django.urls import get_script_prefix
from django.urls import reverse as django_reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.api.queries import PublishedVerdict
from claims.models import Article, Claim
from claims.models.source import LinkClass, SourceKind
from reviewers.names import name_of


def display_name(user) -> str | None:
    if user is None:
        return None
    return name_of(user)


class ArticleRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    url = serializers.CharField(help_text="Canonical URL; empty for pasted text.")
    title = serializers.CharField()
    outlet = serializers.CharField()
    published_on = serializers.DateField(allow_null=True)


class ClaimRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    text = serializers.CharField()
    speaker = serializers.CharField()
    is_quote = serializers.BooleanField()
    is_reported = serializers.BooleanField(help_text="Reported speech (“X said that …”), not a direct quote.")


class RatingSerializer(serializers.Serializer):
    """A step of the verdict scale with the scale's bounds, for machine readers."""

    slug = serializers.SlugField()
    label = serializers.CharField()
    value = serializers.IntegerField()
    worst = serializers.IntegerField(help_text="Lowest value of the active scale.")
    best = serializers.IntegerField(help_text="Highest value of the active scale.")


class SourceSerializer(serializers.Serializer):
    url = serializers.URLField()
    title = serializers.CharField()
    kind = serializers.ChoiceField(choices=SourceKind.choices)
    link_status = serializers.ChoiceField(
        choices=LinkClass.choices,
        help_text="Result of the last link check; the newsroom's words for each value: "
        + ", ".join(f"{c.value} = {c.label}" for c in LinkClass)
        + ".",
    )
    http_status = serializers.IntegerField(allow_null=True)
    last_checked_at = serializers.DateTimeField(allow_null=True)


class CorrectionSerializer(serializers.Serializer):
    what_changed = serializers.CharField()
    reason = serializers.CharField()
    published_at = serializers.DateTimeField()


_DATETIME = serializers.DateTimeField()


@functools.cache
def _claimreview_path(script_prefix: str) -> str:
    """The ClaimReview detail path without its id, reversed once per deployment prefix."""
    return django_reverse("api:claimreview-detail", args=[0]).removesuffix("0/")


def _datetime(value) -> str | None:
    return None if value is None else _DATETIME.to_representation(value)


class VerdictSerializer(serializers.Serializer):
    """A PublishedVerdict (claims.api.queries); the view puts the scale's `bounds` in the
    context.

    The declared fields describe the output (and drive the OpenAPI schema); the speed
    comes from `to_representation` building the same dict directly.
    tests/api/test_verdicts.py checks that both give the same result.
    """

    id = serializers.IntegerField()
    claim = ClaimRefSerializer()
    article = ArticleRefSerializer()
    rating = serializers.SerializerMethodField()
    summary = serializers.CharField()
    sources = SourceSerializer(many=True)
    reviewer = serializers.CharField(
        allow_null=True, help_text="Full name of the reviewer, if they opted in to be named; else null."
    )
    editor = serializers.CharField(
        allow_null=True,
        help_text="Full name of the approving editor, if they opted in to be named; else null.",
    )
    published_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    corrections = CorrectionSerializer(many=True)
    claimreview = serializers.SerializerMethodField()

    def to_representation(self, verdict: PublishedVerdict) -> dict:
        claim, article = verdict.claim, verdict.article
        return {
            "id": verdict.id,
            "claim": {
                "id": claim.id,
                "text": claim.text,
                "speaker": claim.speaker,
                "is_quote": claim.is_quote,
                "is_reported": claim.is_reported,
            },
            "article": {
                "id": article.id,
                "url": article.url,
                "title": article.title,
                "outlet": article.outlet,
                "published_on": article.published_on.isoformat() if article.published_on else None,
            },
            "rating": self.get_rating(verdict),
            "summary": verdict.summary,
            "sources": [
                {
                    "url": source.url,
                    "title": source.title,
                    "kind": source.kind,
                    "link_status": source.link_status,
                    "http_status": source.http_status,
                    "last_checked_at": _datetime(source.last_checked_at),
                }
                for source in verdict.sources
            ],
            "reviewer": verdict.reviewer,
            "editor": verdict.editor,
            "published_at": _datetime(verdict.published_at),
            "updated_at": _datetime(verdict.updated_at),
            "corrections": [
                {
                    "what_changed": correction.what_changed,
                    "reason": correction.reason,
                    "published_at": _datetime(correction.published_at),
                }
                for correction in verdict.corrections
            ],
            "claimreview": self.get_claimreview(verdict),
        }

    @extend_schema_field(serializers.URLField())
    def get_claimreview(self, verdict: PublishedVerdict) -> str:
        """The verdict's ClaimReview URL: made absolute once per response, then formatted."""
        if not hasattr(self, "_claimreview_url"):
            path = _claimreview_path(get_script_prefix())
            request = self.context.get("request")
            self._claimreview_url = (request.build_absolute_uri(path) if request else path) + "{}/"
        return self._claimreview_url.format(verdict.id)

    @extend_schema_field(RatingSerializer)
    def get_rating(self, verdict: PublishedVerdict) -> dict:
        rating = verdict.rating
        bounds = self.context["bounds"].including(rating.value)
        return {
            "slug": rating.slug,
            "label": rating.label,
            "value": rating.value,
            "worst": bounds.worst,
            "best": bounds.best,
        }


class CurrentVerdictSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    rating = serializers.CharField(source="rating.label")
    published_at = serializers.DateTimeField(allow_null=True)


class ClaimSerializer(serializers.ModelSerializer):
    """A claim; workflow details (assignee, priority...) are null for the public."""

    article = ArticleRefSerializer()
    verdict = serializers.SerializerMethodField(help_text="The current verdict, if any the viewer may see.")
    assignee = serializers.SerializerMethodField()
    priority = serializers.SerializerMethodField()
    dismissal_reason = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id",
            "text",
            "speaker",
            "speaker_reason",
            "lead_in",
            "is_quote",
            "is_reported",
            "status",
            "article",
            "paragraph",
            "checkworthiness",
            "verdict",
            "assignee",
            "priority",
            "dismissal_reason",
            "created_at",
            "updated_at",
        ]

    @property
    def newsroom(self) -> bool:
        return bool(self.context.get("newsroom"))

    @extend_schema_field(CurrentVerdictSerializer(allow_null=True))
    def get_verdict(self, claim: Claim) -> dict | None:
        current = claim.current_verdicts[0] if claim.current_verdicts else None
        if current is None or (current.published_at is None and not self.newsroom):
            return None
        return CurrentVerdictSerializer(current).data

    def get_assignee(self, claim: Claim) -> str | None:
        return display_name(claim.assignee) if self.newsroom else None

    def get_priority(self, claim: Claim) -> float | None:
        return claim.priority if self.newsroom else None

    def get_dismissal_reason(self, claim: Claim) -> str | None:
        return claim.dismissal_reason if self.newsroom else None


class ArticleSerializer(serializers.ModelSerializer):
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "url",
            "title",
            "outlet",
            "author",
            "published_on",
            "status",
            "error",
            "claim_count",
            "ingested_at",
        ]


class ArticleDetailSerializer(ArticleSerializer):
    """An article with its text and the claims extracted from it."""

    claims = ClaimRefSerializer(many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body", "claims"]
