"""The period digest: what happened in a day, a week or any range, in a constant number of queries.

Each section is one function of (period, context) that issues one or two aggregate
queries, however many claims there are; `build_digest` runs them in order. The result
is JSON-ready (it is the report's JSON format) and every renderer reads only it.
Queue figures describe the queue when the digest is built, not at the period's end
(the database keeps no per-state history cheap enough to rebuild it).
"""

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo

from django.db.models import Count, DurationField, ExpressionWrapper, F, Q
from django.db.models.functions import TruncDay, TruncHour

from claims.models import Claim, ClaimStatus, Correction, LinkCheck, LinkClass, Rating, Source, Verdict
from claims.models.source import FAILING_CLASSES, failing_classes_phrase
from reports.periods import Period
from reports.plain import clip, hours, iso, person

# Everything not yet decided: waiting for someone in the newsroom.
WAITING = [s for s in ClaimStatus if s not in (ClaimStatus.PUBLISHED, ClaimStatus.DISMISSED)]
# Queue age buckets: (label, lower bound); a claim falls in the last bucket it reaches.
AGE_BUCKETS = [
    ("under 1 day", timedelta(0)),
    ("1–3 days", timedelta(days=1)),
    ("3–7 days", timedelta(days=3)),
    ("1–2 weeks", timedelta(days=7)),
    ("over 2 weeks", timedelta(days=14)),
]


@dataclass(frozen=True)
class Context:
    now: datetime
    tz: tzinfo
    list_limit: int


def _in(period: Period, field: str) -> Q:
    return Q(**{f"{field}__gte": period.start, f"{field}__lt": period.end})


def claims_section(period: Period, ctx: Context) -> dict:
    # 1 query
    totals = Claim.objects.filter(_in(period, "created_at")).aggregate(
        extracted=Count("pk"), articles=Count("article", distinct=True)
    )
    return {"extracted": totals["extracted"], "articles": totals["articles"]}


def verdicts_section(period: Period, ctx: Context) -> dict:
    # 1 query: every rating with its count, zeros included, in scale order
    published = Q(verdicts__published_at__gte=period.start, verdicts__published_at__lt=period.end)
    ratings = Rating.objects.annotate(n=Count("verdicts", filter=published)).order_by("order", "pk")
    rows = [
        {"slug": r.slug, "label": r.label, "value": r.value, "count": r.n}
        for r in ratings
        if r.is_active or r.n
    ]
    return {"published": sum(r["count"] for r in rows), "by_rating": rows}


def queue_section(period: Period, ctx: Context) -> dict:
    # 2 queries: counts by state and by age in one aggregate, then the oldest waiting claim
    waiting = Claim.objects.filter(status__in=WAITING)
    counts = {f"s_{s.value}": Count("pk", filter=Q(status=s)) for s in WAITING}
    bounds = [lower for _, lower in AGE_BUCKETS] + [None]
    for i, (lower, upper) in enumerate(zip(bounds, bounds[1:], strict=False)):
        age = Q(created_at__lte=ctx.now - lower)
        if upper is not None:
            age &= Q(created_at__gt=ctx.now - upper)
        counts[f"b_{i}"] = Count("pk", filter=age)
    totals = waiting.aggregate(**counts)
    oldest = waiting.order_by("created_at", "pk").only("pk", "text", "created_at", "status").first()
    return {
        "as_of": iso(ctx.now),
        "waiting": sum(totals[f"s_{s.value}"] for s in WAITING),
        "by_status": [
            {"status": s.value, "label": s.label, "count": totals[f"s_{s.value}"]} for s in WAITING
        ],
        "age_buckets": [
            {"label": label, "count": totals[f"b_{i}"]} for i, (label, _) in enumerate(AGE_BUCKETS)
        ],
        "oldest_waiting": oldest
        and {
            "claim_id": oldest.pk,
            "text": clip(oldest.text),
            "status": oldest.status,
            "since": iso(oldest.created_at),
            "age_hours": hours(ctx.now - oldest.created_at),
        },
    }


def time_to_verdict_section(period: Period, ctx: Context) -> dict:
    # 1 query: one duration per verdict published in the period
    span = ExpressionWrapper(F("published_at") - F("claim__created_at"), output_field=DurationField())
    spans = list(
        Verdict.objects.filter(_in(period, "published_at")).annotate(span=span).values_list("span", flat=True)
    )
    return {"median_hours": hours(statistics.median(spans)) if spans else None, "verdicts": len(spans)}


def reviewers_section(period: Period, ctx: Context) -> list[dict]:
    # 2 queries: verdicts authored, and verdicts approved, among those published in the period
    published = Verdict.objects.filter(_in(period, "published_at"))
    people: dict[int, dict] = {}
    for role, field in (("authored", "author"), ("approved", "approved_by")):
        rows = (
            published.filter(**{f"{field}__isnull": False})
            .values(f"{field}_id", f"{field}__username", f"{field}__first_name", f"{field}__last_name")
            .annotate(n=Count("pk"))
            .order_by()
        )
        for row in rows:
            entry = people.setdefault(
                row[f"{field}_id"],
                {
                    "name": person(
                        row[f"{field}__username"], row[f"{field}__first_name"], row[f"{field}__last_name"]
                    ),
                    "username": row[f"{field}__username"],
                    "authored": 0,
                    "approved": 0,
                },
            )
            entry[role] = row["n"]
    return sorted(people.values(), key=lambda p: (-(p["authored"] + p["approved"]), p["username"]))


