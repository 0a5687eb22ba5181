#!/usr/bin/env python3
"""Does the API's fast path pay? Each piece of it against the plain ORM/DRF way, in one process.

    .venv/bin/python bench/api_bench.py --keep            # loads `factcheck_bench` once
    .venv/bin/python bench/api_fastpath_bench.py          # --database factcheck_bench --calls 2000

On the database bench/api_bench.py keeps, for random published verdicts, times in turn
(A, B, A, B... so a busy machine slows both alike):
- detail rows: the verdict, its sources and corrections as queries compiled once per
  process and sent in one round trip (claims/api/compiled.py) against the same three
  querysets run by the ORM one after the other;
- page evidence: a page's sources and corrections, likewise;
- representation: VerdictSerializer's hand-built dict against DRF's declared fields.
Prints the median microseconds per call of each side over --rounds rounds (CPU time of
this process, and wall time, which includes PostgreSQL) and the ratio plain / fast.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    p.add_argument("--database", default="factcheck_bench")
    p.add_argument("--calls", type=int, default=2000, help="calls per side per round")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--page-size", type=int, default=20)
    return p.parse_args()


def setup(args) -> None:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="factcheck.settings",
        DATABASE_URL=f"{args.server.rstrip('/')}/{args.database}",
        DEBUG="0",
        SECRET_KEY="api-bench-only-secret-key-0123456789abcdef",
        ALLOWED_HOSTS="127.0.0.1",
        LOG_LEVEL="WARNING",
    )
    sys.path.insert(0, str(REPO))
    import django

    django.setup()


def timed(call, inputs) -> tuple[float, float]:
    """Microseconds per call: CPU time of this process, wall time."""
    cpu, wall = time.process_time(), time.perf_counter()
    for item in inputs:
        call(item)
    n = len(inputs)
    return (time.process_time() - cpu) * 1e6 / n, (time.perf_counter() - wall) * 1e6 / n


def compare(name: str, fast, plain, make_inputs, rounds: int) -> None:
    fast(make_inputs()[0]), plain(make_inputs()[0])  # compile, connect, warm caches
    sides: dict[str, list[tuple[float, float]]] = {"fast": [], "plain": []}
    for _ in range(rounds):
        inputs = make_inputs()
        sides["fast"].append(timed(fast, inputs))
        sides["plain"].append(timed(plain, inputs))
    cpu = {side: statistics.median(r[0] for r in runs) for side, runs in sides.items()}
    wall = {side: statistics.median(r[1] for r in runs) for side, runs in sides.items()}
    print(
        f"{name:<16} CPU fast {cpu['fast']:7.0f} us, plain {cpu['plain']:7.0f} us "
        f"({cpu['plain'] / cpu['fast']:.2f}x) | wall fast {wall['fast']:7.0f} us, "
        f"plain {wall['plain']:7.0f} us ({wall['plain'] / wall['fast']:.2f}x)"
    )


def main() -> None:
    args = parse_args()
    setup(args)
    from django.db.models import Max, Min
    from rest_framework import serializers

    from claims.api import queries
    from claims.api.serializers import VerdictSerializer

    bounds = queries.public_verdicts().aggregate(low=Min("pk"), high=Max("pk"))
    low, high = bounds["low"], bounds["high"]

    def some_ids():
        return [random.randint(low, high) for _ in range(args.calls)]

    def plain_detail(pk):
        rows = list(queries.public_verdicts().filter(pk=pk))
        cited = list(queries._sources_of([pk]))
        notes = list(queries._corrections_of_verdict(pk))
        if rows:
            sources = [queries.SourceRow(*s[1:]) for s in cited]
            queries._assemble(rows[0], sources, [queries.CorrectionRow(*c[1:]) for c in notes])

    compare("detail rows", queries.published_verdict, plain_detail, some_ids, args.rounds)

    def some_pages():
        starts = some_ids()[: max(1, args.calls // args.page_size)]
        verdicts = queries.public_verdicts().order_by("pk")
        return [list(verdicts.filter(pk__gte=start)[: args.page_size]) for start in starts]

    def plain_evidence(rows):
        cited = list(queries._sources_of([row[0] for row in rows]))
        notes = list(queries._corrections_of([row[queries._CLAIM_AT] for row in rows]))
        return cited, notes

    compare("page evidence", lambda rows: queries.published(rows), plain_evidence, some_pages, args.rounds)

    verdicts = [v for v in (queries.published_verdict(pk) for pk in some_ids()[:200]) if v]
    serializer = VerdictSerializer(context={"bounds": queries.scale_bounds()})

    def some_verdicts():
        return [random.choice(verdicts) for _ in range(args.calls)]

    compare(
        "representation",
        serializer.to_representation,
        lambda v: serializers.Serializer.to_representation(serializer, v),
        some_verdicts,
        args.rounds,
    )


if __name__ == "__main__":
    main()
