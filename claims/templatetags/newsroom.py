"""`{% newsroom_dashboard %}`: the queue at a glance, on the admin's front page;
`{% notifications_link %}`: each person's unread notifications, in every admin page's header."""

from django import template
from django.urls import reverse
from django.utils.html import format_html

from claims.dashboard import dashboard
from claims.models import Notification

register = template.Library()


@register.inclusion_tag("admin/claims/dashboard.html", takes_context=True)
def newsroom_dashboard(context) -> dict:
    user = context["request"].user
    if not user.has_perm("claims.view_claim"):
        return {"board": None}
    return {
        "board": dashboard(user),
        "can_take": user.has_perm("claims.take_claim"),
        "unread": _unread(context["request"]),
    }


@register.simple_tag(takes_context=True)
def notifications_link(context) -> str:
    """'Notifications (3) /' before the user links, for those who have a Notifications page."""
    user = context["request"].user
    if not user.has_perm("claims.view_claim"):
        return ""
    unread = _unread(context["request"])
    label = f"Notifications ({unread})" if unread else "Notifications"
    url = reverse("admin:claims_notification_changelist")
    return format_html('<a href="{}" class="notifications-link">{}</a> / ', url, label)


def _unread(request) -> int:
    """The person's unread notifications, counted once a request (the front page shows it twice)."""
    if not hasattr(request, "_unread_notifications"):
        request._unread_notifications = Notification.objects.unread_for(request.user).count()
    return request._unread_notifications
