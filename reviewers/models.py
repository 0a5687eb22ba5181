from django.conf import settings
from django.db import models

from reviewers.roles import Role, put_in_role_group


class DigestPreference(models.TextChoices):
    NONE = "none", "No digest"
    DAILY = "daily", "Daily"
    WEEKLY = "weekly", "Weekly"


class Reviewer(models.Model):
    """A newsroom member's profile: role, beat, and how they want reports."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reviewer")
    role = models.CharField(max_length=16, choices=Role, default=Role.REVIEWER)
    topics = models.CharField(
        max_length=300, blank=True, help_text="Comma-separated beats, e.g. economy, health."
    )
    digest = models.CharField(max_length=8, choices=DigestPreference, default=DigestPreference.WEEKLY)
    max_open_assignments = models.PositiveSmallIntegerField(
        default=10, help_text="Editors cannot assign more open claims than this."
    )
    credit_publicly = models.BooleanField(
        "name me on published fact-checks",
        default=False,
        help_text="Show my full name (never my username) on the public pages and in their ClaimReview "
        "markup as reviewer or editor. Without a full name nothing is shown.",
    )

    class Meta:
        ordering = ["user__username"]
        indexes = [
            # Report emails go to everyone with a given digest preference.
            models.Index(fields=["digest"], name="reviewer_digest_idx"),
        ]

    def __str__(self) -> str:
        return self.user.get_full_name() or self.user.get_username()

    def save(self, *args, **kwargs) -> None:
        """Saves, then puts the user in their role's group (and no other newsroom group)."""
        super().save(*args, **kwargs)
        put_in_role_group(self.user, self.role)

    @property
    def public_name(self) -> str | None:
        """The name readers may see: the full name, only when this person opted in."""
        return (self.credit_publicly and self.user.get_full_name()) or None