def link_health_section(period: Period, ctx: Context) -> dict:
    # 2 queries: sources by current link state, and checks in the period by time bucket and class
    current = dict(Source.objects.values_list("link_status").annotate(n=Count("pk")).order_by())
    hourly = period.end - period.start <= timedelta(days=2)
    trunc = (TruncHour if hourly else TruncDay)("checked_at", tzinfo=ctx.tz)
    checks = (
        LinkCheck.objects.filter(_in(period, "checked_at"))
        .annotate(bucket=trunc)
        .values_list("bucket", "link_class")
        .annotate(n=Count("pk"))
        .order_by("bucket")
    )
    by_bucket: dict[str, dict[str, int]] = {}
    for bucket, link_class, n in checks:
        key = bucket.date().isoformat() if not hourly else bucket.astimezone(ctx.tz).isoformat()
        by_bucket.setdefault(key, {})[link_class] = n
    return {
        "by_status": [
            {"status": c.value, "label": c.label, "count": current.get(c.value, 0)} for c in LinkClass
        ],
        "over_time": {
            "bucket": "hour" if hourly else "day",
            "rows": [
                {"at": _bucket, **counts} for _bucket, counts in _filled(by_bucket, period, hourly, ctx.tz)
            ],
        },
    }


def _filled(by_bucket: dict, period: Period, hourly: bool, tz: tzinfo):
    """Every bucket of the period in order, empty ones included, so charts keep their time axis."""
    moment = period.start
    while moment < period.end:
        key = moment.astimezone(tz).isoformat() if hourly else moment.date().isoformat()
        yield key, by_bucket.get(key, {})
        if hourly:  # in UTC, so a daylight-saving hour is neither skipped nor repeated
            moment = (moment.astimezone(UTC) + timedelta(hours=1)).astimezone(tz)
        else:
            moment = datetime.combine(moment.date() + timedelta(days=1), time(0), tzinfo=tz)


def sources_section(period: Period, ctx: Context) -> dict:
    # 2 queries: the total, and the first `list_limit` sources that broke or changed in the period
    found = Source.objects.filter(_in(period, "last_checked_at")).filter(
        Q(link_status__in=FAILING_CLASSES) | Q(changed_since_cited=True)
    )
    listed = found.select_related("claim__article").order_by(
        "-consecutive_failures", "-last_checked_at", "pk"
    )
    return {
        "failing_label": failing_classes_phrase(),
        "total": found.count(),
        "items": [
            {
                "source_id": s.pk,
                "url": s.url,
                "title": s.title,
                "link_status": s.link_status,
                "link_label": s.get_link_status_display(),
                "http_status": s.http_status,
                "consecutive_failures": s.consecutive_failures,
                "link_rot": s.link_rot,
                "changed_since_cited": s.changed_since_cited,
                "last_checked_at": iso(s.last_checked_at),
                "claim_id": s.claim_id,
                "claim_text": clip(s.claim.text, 120),
                "article": str(s.claim.article),
            }
            for s in listed[: ctx.list_limit]
        ],
    }


def corrections_section(period: Period, ctx: Context) -> dict:
    # 2 queries: the total, and the newest `list_limit` corrections with their claim and author
    made = Correction.objects.filter(_in(period, "created_at"))
    listed = made.select_related("claim", "created_by").order_by("-created_at", "-pk")
    return {
        "total": made.count(),
        "items": [
            {
                "claim_id": c.claim_id,
                "claim_text": clip(c.claim.text, 120),
                "what_changed": c.what_changed,
                "reason": c.reason,
                "by": person(c.created_by.username, c.created_by.first_name, c.created_by.last_name),
                "at": iso(c.created_at),
            }
            for c in listed[: ctx.list_limit]
        ],
    }


SECTIONS: list[tuple[str, Callable[[Period, Context], object]]] = [
    ("claims", claims_section),
    ("verdicts", verdicts_section),
    ("queue", queue_section),
    ("time_to_verdict", time_to_verdict_section),
    ("reviewers", reviewers_section),
    ("link_health", link_health_section),
    ("sources", sources_section),
    ("corrections", corrections_section),
]


def build_digest(
    period: Period,
    *,
    now: datetime,
    tz: tzinfo,
    list_limit: int = 50,
    progress: Callable[[str], None] | None = None,
) -> dict:
    """The digest's data for `period`: 13 queries whatever the size of the database."""
    ctx = Context(now=now, tz=tz, list_limit=list_limit)
    data: dict = {
        "kind": "digest",
        "title": f"Digest, {period.label()}",
        "period": {"start": iso(period.start), "end": iso(period.end), "label": period.label()},
        "generated_at": iso(now),
    }
    for name, section in SECTIONS:
        data[name] = section(period, ctx)
        if progress:
            progress(name)
    return data
