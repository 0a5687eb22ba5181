"""Deliveries to a real receiver on loopback that verifies them with the `standardwebhooks`
library; Celery runs the task inline (eager), its retries too."""

import threading
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.webhooks.receiver import Receiver
from webhooks.delivery import attempt
from webhooks.events import resend, resume
from webhooks.models import Delivery, DeliveryStatus

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("eager_celery")]


def statuses(delivery: Delivery) -> list:
    return [a.status_code for a in delivery.log.all()]


def test_the_receiver_accepts_a_published_verdict_signed_by_the_standard(receiver, publish):
    event = publish()

    assert list(receiver.accepted) == [event.event_id]
    payload = receiver.accepted[event.event_id]
    assert payload["type"] == "verdict.published"
    assert payload["data"]["verdict"]["summary"] == "The figures say otherwise."
    delivery = Delivery.objects.get(event=event)
    assert (delivery.status, statuses(delivery)) == (DeliveryStatus.DELIVERED, [200])


def test_a_receiver_that_answers_500_then_200_gets_the_same_event_id_and_keeps_it_once(receiver, publish):
    receiver.replies = [500]
    event = publish()

    answers = [(seen.webhook_id, seen.answered) for seen in receiver.seen]
    assert answers == [(event.event_id, 500), (event.event_id, 200)]
    assert list(receiver.accepted) == [event.event_id]
    delivery = Delivery.objects.get(event=event)
    assert statuses(delivery) == [500, 200]
    assert '"status": 500' in delivery.log.first().response_excerpt


def test_a_receiver_that_is_down_fails_each_attempt_then_gets_the_event_when_resent_after_it_is_up(
    subscription, publish, django_capture_on_commit_callbacks
):
    event = publish()  # nothing listens at the subscription's port yet
    delivery = Delivery.objects.get(event=event)
    assert delivery.status == DeliveryStatus.FAILED
    assert statuses(delivery) == [None, None, None]  # WEBHOOK_MAX_ATTEMPTS in the tests
    assert all("ConnectError" in a.error for a in delivery.log.all())

    with Receiver(subscription.secret) as receiver:
        subscription.url = receiver.url
        subscription.save(update_fields=["url"])
        with django_capture_on_commit_callbacks(execute=True):
            resend(Delivery.objects.filter(pk=delivery.pk))  # the admin's "Resend"

        assert list(receiver.accepted) == [event.event_id]
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.DELIVERED, 4)


def test_a_slow_receiver_times_out_and_the_retry_is_recognised_as_the_same_event(
    receiver, publish, settings, eager_celery
):
    from celery import current_app

    current_app.conf.task_always_eager = False  # attempts made by hand below
    settings.WEBHOOK_TIMEOUT = 1.0
    receiver.hold = threading.Event()
    event = publish()
    delivery = Delivery.objects.get(event=event)

    assert attempt(delivery.pk) is True  # failed, to be retried
    first = delivery.log.get()
    assert (first.status_code, first.error) == (None, "timed out after 1 s")

    receiver.hold.set()  # the receiver finishes the request it was slow on
    receiver.hold = None
    assert attempt(delivery.pk) is False
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED
    assert list(receiver.accepted) == [event.event_id]
    assert {s.webhook_id for s in receiver.seen} == {event.event_id}


def test_a_url_the_guard_refuses_is_never_contacted(receiver, publish, settings):
    settings.SSRF_ALLOWED_NETWORKS = []
    event = publish()
    delivery = Delivery.objects.get(event=event)
    assert delivery.log.first().error == "refused: 127.0.0.1 is a loopback address"
    assert receiver.seen == []


def test_after_m_failures_in_a_row_the_subscription_is_paused_and_its_owner_told(
    receiver, subscription, publish, mail_server, owner, django_capture_on_commit_callbacks
):
    receiver.replies = [503] * 20
    first, second = publish(), publish()  # 3 attempts, then 1: the 4th failure pauses it

    subscription.refresh_from_db()
    assert (subscription.is_active, subscription.failure_count) == (False, 4)
    assert "HTTP 503" in subscription.pause_reason
    assert Delivery.objects.get(event=second).attempts == 1
    [mail] = mail_server.mailbox.received
    assert mail.rcpt_tos == [owner.email]
    assert "Webhook paused" in mail.message["Subject"]
    assert subscription.url in mail.message.get_content()

    receiver.replies = []
    with django_capture_on_commit_callbacks(execute=True):
        assert resume(subscription) == 2  # both waited; both go now
    assert set(receiver.accepted) == {first.event_id, second.event_id}
    subscription.refresh_from_db()
    assert (subscription.is_active, subscription.failure_count) == (True, 0)


def test_an_attempt_held_by_another_worker_is_left_alone_and_tried_again_later(
    receiver, publish, settings, eager_celery
):
    from celery import current_app

    current_app.conf.task_always_eager = False  # attempts made by hand below
    event = publish()
    delivery = Delivery.objects.get(event=event)
    Delivery.objects.filter(pk=delivery.pk).update(leased_until=timezone.now() + timedelta(minutes=1))

    assert attempt(delivery.pk) is True  # to be retried after a backoff
    assert receiver.seen == [] and not delivery.log.exists()

    Delivery.objects.filter(pk=delivery.pk).update(leased_until=timezone.now() - timedelta(seconds=1))
    assert attempt(delivery.pk) is False  # the lease ran out: this attempt delivered it
    assert list(receiver.accepted) == [event.event_id]
