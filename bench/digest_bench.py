#!/usr/bin/env python3
"""How long the weekly digest takes over a big newsroom database, in how many queries, with how much memory.

Creates a PostgreSQL database of its own (dropped at the end unless --keep), migrates
it, fills it with bulk inserts (100,000 claims over four weeks by default, with
verdicts, sources, link checks and corrections), then builds last week's digest:

- the data alone (reports.digest.build_digest), the median of --runs runs;
- the whole report as the Celery task builds it (data, three charts, four formats, stored);
- the number of queries of each (the same at any size: see tests/reports/test_digest.py);
- peak Python memory (tracemalloc, in a separate run, since tracing slows it) and the
  process's peak RSS.

    .venv/bin/python bench/digest_bench.py
    .venv/bin/python bench/digest_bench.py --claims 20000 --runs 3 --url postgres://postgres@127.0.0.1:5432
"""

import argparse
import os
import random
import resource
import statistics
import sys
import time
import tracemalloc
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DB_NAME = "factcheck_bench_reports"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--url", default="postgres://postgres@127.0.0.1:5432", help="server, without database"
    )
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    return parser.parse_args()


def recreate_database(server_url: str) -> None:
    import psycopg

    with psycopg.connect(f"{server_url}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB_NAME}")


def drop_database(server_url: str) -> None:
    import psycopg

    with psycopg.connect(f"{server_url}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")


def spread(table: str, column: str, start, seconds: int) -> None:
    """Give auto_now_add timestamps a deterministic spread over `seconds` from `start`."""
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute(
            f"UPDATE {table} SET {column} = %s + ((id * 7919) %% %s) * interval '1 second'", [start, seconds]
        )


def fill(claims: int, start, seconds: int) -> dict[str, int]:
    """Bulk-insert a newsroom's worth of rows; returns how many of each."""
    from django.contrib.auth import get_user_model

    from claims.models import Article, Claim, Correction, LinkCheck, Rating, Source, Verdict

    rng = random.Random(8)
    User = get_user_model()
    at = lambda: start + timedelta(seconds=rng.randrange(seconds))  # noqa: E731
    users = User.objects.bulk_create(
        [User(username=f"user{i}", email=f"user{i}@example.org", first_name=f"User {i}") for i in range(30)]
    )
    articles = Article.objects.bulk_create(
        [
            Article(title=f"Article {i}", outlet=f"Outlet {i % 40}", body="text", content_hash=f"h{i}")
            for i in range(max(1, claims // 50))
        ]
    )
    statuses = [
        "new",
        "queued",
        "queued",
        "in_review",
        "awaiting_sign_off",
        "published",
        "published",
        "dismissed",
    ]
    made = Claim.objects.bulk_create(
        [
            Claim(
                article=articles[i % len(articles)],
                text=f"Claim number {i} says unemployment fell.",
                start=i,
                end=i + 1,
                status=rng.choice(statuses),
                normalized_hash=f"c{i}",
                checkworthiness=rng.random(),
            )
            for i in range(claims)
        ],
        batch_size=5000,
    )
    spread("claims_claim", "created_at", start, seconds)
    ratings = list(Rating.objects.all())
    published = [c for c in made if c.status == "published"]
    verdicts = Verdict.objects.bulk_create(
        [
            Verdict(
                claim=c,
                rating=rng.choice(ratings),
                summary="Checked.",
                author=users[i % 20],
                approved_by=users[20 + i % 10],
                approved_at=(t := at()),
                published_at=t,
            )
            for i, c in enumerate(published)
        ],
        batch_size=5000,
    )
    classes = ["ok"] * 6 + ["redirect", "broken", "timeout", "transient"]
    sources = Source.objects.bulk_create(
        [
            Source(
                claim=c,
                url=f"https://example.org/{c.pk}/{k}",
                link_status=rng.choice(classes),
                last_checked_at=at(),
                consecutive_failures=rng.randrange(4),
                changed_since_cited=rng.random() < 0.02,
            )
            for c in published
            for k in range(2)
        ],
        batch_size=5000,
    )
    checks = LinkCheck.objects.bulk_create(
        [LinkCheck(source=s, link_class=s.link_status, elapsed_ms=100) for s in sources for _ in range(2)],
        batch_size=5000,
    )
    spread("claims_linkcheck", "checked_at", start, seconds)
    corrections = Correction.objects.bulk_create(
        [
            Correction(
                claim=v.claim,
                previous_verdict=v,
                what_changed="Rating changed.",
                reason="New data.",
                created_by=users[20],
            )
            for v in verdicts[: max(1, len(verdicts) // 50)]
        ]
    )
    spread("claims_correction", "created_at", start, seconds)
    return {
        "claims": len(made),
        "verdicts": len(verdicts),
        "sources": len(sources),
        "link checks": len(checks),
        "corrections": len(corrections),
    }


def measure(runs: int) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from reports import building, digest
    from reports.periods import Frequency, complete_periods

    tz = timezone.get_current_timezone()
    week = complete_periods(Frequency.WEEKLY, timezone.now(), tz, count=1)[0]

    def data():
        return digest.build_digest(week, now=timezone.now(), tz=tz, list_limit=50)

    def report():
        return building.build(building.new_digest(week))

    for name, fn in (("digest data", data), ("whole report (data, charts, formats, stored)", report)):
        fn()  # warm caches and imports once
        times = []
        for _ in range(runs):
            with CaptureQueriesContext(connection) as queries:
                began = time.perf_counter()
                fn()
                times.append(time.perf_counter() - began)
        tracemalloc.start()
        fn()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(
            f"{name}: median {statistics.median(times):.3f} s of {runs} runs "
            f"(min {min(times):.3f}, max {max(times):.3f}), {len(queries)} queries, "
            f"peak Python memory {peak / 1e6:.1f} MB"
        )
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"week: {week.label()}; process peak RSS {rss_mb:.0f} MB (most of it from inserting the rows)")


def main() -> int:
    args = parse_args()
    os.environ.update(DATABASE_URL=f"{args.url}/{DB_NAME}", DEBUG="1", LOG_LEVEL="WARNING")
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-anything-else")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    sys.path.insert(0, str(ROOT))
    recreate_database(args.url)
    try:
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connections
        from django.utils import timezone

        from reports.periods import Frequency, complete_periods

        call_command("migrate", verbosity=0)
        week = complete_periods(Frequency.WEEKLY, timezone.now(), timezone.get_current_timezone(), count=1)[0]
        start = week.start - timedelta(weeks=3)  # four weeks of data, the last complete one measured
        began = time.perf_counter()
        counts = fill(args.claims, start, int((week.end - start).total_seconds()))
        print(
            ", ".join(f"{n:,} {what}" for what, n in counts.items())
            + f" inserted in {time.perf_counter() - began:.0f} s"
        )
        measure(args.runs)
        connections.close_all()
    finally:
        if not args.keep:
            drop_database(args.url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
