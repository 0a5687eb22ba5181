"""Deliveries through a real Celery worker process, its retries waiting their real backoff.

The receiver (tests/webhooks/receiver.py) verifies each request with `standardwebhooks`.
Nothing here times the worker: each wait polls for a state with a generous limit.
"""

import pytest

from claims import workflow
from tests.reports.smtp import MailServer, free_port
from tests.webhooks.conftest import subscribe
from tests.webhooks.receiver import Receiver
from tests.workers import running_worker, wait_for
from tests.workflow.factories import claim_awaiting_sign_off
from webhooks.models import Delivery, DeliveryStatus, EventType, WebhookEvent

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def worker_settings(monkeypatch):
    """What the worker process reads at start: loopback allowed, short backoff, many attempts."""
    for name, value in {
        "SSRF_ALLOWED_NETWORKS": "127.0.0.0/8",
        "WEBHOOK_RETRY_BACKOFF": "1",
        "WEBHOOK_RETRY_BACKOFF_MAX": "4",
        "WEBHOOK_MAX_ATTEMPTS": "10",
        "WEBHOOK_TIMEOUT": "5",
    }.items():
        monkeypatch.setenv(name, value)


def publish(reviewer, editor) -> WebhookEvent:
    claim = workflow.apply(claim_awaiting_sign_off(reviewer), "publish", editor)
    return WebhookEvent.objects.get(type=EventType.VERDICT_PUBLISHED, payload__data__claim__id=claim.pk)


def test_a_receiver_down_at_first_gets_the_event_once_it_is_up(worker_settings, reviewer, editor, owner):
    port = free_port()
    subscription = subscribe(owner, f"http://127.0.0.1:{port}/hooks", [EventType.VERDICT_PUBLISHED])

    with running_worker(queues="webhooks"):
        event = publish(reviewer, editor)
        delivery = Delivery.objects.get(event=event)
        assert wait_for(lambda: delivery.log.exists()), "no attempt made"
        assert "ConnectError" in delivery.log.first().error  # connection refused: nothing listens
        with Receiver(subscription.secret, port=port) as receiver:
            assert wait_for(lambda: receiver.accepted), "the retry never reached the receiver"
            assert wait_for(lambda: Delivery.objects.get(pk=delivery.pk).status == DeliveryStatus.DELIVERED)

    assert list(receiver.accepted) == [event.event_id]
    assert (
        receiver.accepted[event.event_id]["data"]["verdict"]["id"] == event.payload["data"]["verdict"]["id"]
    )


def test_a_receiver_answering_500_then_200_gets_every_retry_with_the_same_id(
    worker_settings, reviewer, editor, owner
):
    subscription = subscribe(owner, "http://127.0.0.1:9/hooks", [EventType.VERDICT_PUBLISHED])
    with Receiver(subscription.secret) as receiver, running_worker(queues="webhooks"):
        receiver.replies = [500, 500]
        subscription.url = receiver.url
        subscription.save(update_fields=["url"])
        event = publish(reviewer, editor)
        assert wait_for(lambda: Delivery.objects.get(event=event).status == DeliveryStatus.DELIVERED)

    assert [(s.webhook_id, s.answered) for s in receiver.seen] == [
        (event.event_id, 500),
        (event.event_id, 500),
        (event.event_id, 200),
    ]
    assert list(receiver.accepted) == [event.event_id]
    assert [a.status_code for a in Delivery.objects.get(event=event).log.all()] == [500, 500, 200]


def test_a_worker_pauses_a_failing_subscription_and_emails_its_owner(
    worker_settings, reviewer, editor, owner, monkeypatch
):
    monkeypatch.setenv("WEBHOOK_PAUSE_AFTER_FAILURES", "3")
    subscription = subscribe(owner, "http://127.0.0.1:9/hooks", [EventType.VERDICT_PUBLISHED])
    with MailServer() as mail, Receiver(subscription.secret) as receiver:
        monkeypatch.setenv("EMAIL_HOST", mail.host)
        monkeypatch.setenv("EMAIL_PORT", str(mail.port))
        receiver.replies = [503] * 50
        subscription.url = receiver.url
        subscription.save(update_fields=["url"])
        with running_worker(queues="webhooks"):
            publish(reviewer, editor)
            assert wait_for(lambda: mail.mailbox.received), "the owner was not told"

    subscription.refresh_from_db()
    assert (subscription.is_active, subscription.failure_count) == (False, 3)
    assert [s.answered for s in receiver.seen] == [503, 503, 503]  # nothing after the pause
    [message] = mail.mailbox.received
    assert message.rcpt_tos == [owner.email]
    assert "paused after 3 failed deliveries in a row" in message.message.get_content()
