"""Sending notification e-mails: one task per notification, by id, at most once."""

import logging
import smtplib
from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from claims.models import Notification
from claims.models.notification import EmailStatus
from claims.notifications.emails import notification_email
from factcheck import retrying

logger = logging.getLogger(__name__)

# What a later attempt may cure: a server down, restarting, or asking us to come back.
TRANSIENT_SMTP_ERRORS = (
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPConnectError,
    ConnectionError,
    TimeoutError,
)


RETRY_BACKOFF_MAX = 1800  # seconds; the sweeper waits this long past a failed attempt


class TryAgainLater(Exception):
    """The server answered 4xx."""


@shared_task(
    acks_late=True,
    autoretry_for=(*TRANSIENT_SMTP_ERRORS, TryAgainLater, *retrying.TRANSIENT_ERRORS),
    max_retries=6,
    retry_backoff=30,
    retry_backoff_max=RETRY_BACKOFF_MAX,
    retry_jitter=True,
)
def send_notification_email(notification_id: int) -> str:
    """Send one notification's e-mail. The conditional UPDATE from pending lets one task
    send it; a failure that may pass puts it back to pending and retries. A worker killed
    mid-send loses that one message (at most once: a notification is not worth twice).
    The database is read before the claim, so a database error retries with nothing claimed."""
    notification = (
        Notification.objects.select_related("recipient", "claim").filter(pk=notification_id).first()
    )
    pending = Notification.objects.filter(pk=notification_id, email_status=EmailStatus.PENDING)
    if notification is None or not pending.update(email_status=EmailStatus.SENT):
        return "not pending"  # gone, sent already, or never wanted
    try:
        notification_email(notification).send()
    except TRANSIENT_SMTP_ERRORS:
        _pending_again(notification_id)
        raise
    except smtplib.SMTPResponseException as exc:
        if 400 <= exc.smtp_code < 500:
            _pending_again(notification_id)
            raise TryAgainLater(f"{exc.smtp_code} {exc.smtp_error!r}") from exc
        return _failed(notification_id, exc)
    except smtplib.SMTPRecipientsRefused as exc:
        return _failed(notification_id, exc)
    return "sent"


def _pending_again(notification_id: int) -> None:
    """Back to pending for the retry; due after the longest backoff, so the sweeper leaves
    the retry to Celery unless that message is lost too."""
    due = timezone.now() + timedelta(seconds=RETRY_BACKOFF_MAX)
    Notification.objects.filter(pk=notification_id).update(email_status=EmailStatus.PENDING, email_due_at=due)


def _failed(notification_id: int, exc: Exception) -> str:
    Notification.objects.filter(pk=notification_id).update(email_status=EmailStatus.FAILED)
    logger.warning("Notification %s: the mail server refused its e-mail: %s", notification_id, exc)
    return "failed"
