from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from reviewers.models import NotificationEvent


class EmailStatus(models.TextChoices):
    NOT_WANTED = "", "Not wanted"
    PENDING = "pending", "To send"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"


class NotificationQuerySet(models.QuerySet):
    def listed_for(self, user):
        """What `user` sees on their Notifications page (their own, admin channel on)."""
        return self.filter(recipient=user, in_admin=True)

    def unread_for(self, user):
        return self.listed_for(user).filter(read_at__isnull=True)

    def mails_overdue(self, now, age):
        """Pending e-mails due longer than `age` ago: their message was lost (broker down)."""
        return self.filter(email_status=EmailStatus.PENDING, email_due_at__lt=now - age)

    def mark_read(self) -> int:
        return self.filter(read_at__isnull=True).update(read_at=timezone.now())


class Notification(models.Model):
    """Something one person is told about one claim, in the admin and/or by e-mail.

    Created by `claims.notifications.notify` (the workflow and comments call it), never
    for the person who acted. `email_status` moves pending -> sent or failed, once."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="notifications")
    event = models.CharField(max_length=16, choices=NotificationEvent)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    message = models.CharField(max_length=300)
    in_admin = models.BooleanField(default=True)
    email_status = models.CharField(
        max_length=8, choices=EmailStatus, default=EmailStatus.NOT_WANTED, blank=True
    )
    # When the e-mail should have gone (pushed on while a retry waits): the sweeper
    # (claims.sweeper) sends again a pending one long past it, as a lost message left it.
    email_due_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            # The unread count on the front page and the Notifications page: one person's unread.
            models.Index(
                fields=["recipient", "-created_at"],
                condition=Q(read_at__isnull=True, in_admin=True),
                name="notification_unread_idx",
            ),
            # The sweeper's look for e-mails still pending long after they were due.
            models.Index(
                fields=["email_due_at"],
                condition=Q(email_status="pending"),
                name="notification_mail_due_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.message
