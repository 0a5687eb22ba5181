"""Small builders for newsroom data in report tests. `created_at`-like fields are
auto_now_add, so times are set with an UPDATE after the row exists."""

import itertools
from datetime import datetime, timedelta

from claims.models import Article, Claim, Correction, LinkCheck, Rating, Source, Verdict

_n = itertools.count(1)


def article(**fields) -> Article:
    n = next(_n)
    defaults = {
        "title": f"Article {n}",
        "outlet": "Daily Planet",
        "body": "x" * 500,
        "content_hash": f"hash-{n}",
    }
    return Article.objects.create(**{**defaults, **fields})


def claim(on: Article, *, at: datetime, status: str = "queued", text: str = "", **fields) -> Claim:
    n = next(_n)
    made = Claim.objects.create(
        article=on,
        text=text or f"Unemployment fell by {n} percent last year.",
        start=n,
        end=n + 1,
        status=status,
        normalized_hash=f"claim-{n}",
        **fields,
    )
    Claim.objects.filter(pk=made.pk).update(created_at=at)
    made.refresh_from_db()
    return made


def verdict(
    on: Claim, *, rating: str, author, approved_by=None, published_at: datetime | None = None
) -> Verdict:
    return Verdict.objects.create(
        claim=on,
        rating=Rating.objects.get(slug=rating),
        summary=f"Checked claim {on.pk}.",
        author=author,
        approved_by=approved_by,
        approved_at=published_at,
        published_at=published_at,
    )


def source(
    on: Claim, *, url: str, link_status: str = "ok", checked_at: datetime | None = None, **fields
) -> Source:
    return Source.objects.create(
        claim=on, url=url, link_status=link_status, last_checked_at=checked_at, **fields
    )


def link_check(of: Source, *, at: datetime, link_class: str) -> LinkCheck:
    made = LinkCheck.objects.create(source=of, link_class=link_class)
    LinkCheck.objects.filter(pk=made.pk).update(checked_at=at)
    return made


def correction(on: Claim, *, previous: Verdict, by, at: datetime) -> Correction:
    made = Correction.objects.create(
        claim=on,
        previous_verdict=previous,
        what_changed="Rating changed from False to Mostly false.",
        reason="New figures from the statistics office.",
        created_by=by,
    )
    Correction.objects.filter(pk=made.pk).update(created_at=at)
    return made


def busy_day(start: datetime, *, claims: int, reviewer, editor) -> Article:
    """A day's work: `claims` claims, a third published, with sources, checks and a correction."""
    piece = article()
    hour = timedelta(hours=1)
    ratings = ["false", "mostly-true", "true"]
    for i in range(claims):
        made = claim(piece, at=start + hour, status="published" if i % 3 == 0 else "queued")
        if i % 3 == 0:
            v = verdict(
                made,
                rating=ratings[(i // 3) % len(ratings)],
                author=reviewer,
                approved_by=editor,
                published_at=start + 5 * hour,
            )
            s = source(
                made,
                url=f"https://example.org/{i}",
                link_status="broken" if i % 2 else "ok",
                checked_at=start + 6 * hour,
                consecutive_failures=i % 2,
            )
            link_check(s, at=start + 6 * hour, link_class=s.link_status)
            if i == 0:
                correction(made, previous=v, by=editor, at=start + 7 * hour)
    return piece
