"""The delivery task: one attempt per run, retried with exponential backoff and jitter."""

from celery import shared_task
from django.conf import settings

from factcheck.retrying import TRANSIENT_ERRORS
from webhooks.delivery import attempt


class DeliveryFailed(Exception):
    """This attempt failed and the delivery has attempts left: Celery retries it."""


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=(DeliveryFailed, *TRANSIENT_ERRORS),
    # Our own count (Delivery.round_attempts) ends a round; this only has to be no lower.
    max_retries=settings.WEBHOOK_MAX_ATTEMPTS + 5,
    retry_backoff=settings.WEBHOOK_RETRY_BACKOFF,
    retry_backoff_max=settings.WEBHOOK_RETRY_BACKOFF_MAX,
    retry_jitter=True,
    soft_time_limit=settings.WEBHOOK_TIMEOUT + 30,
    time_limit=settings.WEBHOOK_TIMEOUT + 60,
)
def deliver(self, delivery_id: int) -> None:
    """POST one event to one subscriber; the same event id (webhook-id) on every retry."""
    if attempt(delivery_id):
        raise DeliveryFailed(f"delivery {delivery_id} failed; retrying")
