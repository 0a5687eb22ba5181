"""ClaimReview output as a serializer, so the schema and the feed's pages know it."""

from __future__ import annotations

import functools

from django.conf import settings
from django.urls import get_script_prefix, reverse
from rest_framework import serializers

from claims.api.queries import PublishedVerdict
from claims.claimreview import claim_review, review_url


@functools.cache
def _page_path(script_prefix: str) -> str:
    """The public page's path with "{}" for the slug, reversed once per deployment prefix."""
    return reverse("publishing:check", args=["slug-marker"]).replace("slug-marker", "{}")


class ClaimReviewSerializer(serializers.BaseSerializer):
    """Read-only: the JSON-LD of claims.claimreview (schema in claims.api.schema), whose `url`
    is the verdict's public page (publishing) or the newsroom's CMS page."""

    def to_representation(self, verdict: PublishedVerdict) -> dict:
        slug = verdict.claim.public_slug
        page = settings.SITE_URL.rstrip("/") + _page_path(get_script_prefix()).format(slug)
        return claim_review(
            verdict,
            article=verdict.article,
            url=review_url(settings.CLAIMREVIEW_URL_TEMPLATE, page, slug=slug, verdict_id=verdict.id),
            bounds=self.context["bounds"],
            publisher=self.context["publisher"],
            corrections=verdict.corrections,
            people=[
                (role, name)
                for role, name in (("reviewer", verdict.reviewer), ("editor", verdict.editor))
                if name
            ],
        )
