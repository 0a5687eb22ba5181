"""The claims sweeper: enqueue again the work a broker outage or a lost message left pending.

Work is recorded on its row before any message is sent (an article stays `pending`
until extracted; a source's `check_requested_at` stays set until its check is
recorded; a notification's e-mail stays `pending` until sent). A message can still be
lost: the broker was down at enqueue time (factcheck.enqueue swallows that), or Redis lost
its data. Beat runs this every PENDING_WORK_SWEEP_SECONDS (factcheck/periodic.py).

A row counts as stalled when it has been pending longer than PENDING_WORK_AGE_SECONDS
while its queue is empty (an article also needs no extraction attempt running: see
Article.objects.awaiting_extraction; one that failed EXTRACTION_MAX_ATTEMPTS times is
`failed` and is never sent again): a long backlog is work still on its way, not lost, and
enqueuing it again would only grow the backlog. The tasks are idempotent, so the rare
double enqueue (a worker holding the message right now) costs time, not correctness.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from celery import current_app, shared_task
from django.conf import settings
from django.utils import timezone

from claims.models import Article, Notification, Source
from claims.models.notification import EmailStatus
from claims.notifications.tasks import send_notification_email
from claims.tasks import extract_article
from factcheck.enqueue import send_quietly
from factcheck.queues import SWEEP_BATCH, queue_length, queue_of

SOURCE_CHECK_TASK = "claims.linkcheck.tasks.check_source"


def stalled_articles(now: datetime, age: timedelta) -> list[int]:
    """Pending articles no worker is on; failed ones (out of attempts) are left to the admin's retry."""
    return list(
        Article.objects.awaiting_extraction(now)
        .filter(ingested_at__lt=now - age)
        .order_by("ingested_at")
        .values_list("pk", flat=True)[:SWEEP_BATCH]
    )


def stalled_sources(now: datetime, age: timedelta) -> list[int]:
    return list(
        Source.objects.filter(check_requested_at__lt=now - age)
        .order_by("check_requested_at")
        .values_list("pk", flat=True)[:SWEEP_BATCH]
    )


def stalled_notification_mails(now: datetime, age: timedelta) -> list[int]:
    return list(
        Notification.objects.mails_overdue(now, age)
        .order_by("email_due_at")
        .values_list("pk", flat=True)[:SWEEP_BATCH]
    )


def sweep(*, now: datetime, age: timedelta) -> dict[str, int]:
    """Enqueue stalled extractions, source checks and notification e-mails; returns how
    many of each were sent."""
    sent = {"articles": 0, "sources": 0, "notification_mails": 0}
    if queue_length(queue_of(extract_article.name)) == 0:
        for pk in stalled_articles(now, age):
            sent["articles"] += send_quietly(extract_article, pk)
    check_source = current_app.tasks.get(SOURCE_CHECK_TASK)
    if check_source is not None and queue_length(queue_of(SOURCE_CHECK_TASK)) == 0:
        for pk in stalled_sources(now, age):
            # Its age counts from now again, so the next sweep leaves it to this message;
            # renewed before sending, so the check reads the new time and its result is
            # recorded (renewed after, the result would look stale). Done meanwhile: skip.
            requested = Source.objects.filter(pk=pk, check_requested_at__isnull=False)
            if not requested.update(check_requested_at=now):
                continue
            sent["sources"] += send_quietly(check_source, pk)
    if queue_length(queue_of(send_notification_email.name)) == 0:
        for pk in stalled_notification_mails(now, age):
            # Due again from now, so the next sweep leaves this message to arrive.
            if Notification.objects.filter(pk=pk, email_status=EmailStatus.PENDING).update(email_due_at=now):
                sent["notification_mails"] += send_quietly(send_notification_email, pk)
    return sent


@shared_task(acks_late=True)
def sweep_pending_work(older_than_seconds: float | None = None) -> dict[str, int]:
    """Beat's entry point (see the module docstring)."""
    if older_than_seconds is None:
        older_than_seconds = settings.PENDING_WORK_AGE_SECONDS
    return sweep(now=timezone.now(), age=timedelta(seconds=older_than_seconds))
