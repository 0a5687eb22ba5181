"""A real worker process runs tasks against the same database, on either broker."""

import pytest
import redis
from kombu import Connection

from claims.ingest import ingest_text
from claims.models import Article
from claims.tasks import extract_article
from tests.services import REDIS_ADDR, REDIS_URL, require
from tests.workers import running_worker, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def _extracted(article_id: int) -> bool:
    return Article.objects.get(pk=article_id).status == "extracted"


def test_embedded_broker_worker_extracts_the_ingested_article(seed_text):
    article = ingest_text(seed_text).article  # enqueued on the file-system broker

    with running_worker():
        assert wait_for(lambda: _extracted(article.pk)), "the worker did not extract the article"

    assert article.claims.count() > 10


@pytest.mark.services
def test_redis_broker_worker_extracts_an_article(seed_text):
    require(REDIS_ADDR, "Redis")
    redis.Redis.from_url(REDIS_URL).flushdb()
    article = Article.objects.create(body=seed_text, content_hash="redis-roundtrip")

    with running_worker(broker_url=REDIS_URL):
        with Connection(REDIS_URL) as conn:
            extract_article.apply_async((article.pk,), connection=conn)
        assert wait_for(lambda: _extracted(article.pk)), "the worker did not extract the article"

    assert article.claims.count() > 10
