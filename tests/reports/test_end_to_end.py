"""Real processes: beat (two of them) plans digests on a short schedule, real workers send them
through a real SMTP server; every delivery arrives exactly once, and a send killed mid-way is
finished by another attempt, once."""

import json
import threading
import time
from datetime import timedelta

import pytest
from django.utils import timezone
from django_celery_beat.models import IntervalSchedule, PeriodicTask

from reports import building, planning, tasks
from reports.models import Delivery, DeliveryStatus, Subscription
from reports.periods import Frequency, complete_periods
from tests.reports.processes import kill_pool_children, running_beat
from tests.reports.smtp import MailServer
from tests.workers import running_worker, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def mail_server_for_workers(monkeypatch):
    """The SMTP server in this process; worker processes inherit its address from the environment."""
    with MailServer() as server:
        monkeypatch.setenv("EMAIL_HOST", server.host)
        monkeypatch.setenv("EMAIL_PORT", str(server.port))
        yield server


def _every_second(task: str, **kwargs) -> None:
    every, _ = IntervalSchedule.objects.get_or_create(every=1, period=IntervalSchedule.SECONDS)
    PeriodicTask.objects.create(name=f"{task} {kwargs}", task=task, interval=every, kwargs=json.dumps(kwargs))


def test_two_beats_and_two_workers_deliver_each_digest_exactly_once(
    mail_server_for_workers, reviewer, other_reviewer, editor
):
    PeriodicTask.objects.all().delete()
    _every_second("reports.tasks.plan_digests", frequency="daily")
    _every_second("reports.tasks.retry_stalled_deliveries")
    # rita has been subscribed for ten days and beat was down: 3 missed days are caught up.
    # erin, an editor, gets the default daily subscription: the latest day only.
    # ravi opted out.
    Subscription.objects.create(
        user=reviewer, frequency=Frequency.DAILY, since=timezone.now() - timedelta(days=10)
    )
    Subscription.objects.create(user=other_reviewer, frequency=Frequency.DAILY, is_active=False)
    received = mail_server_for_workers.mailbox.received

    with running_worker(queues="reports,email"), running_worker(queues="reports,email"):
        with running_beat("a"), running_beat("b"):
            assert wait_for(lambda: len(received) >= 4, timeout=120), f"{len(received)} e-mails arrived"
            time.sleep(6)  # several more ticks of both beats: nothing more may arrive

    assert sorted(r.rcpt_tos[0] for r in received) == ["erin@example.org"] + ["rita@example.org"] * 3
    assert len({r.message["Message-ID"] for r in received}) == 4
    assert all(len(r.rcpt_tos) == 1 and r.message.is_multipart() for r in received)
    assert Delivery.objects.filter(status=DeliveryStatus.SENT).count() == 4
    assert Delivery.objects.count() == 4


def test_a_worker_killed_mid_send_leaves_the_delivery_to_be_sent_once(
    mail_server_for_workers, monkeypatch, editor
):
    monkeypatch.setenv("REPORTS_SEND_LEASE_SECONDS", "3")
    mailbox = mail_server_for_workers.mailbox
    mailbox.hold = threading.Event()  # the first DATA waits until the test releases it
    period = complete_periods(Frequency.DAILY, timezone.now(), timezone.get_current_timezone(), count=1)[0]
    delivery, _ = planning.request_delivery(building.latest_or_build(period), editor, now=timezone.now())

    with running_worker(queues="reports,email") as worker:
        tasks.send_delivery.delay(delivery.pk)
        assert wait_for(lambda: mailbox.attempts == 1, timeout=60), "the worker never reached DATA"
        assert kill_pool_children(worker), "no pool process to kill"
        held, mailbox.hold = mailbox.hold, None
        held.set()
        delivery.refresh_from_db()
        assert delivery.status == DeliveryStatus.SENDING  # left claimed by the dead process
        time.sleep(3.5)  # the lease runs out; beat's sweeper would now find it
        tasks.retry_stalled_deliveries.delay()
        assert wait_for(
            lambda: Delivery.objects.get(pk=delivery.pk).status == DeliveryStatus.SENT, timeout=60
        )
        time.sleep(4)  # a redelivered copy of the killed task, if any, must find it sent

    delivery.refresh_from_db()
    assert [r.rcpt_tos for r in mailbox.received] == [["erin@example.org"]]
    assert mailbox.received[0].message["Message-ID"] == delivery.message_id
    assert delivery.attempts == 2
