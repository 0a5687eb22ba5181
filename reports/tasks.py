"""Celery tasks of the reports app. Each takes ids, re-reads rows, and is safe to run twice.

Routing (settings.CELERY_TASK_ROUTES): send_* on the `email` queue, the rest on `reports`.
"""

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.utils import timezone

from factcheck.enqueue import enqueue_on_commit, send_quietly
from factcheck.queues import SWEEP_BATCH, queue_length, queue_of
from factcheck.retrying import DATABASE_RETRY
from reports import building, emails, planning
from reports.models import Delivery, DeliveryStatus, Report, ReportStatus

RETRY_BACKOFF = 30  # seconds before the first retry; doubles each time
RETRY_BACKOFF_MAX = 3600
MAX_RETRIES = 8  # about four hours of trying before a delivery is marked failed


def _lease() -> timedelta:
    return timedelta(seconds=settings.REPORTS_SEND_LEASE_SECONDS)


def enqueue_send(delivery_id: int) -> None:
    """Send after the current transaction commits, so the worker finds the row. With the
    broker down nothing is sent now: the delivery stays pending and the stalled sweep
    (retry_stalled_deliveries) sends it once its retry_at has passed."""
    enqueue_on_commit(send_delivery, delivery_id)


@shared_task(acks_late=True, **DATABASE_RETRY)
def build_report(report_id: int) -> str:
    """Build a pending Report (from the admin); a deleted report is simply done."""
    report = Report.objects.filter(pk=report_id).first()
    if report is None:
        return "gone"
    try:
        building.build(report)
    except (ValueError, ObjectDoesNotExist) as exc:  # e.g. its article was deleted meanwhile
        Report.objects.filter(pk=report_id).update(status=ReportStatus.FAILED, error=str(exc))
        return "failed"
    return "built"


@shared_task(acks_late=True)
def plan_digests(frequency: str) -> int:
    """Beat's entry point: plan this frequency's due (and missed) digests and send them."""
    created = planning.plan_digests(
        frequency,
        now=timezone.now(),
        tz=timezone.get_current_timezone(),
        catch_up=settings.REPORTS_CATCH_UP_PERIODS,
    )
    for delivery_id in created:
        enqueue_send(delivery_id)
    return len(created)


@shared_task(acks_late=True)
def retry_stalled_deliveries() -> int:
    """Re-send deliveries whose task was lost (pending past retry_at) or whose worker died mid-send."""
    now = timezone.now()
    stalled = list(Delivery.objects.stalled(now=now, lease=_lease()).values_list("pk", flat=True)[:1000])
    # Push retry_at on, so the next sweep does not enqueue them again while these tasks run.
    Delivery.objects.filter(pk__in=stalled).update(retry_at=now + _lease())
    for delivery_id in stalled:
        enqueue_send(delivery_id)
    return len(stalled)


@shared_task(acks_late=True)
def rebuild_stalled_reports(older_than_seconds: float | None = None) -> int:
    """Enqueue again the builds a broker outage or a lost message left pending.

    Like claims.sweeper: only when the reports queue is empty, since a backlog is work
    on its way; build_report is safe to run twice."""
    if queue_length(queue_of(build_report.name)) != 0:
        return 0
    if older_than_seconds is None:
        older_than_seconds = settings.PENDING_WORK_AGE_SECONDS
    now = timezone.now()
    stalled = Report.objects.stalled(now=now, age=timedelta(seconds=older_than_seconds))
    stalled = list(stalled.values_list("pk", flat=True)[:SWEEP_BATCH])
    sent = 0
    for report_id in stalled:
        if send_quietly(build_report, report_id):
            Report.objects.filter(pk=report_id, status=ReportStatus.PENDING).update(requested_at=now)
            sent += 1
    return sent


def _footer(delivery: Delivery) -> str:
    admin = f"{settings.SITE_URL.rstrip('/')}/admin/reports/subscription/"
    if delivery.frequency:
        how_often = delivery.get_frequency_display().lower()
        return f"You receive the {how_often} digest as {delivery.recipient}. Change or stop it at {admin}"
    return "You asked for this report in the factcheck admin."


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=emails.TRANSIENT_ERRORS,
    retry_backoff=RETRY_BACKOFF,
    retry_backoff_max=RETRY_BACKOFF_MAX,
    retry_jitter=True,
    max_retries=MAX_RETRIES,
)
def send_delivery(self, delivery_id: int) -> str:
    """Send one delivery, at most once: only the task whose conditional UPDATE claims it sends.

    A worker killed mid-send leaves the row `sending`; once the lease runs out the
    redelivered task (or the sweeper) claims it again. The Message-ID is the same on
    every attempt.
    """
    now = timezone.now()
    if not Delivery.objects.claim(delivery_id, now=now, lease=_lease()):
        return _not_claimed(delivery_id, now)
    delivery = Delivery.objects.select_related("recipient", "report").get(pk=delivery_id)
    report = delivery.report
    if report is None or report.status != ReportStatus.BUILT:
        report = building.latest_or_build(delivery.period)
    message = emails.report_email(
        report, to=delivery.email, message_id=delivery.message_id, footer=_footer(delivery)
    )
    try:
        emails.send(message)
    except emails.TRANSIENT_ERRORS as exc:
        if self.request.retries >= self.max_retries:
            delivery.mark_failed(f"gave up after {delivery.attempts} attempts: {exc}")
        else:
            # The retry comes from Celery's backoff; retry_at only guards against a lost retry.
            delivery.release(str(exc), retry_at=now + timedelta(seconds=RETRY_BACKOFF_MAX) + _lease())
        raise
    except emails.PermanentSMTPError as exc:
        delivery.mark_failed(str(exc))
        return "failed"
    delivery.mark_sent(timezone.now())
    return "sent"


def _not_claimed(delivery_id: int, now) -> str:
    """Someone else holds the delivery, or it is finished. A live claim may belong to a
    worker that died, so look again when its lease has run out rather than drop it."""
    row = Delivery.objects.filter(pk=delivery_id).values("status", "claimed_at").first()
    if row is None or row["status"] in (DeliveryStatus.SENT, DeliveryStatus.FAILED):
        return "done"
    if row["status"] == DeliveryStatus.SENDING:
        wait = (row["claimed_at"] + _lease() - now).total_seconds()
        send_delivery.apply_async((delivery_id,), countdown=max(1, int(wait) + 1))
    return "busy"
