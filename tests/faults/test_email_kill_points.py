"""A worker killed at each point of sending a report e-mail: the e-mail is never lost, and
arrives twice only when the kill comes after the SMTP server accepted it, with the same
Message-ID both times (so mail systems can tell it is the same message)."""

import threading
import time

import pytest
from django.utils import timezone

from reports import building, planning, tasks
from reports.models import Delivery, DeliveryStatus
from reports.periods import Frequency, complete_periods
from tests.faults.processes import children, sigkill, worker
from tests.reports.smtp import MailServer
from tests.workers import wait_for

pytestmark = [pytest.mark.slow, pytest.mark.faults, pytest.mark.django_db(transaction=True)]

LEASE_SECONDS = 2
POINTS = ["before_claim", "after_claim", "during_smtp", "after_accept"]


def _delivery_to(user) -> Delivery:
    period = complete_periods(Frequency.DAILY, timezone.now(), timezone.get_current_timezone(), count=1)[0]
    delivery, _ = planning.request_delivery(building.latest_or_build(period), user, now=timezone.now())
    return delivery


@pytest.mark.parametrize("point", POINTS)
def test_a_worker_killed_while_sending_loses_no_email(point, redis_broker, editor, tmp_path):
    delivery = _delivery_to(editor)
    marker = tmp_path / "killed"
    with MailServer() as mail:
        mailbox = mail.mailbox
        if point == "during_smtp":
            mailbox.hold = threading.Event()  # DATA waits until the test has killed the sender
        env = {
            "EMAIL_HOST": mail.host,
            "EMAIL_PORT": str(mail.port),
            "REPORTS_SEND_LEASE_SECONDS": str(LEASE_SECONDS),
            "FAULT_KILL_AT": point,
            "FAULT_KILL_MARKER": str(marker),
        }
        with worker(redis_broker.url, queues="email", include="tests.faults.killpoints", env=env) as proc:
            with tasks.send_delivery.app.connection_for_write(redis_broker.url) as conn:
                tasks.send_delivery.apply_async((delivery.pk,), connection=conn)
            if point == "during_smtp":
                assert wait_for(lambda: mailbox.attempts == 1, timeout=60), "the worker never reached DATA"
                pool = children(proc.pid)
                sigkill(pool)
                marker.write_text(",".join(map(str, pool)))
                held, mailbox.hold = mailbox.hold, None
                held.set()
            assert wait_for(marker.exists, timeout=60), f"the worker never reached {point}"
            sent = wait_for(
                lambda: Delivery.objects.get(pk=delivery.pk).status == DeliveryStatus.SENT, timeout=60
            )
            time.sleep(LEASE_SECONDS + 1)  # a late copy of the killed task must find it sent
        assert proc.returncode is not None

    delivery.refresh_from_db()
    received = [r for r in mailbox.received if r.rcpt_tos == [editor.email]]
    duplicates = len(received) - 1
    print(
        f"\nkilled {point}: {len(received)} e-mail(s) arrived, {duplicates} duplicate(s), "
        f"{delivery.attempts} claim(s)"
    )
    assert sent and delivery.status == DeliveryStatus.SENT
    assert received, "the e-mail was lost"
    assert {r.message["Message-ID"] for r in received} == {delivery.message_id}
    assert duplicates == (1 if point == "after_accept" else 0)
