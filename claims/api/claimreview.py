"""schema.org ClaimReview JSON-LD for a published verdict.

Plain functions over a PublishedVerdict (claims.api.queries), so the feed, the detail
endpoint and any future export emit the same object. See https://schema.org/ClaimReview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claims.api.queries import PublishedVerdict

CONTEXT = "https://schema.org"


@dataclass(frozen=True)
class Publisher:
    """Who publishes the fact-checks (the `author` of every ClaimReview)."""

    name: str
    url: str
    review_url_template: str  # "{id}" is replaced by the verdict id


@dataclass(frozen=True)
class ScaleBounds:
    worst: int
    best: int

    def including(self, value: int) -> ScaleBounds:
        """These bounds widened to hold `value` (a retired rating may lie outside the active scale)."""
        return ScaleBounds(worst=min(self.worst, value), best=max(self.best, value))


def claim_author(verdict: PublishedVerdict) -> dict:
    """Who made the claim: the quoted speaker, else the article's author, else its outlet."""
    claim, article = verdict.claim, verdict.article
    if claim.speaker:
        return {"@type": "Person", "name": claim.speaker}
    if article.author:
        return {"@type": "Person", "name": article.author}
    return {"@type": "Organization", "name": article.outlet or "Unattributed"}


def appearance(verdict: PublishedVerdict) -> dict:
    """The article the claim appeared in, as a CreativeWork."""
    article = verdict.article
    work: dict = {"@type": "CreativeWork", "headline": article.headline}
    if article.url:
        work["url"] = article.url
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.published_on:
        work["datePublished"] = article.published_on.isoformat()
    return work


def claim_date(verdict: PublishedVerdict) -> date:
    """When the claim was made: the article's date, else when we received the article."""
    article = verdict.article
    return article.published_on or article.ingested_at.date()


def claim_review(verdict: PublishedVerdict, *, bounds: ScaleBounds, publisher: Publisher) -> dict:
    """The ClaimReview object for one published verdict."""
    published = verdict.published_at
    bounds = bounds.including(verdict.rating.value)
    return {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": publisher.review_url_template.format(id=verdict.id),
        "claimReviewed": verdict.claim.text,
        "datePublished": published.date().isoformat(),
        "dateModified": verdict.updated_at.isoformat(),
        "author": {"@type": "Organization", "name": publisher.name, "url": publisher.url},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": verdict.rating.value,
            "bestRating": bounds.best,
            "worstRating": bounds.worst,
            "alternateName": verdict.rating.label,
            "ratingExplanation": verdict.summary,
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": claim_author(verdict),
            "datePublished": claim_date(verdict).isoformat(),
            "appearance": [appearance(verdict)],
        },
    }
