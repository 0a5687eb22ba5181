from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from reports.models.report import ReportKind
from reports.periods import Frequency, Period


class DeliveryStatus(models.TextChoices):
    """pending -> sending (claimed) -> sent; sending -> pending on a transient SMTP
    error (retried with backoff) or after the lease ran out (worker killed); sending ->
    failed on a permanent refusal or when the retries are spent. sent and failed are final."""

    PENDING = "pending", "Waiting to be sent"
    SENDING = "sending", "Being sent"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"


class DeliveryQuerySet(models.QuerySet):
    def claim(self, pk: int, *, now: datetime, lease: timedelta) -> bool:
        """Take one delivery for sending; True only for the one caller whose UPDATE changed the row.

        A pending row is free; a row still `sending` after the lease belonged to a worker
        that died mid-send. Everything else (sent, failed, or a live send) is refused.
        """
        free = Q(status=DeliveryStatus.PENDING) | Q(status=DeliveryStatus.SENDING, claimed_at__lt=now - lease)
        changed = self.filter(free, pk=pk).update(
            status=DeliveryStatus.SENDING, claimed_at=now, attempts=F("attempts") + 1
        )
        return changed == 1

    def stalled(self, *, now: datetime, lease: timedelta):
        """Deliveries whose task was lost: pending past their retry time, or claimed by a dead worker."""
        return self.filter(
            Q(status=DeliveryStatus.PENDING, retry_at__lte=now)
            | Q(status=DeliveryStatus.SENDING, claimed_at__lt=now - lease)
        )


class Delivery(models.Model):
    """One e-mail of one report period to one person: the record that makes it go out once.

    Rows are created by the planner (or the admin's "E-mail to me") before anything is
    sent; the unique constraint means a second planner, beat process or rerun finds the
    row already there and adds nothing.
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="report_deliveries"
    )
    email = models.EmailField(help_text="The address at planning time.")
    report_kind = models.CharField(max_length=16, choices=ReportKind, default=ReportKind.DIGEST)
    frequency = models.CharField(
        max_length=8, choices=Frequency, blank=True, help_text="Blank when sent on request."
    )
    period_start = models.DateTimeField()
    period_end = models.DateTimeField()
    report = models.ForeignKey(
        "reports.Report", null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    status = models.CharField(max_length=16, choices=DeliveryStatus, default=DeliveryStatus.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0, help_text="How many times a sender claimed it.")
    message_id = models.CharField(max_length=255, help_text="Stable: the same for every attempt.")
    claimed_at = models.DateTimeField(null=True, blank=True)
    retry_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="If still pending then, its task was lost and the sweeper sends it again.",
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        ordering = ["-period_start", "recipient_id"]
        verbose_name_plural = "deliveries"
        constraints = [
            # Never twice: one e-mail per person, report and period, however often it is planned.
            models.UniqueConstraint(
                fields=["recipient", "report_kind", "period_start", "period_end"],
                name="delivery_once_per_period",
            ),
            models.CheckConstraint(
                condition=Q(period_end__gt=F("period_start")), name="delivery_period_not_empty"
            ),
        ]
        indexes = [
            # The sweeper (DeliveryQuerySet.stalled) scans unfinished rows only.
            models.Index(
                fields=["status", "retry_at"],
                condition=Q(status__in=["pending", "sending"]),
                name="delivery_unfinished_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_report_kind_display()} {self.period.label()} to {self.email}"

    @property
    def period(self) -> Period:
        return Period(self.period_start, self.period_end)

    def mark_sent(self, now: datetime) -> None:
        Delivery.objects.filter(pk=self.pk).update(status=DeliveryStatus.SENT, sent_at=now, last_error="")

    def release(self, error: str, *, retry_at: datetime) -> None:
        """Back to pending after a transient failure; its task retries it, the sweeper if the task is lost."""
        Delivery.objects.filter(pk=self.pk, status=DeliveryStatus.SENDING).update(
            status=DeliveryStatus.PENDING, last_error=error[:2000], retry_at=retry_at
        )

    def mark_failed(self, error: str) -> None:
        Delivery.objects.filter(pk=self.pk).update(status=DeliveryStatus.FAILED, last_error=error[:2000])
