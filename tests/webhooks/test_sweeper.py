"""Deliveries whose message was lost (broker down at commit) are sent again by beat's sweep."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.webhooks.conftest import subscribe
from webhooks.models import Delivery, DeliveryStatus, WebhookEvent
from webhooks.sweeper import sweep

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("eager_celery")]
AGE = timedelta(minutes=5)


def waiting(subscription, *, due_minutes_ago: float) -> Delivery:
    """A pending delivery whose task message never reached a worker."""
    event = WebhookEvent.objects.create(type="claim.queued", payload={"type": "claim.queued", "data": {}})
    return Delivery.objects.create(
        event=event, subscription=subscription, due_by=timezone.now() - timedelta(minutes=due_minutes_ago)
    )


def test_a_delivery_long_overdue_is_sent_again_and_reaches_the_receiver(receiver, subscription):
    lost = waiting(subscription, due_minutes_ago=10)
    assert sweep(now=timezone.now(), age=AGE) == 1
    lost.refresh_from_db()
    assert lost.status == DeliveryStatus.DELIVERED
    assert list(receiver.accepted) == [lost.event.event_id]


def test_recent_paused_and_in_flight_deliveries_are_left_alone(receiver, subscription, owner):
    waiting(subscription, due_minutes_ago=1)  # its retry may still be on its way
    in_flight = waiting(subscription, due_minutes_ago=10)
    Delivery.objects.filter(pk=in_flight.pk).update(leased_until=timezone.now() + timedelta(minutes=1))
    paused = subscribe(owner, receiver.url, is_active=False)
    waiting(paused, due_minutes_ago=10)

    assert sweep(now=timezone.now(), age=AGE) == 0
    assert receiver.seen == []


def test_a_delivery_sent_again_is_left_to_that_message_by_the_next_sweeps(subscription, eager_celery):
    from celery import current_app

    current_app.conf.task_always_eager = False  # the message waits in the broker: no worker here
    lost = waiting(subscription, due_minutes_ago=10)
    now = timezone.now()
    assert sweep(now=now, age=AGE) == 1
    assert sweep(now=now + timedelta(minutes=10), age=AGE) == 0
    assert Delivery.objects.get(pk=lost.pk).status == DeliveryStatus.PENDING
