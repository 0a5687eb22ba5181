from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied

from reviewers.models import Reviewer

# What makes a user more powerful than a role: only a superuser grants these (roles are
# given on the reviewer profile, which puts the user in the role's group).
RANK_FIELDS = ["is_superuser", "groups", "user_permissions"]


@admin.register(Reviewer)
class ReviewerAdmin(admin.ModelAdmin):
    list_display = ["__str__", "role", "topics", "digest", "max_open_assignments", "credit_publicly"]
    list_filter = ["role", "digest", "credit_publicly"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "topics"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]


admin.site.unregister(get_user_model())


@admin.register(get_user_model())
class NewsroomUserAdmin(UserAdmin):
    """Accounts, managed by the admin role too. Only a superuser grants rank (superuser
    status, groups, permissions), changes a superuser's account, or sets another user's
    password: anyone else sees those read-only or gets a 403."""

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        return fields if request.user.is_superuser else fields + RANK_FIELDS

    def has_change_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

    def user_change_password(self, request, id, form_url=""):
        user = self.get_object(request, unquote(id))
        if user is not None and user.pk != request.user.pk and not request.user.is_superuser:
            raise PermissionDenied
        return super().user_change_password(request, id, form_url)
