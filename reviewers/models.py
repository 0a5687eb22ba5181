from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.utils import timezone

from reviewers.granting import granting
from reviewers.names import name_of
from reviewers.roles import Role, leave_role_groups, put_in_role_group

# Roles that sign verdicts off: giving one is a promotion every other editor hears of.
SIGNING_ROLES = (Role.EDITOR, Role.ADMIN)
# How long the front page lists a promotion to every editor.
RECENT_GRANT_DAYS = 14


class RoleGrantQuerySet(models.QuerySet):
    def recent_promotions(self, now=None) -> "RoleGrantQuerySet":
        """Promotions of the last RECENT_GRANT_DAYS, newest first (the front page's list)."""
        since = (now or timezone.now()) - timedelta(days=RECENT_GRANT_DAYS)
        return self.filter(promotion=True, baseline=False, created_at__gte=since).select_related("granted_by")

    def unmailed_promotions(self) -> "RoleGrantQuerySet":
        """Promotions the other editors have not been e-mailed about yet (reviewers.tasks)."""
        return self.filter(promotion=True, baseline=False, mailed_at__isnull=True).order_by("pk")

    def record(
        self,
        user,
        granted_by,
        change: str,
        *,
        promotion: bool,
        announce: bool = True,
        username: str = "",
        found_by_audit: bool = False,
        baseline: bool = False,
    ) -> "RoleGrant":
        """Keep one change to what `user` may do; `granted_by` None: outside the admin.
        Not announced: kept as already told, so nobody is e-mailed (the demo accounts).
        A group's change is kept once, with no user and the group as `username`."""
        return self.create(
            user=user,
            username=username or user.get_username(),
            granted_by=granted_by,
            change=change,
            promotion=promotion,
            found_by_audit=found_by_audit,
            baseline=baseline,
            mailed_at=None if announce and not baseline else timezone.now(),
        )


class RoleGrant(models.Model):
    """A change to what someone may do (their role, superuser status, groups or permissions),
    kept for good and shown to every editor: an admin who made an account an editor could
    otherwise sign off their own verdicts with it, with nobody knowing. Only added, never edited."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="role_grants"
    )
    # An account's username, or "group " and a group's name (150 each at most, as Django's).
    username = models.CharField(max_length=156, help_text="Kept if the account is deleted.")
    # Empty when the change was made outside the admin (a script, a shell).
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    change = models.CharField(max_length=300)
    promotion = models.BooleanField(
        help_text="Gave more power: a signing role, superuser, a group or permission."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    mailed_at = models.DateTimeField(
        null=True, blank=True, help_text="When the other editors were e-mailed about this promotion."
    )
    found_by_audit = models.BooleanField(
        default=False,
        help_text="Found held without a record by the role audit (reviewers.role_audit): made in the "
        "database itself (an UPDATE, raw SQL), not in the app, so nobody is on record as granting it.",
    )
    baseline = models.BooleanField(
        default=False,
        help_text="Recorded by the role audit's first run (reviewers.role_audit): held before role grants "
        "were recorded, so it is kept as the starting point and nobody is e-mailed about it.",
    )

    objects = RoleGrantQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            # The front page lists the recent promotions to every editor.
            models.Index(
                fields=["-created_at"], condition=models.Q(promotion=True), name="rolegrant_promotion_idx"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.username}: {self.change}"

    def editors_to_tell(self):
        """Every other active editor, admin and superuser with an e-mail address: neither the
        one who granted it nor the one who got it."""
        signing = models.Q(groups__name__in=SIGNING_ROLES) | models.Q(is_superuser=True)
        people = get_user_model().objects.filter(signing, is_active=True, is_staff=True).exclude(email="")
        return people.exclude(pk__in={self.user_id, self.granted_by_id} - {None}).distinct().order_by("pk")


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

    def save(self, *args, granted_by=None, **kwargs) -> None:
        """Saves, then puts the user in their role's group (and no other newsroom group); a
        new role is kept as a RoleGrant by `granted_by` (None: whoever reviewers.granting names)."""
        before = None if self._state.adding else type(self).objects.filter(pk=self.pk).values("role").first()
        super().save(*args, **kwargs)
        with granting(role_group=True) as context:
            put_in_role_group(self.user, self.role)
        was = before and before["role"]
        if was != self.role:
            change = f"role: {Role(was).label if was else 'none'} -> {Role(self.role).label}"
            promotion = self.role in SIGNING_ROLES and was not in SIGNING_ROLES or self.role == Role.ADMIN
            by = granted_by or context.by
            RoleGrant.objects.record(self.user, by, change, promotion=promotion, announce=context.announce)

    def role_left(self, *, origin=None) -> None:
        """After the profile is deleted: its user leaves the role's group, kept as the role
        change "-> none" (staff with no role see nothing). Not when the account itself is
        being deleted (`origin`: what the delete started from), which takes the groups too."""
        User = get_user_model()
        if isinstance(origin, User) or getattr(origin, "model", None) is User:
            return
        with granting(role_group=True) as context:
            leave_role_groups(self.user)
        change = f"role: {Role(self.role).label} -> none"
        RoleGrant.objects.record(self.user, context.by, change, promotion=False, announce=context.announce)

    @property
    def public_name(self) -> str | None:
        """The name readers may see: the full name, only when this person opted in."""
        return (self.credit_publicly and self.user.get_full_name()) or None


def _profile_deleted(sender, instance: Reviewer, origin=None, **kwargs) -> None:
    instance.role_left(origin=origin)


# A receiver, not Reviewer.delete(): the admin's "Delete selected" deletes a queryset.
models.signals.post_delete.connect(_profile_deleted, sender=Reviewer, dispatch_uid="reviewer_role_left")


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
