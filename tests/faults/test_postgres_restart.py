"""PostgreSQL crashes (immediate shutdown) and comes back while articles are posted and
extracted: no accepted article is lost, every one is extracted, the API answers again
within 10 s of the database being back, and beat keeps scheduling. (A server of the
test's own: see tests/faults/postgres.py.)"""

import threading
import time

import httpx
import psycopg
import pytest

from bench.load_test import migrated_database, seeded
from tests.faults.newsroom import article_text
from tests.faults.postgres import private_postgres
from tests.faults.processes import PRODUCTION, SWEEPER, beat, gunicorn, worker
from tests.workers import wait_for

pytestmark = [pytest.mark.slow, pytest.mark.faults]

DOWN_SECONDS = 3
ANSWER_BOUND = 10


class Poster(threading.Thread):
    """Posts a new article every so often until stopped; keeps (time, status, id)."""

    def __init__(self, base: str, token: str):
        super().__init__(daemon=True)
        self.base, self.token = base, token
        self.answers: list[tuple[float, int | str, int | None]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        headers = {"Authorization": f"Token {self.token}"}
        with httpx.Client(base_url=self.base, headers=headers, timeout=5) as client:
            n = 0
            while not self.stop.is_set():
                n += 1
                try:
                    answer = client.post("/api/v1/articles/", json={"text": article_text(50_000 + n)})
                    pk = answer.json().get("id") if answer.status_code == 202 else None
                    self.answers.append((time.monotonic(), answer.status_code, pk))
                except httpx.HTTPError as exc:
                    self.answers.append((time.monotonic(), type(exc).__name__, None))
                self.stop.wait(0.1)


def _unextracted(url: str, ids: list[int]) -> int:
    with psycopg.connect(url) as conn:
        done = conn.execute(
            "SELECT count(*) FROM claims_article WHERE id = ANY(%s) AND status = 'extracted'", (ids,)
        ).fetchone()[0]
    return len(ids) - done


def test_a_postgres_crash_mid_work_loses_no_accepted_article(redis_broker):
    with private_postgres() as pg, migrated_database(pg.server_url, prefix="factcheck_faults") as url:
        token = seeded(url, verdicts=0, queued=0, reviewers=1)["token"]
        env = {"DATABASE_URL": url, **SWEEPER}
        with (
            gunicorn(redis_broker.url, env={**env, **PRODUCTION}) as base,
            worker(redis_broker.url, queues="default,extraction", env=env),
            beat(redis_broker.url, env=env) as scheduler,
        ):
            poster = Poster(base, token)
            poster.start()
            time.sleep(3)
            pg.crash()
            time.sleep(DOWN_SECONDS)
            pg.start()
            back = time.monotonic()
            answered = wait_for(
                lambda: any(t > back and status == 202 for t, status, _ in poster.answers), timeout=30
            )
            time.sleep(3)
            poster.stop.set()
            poster.join()
            accepted = [pk for _, status, pk in poster.answers if status == 202]
            extracted = wait_for(lambda: _unextracted(url, accepted) == 0, timeout=120, interval=1)
            lost = _unextracted(url, accepted)
            beat_alive = scheduler.poll() is None

    first_ok = min(t for t, status, _ in poster.answers if t > back and status == 202) - back
    failed = [status for t, status, _ in poster.answers if status != 202]
    print(
        f"\nPostgreSQL down {DOWN_SECONDS} s in {len(poster.answers)} posts: {len(accepted)} accepted, "
        f"{len(failed)} refused while it was down ({sorted(set(map(str, failed)))}); API answered "
        f"{first_ok:.1f} s after it was back; {lost} accepted articles not extracted"
    )
    assert extracted, f"{lost} accepted articles never extracted"
    assert beat_alive, "beat stopped with the database"
    assert answered and first_ok <= ANSWER_BOUND


def _sweeps_recorded(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT total_run_count FROM django_celery_beat_periodictask WHERE task = %s",
            ("claims.sweeper.sweep_pending_work",),
        ).fetchone()
    return row[0] if row else 0


def test_beat_started_while_postgres_is_down_schedules_once_it_is_back(redis_broker):
    with private_postgres() as pg, migrated_database(pg.server_url, prefix="factcheck_faults") as url:
        pg.crash()
        with beat(redis_broker.url, env={"DATABASE_URL": url, **SWEEPER}) as scheduler:
            time.sleep(DOWN_SECONDS)
            waited = scheduler.poll() is None
            pg.start()
            time.sleep(8)  # a few sweeper periods
            alive = scheduler.poll() is None
        runs = _sweeps_recorded(url)  # beat writes its run counts when it stops
    print(f"\nbeat started with PostgreSQL down: waited {waited}, alive after {alive}, sweeps sent {runs}")
    assert waited and alive
    assert runs >= 2
