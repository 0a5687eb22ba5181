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
from webhooks.models import Delivery, DeliveryStatus, EventType, Subscription, WebhookEvent
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


def resend(deliveries) -> tuple[int, int]:
    """Send deliveries again by hand, the same event id, a new round of attempts.

    A delivery still pending on an active subscription already has its next attempt
    scheduled (or the sweeper sends it): resending it would start a second chain of
    retries beside the first, so it is left alone. Returns (resent, left alone)."""
    chosen = list(deliveries.values_list("pk", "status", "subscription__is_active"))
    ids = [pk for pk, status, active in chosen if not (status == DeliveryStatus.PENDING and active)]
    _send_again(ids)
    return len(ids), len(chosen) - len(ids)


def resume(subscription: Subscription) -> int:
    """Start a paused subscription again and send what waited meanwhile (a paused
    subscription's retries stop, so each of these needs a new start); returns how many."""
    subscription.resume()
    ids = list(subscription.deliveries.exclude(status=DeliveryStatus.DELIVERED).values_list("pk", flat=True))
    _send_again(ids)
    return len(ids)


def _send_again(ids: list[int]) -> None:
    for delivery_id in ids:
        Delivery(pk=delivery_id).resend()
        enqueue_on_commit(deliver, delivery_id)
