from django.conf import settings
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords


class ClaimStatus(models.TextChoices):
    NEW = "new", "New (extracted)"
    QUEUED = "queued", "Queued"
    IN_REVIEW = "in_review", "In review"
    AWAITING_SIGN_OFF = "awaiting_sign_off", "Awaiting sign-off"
    PUBLISHED = "published", "Published"
    DISMISSED = "dismissed", "Dismissed"
    CORRECTING = "correcting", "Correcting"


OPEN_STATUSES = (ClaimStatus.QUEUED, ClaimStatus.IN_REVIEW, ClaimStatus.CORRECTING)


class ClaimQuerySet(models.QuerySet):
    def queued(self):
        return self.filter(status=ClaimStatus.QUEUED)

    def unassigned(self):
        return self.queued().filter(assignee__isnull=True)

    def assigned_to(self, user):
        return self.filter(assignee=user, status__in=OPEN_STATUSES)

    def awaiting_sign_off(self):
        return self.filter(status=ClaimStatus.AWAITING_SIGN_OFF)

    def published(self):
        return self.filter(status=ClaimStatus.PUBLISHED)

    def by_priority(self):
        return self.order_by("-priority", "created_at", "pk")


class Claim(models.Model):
    """A check-worthy sentence or quote from an article, and its place in the workflow."""

    article = models.ForeignKey("claims.Article", on_delete=models.CASCADE, related_name="claims")
    text = models.TextField()
    speaker = models.CharField(max_length=200, blank=True)
    is_quote = models.BooleanField(default=False)
    start = models.PositiveIntegerField(help_text="Character offset of the claim in the article body.")
    end = models.PositiveIntegerField()
    paragraph_index = models.PositiveIntegerField(default=0)
    paragraph = models.TextField(blank=True, help_text="The paragraph the claim sits in.")
    checkworthiness = models.FloatField(default=0.0)
    normalized_hash = models.CharField(
        max_length=64, db_index=False, help_text="Hash of the normalised text, to spot identical claims."
    )
    status = models.CharField(max_length=20, choices=ClaimStatus, default=ClaimStatus.NEW)
    dismissal_reason = models.CharField(max_length=200, blank=True)
    priority = models.FloatField(default=0.0)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
    )
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    version = models.PositiveIntegerField(default=1, help_text="Bumped on every save; guards against lost edits.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-priority", "created_at"]
        constraints = [
            # One claim per span of an article: re-running extraction never duplicates.
            models.UniqueConstraint(fields=["article", "start", "end"], name="claim_unique_span"),
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="claim_span_not_empty"),
            models.CheckConstraint(
                condition=Q(checkworthiness__gte=0) & Q(checkworthiness__lte=1),
                name="claim_checkworthiness_is_probability",
            ),
        ]
        indexes = [
            # "Take next claim" and the Unassigned view: queued, unassigned, by priority.
            models.Index(
                fields=["-priority", "created_at"],
                condition=Q(status="queued", assignee__isnull=True),
                name="claim_unassigned_queue_idx",
            ),
            # "My queue": a reviewer's open claims.
            models.Index(fields=["assignee", "status"], name="claim_assignee_status_idx"),
            # Queue counts by state on the admin index and in reports.
            models.Index(fields=["status", "updated_at"], name="claim_status_updated_idx"),
            # Identical-claim lookup during extraction.
            models.Index(fields=["normalized_hash"], name="claim_normalized_hash_idx"),
        ]

    def __str__(self) -> str:
        return self.text[:80]
