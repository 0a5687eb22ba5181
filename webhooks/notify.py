"""Tell a subscription's owner it was paused, through the project's mail backend."""

from __future__ import annotations

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse

from webhooks.models import Subscription

logger = logging.getLogger(__name__)


def paused_email(subscription: Subscription) -> EmailMessage:
    page = settings.SITE_URL.rstrip("/") + reverse(
        "admin:webhooks_subscription_change", args=[subscription.pk]
    )
    body = (
        f"The webhook subscription to {subscription.url} was paused after "
        f"{subscription.failure_count} failed deliveries in a row.\n\n"
        f"Last failure: {subscription.pause_reason}\n\n"
        f"Nothing more is sent to it until it is resumed; deliveries waiting meanwhile are kept.\n"
        f"Fix the receiver, then press \u201cResume\u201d on {page}\n"
    )
    return EmailMessage(
        subject=f"[{settings.FACTCHECK_ORGANISATION}] Webhook paused: {subscription.url}",
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscription.owner.email],
    )


def notify_paused(subscription: Subscription) -> bool:
    """Send the owner the pause notice; False (and a warning) when mail cannot go out.

    The pause stands either way: it is on the subscription's page in the admin."""
    if not subscription.owner.email:
        logger.warning("webhook subscription %s paused; its owner has no e-mail address", subscription.pk)
        return False
    try:
        paused_email(subscription).send()
    except (smtplib.SMTPException, OSError) as exc:
        logger.warning("webhook subscription %s paused; could not e-mail its owner: %s", subscription.pk, exc)
        return False
    return True
