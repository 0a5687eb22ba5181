"""Load N published claims with verdicts into the database DATABASE_URL names (for api_bench.py).

Run by api_bench.py against a throw-away database it has just migrated:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck_bench python bench/api_bench_load.py 100000

Ten claims an article; each claim published with a verdict citing two sources; one claim
in fifty corrected once. Everything goes in with bulk_create, in one transaction.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from claims.models import Article, Claim, Correction, Rating, Source, Verdict  # noqa: E402

CLAIMS_PER_ARTICLE = 10
BATCH = 5000
SPEAKERS = ["Jane Minister", "Sam Senator", "Dr. Ada Expert", "The Mayor", ""]
OUTLETS = ["Example News", "The Daily", "Metro Herald", "Radio North"]


def load(n_claims: int) -> None:
    User = get_user_model()
    author = User.objects.create_user("bench-reviewer", first_name="Rita", last_name="Reviewer")
    editor = User.objects.create_user("bench-editor", first_name="Erin", last_name="Editor")
    ratings = list(Rating.objects.filter(is_active=True))
    now = timezone.now()
    n_articles = -(-n_claims // CLAIMS_PER_ARTICLE)
    articles = [
        Article(
            url=f"https://news.example.org/story/{i}",
            title=f"Story number {i} about the economy",
            outlet=OUTLETS[i % len(OUTLETS)],
            author="Ada Writer",
            published_on=date(2024, 1, 1) + timedelta(days=i % 365),
            body=f"Body of story {i}.",
            content_hash=f"{i:064x}",
            status="extracted",
        )
        for i in range(n_articles)
    ]
    Article.objects.bulk_create(articles, batch_size=BATCH)
    claims = [
        Claim(
            article=articles[i // CLAIMS_PER_ARTICLE],
            text=f"Unemployment fell by {i % 97} percent in the year to March, claim {i}.",
            public_slug=f"unemployment-fell-claim-{i}",  # bulk_create skips save(), which gives one
            speaker=SPEAKERS[i % len(SPEAKERS)],
            is_quote=i % 3 == 0,
            start=(i % CLAIMS_PER_ARTICLE) * 100,
            end=(i % CLAIMS_PER_ARTICLE) * 100 + 60,
            normalized_hash=f"{i:064x}",
            status="published",
            checkworthiness=0.5,
        )
        for i in range(n_claims)
    ]
    Claim.objects.bulk_create(claims, batch_size=BATCH)
    verdicts = [
        Verdict(
            claim=claim,
            rating=ratings[i % len(ratings)],
            summary=f"Official figures for the period show otherwise; see the tables ({i}).",
            author=author,
            approved_by=editor,
            approved_at=now - timedelta(seconds=i),
            published_at=now - timedelta(seconds=i),
        )
        for i, claim in enumerate(claims)
    ]
    Verdict.objects.bulk_create(verdicts, batch_size=BATCH)
    sources = [
        Source(claim=claim, url=f"https://stats.example.org/{i}/{k}", title=f"Table {k}", link_status="ok")
        for i, claim in enumerate(claims)
        for k in range(2)
    ]
    Source.objects.bulk_create(sources, batch_size=BATCH)
    Through = Verdict.sources.through
    Through.objects.bulk_create(
        [Through(verdict_id=verdicts[j // 2].pk, source_id=s.pk) for j, s in enumerate(sources)],
        batch_size=BATCH,
    )
    Correction.objects.bulk_create(
        [
            Correction(
                claim=claims[i],
                previous_verdict=verdicts[i],
                what_changed="Rating changed.",
                reason="New figures.",
                created_by=editor,
                published_at=now,
            )
            for i in range(0, n_claims, 50)
        ],
        batch_size=BATCH,
    )


if __name__ == "__main__":
    started = time.monotonic()
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with transaction.atomic():
        load(count)
    print(f"loaded {count:,} claims with verdicts in {time.monotonic() - started:.1f}s")
