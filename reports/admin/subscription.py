from django.contrib import admin

from factcheck.versioned_admin import AuditTrailAdmin, VersionCheckedAdmin, VersionCheckedForm
from reports.models import Subscription


@admin.register(Subscription)
class SubscriptionAdmin(VersionCheckedAdmin, AuditTrailAdmin):
    """Who gets which report. Its page and list save only at the version they showed: an old list
    posts every row's *is active*, so it would switch back on a digest someone opted out of."""

    form = VersionCheckedForm
    list_display = ["user", "email", "report", "frequency", "is_active", "since"]
    list_editable = ["is_active"]
    list_filter = ["report", "frequency", "is_active"]
    search_fields = ["user__username", "user__email", "user__first_name", "user__last_name"]
    list_select_related = ["user"]
    autocomplete_fields = ["user"]

    def has_delete_permission(self, request, obj=None) -> bool:
        """An opt-out is kept: without its row the planner gives the person the default digest
        again (reports.planning). Django asks this of each row its page and *Delete selected* take."""
        if obj is not None and not obj.is_active:
            return False
        return super().has_delete_permission(request, obj)

    @admin.display(ordering="user__email")
    def email(self, obj: Subscription) -> str:
        return obj.user.email or "— (no address: nothing is sent)"
