"""send_delivery through a real SMTP server on loopback: what arrives, once, and how failures behave."""

from datetime import UTC, date, timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from reports import building, emails, planning, tasks
from reports.models import Delivery, DeliveryStatus
from reports.periods import day_period
from tests.reports import factories as make
from tests.reports.smtp import free_port

pytestmark = pytest.mark.django_db
DAY = day_period(date(2025, 3, 4), UTC)


@pytest.fixture
def delivery(editor, reviewer):
    make.busy_day(DAY.start, claims=6, reviewer=reviewer, editor=editor)
    report = building.build(building.new_digest(DAY))
    return planning.request_delivery(report, editor, now=timezone.now())[0]


def _parts(message):
    return [(part.get_content_type(), part) for part in message.walk()]


def test_the_email_reaches_the_subscriber_alone_with_text_html_and_inline_charts(mail_server, delivery):
    assert tasks.send_delivery(delivery.pk) == "sent"

    [got] = mail_server.mailbox.received
    message = got.message
    assert got.rcpt_tos == ["erin@example.org"]
    assert message["To"] == "erin@example.org" and message["Cc"] is None and message["Bcc"] is None
    assert message["Subject"] == "[factcheck newsroom] Digest, 2025-03-04"
    assert message["Message-ID"] == delivery.message_id
    types = [content_type for content_type, _ in _parts(message)]
    assert types == [
        "multipart/alternative",
        "text/plain",
        "multipart/related",
        "text/html",
        "image/png",
        "image/png",
        "image/png",
    ]
    text = message.get_body(("plain",)).get_content()
    assert "Verdicts published:      2" in text and "Corrections" in text
    html = message.get_body(("html",)).get_content()
    assert 'style="' in html and "<style" not in html and "<script" not in html
    for _, image in _parts(message)[4:]:
        cid = image["Content-ID"].strip("<>")
        assert f'src="cid:{cid}"' in html
        assert image.get_content().startswith(b"\x89PNG\r\n\x1a\n")


def test_a_second_run_sends_nothing_more(mail_server, delivery):
    tasks.send_delivery(delivery.pk)
    assert tasks.send_delivery(delivery.pk) == "done"

    delivery.refresh_from_db()
    assert len(mail_server.mailbox.received) == 1
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.SENT, 1)


def test_a_second_record_for_the_same_person_report_and_period_is_refused(delivery):
    with pytest.raises(IntegrityError):
        Delivery.objects.create(
            recipient=delivery.recipient,
            email="other@example.org",
            report_kind=delivery.report_kind,
            period_start=delivery.period_start,
            period_end=delivery.period_end,
            message_id="<x@y>",
        )


def test_a_temporary_refusal_is_retried_and_then_sent_once(mail_server, delivery):
    mail_server.mailbox.replies = ["451 4.3.2 try again later"]

    with pytest.raises(emails.TransientSMTPError):
        tasks.send_delivery(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.PENDING and "451" in delivery.last_error

    assert tasks.send_delivery(delivery.pk) == "sent"
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_error) == (DeliveryStatus.SENT, 2, "")
    assert [r.message["Message-ID"] for r in mail_server.mailbox.received] == [delivery.message_id]


def test_a_server_that_is_down_leaves_the_delivery_to_retry(settings, delivery):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2

    with pytest.raises(ConnectionError):
        tasks.send_delivery(delivery.pk)

    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.PENDING and delivery.retry_at > timezone.now()


def test_a_permanent_refusal_fails_the_delivery_without_retrying(mail_server, delivery):
    mail_server.mailbox.replies = ["550 5.1.1 no such mailbox"]

    assert tasks.send_delivery(delivery.pk) == "failed"

    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED and "550" in delivery.last_error
    assert mail_server.mailbox.attempts == 1


def test_when_the_retries_are_spent_the_delivery_is_failed(mail_server, delivery):
    mail_server.mailbox.replies = ["451 4.3.2 try again later"]

    result = tasks.send_delivery.apply(args=(delivery.pk,), retries=tasks.MAX_RETRIES)

    assert result.failed()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED and "gave up" in delivery.last_error


def test_a_send_left_by_a_dead_worker_is_taken_over_once_its_lease_ran_out(mail_server, delivery, settings):
    lease = timedelta(seconds=settings.REPORTS_SEND_LEASE_SECONDS)
    Delivery.objects.filter(pk=delivery.pk).update(
        status=DeliveryStatus.SENDING, attempts=1, claimed_at=timezone.now() - lease - timedelta(seconds=1)
    )

    assert tasks.send_delivery(delivery.pk) == "sent"
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.SENT, 2)


def test_a_live_send_is_not_taken_over_but_looked_at_again_after_its_lease(
    mail_server, delivery, monkeypatch
):
    later = []
    monkeypatch.setattr(
        tasks.send_delivery, "apply_async", lambda args, countdown: later.append((args, countdown))
    )
    Delivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.SENDING, claimed_at=timezone.now())

    assert tasks.send_delivery(delivery.pk) == "busy"

    assert mail_server.mailbox.received == []
    assert later and later[0][0] == (delivery.pk,) and later[0][1] > 60


def test_the_message_id_is_the_same_for_the_same_recipient_report_and_period():
    assert emails.message_id(7, "digest", DAY) == emails.message_id(7, "digest", DAY)
    assert emails.message_id(7, "digest", DAY) != emails.message_id(8, "digest", DAY)
    assert emails.message_id(7, "digest", DAY).endswith("@localhost>")
