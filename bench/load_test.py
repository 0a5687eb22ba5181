#!/usr/bin/env python3
"""Load test: gunicorn + PostgreSQL under concurrent clients mixing the newsroom's requests.

Creates a PostgreSQL database of its own (dropped at the end), migrates and seeds it
(published verdicts, queued claims, reviewers with admin sessions, an API token), starts
gunicorn with production settings on loopback, and runs --clients async clients
(httpx) for --seconds, each request picked at random:

    70 %  anonymous GET /api/v1/verdicts/                 (200)
    20 %  token POST /api/v1/articles/, a new article      (202)
    10 %  POST /admin/claims/claim/take-next/ as a reviewer (302 to the claim or the queue)

Prints requests per second, p50/p95/p99 latency and the error ratio (any other status
or a failed connection is an error); exits 1 if there was any error.

    .venv/bin/python bench/load_test.py                  # 20 clients for 2 minutes
    .venv/bin/python bench/load_test.py --seconds 20

API throttles are raised for the run: the load comes from one address and one token.
Extractions are enqueued on a file-system broker in a temporary folder and not run:
this measures the web tier and the database, not the workers.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import secrets
import socket
import string
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_SERVER = "postgres://postgres@127.0.0.1:5432"
MIX = (("verdicts", 0.7), ("articles", 0.2), ("take-next", 0.1))
EXPECTED = {"verdicts": 200, "articles": 202, "take-next": 302}


def _django_env(database_url: str, var_dir: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "CELERY_BROKER_URL")}
    env.update(
        DATABASE_URL=database_url,
        FACTCHECK_VAR_DIR=var_dir,
        DJANGO_SETTINGS_MODULE="factcheck.settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(48),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        LOG_LEVEL="WARNING",
        **extra,
    )
    return env


@contextlib.contextmanager
def migrated_database(server: str = PG_SERVER, prefix: str = "factcheck_load") -> Iterator[str]:
    """A new PostgreSQL database with the project's tables; dropped on exit. Yields its URL."""
    import psycopg

    name = f"{prefix}_{os.getpid()}_{secrets.token_hex(3)}"
    url = f"{server}/{name}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        with tempfile.TemporaryDirectory() as var:
            cmd = [sys.executable, "manage.py", "migrate", "--no-input", "-v0"]
            subprocess.run(cmd, cwd=ROOT, env=_django_env(url, var), check=True, capture_output=True)
        yield url
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def seed(verdicts: int, queued: int, reviewers: int) -> dict:
    """Runs inside Django (the `seed` subcommand): the rows the load reads and takes."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.auth.models import Permission
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils import timezone
    from knox.models import AuthToken

    from claims.models import Article, Claim, Rating, Verdict
    from reviewers.models import Reviewer, Role

    users = get_user_model().objects
    author = users.create_user("load-author", "author@example.org", is_staff=True)
    editor = users.create_user("load-editor", "editor@example.org", is_staff=True)
    editor.user_permissions.add(
        Permission.objects.get(codename="add_article", content_type__app_label="claims")
    )
    article = Article.objects.create(body="x" * 200, content_hash="load-seed", title="Seed article")
    claims = Claim.objects.bulk_create(
        Claim(
            article=article,
            text=f"Seeded claim {n}: prices rose by {n % 9} percent.",
            start=n,
            end=n + 1,
            status="published" if n < verdicts else "queued",
            priority=random.random(),
            normalized_hash=f"load-{n}",
        )
        for n in range(verdicts + queued)
    )
    ratings, now = list(Rating.objects.all()), timezone.now()
    Verdict.objects.bulk_create(
        Verdict(
            claim=claim,
            rating=random.choice(ratings),
            summary=f"Checked: {claim.text}",
            author=author,
            approved_by=editor,
            approved_at=now,
            published_at=now,
        )
        for claim in claims[:verdicts]
    )
    sessions = []
    for n in range(reviewers):
        user = users.create_user(f"load-reviewer-{n}", f"r{n}@example.org", is_staff=True)
        Reviewer.objects.create(user=user, role=Role.REVIEWER, max_open_assignments=queued + 1)
        session = SessionStore()
        session.update(
            {
                SESSION_KEY: str(user.pk),
                BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend",
                HASH_SESSION_KEY: user.get_session_auth_hash(),
            }
        )
        session.create()
        sessions.append(session.session_key)
    return {"token": AuthToken.objects.create(user=editor)[1], "sessions": sessions}


def seeded(database_url: str, *, verdicts: int = 200, queued: int = 5000, reviewers: int = 20) -> dict:
    with tempfile.TemporaryDirectory() as var:
        cmd = [sys.executable, __file__, "seed", str(verdicts), str(queued), str(reviewers)]
        done = subprocess.run(
            cmd, cwd=ROOT, env=_django_env(database_url, var), check=True, capture_output=True
        )
    return json.loads(done.stdout.decode().strip().splitlines()[-1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def gunicorn_command(port: int, workers: int) -> list[str]:
    return [sys.executable, "-m", "gunicorn", "factcheck.wsgi", "--bind", f"127.0.0.1:{port}",
            "--workers", str(workers), "--timeout", "30"]  # fmt: skip


@contextlib.contextmanager
def gunicorn(database_url: str, *, workers: int) -> Iterator[str]:
    """gunicorn with production settings on a free loopback port; yields its base URL."""
    port = _free_port()
    with tempfile.TemporaryDirectory() as var, open(Path(var) / "gunicorn.log", "w+") as log:
        rate = "100000000/min"
        env = _django_env(database_url, var, API_THROTTLE_ANON=rate, API_THROTTLE_TOKEN=rate)
        cmd = gunicorn_command(port, workers) + ["--preload"]
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_listening(port, proc)
            yield f"http://127.0.0.1:{port}"
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            log.seek(0)
            errors = [line for line in log if "Traceback" in line or "ERROR" in line]
            if errors:
                print(f"gunicorn logged {len(errors)} error lines, e.g. {errors[0].strip()}", file=sys.stderr)


def _wait_listening(port: int, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("gunicorn exited at start-up")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.1)
    raise RuntimeError("gunicorn did not start listening")


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {kind: [] for kind, _ in MIX})
    errors: Counter = field(default_factory=Counter)  # (kind, status or exception name)

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.latencies.values())

    def error_count(self) -> int:
        return sum(self.errors.values())


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


async def _client(base: str, n: int, identity: dict, deadline: float, tally: Tally) -> None:
    import httpx

    csrf = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(32))
    cookies = {"sessionid": identity["sessions"][n % len(identity["sessions"])], "csrftoken": csrf}
    kinds, weights = zip(*MIX, strict=True)
    rng = random.Random(n)
    async with (
        httpx.AsyncClient(base_url=base, timeout=30, follow_redirects=False) as anonymous,
        httpx.AsyncClient(
            base_url=base, timeout=30, headers={"Authorization": f"Token {identity['token']}"}
        ) as api,
        httpx.AsyncClient(base_url=base, timeout=30, cookies=cookies, headers={"X-CSRFToken": csrf}) as admin,
    ):
        sent = 0
        while time.monotonic() < deadline:
            kind = rng.choices(kinds, weights)[0]
            started = time.perf_counter()
            try:
                if kind == "verdicts":
                    answer = await anonymous.get("/api/v1/verdicts/")
                elif kind == "articles":
                    sent += 1
                    text = (
                        f"Load article {n}-{sent}-{secrets.token_hex(4)}.\n\nThe mayor said the city "
                        f"spent {sent * 3 + n} million euros on roads in 2024, {n % 9 + 2} percent more."
                    )
                    answer = await api.post("/api/v1/articles/", json={"text": text})
                else:
                    answer = await admin.post("/admin/claims/claim/take-next/")
                outcome = answer.status_code
            except httpx.HTTPError as exc:
                outcome = type(exc).__name__
            tally.latencies[kind].append(time.perf_counter() - started)
            if outcome != EXPECTED[kind]:
                tally.errors[(kind, outcome)] += 1


async def warm_up(base: str, requests: int) -> None:
    """A few untimed reads first, so each gunicorn worker has its connections and caches."""
    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        await asyncio.gather(*(client.get("/api/v1/verdicts/") for _ in range(requests)))


async def run_load(
    base: str, identity: dict, *, clients: int, seconds: float, tally: Tally | None = None
) -> Tally:
    """Run the mix; pass `tally` to watch the counts while it runs (tests/faults does)."""
    await warm_up(base, clients)
    tally = tally if tally is not None else Tally()
    deadline = time.monotonic() + seconds
    await asyncio.gather(*(_client(base, n, identity, deadline, tally) for n in range(clients)))
    return tally


def report(tally: Tally, seconds: float, clients: int, workers: int) -> str:
    every = [v for values in tally.latencies.values() for v in values]
    ms = lambda values, q: 1000 * percentile(values, q)  # noqa: E731
    lines = [
        f"load: {clients} clients for {seconds:g} s against gunicorn ({workers} workers) + PostgreSQL",
        f"  {tally.requests} requests, {tally.requests / seconds:.1f} requests/s; "
        f"errors {tally.error_count()} (ratio {tally.error_count() / max(tally.requests, 1):.4f})",
        f"  latency ms: p50 {ms(every, 0.5):.1f}  p95 {ms(every, 0.95):.1f}  p99 {ms(every, 0.99):.1f}",
    ]
    for kind, values in tally.latencies.items():
        lines.append(
            f"  {kind:>9}: {len(values):6d} requests, p50 {ms(values, 0.5):.1f} ms, "
            f"p95 {ms(values, 0.95):.1f} ms, p99 {ms(values, 0.99):.1f} ms"
        )
    for (kind, outcome), count in tally.errors.most_common():
        lines.append(f"  error: {kind} -> {outcome}: {count}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn worker processes")
    parser.add_argument("--server", default=PG_SERVER, help="PostgreSQL server URL, without a database")
    args = parser.parse_args()
    with migrated_database(args.server) as url:
        identity = seeded(url, reviewers=args.clients)
        with gunicorn(url, workers=args.workers) as base:
            tally = asyncio.run(run_load(base, identity, clients=args.clients, seconds=args.seconds))
    print(report(tally, args.seconds, args.clients, args.workers))
    return 1 if tally.error_count() else 0


if __name__ == "__main__" and sys.argv[1:2] == ["seed"]:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    print(json.dumps(seed(*map(int, sys.argv[2:5]))))
elif __name__ == "__main__":
    sys.exit(main())
