"""What the public pages load: published verdicts with their claim, article and rating in
one query, and for one page its cited sources, snapshots and public corrections.

Only public rows (`Verdict.objects.public()`), and never the columns readers must not
see or need not load (article bodies, internal notes).
"""

from __future__ import annotations

from datetime import datetime

from django.db.models import Count, F, Max, Prefetch, Q, QuerySet

from claims.models import Correction, Rating, Source, SourceSnapshot, Verdict

# Large or internal columns of the joined rows; the pages never show them.
UNSHOWN = (
    "publish_reason",
    "publish_warnings",
    "claim__paragraph",
    "claim__review_note",
    "claim__dismissal_reason",
    "claim__speaker_reason",
    "claim__article__body",
    "claim__article__html",
    "claim__article__skipped_text",
    "claim__article__error",
)


def public_verdicts() -> QuerySet[Verdict]:
    """Public verdicts, newest first, each with its claim, article and rating (one query)."""
    return (
        Verdict.objects.public()
        .select_related("claim__article", "rating")
        .defer(*UNSHOWN)
        .order_by("-published_at", "-pk")
    )


def matching(verdicts: QuerySet[Verdict], *, rating="", speaker="", outlet="", q="") -> QuerySet[Verdict]:
    """Narrowed to a rating (its slug), a speaker or outlet (exact, any case), and words
    found in the claim, its speaker or the summary."""
    if rating:
        verdicts = verdicts.filter(rating__slug=rating)
    if speaker:
        verdicts = verdicts.filter(claim__speaker__iexact=speaker)
    if outlet:
        verdicts = verdicts.filter(claim__article__outlet__iexact=outlet)
    for word in q.split():
        verdicts = verdicts.filter(
            Q(claim__text__icontains=word)
            | Q(claim__checked_text__icontains=word)
            | Q(claim__speaker__icontains=word)
            | Q(summary__icontains=word)
        )
    return verdicts


def with_evidence(verdicts: QuerySet[Verdict]) -> QuerySet[Verdict]:
    """Adds, in three more queries whatever the count: `cited` (sources, each with its
    `archived` snapshots oldest first, the page as cited leading; only their ids and dates), the claim's
    `public_corrections` oldest first, and the reviewer's and editor's profiles."""
    snapshots = (
        SourceSnapshot.objects.filter(url=F("source__url"))  # not of an address it had in review
        .only("id", "source_id", "taken_at")
        .order_by("taken_at", "pk")
    )
    sources = Source.objects.order_by("added_at", "pk").prefetch_related(
        Prefetch("snapshots", queryset=snapshots, to_attr="archived")
    )
    corrections = Correction.objects.public().order_by("published_at", "pk")
    return verdicts.select_related("author__reviewer", "approved_by__reviewer").prefetch_related(
        Prefetch("sources", queryset=sources, to_attr="cited"),
        Prefetch("claim__corrections", queryset=corrections, to_attr="public_corrections"),
    )


def public_verdict(slug: str) -> Verdict | None:
    """The verdict of record on the claim at /checks/<slug>/, with its evidence, or None."""
    return with_evidence(public_verdicts().filter(claim__public_slug=slug)).first()


def freshness(verdicts: QuerySet[Verdict]) -> tuple[datetime | None, int]:
    """The newest change among these verdicts (their own, their article's or a link check of
    a cited source) and how many there are: what tells a cached page is stale. One query.

    What readers see of the claim itself (its speaker and kind) moves its verdict of record's
    time when it changes (`Claim.save_details`, a published correction), so the claim's own
    `updated_at` is not counted: it also moves for what readers do not see, such as a
    correction reopened, worked on or abandoned."""
    found = verdicts.order_by().aggregate(
        changed=Max("updated_at"),
        article_changed=Max("claim__article__updated_at"),
        checked=Max("sources__last_checked_at"),
        count=Count("pk", distinct=True),
    )
    keys = ("changed", "article_changed", "checked")
    stamps = [found[key] for key in keys if found[key] is not None]
    return (max(stamps) if stamps else None), found["count"]


# What the page shows of the people behind a verdict, so a change (opting out, a new
# name) changes its ETag.
_NAMED = tuple(
    f"{who}__{field}"
    for who in ("author", "approved_by")
    for field in ("reviewer__credit_publicly", "first_name", "last_name")
)


def people_shown(slug: str) -> tuple:
    """The opt-ins and names of the reviewer and editor of the verdict at `slug`. One query."""
    return tuple(Verdict.objects.public().filter(claim__public_slug=slug).values_list(*_NAMED).first() or ())


def active_ratings() -> list[Rating]:
    """The scale, truest first (one query)."""
    return list(Rating.objects.filter(is_active=True).order_by("-value"))


def archived_copy(slug: str, source_id: int) -> SourceSnapshot | None:
    """The first snapshot of a source that the public verdict at `slug` cites, or None: the
    page as cited, the evidence the verdict rests on. Later ones (the site changed it since)
    stay in the admin; showing them here would let a page rewritten after publication stand
    in for what the verdict read."""
    cited_by = Verdict.objects.public().filter(claim__public_slug=slug)
    return (
        SourceSnapshot.objects.filter(
            source_id=source_id, source__verdicts__in=cited_by, url=F("source__url")
        )
        .select_related("source")
        .only("taken_at", "url", "text", "source__url", "source__title")
        .order_by("taken_at", "pk")
        .first()
    )
