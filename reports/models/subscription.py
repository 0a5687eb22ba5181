from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from claims.models.versioning import VersionedModel
from reports.models.report import ReportKind
from reports.periods import Frequency


class SubscriptionQuerySet(models.QuerySet):
    def active(self, frequency: str, kind: str = ReportKind.DIGEST):
        """Who gets this report at this frequency: active rows of active users with an address
        who may still read reports (staff with a role, or superusers). The digest is internal:
        someone who left the newsroom keeps their row, but no mail until they are back."""
        readers = get_user_model().objects.with_perm(
            "reports.view_report", backend="django.contrib.auth.backends.ModelBackend"
        )
        return self.filter(
            frequency=frequency, report=kind, is_active=True, user__in=readers.filter(is_staff=True)
        ).exclude(user__email="")


class Subscription(VersionedModel):
    """A user's wish to receive a periodic report by e-mail, daily or weekly.

    No row (or an inactive one) means no e-mail. Newsroom members get default rows the
    first time a digest of that frequency is planned (reports.subscriptions); an
    inactive row is how someone opts out for good, so its page and list save only at the
    version they showed: a stale list would switch an opt-out back on.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="report_subscriptions"
    )
    report = models.CharField(
        max_length=16, choices=[(ReportKind.DIGEST.value, ReportKind.DIGEST.label)], default=ReportKind.DIGEST
    )
    frequency = models.CharField(max_length=8, choices=Frequency)
    is_active = models.BooleanField(default=True)
    since = models.DateTimeField(
        default=timezone.now,
        help_text="Only periods that end after this are sent, so nobody gets back issues.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(
        default=1, help_text="Bumped on every save; guards against lost edits."
    )

    history = HistoricalRecords()

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        ordering = ["user__username", "report", "frequency"]
        constraints = [
            # One row per user, report and frequency; default rows are inserted with ignore_conflicts.
            models.UniqueConstraint(
                fields=["user", "report", "frequency"], name="subscription_unique_per_user"
            ),
        ]
        indexes = [
            # The planner reads the active subscribers of one frequency.
            models.Index(fields=["report", "frequency", "is_active"], name="subscription_planner_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_frequency_display()} {self.get_report_display()}"
