from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class LinkClass(models.TextChoices):
    UNCHECKED = "unchecked", "Not checked yet"
    OK = "ok", "OK"
    REDIRECT = "redirect", "Redirected"
    BROKEN = "broken", "Broken"
    TIMEOUT = "timeout", "Timed out"
    TRANSIENT = "transient", "Temporarily failing"
    BLOCKED = "blocked", "Blocked (unsafe address)"
    INVALID = "invalid", "Not an http(s) URL"


FAILING_CLASSES = (LinkClass.BROKEN, LinkClass.TIMEOUT, LinkClass.TRANSIENT)


class SourceKind(models.TextChoices):
    PRIMARY = "primary", "Primary document or data"
    OFFICIAL = "official", "Official statement"
    EXPERT = "expert", "Expert"
    NEWS = "news", "News report"
    OTHER = "other", "Other"


class Source(models.Model):
    """Evidence a reviewer attached to a claim, with the health of its link."""

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="sources")
    url = models.URLField(max_length=2000)
    title = models.CharField(max_length=500, blank=True)
    kind = models.CharField(max_length=16, choices=SourceKind, default=SourceKind.OTHER)
    note = models.TextField(blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    link_status = models.CharField(max_length=16, choices=LinkClass, default=LinkClass.UNCHECKED)
    http_status = models.PositiveSmallIntegerField(null=True, blank=True)
    final_url = models.URLField(max_length=2000, blank=True)
    last_checked_at = models.DateTimeField(null=True, blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    next_check_at = models.DateTimeField(null=True, blank=True)
    check_requested_at = models.DateTimeField(
        null=True, blank=True, help_text="Set when a check is enqueued; cleared when it is recorded."
    )
    changed_since_cited = models.BooleanField(default=False)

    history = HistoricalRecords()

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


class LinkCheck(models.Model):
    """One check of a source's URL: the history behind `Source.link_status`."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="checks")
    checked_at = models.DateTimeField(auto_now_add=True)
    link_class = models.CharField(max_length=16, choices=LinkClass)
    http_status = models.PositiveSmallIntegerField(null=True, blank=True)
    final_url = models.URLField(max_length=2000, blank=True)
    redirect_chain = models.JSONField(default=list, blank=True)
    elapsed_ms = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

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
