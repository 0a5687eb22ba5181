"""One delivery attempt: claim it, sign and POST the event, log the attempt, and decide
whether to try again. Network I/O happens outside any transaction.
"""

from __future__ import annotations

import json
import time
from datetime import timedelta

from django.conf import settings
from django.db import transaction

from claims.guarded_http.post import post
from webhooks.models import Delivery, DeliveryStatus
from webhooks.notify import notify_paused
from webhooks.signing import signed_headers


def body(payload: dict) -> bytes:
    """The bytes sent (and signed) for a stored payload: the same on every attempt."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def attempt(delivery_id: int) -> bool:
    """Make the attempt due on a delivery; True when another should follow (after a backoff).

    A delivery gone, delivered, failed for good or paused is done. One whose attempt another
    worker holds is tried again later: that worker may be dead (its message redelivered
    here), and its lease runs out."""
    lease = timedelta(seconds=settings.WEBHOOK_TIMEOUT + 60)
    if not Delivery.objects.claim(delivery_id, lease):
        return Delivery.objects.held(delivery_id)
    delivery = Delivery.objects.select_related("event", "subscription__owner").get(pk=delivery_id)
    event, subscription = delivery.event, delivery.subscription
    content = body(event.payload)
    headers = signed_headers(subscription.secret, event.event_id, int(time.time()), content)
    result = post(
        subscription.url,
        content,
        headers,
        timeout=settings.WEBHOOK_TIMEOUT,
        allowed_networks=settings.SSRF_ALLOWED_NETWORKS,
    )
    with transaction.atomic():
        delivery.record_attempt(
            result,
            max_attempts=settings.WEBHOOK_MAX_ATTEMPTS,
            # No retry waits longer than the backoff's cap (plus the lease, if held).
            retry_within=timedelta(seconds=settings.WEBHOOK_RETRY_BACKOFF_MAX) + lease,
        )
        if result.ok:
            subscription.record_success()
            paused = False
        else:
            reason = result.error or f"HTTP {result.status}"
            paused = subscription.record_failure(reason)
    if paused:
        subscription.refresh_from_db()
        notify_paused(subscription)
    return delivery.status == DeliveryStatus.PENDING and not paused
