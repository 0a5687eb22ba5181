"""Record a link check on its source: history row, latest state, next check, snapshot.

Recording is the idempotent step. A check runs for a request (`check_requested_at`)
and is recorded only if that request is still the source's current one, with the URL
it checked: a conditional UPDATE claims it and clears the request. A second delivery
of the same message, a sweeper's duplicate or a check that a newer request (URL
changed, "Recheck" again) made stale finds nothing to claim and records nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import F

from claims.linkcheck.policy import RecheckPolicy
from claims.linkcheck.result import LinkResult
from claims.models import LinkCheck, Source, SourceSnapshot
from claims.models.source import ALIVE_CLASSES


@dataclass(frozen=True)
class Request:
    """What a check was asked for: read before the network I/O, matched when recording."""

    source_id: int
    url: str
    requested_at: datetime


def pending_requests(source_ids) -> list[Request]:
    """The requests still open among these sources (one query); gone sources are simply absent."""
    rows = Source.objects.filter(pk__in=list(source_ids), check_requested_at__isnull=False).order_by("pk")
    return [Request(pk, url, at) for pk, url, at in rows.values_list("pk", "url", "check_requested_at")]


def latest_snapshot_hashes(requests: list[Request]) -> dict[int, str]:
    """{source id: sha256 of its newest snapshot of the URL being checked} (one query)."""
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
    """Store `result` for `request`; None when the request was already recorded or superseded.

    Queries when claimed: UPDATE (claim), SELECT failures, UPDATE next check, INSERT
    LinkCheck, and for a page with content up to three more for its snapshot."""
    alive = result.link_class in ALIVE_CLASSES
    with transaction.atomic():
        claimed = Source.objects.filter(
            pk=request.source_id, url=request.url, check_requested_at=request.requested_at
        ).update(
            check_requested_at=None,
            link_status=result.link_class,
            http_status=result.http_status,
            final_url=(result.final_url or "")[:2000],
            last_checked_at=now,
            consecutive_failures=0 if alive else F("consecutive_failures") + 1,
        )
        if not claimed:
            return None
        failures = Source.objects.values_list("consecutive_failures", flat=True).get(pk=request.source_id)
        Source.objects.filter(pk=request.source_id).update(next_check_at=now + policy.delay(failures))
        check = LinkCheck.objects.create(
            source_id=request.source_id,
            url=request.url,
            link_class=result.link_class,
            http_status=result.http_status,
            final_url=(result.final_url or "")[:2000],
            redirect_chain=[[status, target] for status, target in result.redirects],
            elapsed_ms=result.elapsed_ms,
            error=result.error or "",
            attempts=min(result.attempts, 32767),
        )
        if alive and result.content_sha256 and result.content_text is not None:
            keep_snapshot(request, result.content_text, result.content_sha256)
    return check


def keep_snapshot(request: Request, text: str, sha256: str) -> bool:
    """Keep the page text if it is new for this source and URL; True when it was.

    The first snapshot is the evidence as cited; a later, different one flags the
    source as changed since cited, and both stay."""
    latest = (
        SourceSnapshot.objects.filter(source_id=request.source_id, url=request.url)
        .order_by("-taken_at", "-pk")
        .values_list("sha256", flat=True)
        .first()
    )
    if latest == sha256:
        return False
    _, created = SourceSnapshot.objects.get_or_create(
        source_id=request.source_id, sha256=sha256, defaults={"url": request.url, "text": text}
    )
    if latest is not None:
        Source.objects.filter(pk=request.source_id).update(changed_since_cited=True)
    return created
