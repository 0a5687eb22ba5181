"""The querysets the API serves, with everything each item needs loaded up front.

Each list issues a fixed number of queries whatever the page size: one for the page
(rows joined with select_related) and one per related list (prefetched, or attached
afterwards from plain rows).
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from django.core.cache import cache
from django.db.models import Max, Min, Prefetch, QuerySet

from claims.api.claimreview import ScaleBounds
from claims.models import Article, Claim, ClaimStatus, Correction, Rating, Verdict

# A claim being corrected keeps its last published verdict public until the
# correction is signed off.
PUBLIC_CLAIM_STATUSES = (ClaimStatus.PUBLISHED, ClaimStatus.CORRECTING)


# Only what readers see: an article's body and HTML can be megabytes.
VERDICT_COLUMNS = (
    "id",
    "summary",
    "published_at",
    "updated_at",
    "claim_id",
    "rating_id",
    "author_id",
    "approved_by_id",
    *(f"claim__{f}" for f in ("id", "text", "speaker", "is_quote", "status", "article_id")),
    *(
        f"claim__article__{f}"
        for f in ("id", "url", "title", "outlet", "author", "published_on", "ingested_at")
    ),
    *(f"rating__{f}" for f in ("id", "slug", "label", "value")),
    *(
        f"{user}__{f}"
        for user in ("author", "approved_by")
        for f in ("id", "username", "first_name", "last_name")
    ),
)


class SourceRow(NamedTuple):
    url: str
    title: str
    kind: str
    link_status: str
    http_status: int | None
    last_checked_at: datetime | None


class CorrectionRow(NamedTuple):
    what_changed: str
    reason: str
    published_at: datetime


def public_verdicts() -> QuerySet[Verdict]:
    """Published, current verdicts of public claims, with claim, article, rating and people.

    Sources and corrections are not loaded: see `attach_evidence`.
    """
    return (
        Verdict.objects.filter(
            published_at__isnull=False, is_current=True, claim__status__in=PUBLIC_CLAIM_STATUSES
        )
        .select_related("claim__article", "rating", "author", "approved_by")
        .only(*VERDICT_COLUMNS)
    )


def attach_evidence(verdicts: list[Verdict]) -> None:
    """Set `evidence` (sources) and `public_corrections` on each verdict: two queries.

    What prefetch_related would do, but reading plain rows instead of building Source
    and Correction objects (and their related managers), which on a page of verdicts
    costs more than everything else the endpoint does in Python.
    """
    sources: dict[int, list[SourceRow]] = {v.pk: [] for v in verdicts}
    cited = (
        Verdict.sources.through.objects.filter(verdict_id__in=sources)
        .order_by("source__added_at", "source_id")
        .values_list("verdict_id", *(f"source__{f}" for f in SourceRow._fields))
    )
    for verdict_id, *row in cited:
        sources[verdict_id].append(SourceRow(*row))
    corrections: dict[int, list[CorrectionRow]] = {v.claim_id: [] for v in verdicts}
    notes = (
        Correction.objects.public()
        .filter(claim_id__in=corrections)
        .order_by("published_at", "pk")
        .values_list("claim_id", *CorrectionRow._fields)
    )
    for claim_id, *row in notes:
        corrections[claim_id].append(CorrectionRow(*row))
    for verdict in verdicts:
        verdict.evidence = sources[verdict.pk]
        verdict.public_corrections = corrections[verdict.claim_id]


def claims_for(*, newsroom: bool) -> QuerySet[Claim]:
    """Claims a viewer may see: all of them for the newsroom, public ones for everyone else."""
    current = Verdict.objects.filter(is_current=True).select_related("rating")
    claims = Claim.objects.all() if newsroom else Claim.objects.filter(status__in=PUBLIC_CLAIM_STATUSES)
    return claims.select_related("article", "assignee").prefetch_related(
        Prefetch("verdicts", queryset=current, to_attr="current_verdicts")
    )


def articles() -> QuerySet[Article]:
    return Article.objects.all()


SCALE_CACHE_KEY = "api:scale-bounds"
SCALE_CACHE_SECONDS = 30


def scale_bounds() -> ScaleBounds:
    """Worst and best value of the active rating scale.

    One query, then cached for SCALE_CACHE_SECONDS: the scale changes rarely, and an
    edit in the admin reaches the API within that time.
    """
    cached = cache.get(SCALE_CACHE_KEY)
    if cached is None:
        bounds = Rating.objects.filter(is_active=True).aggregate(worst=Min("value"), best=Max("value"))
        cached = (bounds["worst"] or 0, bounds["best"] or 0)
        cache.set(SCALE_CACHE_KEY, cached, SCALE_CACHE_SECONDS)
    return ScaleBounds(worst=cached[0], best=cached[1])
