"""What one article may cost, and what happens to an article whose extraction fails.

Articles over the size caps are refused at ingest; one stored under larger caps fails at
once with the reason. A failed or unfinished attempt leaves the article pending with its
reason until EXTRACTION_MAX_ATTEMPTS, then it is failed and the sweeper leaves it alone.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from claims import sweeper
from claims.ingest import IngestError, ingest_text
from claims.models import Article
from claims.tasks import extract_article

pytestmark = pytest.mark.django_db
LONG_AGO = timedelta(hours=1)


def _stored(body: str, **fields) -> Article:
    article = Article.objects.create(body=body, content_hash=str(hash(body)), **fields)
    Article.objects.filter(pk=article.pk).update(ingested_at=timezone.now() - LONG_AGO)
    return Article.objects.get(pk=article.pk)


def _resent_by_sweeper() -> list[int]:
    return sweeper.stalled_articles(timezone.now(), timedelta(minutes=5))


def test_an_article_over_the_character_limit_is_refused_at_ingest(settings):
    settings.ARTICLE_MAX_CHARS = 1000
    with pytest.raises(IngestError, match="longer than the 1,000-character limit"):
        ingest_text("The council met on Tuesday. " * 50)
    assert not Article.objects.exists()


def test_an_article_over_the_paragraph_limit_is_refused_at_ingest(settings):
    settings.ARTICLE_MAX_PARAGRAPHS = 20
    with pytest.raises(IngestError, match="more than the 20-paragraph limit"):
        ingest_text("\n".join(f"Line number {i} of the list." for i in range(30)))
    assert not Article.objects.exists()


def test_an_article_over_the_caps_now_in_force_fails_at_once_with_the_reason(settings, seed_text):
    article = _stored(seed_text)
    settings.ARTICLE_MAX_CHARS = 1000

    assert extract_article(article.pk) == 0

    article.refresh_from_db()
    assert article.status == "failed"
    assert "1,000-character limit" in article.error
    assert not article.claims.exists()
    assert article.pk not in _resent_by_sweeper()


def test_a_failed_attempt_leaves_the_article_pending_with_its_reason_until_the_last(settings):
    settings.EXTRACTION_MAX_ATTEMPTS = 2
    article = _stored("The council met.", extraction_attempts=1)

    article.record_extraction_failure("took longer than EXTRACTION_SOFT_TIME_LIMIT (180 s)")
    article.refresh_from_db()
    assert (article.status, article.error) == (
        "pending",
        "attempt 1 of 2: took longer than EXTRACTION_SOFT_TIME_LIMIT (180 s)",
    )
    assert article.pk in _resent_by_sweeper()

    article.extraction_attempts = 2
    article.record_extraction_failure("took longer than EXTRACTION_SOFT_TIME_LIMIT (180 s)")
    article.refresh_from_db()
    assert article.status == "failed"
    assert article.error.startswith("attempt 2 of 2: took longer")
    assert article.pk not in _resent_by_sweeper()


def test_an_attempt_whose_worker_died_counts_and_the_last_one_marks_the_article_failed(settings, seed_text):
    settings.EXTRACTION_MAX_ATTEMPTS = 2
    died_at = timezone.now() - timedelta(seconds=settings.EXTRACTION_TIME_LIMIT + 1)
    article = _stored(seed_text, extraction_attempts=2, extraction_started_at=died_at)
    assert article.pk in _resent_by_sweeper()

    assert extract_article(article.pk) == 0

    article.refresh_from_db()
    assert article.status == "failed"
    assert article.error == "attempt 2 did not finish (killed at the time limit or out of memory)"
    assert article.pk not in _resent_by_sweeper()


def test_an_article_whose_earlier_attempt_died_is_extracted_by_the_next_one(settings, seed_text):
    died_at = timezone.now() - timedelta(seconds=settings.EXTRACTION_TIME_LIMIT + 1)
    article = _stored(seed_text, extraction_attempts=1, extraction_started_at=died_at)

    assert extract_article(article.pk) > 10

    article.refresh_from_db()
    assert (article.status, article.error, article.extraction_attempts) == ("extracted", "", 2)


def test_an_attempt_still_running_is_neither_resent_nor_started_twice(seed_text):
    article = _stored(
        seed_text, extraction_attempts=1, extraction_started_at=timezone.now(), extraction_task_id="first"
    )
    assert article.pk not in _resent_by_sweeper()

    # Another message for it (the sweeper's, a second ingest): the first task is on it.
    assert extract_article.apply((article.pk,), task_id="second").get() == 0

    article.refresh_from_db()
    assert (article.status, article.extraction_attempts) == ("pending", 1)
    assert not article.claims.exists()


def test_the_message_of_an_attempt_whose_worker_died_takes_over_when_redelivered(seed_text):
    article = _stored(
        seed_text, extraction_attempts=1, extraction_started_at=timezone.now(), extraction_task_id="first"
    )

    assert extract_article.apply((article.pk,), task_id="first").get() > 10

    article.refresh_from_db()
    assert (article.status, article.error, article.extraction_attempts) == ("extracted", "", 2)
