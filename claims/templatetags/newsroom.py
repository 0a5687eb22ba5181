"""`{% newsroom_dashboard %}`: the queue at a glance, on the admin's front page;
`{% notifications_link %}`: each person's unread notifications, in every admin page's header."""

from django import template
from django.urls import reverse
from django.utils.html import format_html

from claims.dashboard import dashboard
from claims.models import Notification
from reviewers.models import RECENT_GRANT_DAYS, RoleGrant

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
        "promotions": _recent_promotions(user),
        "recent_grant_days": RECENT_GRANT_DAYS,
    }


def _recent_promotions(user) -> list[RoleGrant]:
    """Who was made an editor, admin or superuser lately, for everyone who reads role grants:
    an account an admin promotes in secret could sign off its own verdicts. One query."""
    if not user.has_perm("reviewers.view_reviewer"):  # as the Role grants page (reviewers.admin)
        return []
    return list(RoleGrant.objects.recent_promotions()[:10])


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
