"""ClaimReview output as a serializer, so the schema and the feed's pages know it."""

from __future__ import annotations

from rest_framework import serializers

from claims.api.claimreview import claim_review
from claims.api.queries import PublishedVerdict


class ClaimReviewSerializer(serializers.BaseSerializer):
    """Read-only: the JSON-LD of claims.api.claimreview (schema in claims.api.schema)."""

    def to_representation(self, verdict: PublishedVerdict) -> dict:
        return claim_review(verdict, bounds=self.context["bounds"], publisher=self.context["publisher"])
