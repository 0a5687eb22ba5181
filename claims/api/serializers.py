"""What the API shows of verdicts, claims and articles.

Serializers read only rows the view's queryset loaded (see claims.api.queries), so
serialising a page issues no queries of its own.
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import Article, Claim, Correction, Source, Verdict
from claims.models.source import LinkClass


def display_name(user) -> str | None:
    if user is None:
        return None
    return user.get_full_name() or user.get_username()


class ArticleRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ["id", "url", "title", "outlet", "published_on"]


class ClaimRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Claim
        fields = ["id", "text", "speaker", "is_quote"]


class RatingSerializer(serializers.Serializer):
    """A step of the verdict scale with the scale's bounds, for machine readers."""

    slug = serializers.SlugField()
    label = serializers.CharField()
    value = serializers.IntegerField()
    worst = serializers.IntegerField(help_text="Lowest value of the active scale.")
    best = serializers.IntegerField(help_text="Highest value of the active scale.")


class SourceSerializer(serializers.ModelSerializer):
    link_status = serializers.ChoiceField(
        choices=LinkClass.choices, help_text="Result of the last link check."
    )

    class Meta:
        model = Source
        fields = ["url", "title", "kind", "link_status", "http_status", "last_checked_at"]


class CorrectionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Correction
        fields = ["what_changed", "reason", "published_at"]


class VerdictSerializer(serializers.ModelSerializer):
    """A published verdict; the view puts the scale's `bounds` in the context."""

    claim = ClaimRefSerializer()
    article = ArticleRefSerializer(source="claim.article")
    rating = serializers.SerializerMethodField()
    sources = SourceSerializer(many=True)
    reviewer = serializers.SerializerMethodField()
    editor = serializers.SerializerMethodField()
    corrections = CorrectionSerializer(source="claim.public_corrections", many=True)
    claimreview = serializers.HyperlinkedIdentityField(view_name="api:claimreview-detail")

    class Meta:
        model = Verdict
        fields = [
            "id",
            "claim",
            "article",
            "rating",
            "summary",
            "sources",
            "reviewer",
            "editor",
            "published_at",
            "updated_at",
            "corrections",
            "claimreview",
        ]

    @extend_schema_field(RatingSerializer)
    def get_rating(self, verdict: Verdict) -> dict:
        rating = verdict.rating
        bounds = self.context["bounds"].including(rating.value)
        return {
            "slug": rating.slug,
            "label": rating.label,
            "value": rating.value,
            "worst": bounds.worst,
            "best": bounds.best,
        }

    def get_reviewer(self, verdict: Verdict) -> str:
        return display_name(verdict.author)

    def get_editor(self, verdict: Verdict) -> str | None:
        return display_name(verdict.approved_by)


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
            "is_quote",
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
