"""Celery tasks of the claims app. Each takes ids, re-reads rows, and is safe to run twice."""

from celery import shared_task

from claims.article_claims import extract_claims
from claims.models import Article
from claims.retrying import DATABASE_RETRY


@shared_task(acks_late=True, **DATABASE_RETRY)
def extract_article(article_id: int) -> int:
    """Run claim extraction for one article; a deleted article is simply done."""
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return 0
    return extract_claims(article)
