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

from claims.api import verdict_fields
from claims.api.queries import PublishedVerdict
from claims.api.verdict_fields import CHECKED_TEXT_HELP
from claims.claimreview import published_scale
from claims.models import Article, Claim, ClaimStatus
from reviewers.names import name_of


def display_name(user) -> str | None:
    if user is None:
        return None
    return name_of(user)


ArticleRefSerializer = verdict_fields.serializer("ArticleRefSerializer", verdict_fields.ARTICLE)
ClaimRefSerializer = verdict_fields.serializer("ClaimRefSerializer", verdict_fields.CLAIM)
SourceSerializer = verdict_fields.serializer("SourceSerializer", verdict_fields.SOURCE)
CorrectionSerializer = verdict_fields.serializer("CorrectionSerializer", verdict_fields.CORRECTION)


class RatingSerializer(verdict_fields.serializer("RatingFields", verdict_fields.RATING)):
    """A step of the verdict scale with the scale's bounds, for machine readers."""

    worst = serializers.IntegerField(help_text="Lowest value of the scale the verdict was published under.")
    best = serializers.IntegerField(help_text="Highest value of the scale the verdict was published under.")


_represent_verdict = verdict_fields.representer(verdict_fields.VERDICT)
_represent_claim = verdict_fields.representer(verdict_fields.CLAIM)
_represent_article = verdict_fields.representer(verdict_fields.ARTICLE)
_represent_rating = verdict_fields.representer(verdict_fields.RATING)
_represent_source = verdict_fields.representer(verdict_fields.SOURCE)
_represent_correction = verdict_fields.representer(verdict_fields.CORRECTION)


@functools.cache
def _claimreview_path(script_prefix: str) -> str:
    """The ClaimReview detail path without its id, reversed once per deployment prefix."""
    return django_reverse("api:claimreview-detail", args=[0]).removesuffix("0/")


class VerdictSerializer(verdict_fields.serializer("VerdictFields", verdict_fields.VERDICT)):
    """A PublishedVerdict (claims.api.queries); the view puts the scale's `bounds` in the
    context.

    The declared fields describe the output (and drive the OpenAPI schema); the speed
    comes from `to_representation` building the same dict from the same field lines
    (claims.api.verdict_fields). tests/api/test_verdicts.py checks that both agree.
    """

    claim = ClaimRefSerializer()
    article = ArticleRefSerializer()
    rating = serializers.SerializerMethodField()
    sources = SourceSerializer(many=True)
    reviewer = serializers.CharField(
        allow_null=True, help_text="Full name of the reviewer, if they opted in to be named; else null."
    )
    editor = serializers.CharField(
        allow_null=True,
        help_text="Full name of the approving editor, if they opted in to be named; else null.",
    )
    corrections = CorrectionSerializer(many=True)
    claimreview = serializers.SerializerMethodField()

    def to_representation(self, verdict: PublishedVerdict) -> dict:
        return {
            **_represent_verdict(verdict),
            "claim": _represent_claim(verdict.claim),
            "article": _represent_article(verdict.article),
            "rating": self.get_rating(verdict),
            "sources": [_represent_source(source) for source in verdict.sources],
            "reviewer": verdict.reviewer,
            "editor": verdict.editor,
            "corrections": [_represent_correction(correction) for correction in verdict.corrections],
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
        bounds = published_scale(verdict, self.context["bounds"])
        return {**_represent_rating(verdict.rating), "worst": bounds.worst, "best": bounds.best}


class CurrentVerdictSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    rating = serializers.CharField(source="rating.label")
    published_at = serializers.DateTimeField(allow_null=True)


class ClaimSerializer(serializers.ModelSerializer):
    """A claim; workflow details (assignee, priority, check-worthiness...) are null for the
    public, and a claim under correction is "published" to them (Claim.public_status)."""

    article = ArticleRefSerializer()
    verdict = serializers.SerializerMethodField(help_text="The current verdict, if any the viewer may see.")
    # A reviewer's speaker reads "set by <username>": the newsroom's, as on the public pages.
    speaker_reason = serializers.SerializerMethodField(help_text="Why this speaker; null for the public.")
    checked_text = serializers.CharField(source="as_checked", read_only=True, help_text=CHECKED_TEXT_HELP)
    status = serializers.SerializerMethodField()
    checkworthiness = serializers.SerializerMethodField(
        help_text="The extraction's ranking score (0-1); null for the public."
    )
    assignee = serializers.SerializerMethodField()
    priority = serializers.SerializerMethodField()
    dismissal_reason = serializers.SerializerMethodField()
    updated_at = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id",
            "text",
            "checked_text",
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

    @extend_schema_field(
        serializers.ChoiceField(
            choices=ClaimStatus.choices,
            help_text="The public sees a claim under correction as published until the correction is.",
        )
    )
    def get_status(self, claim: Claim) -> str:
        return claim.status if self.newsroom else claim.public_status

    @extend_schema_field(
        serializers.DateTimeField(
            help_text="When the claim last changed as the viewer sees it: for the public, when its "
            "published verdict or what it says of the claim last did (a correction counts once it is "
            "published). Lists sort and filter (`updated_since`) by this time."
        )
    )
    def get_updated_at(self, claim: Claim) -> str:
        return serializers.DateTimeField().to_representation(claim.shown_updated_at)

    def get_checkworthiness(self, claim: Claim) -> float | None:
        return claim.checkworthiness if self.newsroom else None

    def get_speaker_reason(self, claim: Claim) -> str | None:
        return claim.speaker_reason if self.newsroom else None

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
