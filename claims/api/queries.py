"""The querysets the API serves, with everything each item needs loaded up front.

Each list issues a fixed number of queries whatever the page size: one for the page
(rows joined with select_related) and one per prefetched relation.
"""

from __future__ import annotations

from django.db.models import Max, Min, Prefetch, QuerySet

from claims.api.claimreview import ScaleBounds
from claims.models import Article, Claim, ClaimStatus, Correction, Rating, Source, Verdict

# A claim being corrected keeps its last published verdict public until the
# correction is signed off.
PUBLIC_CLAIM_STATUSES = (ClaimStatus.PUBLISHED, ClaimStatus.CORRECTING)


def public_verdicts(*, with_evidence: bool = True) -> QuerySet[Verdict]:
    """Published, current verdicts of public claims, ready to serialise.

    `with_evidence` also loads their sources and public corrections (two more queries).
    """
    verdicts = Verdict.objects.filter(
        published_at__isnull=False, is_current=True, claim__status__in=PUBLIC_CLAIM_STATUSES
    ).select_related("claim__article", "rating", "author", "approved_by")
    if not with_evidence:
        return verdicts
    return verdicts.prefetch_related(
        Prefetch("sources", queryset=Source.objects.order_by("added_at", "pk")),
        Prefetch(
            "claim__corrections",
            queryset=Correction.objects.public().order_by("published_at", "pk"),
            to_attr="public_corrections",
        ),
    )


def claims_for(*, newsroom: bool) -> QuerySet[Claim]:
    """Claims a viewer may see: all of them for the newsroom, public ones for everyone else."""
    current = Verdict.objects.filter(is_current=True).select_related("rating")
    claims = Claim.objects.all() if newsroom else Claim.objects.filter(status__in=PUBLIC_CLAIM_STATUSES)
    return claims.select_related("article", "assignee").prefetch_related(
        Prefetch("verdicts", queryset=current, to_attr="current_verdicts")
    )


def articles() -> QuerySet[Article]:
    return Article.objects.all()


def scale_bounds() -> ScaleBounds:
    """Worst and best value of the active rating scale (one query)."""
    bounds = Rating.objects.filter(is_active=True).aggregate(worst=Min("value"), best=Max("value"))
    return ScaleBounds(worst=bounds["worst"] or 0, best=bounds["best"] or 0)
