"""What each event tells a receiver: public fields only, as the public API shows them.

No reviewer or editor names, no review notes, no dismissal reasons: a webhook goes to
systems outside the newsroom. A verdict's `url` is where readers find it: its public
page (publishing), or the newsroom's CMS page when CLAIMREVIEW_URL_TEMPLATE is set, as in
the ClaimReview markup; claims and articles link to their API documents.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import Count
from django.urls import reverse

from claims.claimreview import review_url
from claims.models import Article, Claim, ClaimStatus, Verdict


def _api_url(name: str, pk: int) -> str:
    return settings.SITE_URL.rstrip("/") + reverse(name, args=[pk])


def _page_url(verdict: Verdict) -> str:
    slug = verdict.claim.public_slug
    page = settings.SITE_URL.rstrip("/") + reverse("publishing:check", args=[slug])
    return review_url(settings.CLAIMREVIEW_URL_TEMPLATE, page, slug=slug, verdict_id=verdict.pk)


# The fields the public API shows of each (claims.api.serializers), and where to read it whole.
ARTICLE_FIELDS = ("url", "title", "outlet", "published_on")
CLAIM_FIELDS = ("text", "speaker", "is_quote", "is_reported")


def _public(obj, fields: tuple[str, ...], api_name: str) -> dict:
    return {
        "id": obj.pk,
        **{name: getattr(obj, name) for name in fields},
        "api_url": _api_url(api_name, obj.pk),
    }


def _article(article: Article) -> dict:
    return _public(article, ARTICLE_FIELDS, "api:article-detail")


def _claim(claim: Claim) -> dict:
    return _public(claim, CLAIM_FIELDS, "api:claim-detail")


def verdict_data(verdict: Verdict) -> dict:
    """A published verdict, with the correction it published if it was one (three queries)."""
    claim = verdict.claim
    correction = claim.corrections.filter(published_at__isnull=False).order_by("-published_at").first()
    corrected = correction is not None and correction.published_at == verdict.published_at
    return {
        "verdict": {
            "id": verdict.pk,
            "url": _page_url(verdict),
            "rating": {
                "slug": verdict.rating.slug,
                "label": verdict.rating.label,
                "value": verdict.rating.value,
            },
            "summary": verdict.summary,
            "published_at": verdict.published_at,
            "sources": [{"url": s.url, "title": s.title} for s in verdict.sources.order_by("pk")],
        },
        "claim": _claim(claim),
        "article": _article(claim.article),
        "correction": (
            {
                "what_changed": correction.what_changed,
                "reason": correction.reason,
                "published_at": correction.published_at,
            }
            if corrected
            else None
        ),
    }


def claim_data(claim: Claim) -> dict:
    return {"claim": _claim(claim), "article": _article(claim.article)}


def article_data(article: Article) -> dict:
    """An extracted article and how many claims it holds, queued ones counted apart (one query)."""
    counts = dict(article.claims.order_by().values_list("status").annotate(n=Count("pk")))
    return {
        "article": _article(article),
        "claims": {"found": sum(counts.values()), "queued": counts.get(ClaimStatus.QUEUED, 0)},
    }
