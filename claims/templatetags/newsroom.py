"""`{% newsroom_dashboard %}`: the queue at a glance, on the admin's front page."""

from django import template

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
        "unread": Notification.objects.unread_for(user).count(),
    }
