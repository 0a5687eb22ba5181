from datetime import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from claims.link_class import LinkClass
from claims.models.versioning import VersionedModel

FAILING_CLASSES = (LinkClass.BROKEN, LinkClass.TIMEOUT, LinkClass.TRANSIENT)
ALIVE_CLASSES = (LinkClass.OK, LinkClass.REDIRECT)


def failing_classes_phrase() -> str:
    """ "Broken, Timed out or Temporarily failing": the failing classes, in LinkClass's words."""
    *first, last = (c.label for c in FAILING_CLASSES)
    return f"{', '.join(first)} or {last}"


def link_counts_phrase(counts: dict[str, int]) -> str:
    """ "1 Broken, 2 Timed out": counts by link class in LinkClass's words and order."""
    return ", ".join(f"{counts[c]} {c.label}" for c in LinkClass if counts.get(c))


def rot_after() -> int:
    """Failed checks in a row after which a source counts as link rot."""
    return settings.LINKCHECK_ROT_AFTER


class SourceKind(models.TextChoices):
    PRIMARY = "primary", "Primary document or data"
    OFFICIAL = "official", "Official statement"
    EXPERT = "expert", "Expert"
    NEWS = "news", "News report"
    OTHER = "other", "Other"


class SourceQuerySet(models.QuerySet):
    def rotten(self):
        """Sources whose link failed LINKCHECK_ROT_AFTER checks in a row."""
        return self.filter(consecutive_failures__gte=rot_after())

    def on_record(self):
        """Sources a published verdict (current or replaced) cites: see `Source.is_on_record`."""
        return self.filter(verdicts__published_at__isnull=False).distinct()

    def due(self, now: datetime):
        """Sources whose next check is due (or that were never checked) and none is pending."""
        never = models.Q(next_check_at__isnull=True, last_checked_at__isnull=True)
        return self.filter(never | models.Q(next_check_at__lte=now), check_requested_at__isnull=True)

    def mark_check_requested(self) -> list[int]:
        """Mark these sources as waiting for a check; returns their ids. The caller sends the
        checks (`claims.linkcheck.tasks.request_checks` does both)."""
        ids = list(self.order_by("pk").values_list("pk", flat=True))
        Source.objects.filter(pk__in=ids).update(check_requested_at=timezone.now())
        return ids


class Source(VersionedModel):
    """Evidence a reviewer attached to a claim, with the health of its link.

    Link state (link_status ... changed_since_cited) is written only by the link check
    (claims.linkcheck.record), with UPDATEs that leave `version` alone: `version` guards
    what people edit (URL, title, kind, note). Code that adds a source or changes its URL
    calls `claims.linkcheck.tasks.request_check()` after saving it. A source on record
    (`is_on_record`) is not changed.
    """

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="sources")
    url = models.URLField(max_length=2000)
    title = models.CharField(max_length=500, blank=True)
    kind = models.CharField(max_length=16, choices=SourceKind, default=SourceKind.OTHER)
    note = models.TextField(blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    link_status = models.CharField(max_length=16, choices=LinkClass.choices, default=LinkClass.UNCHECKED)
    http_status = models.PositiveSmallIntegerField(null=True, blank=True)
    final_url = models.URLField(max_length=2000, blank=True)
    last_checked_at = models.DateTimeField(null=True, blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    next_check_at = models.DateTimeField(null=True, blank=True)
    check_requested_at = models.DateTimeField(
        null=True, blank=True, help_text="Set when a check is enqueued; cleared when it is recorded."
    )
    changed_since_cited = models.BooleanField(default=False)
    version = models.PositiveIntegerField(
        default=1, help_text="Bumped on every save; guards against lost edits."
    )

    history = HistoricalRecords()

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["added_at"]
        constraints = [
            # The same URL twice on one claim is a slip, not more evidence.
            models.UniqueConstraint(fields=["claim", "url"], name="source_unique_url_per_claim"),
        ]
        indexes = [
            # The scheduler picks sources whose next check is due.
            models.Index(fields=["next_check_at"], name="source_next_check_idx"),
            # Reports and the admin count sources by link health.
            models.Index(fields=["link_status"], name="source_link_status_idx"),
        ]

    def __str__(self) -> str:
        return self.title or self.url

    @property
    def is_on_record(self) -> bool:
        """Cited by a published verdict, so its URL, title, kind and note are fixed: evidence
        changes only by publishing a correction that cites other sources. One query."""
        return self.verdicts.filter(published_at__isnull=False).exists()

    @property
    def link_rot(self) -> bool:
        return self.consecutive_failures >= rot_after()

    @property
    def reader_link_status(self) -> LinkClass:
        """The link's health as readers may be told it. A failure with no answer from the
        site (host not found, connection refused or unreachable, timed out) is what the
        checker's own machine sees when it is offline, so it reads Unchecked there; a
        failure the site answered (a 404 or 410, a soft 404, a 503 after retries) stands."""
        if self.link_status in FAILING_CLASSES and self.http_status is None:
            return LinkClass.UNCHECKED
        return LinkClass(self.link_status)

    def mark_check_requested(self, *, url_changed: bool = False) -> None:
        """Mark this (saved) source as waiting for a check; the caller sends the check
        (`claims.linkcheck.tasks.request_check` does both).

        With `url_changed`, the link state of the old URL is forgotten first: the new
        URL starts unchecked, and its first good check takes a fresh snapshot.
        One or two UPDATE queries."""
        if url_changed:
            fresh = {
                "link_status": LinkClass.UNCHECKED,
                "http_status": None,
                "final_url": "",
                "consecutive_failures": 0,
                "next_check_at": None,
                "changed_since_cited": False,
            }
            Source.objects.filter(pk=self.pk).update(**fresh)
            for name, value in fresh.items():
                setattr(self, name, value)
        self.check_requested_at = timezone.now()
        Source.objects.filter(pk=self.pk).update(check_requested_at=self.check_requested_at)


class LinkCheck(models.Model):
    """One check of a source's URL: the history behind `Source.link_status`."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="checks")
    checked_at = models.DateTimeField(auto_now_add=True)
    url = models.URLField(max_length=2000, blank=True, help_text="The URL checked (sources can change URL).")
    link_class = models.CharField(max_length=16, choices=LinkClass.choices)
    http_status = models.PositiveSmallIntegerField(null=True, blank=True)
    final_url = models.URLField(max_length=2000, blank=True)
    redirect_chain = models.JSONField(default=list, blank=True)
    elapsed_ms = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0, help_text="Requests made: hops and retries.")

    class Meta:
        ordering = ["-checked_at"]
        indexes = [
            # A source's history, newest first; link health over time in reports.
            models.Index(fields=["source", "-checked_at"], name="linkcheck_source_time_idx"),
            models.Index(fields=["checked_at", "link_class"], name="linkcheck_time_class_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.link_class} at {self.checked_at:%Y-%m-%d %H:%M}"


class SourceSnapshot(models.Model):
    """Capped text of a source page, kept so evidence survives the page."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="snapshots")
    taken_at = models.DateTimeField(auto_now_add=True)
    url = models.URLField(max_length=2000, blank=True, help_text="The URL the text came from.")
    sha256 = models.CharField(max_length=64)
    text = models.TextField()

    class Meta:
        ordering = ["-taken_at"]
        constraints = [
            # A snapshot is kept only when the content is new for that source.
            models.UniqueConstraint(fields=["source", "sha256"], name="snapshot_unique_content"),
        ]

    def __str__(self) -> str:
        return f"Snapshot of {self.source} at {self.taken_at:%Y-%m-%d %H:%M}"
