from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from reports.periods import Period


class ReportKind(models.TextChoices):
    DIGEST = "digest", "Period digest"
    ARTICLE = "article", "Article report"


class ReportStatus(models.TextChoices):
    PENDING = "pending", "Waiting to be built"
    BUILT = "built", "Built"
    FAILED = "failed", "Failed"


class ReportQuerySet(models.QuerySet):
    def built_for(self, kind: str, period: Period):
        """Built reports of one kind and period, newest first."""
        return self.filter(
            kind=kind, status=ReportStatus.BUILT, period_start=period.start, period_end=period.end
        ).order_by("-built_at", "-pk")

    def stalled(self, *, now, age):
        """Reports still waiting to be built long after they were asked for: their message
        was lost (broker down when the admin saved, or Redis lost its data)."""
        return self.filter(status=ReportStatus.PENDING, requested_at__lt=now - age).order_by("requested_at")


class Report(models.Model):
    """One built report: the data it shows (the JSON format) and its rendered files.

    Everything is stored in the database, so any web process or worker can serve or
    mail it without a shared disk.
    """

    kind = models.CharField(max_length=16, choices=ReportKind)
    title = models.CharField(max_length=300, blank=True)
    period_start = models.DateTimeField(null=True, blank=True)
    period_end = models.DateTimeField(null=True, blank=True)
    article = models.ForeignKey(
        "claims.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="reports"
    )
    status = models.CharField(max_length=16, choices=ReportStatus, default=ReportStatus.PENDING)
    error = models.TextField(blank=True)
    data = models.JSONField(
        default=dict, blank=True, help_text="What the report shows; also its JSON format."
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # When a build was last asked for (created, or "build again"); the sweeper's clock.
    requested_at = models.DateTimeField(default=timezone.now)
    built_at = models.DateTimeField(null=True, blank=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="article")
                | (Q(period_start__isnull=False) & Q(period_end__gt=models.F("period_start"))),
                name="report_digest_has_period",
            ),
        ]
        indexes = [
            # Deliveries look up the built report of a period (ReportQuerySet.built_for).
            models.Index(fields=["kind", "period_start", "period_end"], name="report_kind_period_idx"),
            # The sweeper looks for reports pending too long (ReportQuerySet.stalled).
            models.Index(
                fields=["requested_at"], condition=Q(status="pending"), name="report_pending_requested_idx"
            ),
        ]

    def __str__(self) -> str:
        return self.title or f"{self.get_kind_display()} {self.pk}"

    @property
    def period(self) -> Period | None:
        if self.period_start is None or self.period_end is None:
            return None
        return Period(self.period_start, self.period_end)


class ReportFile(models.Model):
    """One rendered format of a report (HTML, text, CSV, JSON) or one of its chart images."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="files")
    name = models.CharField(max_length=100, help_text="File name, e.g. report.html or verdicts.png.")
    content_type = models.CharField(max_length=100)
    content = models.BinaryField()
    size = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["report", "name"]
        constraints = [
            # Downloads address a file by (report, name).
            models.UniqueConstraint(fields=["report", "name"], name="reportfile_unique_name"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_chart(self) -> bool:
        return self.content_type == "image/png"
