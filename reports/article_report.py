"""The article report: every claim of one article with its state, verdict, sources and corrections.

Five queries whatever the number of claims: the article, its claims, and one prefetch
each for current verdicts, sources and corrections. JSON-ready, like the digest.
"""

from collections import Counter
from collections.abc import Callable
from datetime import datetime

from django.db.models import Prefetch

from claims.models import Article, Claim, Correction, Source, Verdict
from claims.models.source import FAILING_CLASSES, failing_classes_phrase, link_counts_phrase
from reports.plain import iso, person


def _verdict(claim: Claim) -> dict | None:
    current = claim.current_verdicts
    if not current:
        return None
    v = current[0]
    return {
        "rating": v.rating.slug,
        "rating_label": v.rating.label,
        "rating_value": v.rating.value,
        "summary": v.summary,
        "author": person(v.author.username, v.author.first_name, v.author.last_name),
        "approved_by": v.approved_by
        and person(v.approved_by.username, v.approved_by.first_name, v.approved_by.last_name),
        "published_at": iso(v.published_at),
    }


def _source(s: Source) -> dict:
    return {
        "url": s.url,
        "title": s.title,
        "kind": s.kind,
        "link_status": s.link_status,
        "link_label": s.get_link_status_display(),
        "failing": s.link_status in FAILING_CLASSES,
        "http_status": s.http_status,
        "last_checked_at": iso(s.last_checked_at),
        "consecutive_failures": s.consecutive_failures,
        "link_rot": s.link_rot,
        "changed_since_cited": s.changed_since_cited,
    }


def _correction(c: Correction) -> dict:
    return {
        "what_changed": c.what_changed,
        "reason": c.reason,
        "by": person(c.created_by.username, c.created_by.first_name, c.created_by.last_name),
        "at": iso(c.created_at),
    }


def claims_with_everything(article: Article):
    verdicts = Verdict.objects.filter(is_current=True).select_related("rating", "author", "approved_by")
    return (
        article.claims.order_by("start", "pk")
        .select_related("assignee")
        .prefetch_related(
            Prefetch("verdicts", queryset=verdicts, to_attr="current_verdicts"),
            Prefetch("sources", queryset=Source.objects.order_by("added_at", "pk")),
            Prefetch(
                "corrections", queryset=Correction.objects.select_related("created_by").order_by("created_at")
            ),
        )
    )


def build_article_report(
    article_id: int, *, now: datetime, progress: Callable[[str], None] | None = None
) -> dict:
    """The report data for one article; raises Article.DoesNotExist for an unknown id."""
    article = Article.objects.get(pk=article_id)
    claims = []
    for claim in claims_with_everything(article):
        claims.append(
            {
                "claim_id": claim.pk,
                "text": claim.text,
                "checked_text": claim.checked_text,  # blank: checked as extracted
                "speaker": claim.speaker,
                "is_quote": claim.is_quote,
                "is_reported": claim.is_reported,
                "status": claim.status,
                "status_label": claim.get_status_display(),
                "checkworthiness": round(claim.checkworthiness, 3),
                "assignee": claim.assignee
                and person(claim.assignee.username, claim.assignee.first_name, claim.assignee.last_name),
                "verdict": _verdict(claim),
                "sources": [_source(s) for s in claim.sources.all()],
                "corrections": [_correction(c) for c in claim.corrections.all()],
            }
        )
        if progress:
            progress(f"claim {claim.pk}")
    ratings = Counter(c["verdict"]["rating_label"] for c in claims if c["verdict"])
    sources = [s for c in claims for s in c["sources"]]
    return {
        "kind": "article",
        "title": f"Article report: {article}",
        "generated_at": iso(now),
        "article": {
            "id": article.pk,
            "title": article.title,
            "url": article.url,
            "outlet": article.outlet,
            "author": article.author,
            "published_on": article.published_on and article.published_on.isoformat(),
        },
        "summary": {
            "claims": len(claims),
            "by_status": dict(Counter(c["status_label"] for c in claims)),
            "by_rating": dict(ratings),
            "sources": len(sources),
            "failing_sources": sum(s["failing"] for s in sources),
            # The same words as the admin's badges: "1 Broken, 2 Timed out" (LinkClass labels).
            "failing_label": failing_classes_phrase(),
            "failing_by_class": link_counts_phrase(
                Counter(s["link_status"] for s in sources if s["failing"])
            ),
            "changed_sources": sum(s["changed_since_cited"] for s in sources),
            "corrections": sum(len(c["corrections"]) for c in claims),
        },
        "claims": claims,
    }
