"""Record a link check on its source: history row, latest state, next check, snapshot.

Recording is the idempotent step. A check runs for a request (`check_requested_at`)
and is recorded only if that request is still the source's current one, with the URL
it checked: a conditional UPDATE claims it and clears the request. A second delivery
of the same message, a sweeper's duplicate or a check that a newer request (URL
changed, "Recheck" again) made stale finds nothing to claim and records nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from django.db import transaction
from django.db.models import F

from claims.linkcheck.policy import RecheckPolicy
from claims.linkcheck.result import LinkResult
from claims.models import LinkCheck, Source, SourceSnapshot, Verdict
from claims.models.source import ALIVE_CLASSES


@dataclass(frozen=True)
class Request:
    """What a check was asked for: read before the network I/O, matched when recording."""

    source_id: int
    url: str
    requested_at: datetime
    failures: int = 0  # consecutive failures when the request was read
    link_status: str | None = None  # when the request was read
    latest_sha256: str | None = None  # of the newest snapshot of this URL, if any


def pending_requests(source_ids) -> list[Request]:
    """The requests still open among these sources, with their newest snapshot's hash
    (two queries); gone sources are simply absent."""
    rows = Source.objects.filter(pk__in=list(source_ids), check_requested_at__isnull=False).order_by("pk")
    fields = ("pk", "url", "check_requested_at", "consecutive_failures", "link_status")
    requests = [Request(*row) for row in rows.values_list(*fields)]
    latest = latest_snapshot_hashes(requests)
    return [replace(r, latest_sha256=latest.get(r.source_id)) for r in requests]


def latest_snapshot_hashes(requests: list[Request]) -> dict[int, str]:
    """{source id: sha256 of its newest snapshot of the URL being checked} (one query)."""
    if not requests:
        return {}
    wanted = {(r.source_id, r.url) for r in requests}
    rows = (
        SourceSnapshot.objects.filter(source_id__in={r.source_id for r in requests})
        .order_by("source_id", "-taken_at", "-pk")
        .values_list("source_id", "url", "sha256")
    )
    latest: dict[int, str] = {}
    for source_id, url, sha in rows:
        if (source_id, url) in wanted and source_id not in latest:
            latest[source_id] = sha
    return latest


def record(request: Request, result: LinkResult, *, now: datetime, policy: RecheckPolicy) -> LinkCheck | None:
    """Store `result` for `request`; None when the request was already recorded or superseded."""
    checks = record_many([(request, result)], now=now, policy=policy)
    return checks[0] if checks else None


def record_many(
    answered: list[tuple[Request, LinkResult]], *, now: datetime, policy: RecheckPolicy
) -> list[LinkCheck]:
    """Store each result for its request, in one transaction; returns the checks recorded.

    One conditional UPDATE per request claims it and writes the source's whole new state
    (it matches the failure count read with the request, so the new count and the next
    check time are known beforehand); then one INSERT for all LinkCheck rows and one for
    all new snapshots. The first snapshot of a URL is the evidence as cited; different
    text later is kept too and flags the source as changed since cited. A source whose
    link state changed moves the `updated_at` of the published verdicts citing it (one
    UPDATE), so `updated_since` readers fetch the new state."""
    checks, snapshots, relinked = [], [], []
    with transaction.atomic():
        for request, result in answered:
            alive = result.link_class in ALIVE_CLASSES
            failures = 0 if alive else request.failures + 1
            new_text = alive and result.content_sha256 and result.content_sha256 != request.latest_sha256
            changes = dict(
                check_requested_at=None,
                link_status=result.link_class,
                http_status=result.http_status,
                final_url=(result.final_url or "")[:2000],
                last_checked_at=now,
                consecutive_failures=failures,
                next_check_at=now + policy.delay(failures),
            )
            if new_text and request.latest_sha256 is not None:
                changes["changed_since_cited"] = True
            claimed = Source.objects.filter(
                pk=request.source_id,
                url=request.url,
                check_requested_at=request.requested_at,
                consecutive_failures=request.failures,
            ).update(**changes)
            if not claimed:
                continue  # recorded by another delivery, or a newer request took over
            if result.link_class != request.link_status:
                relinked.append(request.source_id)
            checks.append(
                LinkCheck(
                    source_id=request.source_id,
                    checked_at=now,
                    url=request.url,
                    link_class=result.link_class,
                    http_status=result.http_status,
                    final_url=(result.final_url or "")[:2000],
                    redirect_chain=[[status, target] for status, target in result.redirects],
                    elapsed_ms=result.elapsed_ms,
                    error=result.error or "",
                    attempts=min(result.attempts, 32767),
                )
            )
            if new_text and result.content_text is not None:
                snapshots.append(
                    SourceSnapshot(
                        source_id=request.source_id,
                        url=request.url,
                        sha256=result.content_sha256,
                        text=result.content_text,
                    )
                )
        if relinked:
            Verdict.objects.filter(sources__in=relinked, published_at__isnull=False, is_current=True).update(
                updated_at=now, version=F("version") + 1
            )
        LinkCheck.objects.bulk_create(checks)
        # The same text seen before under this source (A, then B, then A again) is already kept.
        SourceSnapshot.objects.bulk_create(snapshots, ignore_conflicts=True)
    return checks
