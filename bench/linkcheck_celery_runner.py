"""Run the link-check benchmark through a real Celery worker process.

    .venv/bin/python bench/linkcheck_bench.py --runner linkcheck_celery_runner:check_via_celery

Called by the benchmark as check_via_celery(urls, config), inside its measured
process: it makes a fresh bench database (SQLite under var/bench/, or
BENCH_DATABASE_URL) and a file-system broker, stores one source per URL with a
check requested, starts `celery worker` on the linkchecks queue, sends
check_sources tasks in chunks, waits until every source has its LinkCheck row and
returns those rows as LinkResults. The run is as production does it: the same
tasks, settings (passed as LINKCHECK_* environment variables) and recording
(history rows, latest state, snapshots).

BENCH_CELERY_WORKERS (default 2) worker processes each take one chunk, with the
global and per-host limits split between them, so all of them together keep the
benchmark's limits. The phases are timed separately (`timings` on the returned dict):
database set-up, worker start-up, and enqueue to all recorded, the figure comparable
with the in-process checker's wall time.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# LinkCheckConfig fields that factcheck/settings.py reads from LINKCHECK_* variables.
FROM_ENV = (
    "concurrency",
    "per_host_concurrency",
    "per_host_interval",
    "connect_timeout",
    "read_timeout",
    "timeout",
    "deadline",
    "max_retries",
    "content_max_bytes",
)
SPLIT = ("concurrency", "per_host_concurrency")  # shared out between worker processes


class Results(dict):
    """{url: LinkResult}, with the phase timings of the run."""

    timings: dict[str, float]


def worker_env(config, workers: int) -> dict[str, str]:
    values = asdict(config)
    env = {f"LINKCHECK_{name.upper()}": str(values[name]) for name in FROM_ENV}
    for name in SPLIT:
        env[f"LINKCHECK_{name.upper()}"] = str(max(1, values[name] // workers))
    env["SSRF_ALLOWED_NETWORKS"] = ",".join(config.allowed_networks)
    return env


def check_via_celery(urls: list[str], config) -> Results:
    workers = int(os.environ.get("BENCH_CELERY_WORKERS", "2"))
    started = time.monotonic()
    var = REPO / "var" / "bench" / f"linkcheck-celery-{os.getpid()}"
    shutil.rmtree(var, ignore_errors=True)
    var.mkdir(parents=True)
    env = {
        "DEBUG": "1",
        "SECRET_KEY": "bench-only-secret-key-not-for-anything-else",
        "FACTCHECK_VAR_DIR": str(var),
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{var / 'bench.sqlite3'}"),
        "CELERY_BROKER_URL": "filesystem://",
        "LOG_LEVEL": "WARNING",
        **worker_env(config, workers),
    }
    os.environ.update(env)
    sys.path.insert(0, str(REPO))
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    ids = store_sources(urls)
    set_up = time.monotonic()

    log = open(var / "worker.log", "w+")
    cmd = [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "-Q", "linkchecks", "--loglevel",
           "INFO", "--concurrency", str(workers), "--without-gossip", "--without-mingle"]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=REPO, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_ready(var / "worker.log", proc)
        ready = time.monotonic()
        send_chunks(ids, workers)
        wait_until_recorded(len(ids))
        recorded = time.monotonic()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)  # reaped, so its peak memory counts in this process's rusage
    results = Results(read_results())
    results.timings = {
        "setup_s": round(set_up - started, 3),
        "worker_start_s": round(ready - set_up, 3),
        "enqueue_to_recorded_s": round(recorded - ready, 3),
    }
    print(f"celery runner phases: {results.timings}", file=sys.stderr)
    return results


def store_sources(urls: list[str]) -> list[int]:
    from django.utils import timezone

    from claims.models import Article, Claim, Source

    article = Article.objects.create(body="Benchmark article.", content_hash=f"bench-{time.time_ns()}")
    claim = Claim.objects.create(article=article, text="Benchmark.", start=0, end=10, normalized_hash="bench")
    now = timezone.now()
    sources = Source.objects.bulk_create(
        (Source(claim=claim, url=url, check_requested_at=now) for url in dict.fromkeys(urls)), batch_size=500
    )
    return [s.pk for s in sources]


def wait_until_ready(log: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while "ready." not in log.read_text():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"the Celery worker did not start:\n{log.read_text()[-2000:]}")
        time.sleep(0.05)


def send_chunks(ids: list[int], chunks: int) -> None:
    from claims.linkcheck.tasks import check_sources

    size = -(-len(ids) // chunks)
    for start in range(0, len(ids), size):
        check_sources.delay(ids[start : start + size])


def wait_until_recorded(n: int, timeout: float = 600) -> None:
    from claims.models import Source

    deadline = time.monotonic() + timeout
    while Source.objects.filter(check_requested_at__isnull=True).count() < n:
        if time.monotonic() > deadline:
            raise SystemExit("the worker did not record every check in time")
        time.sleep(0.1)


def read_results() -> dict:
    from claims.link_class import LinkClass
    from claims.linkcheck.result import LinkResult
    from claims.models import LinkCheck

    results = {}
    for check in LinkCheck.objects.order_by("pk").iterator():
        results[check.url] = LinkResult(
            url=check.url,
            link_class=LinkClass(check.link_class),
            http_status=check.http_status,
            final_url=check.final_url or None,
            redirects=[tuple(hop) for hop in check.redirect_chain],
            elapsed_ms=check.elapsed_ms,
            error=check.error or None,
            attempts=check.attempts,
        )
    return results
