"""A notification as a short plain-text e-mail, with links back to the claim and to the settings."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils.text import Truncator

from claims.models import Notification


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def notification_email(notification: Notification) -> EmailMessage:
    """The message for the notification's recipient, the only address on it."""
    claim = notification.claim
    claim_url = absolute(reverse("admin:claims_claim_change", args=[claim.pk]))
    settings_url = absolute(reverse("admin:claims_notification_settings"))
    body = "\n".join(
        [
            notification.message,
            "",
            f"Claim #{claim.pk}: {Truncator(claim.text).chars(300)}",
            claim_url,
            "",
            "--",
            f"You chose to receive this by e-mail. Change what you receive at {settings_url}",
        ]
    )
    return EmailMessage(
        subject=f"[{settings.FACTCHECK_ORGANISATION}] {Truncator(notification.message).chars(120)}",
        body=body,
        to=[notification.recipient.email],
        headers={"Auto-Submitted": "auto-generated"},
    )
