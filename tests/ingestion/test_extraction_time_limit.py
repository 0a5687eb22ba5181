"""A real worker stops an extraction at EXTRACTION_SOFT_TIME_LIMIT and says so on the article."""

import pytest

from claims.ingest import check_cost
from claims.models import Article
from claims.tasks import extract_article
from tests.workers import celery_command, running_process, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]
# Within the default size caps, and seconds of work for the rule stages alone.
PARAGRAPH = "The council spent {i} million dollars on roads in 2023. Unemployment fell to 3.5 percent."
LONG_ARTICLE = "\n\n".join(PARAGRAPH.format(i=i) for i in range(2500))


def test_an_extraction_over_its_time_limit_is_stopped_and_the_article_marked_failed():
    check_cost(LONG_ARTICLE)  # an article ingest accepts
    article = Article.objects.create(body=LONG_ARTICLE, content_hash="long")
    # The limit travels in the message; it is given outright, as the sender's settings would give it,
    # and the worker's own settings agree.
    extract_article.apply_async((article.pk,), soft_time_limit=1)
    worker = celery_command(
        "worker", "-Q", "extraction", "--concurrency", "1", "--without-gossip", "--without-mingle"
    )
    env = {"EXTRACTION_SOFT_TIME_LIMIT": "1", "EXTRACTION_MAX_ATTEMPTS": "1"}

    with running_process(worker, "worker", env=env):
        assert wait_for(lambda: Article.objects.get(pk=article.pk).status != "pending", timeout=120)

    article.refresh_from_db()
    assert article.status == "failed"
    assert article.error == "attempt 1 of 1: took longer than EXTRACTION_SOFT_TIME_LIMIT (1 s)"
    assert not article.claims.exists()
