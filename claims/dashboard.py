"""The numbers on the admin's front page: the queue at a glance for whoever is looking."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from claims.models import Claim, ClaimStatus, Source
from claims.models.claim import CLOSED_STATUSES
from claims.models.source import FAILING_CLASSES


@dataclass(frozen=True)
class Dashboard:
    by_state: list[tuple[str, str, int]]  # (status, label, count), in workflow order
    oldest_waiting: Claim | None
    my_open: int
    awaiting_my_sign_off: int | None  # None: the user does not sign off
    failing_links: list[tuple[str, str, int]]  # (link status, label, sources), for each failing class
    overdue: int  # open claims past their deadline


def dashboard(user) -> Dashboard:
    """Five queries (six for editors)."""
    # One query for both: claims by state, and those past their deadline in each state.
    rows = (
        Claim.objects.order_by()
        .values_list("status")
        .annotate(n=Count("pk"), late=Count("pk", filter=Q(deadline__lt=timezone.now())))
    )
    counts = {status: n for status, n, _ in rows}
    overdue = sum(late for status, _, late in rows if status not in CLOSED_STATUSES)
    oldest = Claim.objects.unassigned().order_by("created_at", "pk").only("pk", "text", "created_at").first()
    live_sources = Source.objects.exclude(claim__status=ClaimStatus.DISMISSED)
    links = dict(
        live_sources.filter(link_status__in=FAILING_CLASSES)
        .order_by()
        .values_list("link_status")
        .annotate(n=Count("pk"))
    )
    return Dashboard(
        by_state=[(s.value, s.label, counts.get(s.value, 0)) for s in ClaimStatus],
        oldest_waiting=oldest,
        my_open=Claim.objects.assigned_to(user).count(),
        awaiting_my_sign_off=(
            Claim.objects.awaiting_sign_off_by(user).count()
            if user.has_perm("claims.sign_off_claim")
            else None
        ),
        failing_links=[(c.value, c.label, links.get(c, 0)) for c in FAILING_CLASSES],
        overdue=overdue,
    )
