"""Redis down while articles are posted through the API: every save still succeeds (the
article stays pending), and once Redis is back the sweeper enqueues the extractions the
outage swallowed, so every article is extracted."""

import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from claims.models import Article
from claims.models.article import ArticleStatus
from tests.faults.newsroom import article_text, submitter_token
from tests.faults.processes import SWEEPER, beat, gunicorn, worker
from tests.workers import wait_for

pytestmark = [pytest.mark.slow, pytest.mark.faults, pytest.mark.django_db(transaction=True)]

DOWN_SECONDS = 15
CLIENTS = 4
CATCH_UP_BOUND = 180


def _post_until(base: str, token: str, first: int, deadline: float, client_no: int) -> list[int]:
    statuses = []
    with httpx.Client(base_url=base, headers={"Authorization": f"Token {token}"}, timeout=30) as client:
        n = first + client_no
        while time.monotonic() < deadline:
            answer = client.post("/api/v1/articles/", json={"text": article_text(n)})
            statuses.append(answer.status_code)
            n += CLIENTS
    return statuses


def _post_for(base: str, token: str, seconds: float, first: int) -> list[int]:
    deadline = time.monotonic() + seconds
    with ThreadPoolExecutor(CLIENTS) as pool:
        runs = pool.map(lambda i: _post_until(base, token, first, deadline, i), range(CLIENTS))
        return [status for run in runs for status in run]


def _pending() -> int:
    return Article.objects.filter(status=ArticleStatus.PENDING).count()


def test_posting_articles_while_redis_is_down_never_fails_and_all_get_extracted(redis_broker, editor):
    token = submitter_token(editor)
    with (
        gunicorn(redis_broker.url) as base,
        worker(redis_broker.url, queues="default,extraction", env=SWEEPER),
        beat(redis_broker.url, env=SWEEPER),
    ):
        before = _post_for(base, token, 2, first=0)
        redis_broker.kill()
        during = _post_for(base, token, DOWN_SECONDS, first=10_000)
        pending_at_restart = _pending()
        redis_broker.start()
        back = time.monotonic()
        caught_up = wait_for(lambda: _pending() == 0, timeout=CATCH_UP_BOUND, interval=1)
        took = time.monotonic() - back

    statuses = before + during
    errors = sum(s >= 500 for s in statuses)
    total = Article.objects.count()
    print(
        f"\nRedis down {DOWN_SECONDS} s: {len(during)} articles posted meanwhile, {errors} server errors "
        f"of {len(statuses)} requests; {pending_at_restart} pending at restart, all {total} extracted "
        f"{took:.1f} s after Redis was back"
    )
    assert errors == 0, sorted(set(statuses))
    assert set(statuses) == {202}
    assert len(during) >= 10
    assert caught_up, f"{_pending()} articles still pending {CATCH_UP_BOUND} s after Redis was back"
    assert total == len(statuses)
    assert not Article.objects.exclude(status=ArticleStatus.EXTRACTED).exists()
