"""Rows for API tests: articles, claims, published verdicts with sources and corrections."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from django.utils import timezone

from claims.models import Article, Claim, ClaimStatus, Correction, Rating, Source, Verdict

_seq = itertools.count(1)


def make_article(**fields) -> Article:
    n = next(_seq)
    defaults = {
        "url": f"https://news.example.org/story-{n}",
        "title": f"Story {n}",
        "outlet": "Example News",
        "author": "Ada Writer",
        "published_on": date(2024, 3, 1),
        "body": f"Body of story {n}. The unemployment rate fell to {n} percent last year.",
        "content_hash": f"{n:064x}",
        "status": "extracted",
    }
    return Article.objects.create(**{**defaults, **fields})


def make_claim(article: Article | None = None, **fields) -> Claim:
    article = article or make_article()
    n = next(_seq)
    text = fields.pop("text", f"The unemployment rate fell to {n} percent last year.")
    defaults = {"speaker": "Jane Minister", "start": 0, "end": len(text), "normalized_hash": f"{n:064x}"}
    return Claim.objects.create(article=article, text=text, **{**defaults, **fields})


def rating(slug: str = "false") -> Rating:
    return Rating.objects.get(slug=slug)


def make_verdict(
    author,
    approver,
    *,
    claim: Claim | None = None,
    published: bool = True,
    sources: int = 2,
    rating_slug: str = "false",
    **fields,
) -> Verdict:
    """A verdict on a (new) claim; published ones are signed off and their claim is published."""
    claim = claim or make_claim(status=ClaimStatus.PUBLISHED if published else ClaimStatus.IN_REVIEW)
    now = timezone.now()
    verdict = Verdict.objects.create(
        claim=claim,
        rating=rating(rating_slug),
        summary=fields.pop("summary", "Official statistics show the rate rose."),
        author=author,
        approved_by=approver if published else None,
        approved_at=now if published else None,
        published_at=now - timedelta(minutes=next(_seq)) if published else None,
        **fields,
    )
    for i in range(sources):
        source = Source.objects.create(
            claim=claim,
            url=f"https://stats.example.org/{claim.pk}/{i}",
            title=f"Table {i}",
            added_by=author,
            link_status="ok",
        )
        verdict.sources.add(source)
    return verdict


def make_published(author, approver, count: int, **fields) -> list[Verdict]:
    return [make_verdict(author, approver, **fields) for _ in range(count)]


def correct(verdict: Verdict, editor, **fields) -> Correction:
    return Correction.objects.create(
        claim=verdict.claim,
        previous_verdict=verdict,
        what_changed="Rating changed from True to False.",
        reason="New figures were published.",
        created_by=editor,
        published_at=timezone.now(),
        **fields,
    )
