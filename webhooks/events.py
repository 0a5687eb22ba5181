"""The one way in: `announce(event_type, obj)`, called by the layer that takes the step
(claims.workflow for verdicts and queued claims, claims.article_claims for extraction).

It stores one WebhookEvent and one Delivery per active subscription to that event in the
caller's transaction, so a step rolled back announces nothing, and sends the delivery
tasks after commit.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import transaction
from django.utils import timezone

from factcheck.enqueue import enqueue_on_commit
from webhooks.models import Delivery, EventType, Subscription, WebhookEvent
from webhooks.payloads import article_data, claim_data, verdict_data
from webhooks.tasks import deliver

DATA: dict[str, Callable] = {
    EventType.VERDICT_PUBLISHED: verdict_data,
    EventType.VERDICT_CORRECTED: verdict_data,
    EventType.CLAIM_QUEUED: claim_data,
    EventType.ARTICLE_EXTRACTED: article_data,
}


def announce(event_type: str, obj) -> WebhookEvent:
    """Record the event and its deliveries now; the deliveries go out once the transaction commits."""
    now = timezone.now()
    payload = {"type": str(event_type), "timestamp": now, "data": DATA[event_type](obj)}
    with transaction.atomic():
        event = WebhookEvent.objects.create(type=event_type, payload=payload, created_at=now)
        deliveries = Delivery.objects.bulk_create(
            Delivery(event=event, subscription=s) for s in Subscription.objects.listening_to(event_type)
        )
    for delivery in deliveries:
        enqueue_on_commit(deliver, delivery.pk)
    return event


def resend(deliveries) -> int:
    """Send deliveries again by hand, the same event id, a new round of attempts; returns how many."""
    ids = list(deliveries.values_list("pk", flat=True))
    for delivery_id in ids:
        Delivery(pk=delivery_id).resend()
        enqueue_on_commit(deliver, delivery_id)
    return len(ids)


def resume(subscription: Subscription) -> int:
    """Start a paused subscription again and send what waited meanwhile; returns how many."""
    subscription.resume()
    return resend(subscription.deliveries.exclude(status="delivered"))
