"""A worker SIGKILLed during 500 link checks, first a pool process, then the main process:
every requested check is recorded once, none lost, none twice.

The contract this holds the link-check task to: `claims.linkcheck.tasks.check_source(id)`
checks one source whose `check_requested_at` is set, records one LinkCheck, and clears
`check_requested_at`; a second delivery of the same message records nothing more.
"""

import time

import pytest
from django.db.models import Count
from django.utils import timezone
from kombu import Connection

from claims.linkcheck.tasks import check_source
from claims.models import Article, Claim, LinkCheck, Source
from tests.faults.processes import beat, children, sigkill, worker
from tests.guarded_http.site import Site, html, page
from tests.workers import wait_for

pytestmark = [pytest.mark.slow, pytest.mark.faults, pytest.mark.django_db(transaction=True)]

CHECKS = 500
PAGE_SECONDS = 0.02  # each page answers a little late, so kills land mid-check
# The main process's unacknowledged messages come back only after Redis's visibility
# timeout (hours): the sweeper re-enqueues those checks sooner.
ENV = {
    "SSRF_ALLOWED_NETWORKS": "127.0.0.0/8",
    "PENDING_WORK_SWEEP_SECONDS": "2",
    "PENDING_WORK_AGE_SECONDS": "5",
}


def _slow_page(handler):
    time.sleep(PAGE_SECONDS)
    return html(page("Evidence", handler.path))


@pytest.fixture
def evidence_site():
    site = Site("127.0.0.2")
    for n in range(CHECKS):
        site.routes[f"/evidence/{n}"] = _slow_page
    yield site
    site.close()


def _recorded() -> int:
    return Source.objects.filter(check_requested_at__isnull=True, last_checked_at__isnull=False).count()


def test_killing_a_worker_twice_during_link_checks_records_each_check_once(redis_broker, evidence_site):
    article = Article.objects.create(body="x" * 100, content_hash="linkcheck-faults")
    claim = Claim.objects.create(article=article, text="A claim.", start=0, end=5, normalized_hash="lc")
    now = timezone.now()
    sources = Source.objects.bulk_create(
        Source(claim=claim, url=evidence_site.url(f"/evidence/{n}"), check_requested_at=now)
        for n in range(CHECKS)
    )
    started = time.monotonic()
    with Connection(redis_broker.url) as conn:
        for source in sources:
            check_source.apply_async((source.pk,), connection=conn)

    queues = "default,linkchecks"
    with (
        beat(redis_broker.url, env=ENV),
        worker(redis_broker.url, queues=queues, concurrency=2, env=ENV, name="first") as first,
    ):
        assert wait_for(lambda: _recorded() >= CHECKS // 5, timeout=120), "no checks recorded"
        pool = children(first.pid)
        sigkill(pool)
        at_pool_kill = _recorded()
        assert wait_for(lambda: _recorded() >= CHECKS // 2, timeout=120), "the pool was not replaced"
        sigkill([first.pid, *children(first.pid)])
        at_main_kill = _recorded()
        with worker(redis_broker.url, queues=queues, concurrency=2, env=ENV, name="second"):
            finished = wait_for(lambda: _recorded() == CHECKS, timeout=180, interval=0.5)
    took = time.monotonic() - started

    per_source = LinkCheck.objects.values("source").annotate(n=Count("pk"))
    duplicates = sum(row["n"] - 1 for row in per_source)
    print(
        f"\n{CHECKS} link checks, pool process killed at {at_pool_kill}, main process at {at_main_kill}: "
        f"{_recorded()}/{CHECKS} recorded, {duplicates} duplicate effects, {took:.1f} s"
    )
    assert finished, f"{CHECKS - _recorded()} checks never recorded"
    assert len(per_source) == CHECKS
    assert duplicates == 0
