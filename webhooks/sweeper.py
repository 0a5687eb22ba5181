"""Send again the deliveries whose message was lost, as claims.sweeper does for articles.

A delivery is recorded before its message is sent; if the broker was down at commit
(factcheck.enqueue swallows that) or Redis lost its data, it stays pending. Each attempt
sets `due_by`, the latest the next one should start (the backoff's cap, plus a lease);
beat runs this every PENDING_WORK_SWEEP_SECONDS and sends what is PENDING_WORK_AGE_SECONDS
past it. The task is idempotent (it claims each attempt), so a rare double send costs
an extra message, not a second POST at once.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from factcheck.enqueue import send_quietly
from webhooks.models import Delivery
from webhooks.tasks import deliver

SWEEP_BATCH = 500  # deliveries per sweep; the next sweep takes the rest


def sweep(*, now: datetime, age: timedelta) -> int:
    """Send each overdue delivery's task again; returns how many were sent."""
    overdue = Delivery.objects.overdue(now, age).values_list("pk", flat=True)[:SWEEP_BATCH]
    sent = 0
    for pk in list(overdue):
        # Due again from now, so the next sweep leaves it to this message.
        Delivery.objects.filter(pk=pk).update(
            due_by=now + timedelta(seconds=settings.WEBHOOK_RETRY_BACKOFF_MAX)
        )
        sent += send_quietly(deliver, pk)
    return sent


@shared_task(acks_late=True)
def send_overdue_deliveries() -> int:
    """Beat's entry point (see the module docstring)."""
    return sweep(now=timezone.now(), age=timedelta(seconds=settings.PENDING_WORK_AGE_SECONDS))
