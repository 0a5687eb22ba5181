"""Storing imported ClaimReviews as FactCheck rows, their ratings mapped to our scale.

One call imports one input in one transaction: everything or nothing. A URL seen before is
updated in place when anything about it changed, and left alone (counted as unchanged)
otherwise, except for the fields an admin corrected on its page: those stay the admin's (the
report lists the URLs whose publisher now says otherwise). The rows are locked as they are
read, so an admin's save racing the import lands before it (and is kept) or after it (and is
refused as stale, the import being newer than their page). A URL repeated within one input
is imported once, from its first occurrence.
Each fact-check stored or changed has its vector computed by Celery once the transaction
commits (claims.matching.tasks.embed_fact_check); a dry run commits nothing, so sends nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction

from claims.matching.claimreview import Review, Skipped, read_review
from claims.matching.tasks import embed_fact_check
from claims.models import FactCheck, Rating, RatingMapping
from claims.models.rating_mapping import normalise_key, numeric_key
from claims.models.versioning import BY_COMMAND
from factcheck.enqueue import enqueue_on_commit

IMPORTED_BY = f"{BY_COMMAND}import_claimreview"  # who the audit trail says made the change
FIELD_LIMITS = {"rating_text": 200, "publisher": 200}  # FactCheck's CharField lengths


@dataclass
class ImportReport:
    imported: list[FactCheck] = field(default_factory=list)
    updated: list[FactCheck] = field(default_factory=list)
    unchanged: list[FactCheck] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    unknown_ratings: Counter = field(default_factory=Counter)  # rating text -> fact-checks carrying it
    kept_corrections: list[tuple[str, list[str]]] = field(default_factory=list)  # (url, fields an admin set)


def rating_for(review: Review, mapping: dict[str, Rating]) -> tuple[str, Rating | None]:
    """(their rating as text, our Rating or None): the name is looked up first, then the number."""
    numeric = (
        numeric_key(review.rating_value, review.best_rating, review.worst_rating)
        if review.rating_value
        else ""
    )
    for key in (review.rating_name, numeric):
        if key and normalise_key(key) in mapping:
            return key, mapping[normalise_key(key)]
    return review.rating_name or numeric, None


def import_reviews(objects: list[dict], *, dry_run: bool = False) -> ImportReport:
    """Import ClaimReview objects (claims.matching.claimreview.claim_reviews); with `dry_run`
    everything is checked and counted, and the transaction rolled back."""
    report = ImportReport()
    mapping = RatingMapping.objects.as_dict()
    seen: set[str] = set()
    reviews = [read_review(obj, position) for position, obj in enumerate(objects, 1)]
    with transaction.atomic():
        urls = [r.url for r in reviews if isinstance(r, Review)]
        existing = FactCheck.objects.select_for_update().in_bulk(urls, field_name="url")
        for review in reviews:
            if isinstance(review, Skipped):
                report.skipped.append(review)
                continue
            if review.url in seen:
                report.skipped.append(Skipped(review.url, "its url came earlier in this input"))
                continue
            seen.add(review.url)
            rating_text, rating = rating_for(review, mapping)
            if rating is None and rating_text:
                report.unknown_ratings[rating_text] += 1
            values = {
                "claim_text": review.claim_text,
                "headline": review.headline,
                "rating_text": rating_text[: FIELD_LIMITS["rating_text"]],
                "rating": rating,
                "publisher": review.publisher[: FIELD_LIMITS["publisher"]],
                "published_on": review.published_on,
            }
            check = existing.get(review.url)
            if check is None:
                check = FactCheck(url=review.url, **values)
                check._change_reason = IMPORTED_BY
                check.save()
                enqueue_on_commit(embed_fact_check, check.pk)
                report.imported.append(check)
                continue
            changed, kept = check.take_import(values)
            if kept:
                report.kept_corrections.append((check.url, kept))
            if changed:
                check._change_reason = IMPORTED_BY
                check.save()
                enqueue_on_commit(embed_fact_check, check.pk)
                report.updated.append(check)
            else:
                report.unchanged.append(check)
        if dry_run:
            transaction.set_rollback(True)
    return report
