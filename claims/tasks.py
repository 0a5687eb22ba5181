"""Celery tasks of the claims app. Each takes ids, re-reads rows, and is safe to run twice."""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.utils import timezone

from claims.article_claims import IngestError, extract_claims
from claims.models import Article
from factcheck.retrying import DATABASE_RETRY, TRANSIENT_ERRORS

logger = logging.getLogger(__name__)


@shared_task(
    bind=True,
    acks_late=True,
    soft_time_limit=settings.EXTRACTION_SOFT_TIME_LIMIT,
    time_limit=settings.EXTRACTION_TIME_LIMIT,
    **DATABASE_RETRY,
)
def extract_article(self, article_id: int) -> int:
    """Run claim extraction for one article, as one claimed attempt (see claims.models.article).

    A deleted, extracted or failed article, or one another worker is on, is simply done. A
    failed attempt is recorded with its reason on the article; the last one marks it failed.
    """
    article = Article.objects.start_extraction(article_id, timezone.now(), self.request.id)
    if article is None:
        return 0
    try:
        return extract_claims(article)
    except IngestError as exc:  # over the size caps: no attempt would do better
        article.record_extraction_failure(str(exc), final=True)
    except SoftTimeLimitExceeded:
        article.record_extraction_failure(
            f"took longer than EXTRACTION_SOFT_TIME_LIMIT ({settings.EXTRACTION_SOFT_TIME_LIMIT} s)"
        )
    except TRANSIENT_ERRORS:
        # Give the attempt back so DATABASE_RETRY's retry can claim it; if the database is
        # still down, the sweeper sends the article again after the time limit.
        article.release_extraction()
        raise
    except Exception as exc:
        # A bug in a stage: recorded on the article, and raised for the worker's log.
        article.record_extraction_failure(f"{type(exc).__name__}: {exc}")
        raise
    logger.warning("extraction of article %s failed: %s", article_id, article.error)
    return 0
