"""The ClaimReview JSON-LD each public fact-check page embeds (built by claims.claimreview,
as the API's is), ready to sit in a `<script type="application/ld+json">` element."""

from __future__ import annotations

from django.conf import settings
from django.utils.safestring import SafeString, mark_safe

from claims.claimreview import Publisher, ScaleBounds, claim_review, embeddable, published_scale, review_url
from claims.models import Rating, Verdict
from publishing.people import credits


def scale_of(verdict: Verdict, ratings: list[Rating]) -> ScaleBounds:
    """The scale `verdict` was published under; `ratings`, the active scale, for one published
    before the scale was kept."""
    values = [r.value for r in ratings] or [verdict.rating.value]
    return published_scale(verdict, ScaleBounds(worst=min(values), best=max(values)))


def page_claim_review(verdict: Verdict, *, page_path: str, ratings: list[Rating]) -> dict:
    """The verdict's ClaimReview; `url` is this page (absolute, on SITE_URL) unless
    CLAIMREVIEW_URL_TEMPLATE points at the newsroom's CMS. `verdict` comes from
    publishing.queries.public_verdict (corrections and people loaded)."""
    page = settings.SITE_URL.rstrip("/") + page_path
    slug = verdict.claim.public_slug
    return claim_review(
        verdict,
        article=verdict.claim.article,
        url=review_url(settings.CLAIMREVIEW_URL_TEMPLATE, page, slug=slug, verdict_id=verdict.pk),
        bounds=scale_of(verdict, ratings),
        publisher=Publisher(name=settings.FACTCHECK_ORGANISATION, url=settings.SITE_URL),
        corrections=verdict.claim.public_corrections,
        people=credits(verdict),
    )


def script_body(review: dict) -> SafeString:
    """The JSON, escaped so that no claim or speaker text can end the script element."""
    return mark_safe(embeddable(review))  # noqa: S308  (<, > and & are escaped by embeddable)
