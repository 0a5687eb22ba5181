"""factcheck.enqueue and claims.sweeper without worker processes."""

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone
from kombu import Connection
from kombu.exceptions import OperationalError

from claims import sweeper
from claims.models import Article
from claims.tasks import extract_article
from factcheck.enqueue import send_quietly


def test_send_quietly_says_false_instead_of_raising_when_the_broker_is_unreachable(caplog):
    with Connection("redis://127.0.0.1:1/0", connect_timeout=0.2) as down:
        sent = send_quietly(extract_article, 1, connection=down, retry=False)
    assert sent is False
    assert "stays pending for the sweeper" in caplog.text


@pytest.mark.django_db
def test_only_articles_pending_longer_than_the_age_count_as_stalled():
    now = timezone.now()
    old = Article.objects.create(body="a", content_hash="old")
    Article.objects.filter(pk=old.pk).update(ingested_at=now - timedelta(minutes=10))
    Article.objects.create(body="b", content_hash="fresh")
    done = Article.objects.create(body="c", content_hash="done", status="extracted")
    Article.objects.filter(pk=done.pk).update(ingested_at=now - timedelta(minutes=10))

    assert sweeper.stalled_articles(now, timedelta(minutes=5)) == [old.pk]


@pytest.mark.django_db
def test_the_sweeper_leaves_pending_work_alone_while_its_queue_still_holds_messages(monkeypatch):
    sent = []
    monkeypatch.setattr(sweeper, "queue_length", lambda queue: 3)
    monkeypatch.setattr(sweeper, "send_quietly", lambda task, pk: sent.append(pk) or True)
    article = Article.objects.create(body="a", content_hash="old")
    Article.objects.filter(pk=article.pk).update(ingested_at=timezone.now() - timedelta(hours=1))

    nothing = {"articles": 0, "sources": 0, "notification_mails": 0}
    assert sweeper.sweep(now=timezone.now(), age=timedelta(minutes=5)) == nothing
    monkeypatch.setattr(sweeper, "queue_length", lambda queue: 0)
    assert sweeper.sweep(now=timezone.now(), age=timedelta(minutes=5))["articles"] == 1
    assert sent == [article.pk]


def test_extraction_is_routed_to_the_queue_the_sweeper_measures():
    assert sweeper.queue_of(extract_article.name) == "extraction"


def _broker_down(*args, **kwargs):
    raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")


@pytest.mark.django_db(transaction=True)
def test_queuing_a_report_email_while_the_broker_is_down_leaves_it_to_the_sweep(monkeypatch, editor, caplog):
    from reports import tasks
    from reports.models import Delivery, DeliveryStatus

    monkeypatch.setattr(tasks.send_delivery, "apply_async", _broker_down)  # delay calls it
    now = timezone.now()
    with transaction.atomic():
        delivery = Delivery.objects.create(
            recipient=editor,
            email=editor.email,
            period_start=now - timedelta(days=1),
            period_end=now,
            message_id="<digest-1@factcheck>",
            retry_at=now + timedelta(minutes=5),
        )
        tasks.enqueue_send(delivery.pk)

    delivery.refresh_from_db()  # committed: the outage did not undo the planning
    assert delivery.status == DeliveryStatus.PENDING
    assert "stays pending for the sweeper" in caplog.text
    assert tasks.retry_stalled_deliveries() == 0  # not due before its retry_at

    sent = []
    monkeypatch.setattr(tasks.send_delivery, "apply_async", lambda args, kwargs=None, **_: sent.append(args))
    Delivery.objects.filter(pk=delivery.pk).update(retry_at=now - timedelta(seconds=1))
    assert tasks.retry_stalled_deliveries() == 1
    assert sent == [(delivery.pk,)]


@pytest.mark.django_db(transaction=True)
def test_ingesting_an_article_while_the_broker_is_down_keeps_it_pending(monkeypatch, seed_text):
    from claims.ingest import ingest_text

    monkeypatch.setattr(extract_article, "apply_async", _broker_down)
    article = ingest_text(seed_text).article
    article.refresh_from_db()
    assert article.status == "pending"


@pytest.mark.django_db
def test_a_source_check_the_sweeper_resends_sees_the_renewed_request(monkeypatch):
    import claims.linkcheck.tasks  # noqa: F401  (registers the check task the sweeper re-sends)
    from claims.models import Source
    from tests.api.factories import make_claim

    seen = []

    def send(task, pk):  # what the re-sent check will read when it starts
        seen.append(Source.objects.values_list("check_requested_at", flat=True).get(pk=pk))
        return True

    monkeypatch.setattr(sweeper, "queue_length", lambda queue: 0)
    monkeypatch.setattr(sweeper, "send_quietly", send)
    now = timezone.now()
    source = Source.objects.create(claim=make_claim(), url="http://127.0.0.2/report", title="Report")
    Source.objects.filter(pk=source.pk).update(check_requested_at=now - timedelta(hours=1))
    done = Source.objects.create(claim=make_claim(), url="http://127.0.0.3/done", title="Done")

    assert sweeper.sweep(now=now, age=timedelta(minutes=5))["sources"] == 1
    assert seen == [now]  # renewed before the send, so the check's result is not taken for stale
    assert Source.objects.get(pk=done.pk).check_requested_at is None
