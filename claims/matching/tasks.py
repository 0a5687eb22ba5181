"""Celery tasks that keep a sentence vector in the database for every claim and fact-check.

Each takes an id, re-reads the row, and treats a deleted row as done. A vector already
computed by the same model from the same text is left alone, so running a task twice (or
after a lost acknowledgement) costs one SELECT. `embed_missing` (beat, every few minutes)
enqueues whatever has no vector yet: rows stored before matching existed, or whose message
was lost.
"""

from __future__ import annotations

from celery import shared_task

from claims.matching.encoder import shared_encoder
from claims.matching.store import forget_orphan_vectors, objects_without_vectors, store_vector, text_of
from claims.models import Claim
from claims.models.fact_check import VectorKind
from factcheck.retrying import DATABASE_RETRY

EMBED_LIMITS = dict(soft_time_limit=60, time_limit=90)
MISSING_BATCH = 1000


@shared_task(acks_late=True, **DATABASE_RETRY, **EMBED_LIMITS)
def embed_claim(claim_id: int) -> bool:
    """True when a vector was (re)computed."""
    return _embed(VectorKind.CLAIM, claim_id)


@shared_task(acks_late=True, **DATABASE_RETRY, **EMBED_LIMITS)
def embed_fact_check(fact_check_id: int) -> bool:
    return _embed(VectorKind.FACT_CHECK, fact_check_id)


@shared_task(acks_late=True, **DATABASE_RETRY, soft_time_limit=600, time_limit=660)
def embed_article_claims(article_id: int) -> int:
    """Vectors for the claims extracted from one article; returns how many were (re)computed."""
    ids = Claim.objects.filter(article_id=article_id).order_by("pk").values_list("pk", flat=True)
    return sum(_embed(VectorKind.CLAIM, claim_id) for claim_id in ids)


@shared_task(acks_late=True, **DATABASE_RETRY)
def embed_missing() -> int:
    """Enqueue up to MISSING_BATCH claims and fact-checks that have no vector (the next run takes
    the rest), and drop the vectors of deleted rows."""
    forget_orphan_vectors()
    sent = 0
    for kind, task in ((VectorKind.CLAIM, embed_claim), (VectorKind.FACT_CHECK, embed_fact_check)):
        for object_id in objects_without_vectors(kind)[:MISSING_BATCH]:
            task.delay(object_id)
            sent += 1
    return sent


def _embed(kind: str, object_id: int) -> bool:
    found = text_of(kind, object_id)
    if found is None:
        return False
    text, headline = found
    return store_vector(kind, object_id, text, headline, shared_encoder())
