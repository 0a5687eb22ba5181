from django.conf import settings
from django.db import models

from reviewers.names import name_of
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
        return name_of(self.user)

    def save(self, *args, **kwargs) -> None:
        """Saves, then puts the user in their role's group (and no other newsroom group)."""
        super().save(*args, **kwargs)
        put_in_role_group(self.user, self.role)

    @property
    def public_name(self) -> str | None:
        """The name readers may see: the full name, only when this person opted in."""
        return (self.credit_publicly and self.user.get_full_name()) or None


class NotificationEvent(models.TextChoices):
    """What a person can be told about; claims.notifications decides who is concerned."""

    ASSIGNED = "assigned", "A claim is assigned to me"
    SUBMITTED = "submitted", "A verdict waits for my sign-off"
    SENT_BACK = "sent_back", "My verdict is sent back"
    PUBLISHED = "published", "A verdict I wrote is published"
    MENTIONED = "mentioned", "Someone mentions me in a comment"
    TAKEN_OFF = "taken_off", "A claim I hold is dismissed, released or reassigned by someone else"


# Until a person chooses: every event in the admin, and e-mail only for what needs them now.
EMAIL_BY_DEFAULT = frozenset({NotificationEvent.SENT_BACK, NotificationEvent.MENTIONED})


class NotificationPreferenceQuerySet(models.QuerySet):
    def channels_for(self, user_ids, event: str) -> dict[int, tuple[bool, bool]]:
        """(in the admin, by e-mail) for each user id: their choice, or the default; one query."""
        chosen = {
            row["user_id"]: (row["in_admin"], row["by_email"])
            for row in self.filter(user_id__in=list(user_ids), event=event).values(
                "user_id", "in_admin", "by_email"
            )
        }
        default = (True, event in EMAIL_BY_DEFAULT)
        return {user_id: chosen.get(user_id, default) for user_id in user_ids}

    def choices_of(self, user) -> dict[str, tuple[bool, bool]]:
        """Every event's (in the admin, by e-mail) for one user, defaults filled in; one query."""
        chosen = {p.event: (p.in_admin, p.by_email) for p in self.filter(user=user)}
        return {e.value: chosen.get(e.value, (True, e in EMAIL_BY_DEFAULT)) for e in NotificationEvent}


class NotificationPreference(models.Model):
    """One person's choice of channels for one event; no row means the default."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    event = models.CharField(max_length=16, choices=NotificationEvent)
    in_admin = models.BooleanField("in the admin", default=True)
    by_email = models.BooleanField("by e-mail", default=False)

    objects = NotificationPreferenceQuerySet.as_manager()

    class Meta:
        constraints = [
            # One choice per person and event; channels_for reads them by (user, event).
            models.UniqueConstraint(fields=["user", "event"], name="notification_preference_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_event_display()}"
