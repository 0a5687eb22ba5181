"""Webhooks in the admin: subscriptions, their deliveries with every attempt, resend and resume.

Only superusers and holders of `webhooks.manage_webhooks` see any of it; no newsroom role
has that permission (a subscription's secret and URL reach outside the newsroom).
"""

from django import forms
from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html

from webhooks import events
from webhooks.delivery import body
from webhooks.models import Delivery, DeliveryAttempt, EventType, Subscription, WebhookEvent

MANAGE = "webhooks.manage_webhooks"
# Subscriptions whose new secret this browser session may see once (it added or rotated them).
REVEAL_SESSION_KEY = "webhooks_secret_to_reveal"


class ManagedOnly:
    """Every page and action needs MANAGE (superusers have every permission)."""

    def has_manage_permission(self, request) -> bool:
        return request.user.is_active and request.user.has_perm(MANAGE)

    def has_module_permission(self, request) -> bool:
        return self.has_manage_permission(request)

    def has_view_permission(self, request, obj=None) -> bool:
        return self.has_manage_permission(request)

    def has_change_permission(self, request, obj=None) -> bool:
        return self.has_manage_permission(request)

    def has_add_permission(self, request, obj=None) -> bool:
        return self.has_manage_permission(request)

    def has_delete_permission(self, request, obj=None) -> bool:
        return self.has_manage_permission(request)


class SubscriptionForm(forms.ModelForm):
    url = forms.URLField(label="URL", max_length=2000, assume_scheme="https")
    events = forms.MultipleChoiceField(choices=EventType.choices, widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = Subscription
        fields = ["url", "description", "events", "owner"]


@admin.register(Subscription)
class SubscriptionAdmin(ManagedOnly, admin.ModelAdmin):
    form = SubscriptionForm
    list_display = ["url", "event_list", "is_active", "owner", "failure_count", "paused_at"]
    list_filter = ["is_active"]
    list_select_related = ["owner"]
    search_fields = ["url", "description"]
    readonly_fields = ["secret_field", "is_active", "failure_count", "paused_at", "pause_reason"]
    actions = ["resume_subscriptions", "pause_subscriptions", "rotate_secrets"]

    def get_changeform_initial_data(self, request):
        return {"owner": request.user.pk, **super().get_changeform_initial_data(request)}

    def get_fields(self, request, obj=None):
        # Paused and resumed by the actions, which also keep the failure count right.
        fields = ["url", "description", "events", "owner"]
        return fields if obj is None else fields + self.readonly_fields

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else self.readonly_fields

    @admin.display(description="events")
    def event_list(self, subscription: Subscription) -> str:
        return ", ".join(subscription.events)

    @admin.display(description="signing secret")
    def secret_field(self, subscription: Subscription) -> str:
        """The secret in full on the one page that may show it (`_reveal_secret`), else masked."""
        if getattr(subscription, "_reveal_secret", False):
            return format_html(
                '<input type="text" readonly size="60" id="webhook-secret" value="{}"> '
                "<strong>Copy it now: it is not shown again.</strong>",
                subscription.secret,
            )
        return format_html(
            "{}…{} (hidden; “Rotate secret” makes a new one, shown once)",
            subscription.secret[:6],
            subscription.secret[-4:],
        )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # Shown once, and only in the flow of whoever made the secret (added the subscription
        # or rotated it): another manager opening the page first must not see, nor use up, it.
        if obj is not None and request.method == "GET" and self._take_reveal(request, obj):
            obj._reveal_secret = obj.mark_secret_shown()
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _grant_reveal(self, request, subscriptions) -> None:
        """Let this browser session, and no other, see these new secrets once."""
        pending = set(request.session.get(REVEAL_SESSION_KEY, []))
        request.session[REVEAL_SESSION_KEY] = sorted(pending | {s.pk for s in subscriptions})

    def _take_reveal(self, request, subscription: Subscription) -> bool:
        pending = request.session.get(REVEAL_SESSION_KEY, [])
        if subscription.pk not in pending:
            return False
        request.session[REVEAL_SESSION_KEY] = [pk for pk in pending if pk != subscription.pk]
        return True

    def response_add(self, request, obj, post_url_continue=None):
        # Straight to the subscription's page: the only place its new secret is shown.
        self._grant_reveal(request, [obj])
        self.message_user(request, "Subscription added. Copy its signing secret below.", messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:webhooks_subscription_change", args=[obj.pk]))

    @admin.action(description="Resume (and send what waited)", permissions=["manage"])
    def resume_subscriptions(self, request, queryset):
        sent = sum(events.resume(subscription) for subscription in queryset)
        self.message_user(request, f"Resumed {queryset.count()} subscription(s); {sent} delivery(ies) sent.")

    @admin.action(description="Pause", permissions=["manage"])
    def pause_subscriptions(self, request, queryset):
        paused = queryset.pause(f"paused by {request.user.get_username()}")
        self.message_user(request, f"Paused {paused} subscription(s).")

    @admin.action(description="Rotate secret", permissions=["manage"])
    def rotate_secrets(self, request, queryset):
        rotated = list(queryset)
        for subscription in rotated:
            subscription.rotate_secret()
        self._grant_reveal(request, rotated)
        self.message_user(
            request, "New secrets made: each is shown once, to you, on its subscription's page."
        )


class AttemptInline(admin.TabularInline):
    model = DeliveryAttempt
    extra = 0
    can_delete = False
    fields = ["number", "at", "status_code", "latency_ms", "error", "response_excerpt"]
    readonly_fields = fields
    verbose_name_plural = "Attempts"

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Delivery)
class DeliveryAdmin(ManagedOnly, admin.ModelAdmin):
    list_display = ["event_type", "event_id", "subscription", "status", "attempts", "created_at"]
    list_filter = ["status", "event__type"]
    list_select_related = ["event", "subscription"]
    search_fields = ["event__event_id", "subscription__url"]
    fields = ["event_type", "event_id", "subscription", "status", "attempts", "delivered_at", "payload"]
    readonly_fields = fields
    inlines = [AttemptInline]
    actions = ["resend"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="event", ordering="event__type")
    def event_type(self, delivery: Delivery) -> str:
        return delivery.event.type

    @admin.display(description="event id", ordering="event__event_id")
    def event_id(self, delivery: Delivery) -> str:
        return delivery.event.event_id

    @admin.display(description="payload")
    def payload(self, delivery: Delivery) -> str:
        return format_html("<pre>{}</pre>", body(delivery.event.payload).decode("utf-8"))

    @admin.action(description="Resend (same event id)", permissions=["manage"])
    def resend(self, request, queryset):
        resent, scheduled = events.resend(queryset)
        message = f"Resending {resent} delivery(ies)."
        if scheduled:
            message += f" {scheduled} still pending with a retry scheduled: left to it, not sent twice."
        self.message_user(request, message)


@admin.register(WebhookEvent)
class WebhookEventAdmin(ManagedOnly, admin.ModelAdmin):
    list_display = ["event_id", "type", "created_at"]
    list_filter = ["type"]
    search_fields = ["event_id"]
    fields = ["event_id", "type", "created_at", "payload"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
