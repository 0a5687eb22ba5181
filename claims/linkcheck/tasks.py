"""Celery tasks that check sources' links (routed to the `linkchecks` queue).

Tasks take source ids and re-read the rows: a source deleted meanwhile, or whose
request was already recorded, is simply skipped. Network I/O runs outside any
transaction; each result is recorded in a short transaction of its own
(claims.linkcheck.record), which is what makes redelivery (acks_late) safe.
Only database errors are retried: a broken link is a result, not an error.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from claims.linkcheck.checker import check_urls_sync, url_key
from claims.linkcheck.config import LinkCheckConfig
from claims.linkcheck.policy import RecheckPolicy
from claims.linkcheck.record import Request, pending_requests, record_many
from claims.linkcheck.result import LinkResult
from claims.models import Source
from factcheck.enqueue import enqueue_on_commit
from factcheck.retrying import DATABASE_RETRY

RECORD_BATCH = 100  # results stored per transaction at most


def batch_size() -> int:
    return settings.LINKCHECK_BATCH_SIZE


def run_checks(source_ids: Iterable[int], config: LinkCheckConfig | None = None) -> dict[str, int]:
    """Check the pending requests among these sources in one async run and record them.

    Identical URLs are fetched once. The async run goes on in a thread of its own while
    this thread records each result as it arrives, so the quick URLs are stored while
    the slow ones still wait (and the ORM never runs inside the event loop). Page text
    is kept in memory only where it may become a snapshot (its hash differs from the
    source's newest snapshot). Returns counts: requests found, checks recorded."""
    requests = pending_requests(source_ids)
    if not requests:
        return {"pending": 0, "recorded": 0}
    config = config or LinkCheckConfig.from_settings(want_content=True)
    by_key: dict[str, list[Request]] = {}
    for r in requests:
        by_key.setdefault(url_key(r.url), []).append(r)

    def arrived(result: LinkResult) -> None:
        same = by_key.get(url_key(result.url), [])
        if result.content_sha256 and all(r.latest_sha256 == result.content_sha256 for r in same):
            result.content_text = None
        results.put(result)

    results: queue.Queue[LinkResult | None] = queue.Queue()
    failed: list[BaseException] = []

    def network() -> None:
        try:
            check_urls_sync(list(by_key), config, on_result=arrived)
        except BaseException as exc:  # handed to the recording thread, which raises it
            failed.append(exc)
        finally:
            results.put(None)

    io = threading.Thread(target=network, name="linkcheck-io", daemon=True)
    io.start()
    policy = RecheckPolicy.from_settings()
    recorded = 0
    finished = False
    while not finished:
        batch = [results.get()]
        while len(batch) < RECORD_BATCH and not results.empty():
            batch.append(results.get_nowait())
        finished = batch[-1] is None
        # One transaction for the results that arrived together.
        answered = [(r, result) for result in filter(None, batch) for r in by_key[url_key(result.url)]]
        recorded += len(record_many(answered, now=timezone.now(), policy=policy))
    io.join()
    if failed:
        raise failed[0]
    return {"pending": len(requests), "recorded": recorded}


@shared_task(name="claims.linkcheck.tasks.check_source", acks_late=True, **DATABASE_RETRY)
def check_source(source_id: int) -> dict[str, int]:
    """Check one source whose check was requested (the sweeper re-sends this one)."""
    return run_checks([source_id])


@shared_task(name="claims.linkcheck.tasks.check_sources", acks_late=True, **DATABASE_RETRY)
def check_sources(source_ids: list[int]) -> dict[str, int]:
    """Check a batch of sources in one async run (many hosts at once, each politely)."""
    return run_checks(source_ids)


@shared_task(name="claims.linkcheck.tasks.check_due_sources", acks_late=True, **DATABASE_RETRY)
def check_due_sources(limit: int | None = None) -> int:
    """Beat's entry point: request checks of the sources that are due, in batches.

    Claims them with a conditional UPDATE (only sources with no check pending), so two
    overlapping beat runs never request the same source twice. Returns how many."""
    limit = limit or settings.LINKCHECK_DUE_PER_RUN
    now = timezone.now()
    due = list(Source.objects.due(now).order_by("next_check_at", "pk").values_list("pk", flat=True)[:limit])
    Source.objects.filter(pk__in=due, check_requested_at__isnull=True).update(check_requested_at=now)
    mine = Source.objects.filter(pk__in=due, check_requested_at=now).order_by("pk")
    mine = list(mine.values_list("pk", flat=True))
    enqueue_checks(mine)
    return len(mine)


def request_check(source: Source, *, url_changed: bool = False) -> None:
    """Ask for a check of this (saved) source, sent once the transaction commits; with
    `url_changed` the old URL's link state is forgotten first (`Source.mark_check_requested`)."""
    source.mark_check_requested(url_changed=url_changed)
    enqueue_checks([source.pk])


def request_checks(sources) -> list[int]:
    """Mark these sources (a queryset) as waiting for a check and enqueue the checks, in
    batches, once the transaction commits. Returns the ids. A check already pending is asked
    for again: the newer request wins and the older message records nothing."""
    ids = sources.mark_check_requested()
    enqueue_checks(ids)
    return ids


def enqueue_checks(source_ids: list[int]) -> None:
    """Send checks for these sources once the transaction commits: one check_source for a
    single source, check_sources batches of LINKCHECK_BATCH_SIZE otherwise."""
    if len(source_ids) == 1:
        enqueue_on_commit(check_source, source_ids[0])
        return
    size = batch_size()
    for start in range(0, len(source_ids), size):
        enqueue_on_commit(check_sources, source_ids[start : start + size])
