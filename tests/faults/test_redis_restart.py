"""Redis killed in the middle of 200 extraction tasks and started again, with its data
kept (append-only file) or wiped: the worker reconnects by itself, the sweeper enqueues
what the outage lost, and every article is extracted exactly once: every claim present,
none twice."""

import time

import pytest
from django.db.models import Count
from kombu import Connection, Producer, Queue

from claims.extraction.pipeline import extract
from claims.models import Article
from claims.models.article import ArticleStatus
from claims.tasks import extract_article
from factcheck.broker import RedisTransport
from tests.faults.newsroom import article_text
from tests.faults.processes import SWEEPER, beat, private_redis, worker
from tests.workers import wait_for

pytestmark = [pytest.mark.slow, pytest.mark.faults, pytest.mark.django_db(transaction=True)]

TASKS = 200
DOWN_SECONDS = 5
RESUME_BOUND = 60


def _extracted() -> int:
    return Article.objects.filter(status=ArticleStatus.EXTRACTED).count()


@pytest.mark.parametrize("data", ["kept", "wiped"])
def test_a_redis_restart_mid_run_loses_no_task_and_repeats_no_effect(data):
    texts = [article_text(n) for n in range(TASKS)]
    articles = Article.objects.bulk_create(
        Article(body=text, content_hash=f"restart-{n}") for n, text in enumerate(texts)
    )
    expected = {len(extract(text).claims) for text in texts[:: TASKS // 20]}
    assert len(expected) == 1, "the sample articles should all give the same number of claims"

    with private_redis(persistent=data == "kept") as redis:
        with (
            worker(redis.url, queues="default,extraction", concurrency=2, env=SWEEPER),
            beat(redis.url, env=SWEEPER),
        ):
            with Connection(redis.url) as conn:
                for article in articles:
                    extract_article.apply_async((article.pk,), connection=conn)
            assert wait_for(lambda: _extracted() >= TASKS // 4, timeout=120), "the worker never got going"
            redis.kill()
            at_kill = _extracted()
            time.sleep(DOWN_SECONDS)
            at_restart = _extracted()
            redis.start()
            back = time.monotonic()
            resumed = wait_for(lambda: _extracted() > at_restart, timeout=RESUME_BOUND, interval=0.2)
            resumed_after = time.monotonic() - back
            finished = wait_for(lambda: _extracted() == TASKS, timeout=180, interval=0.5)
            took = time.monotonic() - back

    counts = Article.objects.annotate(n=Count("claims")).values_list("n", flat=True)
    claims_each = next(iter(expected))
    wrong = sum(n != claims_each for n in counts)
    print(
        f"\nRedis killed ({data}) after {at_kill}/{TASKS} extractions, down {DOWN_SECONDS} s: worker resumed "
        f"{resumed_after:.1f} s after restart; all {_extracted()}/{TASKS} extracted {took:.1f} s after it; "
        f"{wrong} articles with a wrong number of claims"
    )
    assert resumed, f"nothing extracted within {RESUME_BOUND} s of Redis's restart"
    assert finished, f"{TASKS - _extracted()} articles never extracted"
    assert wrong == 0


def test_a_worker_that_lost_redis_holding_a_message_closes_its_connection_without_a_fatal_error(redis_broker):
    """The worker's own sequence on losing Redis: detach the transport, then close the
    connection, whose channel still holds an unacknowledged message. kombu's transport
    raised AttributeError there, which stopped the worker for good (factcheck/broker.py)."""
    conn = Connection(redis_broker.url, transport=RedisTransport)
    queue = Queue("extraction", channel=conn.default_channel)
    queue.declare()
    Producer(conn.default_channel).publish({"article": 1}, routing_key="extraction")
    assert queue.get(no_ack=False) is not None
    redis_broker.kill()

    conn._do_close_transport()  # what Connection.collect() leaves behind
    conn.close()

    assert conn.connected is False
