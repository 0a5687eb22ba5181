"""Who gets which digest for which period: default subscriptions, and Delivery rows.

A Delivery row exists before anything is sent and is unique per (recipient, report,
period), so planning is safe to repeat: a second beat process, a rerun or a catch-up
after downtime finds the rows already there and adds nothing.
"""

from datetime import datetime, timedelta, tzinfo

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q

from reports import building, emails
from reports.models import Delivery, Report, ReportKind, Subscription
from reports.periods import Frequency, Period, complete_periods
from reviewers.models import DigestPreference, Reviewer, Role


def ensure_default_subscriptions(frequency: str, *, now: datetime, tz: tzinfo) -> int:
    """Give newsroom members without a row for this frequency their default one.

    Weekly: everyone. Daily: editors and admins, and whoever chose daily in their
    profile. Nobody whose profile says "no digest". The default starts with the latest
    complete period, so a new subscriber gets no back issues. Returns how many were made.
    """
    members = (
        Reviewer.objects.filter(user__is_active=True)
        .exclude(user__email="")
        .exclude(digest=DigestPreference.NONE)
    )
    if frequency == Frequency.DAILY:
        members = members.filter(Q(role__in=[Role.EDITOR, Role.ADMIN]) | Q(digest=DigestPreference.DAILY))
    has_row = Subscription.objects.filter(report=ReportKind.DIGEST, frequency=frequency).values("user_id")
    since = complete_periods(frequency, now, tz, count=1)[0].start
    made = Subscription.objects.bulk_create(
        [
            Subscription(user_id=user_id, report=ReportKind.DIGEST, frequency=frequency, since=since)
            for user_id in members.exclude(user_id__in=has_row).values_list("user_id", flat=True)
        ],
        ignore_conflicts=True,  # a concurrent planner may insert the same defaults
    )
    return len(made)


def _create(recipient, period: Period, *, frequency: str, report: Report, now: datetime) -> Delivery | None:
    """Insert one delivery; None when it already exists (another planner won the race)."""
    try:
        with transaction.atomic():
            return Delivery.objects.create(
                recipient=recipient,
                email=recipient.email,
                report_kind=ReportKind.DIGEST,
                frequency=frequency,
                period_start=period.start,
                period_end=period.end,
                report=report,
                message_id=emails.message_id(recipient.pk, ReportKind.DIGEST, period),
                retry_at=now + timedelta(seconds=settings.REPORTS_SEND_LEASE_SECONDS),
            )
    except IntegrityError:
        return None


def plan_digests(frequency: str, *, now: datetime, tz: tzinfo, catch_up: int) -> list[int]:
    """Create the deliveries due for `frequency` and return the ids of the new ones.

    Due: each of the last `catch_up` complete periods that ends after the subscriber's
    `since` and has no delivery yet; so periods missed while beat was down are sent,
    each once. A period's digest is built once, when its first delivery is planned.
    """
    ensure_default_subscriptions(frequency, now=now, tz=tz)
    periods = complete_periods(frequency, now, tz, count=catch_up)
    subscribers = list(Subscription.objects.active(frequency).select_related("user"))
    done = set(
        Delivery.objects.filter(
            report_kind=ReportKind.DIGEST, period_start__in=[p.start for p in periods]
        ).values_list("recipient_id", "period_start", "period_end")
    )
    created = []
    for period in periods:
        missing = [
            s.user
            for s in subscribers
            if period.end > s.since and (s.user_id, period.start, period.end) not in done
        ]
        if not missing:
            continue
        report = building.latest_or_build(period)
        for user in missing:
            if delivery := _create(user, period, frequency=frequency, report=report, now=now):
                created.append(delivery.pk)
    return created


def request_delivery(report: Report, user, *, now: datetime) -> tuple[Delivery, bool]:
    """The delivery of a digest to someone who asked for it in the admin: (delivery, created).

    The same record as a scheduled one, so asking twice, or asking for a period already
    mailed, sends nothing new.
    """
    if report.kind != ReportKind.DIGEST or report.period is None:
        raise ValueError("only digests are sent by e-mail")
    period = report.period
    existing = Delivery.objects.filter(
        recipient=user, report_kind=ReportKind.DIGEST, period_start=period.start, period_end=period.end
    ).first()
    if existing:
        return existing, False
    created = _create(user, period, frequency="", report=report, now=now)
    if created is None:
        return Delivery.objects.get(
            recipient=user, report_kind=ReportKind.DIGEST, period_start=period.start, period_end=period.end
        ), False
    return created, True
