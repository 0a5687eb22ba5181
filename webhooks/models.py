"""Webhook subscriptions, the events they receive, and each delivery with its attempts.

A delivery moves pending → delivered, or pending → failed once a round of
WEBHOOK_MAX_ATTEMPTS attempts has failed; "Resend" in the admin starts a new round.
A subscription is paused (is_active False) after WEBHOOK_PAUSE_AFTER_FAILURES failed
attempts in a row; "Resume" starts it again. The secret is never part of `str()` or a log.
"""

from __future__ import annotations

import base64
import secrets
import socket
import uuid
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import F
from django.utils import timezone

from claims.guarded_http.guard import BlockedURL, check_url
from claims.guarded_http.post import PostResult


class EventType(models.TextChoices):
    VERDICT_PUBLISHED = "verdict.published", "Verdict published"
    VERDICT_CORRECTED = "verdict.corrected", "Verdict corrected (the corrected verdict published)"
    CLAIM_QUEUED = "claim.queued", "Claim queued for review"
    ARTICLE_EXTRACTED = "article.extracted", "Article extracted"


def new_secret() -> str:
    """A Standard Webhooks secret: `whsec_` and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode("ascii")


def new_event_id() -> str:
    return f"msg_{uuid.uuid4().hex}"


def check_webhook_url(url: str) -> None:
    """ValidationError unless the SSRF guard lets requests go to `url` (SSRF_ALLOWED_NETWORKS)."""
    try:
        check_url(url, settings.SSRF_ALLOWED_NETWORKS)
    except BlockedURL as exc:
        raise ValidationError(f"This URL cannot receive webhooks: {exc.reason}.", code="blocked") from None
    except socket.gaierror as exc:
        raise ValidationError(
            f"This URL cannot receive webhooks: {exc.strerror or exc}.", code="dns"
        ) from None


def check_event_types(events) -> None:
    if not isinstance(events, list) or not events:
        raise ValidationError("Choose at least one event.", code="empty")
    unknown = sorted(set(map(str, events)) - set(EventType.values))
    if unknown:
        raise ValidationError(f"Unknown event type(s): {', '.join(unknown)}.", code="unknown")


class SubscriptionQuerySet(models.QuerySet):
    def listening_to(self, event_type: str) -> list[Subscription]:
        """Active subscriptions that asked for `event_type`: one query; the event list is
        checked in Python, as SQLite has no JSON containment lookup (they are few rows)."""
        return [s for s in self.filter(is_active=True).order_by("pk") if event_type in s.events]

    def pause(self, reason: str) -> int:
        """Pause the active ones among these; returns how many."""
        return self.filter(is_active=True).update(
            is_active=False, paused_at=timezone.now(), pause_reason=reason
        )


class Subscription(models.Model):
    url = models.URLField("URL", max_length=2000, validators=[check_webhook_url])
    description = models.CharField(max_length=200, blank=True)
    events = models.JSONField(
        default=list, validators=[check_event_types], help_text="The event types sent to this URL."
    )
    secret = models.CharField(max_length=100, default=new_secret, editable=False)
    secret_shown = models.BooleanField(
        default=False, editable=False, help_text="The secret is shown in full once, then masked."
    )
    is_active = models.BooleanField("active", default=True, help_text="Paused subscriptions receive nothing.")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="webhook_subscriptions",
        limit_choices_to={"is_staff": True},
        help_text="Told by e-mail when the subscription is paused.",
    )
    failure_count = models.PositiveIntegerField(
        default=0, editable=False, help_text="Failed attempts in a row."
    )
    paused_at = models.DateTimeField(null=True, blank=True, editable=False)
    pause_reason = models.CharField(max_length=300, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]
        permissions = [("manage_webhooks", "Can manage webhook subscriptions and deliveries")]

    def __str__(self) -> str:
        return self.url

    def rotate_secret(self) -> None:
        self.secret, self.secret_shown = new_secret(), False
        self.save(update_fields=["secret", "secret_shown"])

    def mark_secret_shown(self) -> bool:
        """True once, for the one page that may show the secret in full."""
        return bool(Subscription.objects.filter(pk=self.pk, secret_shown=False).update(secret_shown=True))

    def record_success(self) -> None:
        Subscription.objects.filter(pk=self.pk, failure_count__gt=0).update(failure_count=0)

    def record_failure(self, reason: str) -> bool:
        """Count a failed attempt; True when this one paused the subscription (only one caller gets True)."""
        Subscription.objects.filter(pk=self.pk).update(failure_count=F("failure_count") + 1)
        return bool(
            Subscription.objects.filter(
                pk=self.pk, is_active=True, failure_count__gte=settings.WEBHOOK_PAUSE_AFTER_FAILURES
            ).update(is_active=False, paused_at=timezone.now(), pause_reason=reason[:300])
        )

    def resume(self) -> None:
        Subscription.objects.filter(pk=self.pk).update(
            is_active=True, failure_count=0, paused_at=None, pause_reason=""
        )


class WebhookEvent(models.Model):
    """One thing that happened; every delivery and every retry sends its `event_id`, so
    receivers de-duplicate on it."""

    event_id = models.CharField(max_length=40, unique=True, default=new_event_id, editable=False)
    type = models.CharField(max_length=40, choices=EventType)
    payload = models.JSONField(encoder=DjangoJSONEncoder, help_text="The JSON body sent.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-pk"]

    def __str__(self) -> str:
        return f"{self.type} {self.event_id}"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed"


class DeliveryQuerySet(models.QuerySet):
    def claim(self, delivery_id: int, lease: timedelta) -> bool:
        """Take the one attempt now due on a pending delivery of an active subscription;
        False when it is done, paused or another worker holds it (conditional UPDATE)."""
        now = timezone.now()
        return bool(self._due(delivery_id).exclude(leased_until__gt=now).update(leased_until=now + lease))

    def overdue(self, now: datetime, age: timedelta) -> models.QuerySet:
        """Pending deliveries of active subscriptions whose next attempt is `age` overdue, none in flight."""
        return (
            self.filter(status=DeliveryStatus.PENDING, subscription__is_active=True, due_by__lt=now - age)
            .exclude(leased_until__gt=now)
            .order_by("due_by")
        )

    def held(self, delivery_id: int) -> bool:
        """Is an attempt in flight on this pending delivery (or was, in a worker that died)?"""
        return self._due(delivery_id).filter(leased_until__gt=timezone.now()).exists()

    def _due(self, delivery_id: int):
        return self.filter(pk=delivery_id, status=DeliveryStatus.PENDING, subscription__is_active=True)


class Delivery(models.Model):
    event = models.ForeignKey(WebhookEvent, on_delete=models.CASCADE, related_name="deliveries")
    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=12, choices=DeliveryStatus, default=DeliveryStatus.PENDING)
    attempts = models.PositiveIntegerField(default=0, help_text="Attempts made, every round.")
    round_attempts = models.PositiveIntegerField(default=0, help_text="Attempts since the last (re)send.")
    leased_until = models.DateTimeField(
        null=True, blank=True, help_text="An attempt is in flight until then."
    )
    delivered_at = models.DateTimeField(null=True, blank=True)
    # The latest the next attempt should start: a pending delivery long past it lost its
    # message (broker down at commit, Redis lost its data) and the sweeper sends it again.
    due_by = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        ordering = ["-pk"]
        verbose_name_plural = "deliveries"
        constraints = [
            # One delivery per event and subscription: emitting twice cannot double-send.
            models.UniqueConstraint(fields=["event", "subscription"], name="webhooks_delivery_once"),
        ]
        indexes = [
            # The sweeper's query: pending deliveries whose attempt is long overdue.
            models.Index(
                fields=["due_by"],
                name="webhooks_delivery_overdue",
                condition=models.Q(status="pending"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event.type} to {self.subscription.url}"

    def record_attempt(
        self, result: PostResult, *, max_attempts: int, retry_within: timedelta
    ) -> DeliveryAttempt:
        """Log one attempt and move the delivery on: delivered, failed at the end of a round,
        else still pending (the caller retries, at the latest `retry_within` from now)."""
        self.attempts += 1
        self.round_attempts += 1
        self.leased_until = None
        self.due_by = timezone.now() + retry_within
        if result.ok:
            self.status, self.delivered_at = DeliveryStatus.DELIVERED, timezone.now()
        elif self.round_attempts >= max_attempts:
            self.status = DeliveryStatus.FAILED
        self.save(
            update_fields=["attempts", "round_attempts", "leased_until", "due_by", "status", "delivered_at"]
        )
        return self.log.create(
            number=self.attempts,
            status_code=result.status,
            latency_ms=result.latency_ms,
            response_excerpt=result.excerpt,
            error=result.error,
        )

    def resend(self) -> None:
        """Back to pending for a new round of attempts, with the same event id."""
        Delivery.objects.filter(pk=self.pk).update(
            status=DeliveryStatus.PENDING,
            round_attempts=0,
            leased_until=None,
            delivered_at=None,
            due_by=timezone.now(),
        )


class DeliveryAttempt(models.Model):
    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="log")
    number = models.PositiveIntegerField()
    at = models.DateTimeField(default=timezone.now)
    status_code = models.PositiveSmallIntegerField("HTTP status", null=True, blank=True)
    latency_ms = models.PositiveIntegerField("latency (ms)")
    response_excerpt = models.TextField(blank=True)
    error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["number"]

    def __str__(self) -> str:
        return f"attempt {self.number}"
